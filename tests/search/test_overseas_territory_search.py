"""``place:`` naming one of France's overseas territories finds the articles on its
communes (t-final29 F8: ``place:"La Réunion"`` found nothing though a Saint-Denis shooting
was resolved in 974, while ``place:RE`` found it), and the warning for a place no article
names shows the name typed, not the internal id the query was rewritten with
(``place:iso3166-2:FR-974: no place of that name``). Real store, index, enrichment."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.enrich.query import overseas_code

RECORDS = [
    {"url": "https://example.org/re/10", "title": "Saint-Denis : un homme blessé par balle",
     "text": "Un homme de 32 ans a été blessé par balle dans la nuit de lundi à mardi dans "
             "le quartier du Chaudron, à Saint-Denis de La Réunion, a indiqué le parquet. "
             "Le tireur présumé a pris la fuite.",
     "published": "2026-02-03T07:00:00+04:00", "source": "Réunion la 1ère"},
    {"url": "https://example.org/re/11", "title": "Le Tampon : la route des Plaines fermée",
     "text": "La route des Plaines est fermée depuis mardi matin au Tampon après un "
             "éboulement, a annoncé le Département.",
     "published": "2026-02-03T09:00:00+04:00", "source": "Clicanoo"},
    {"url": "https://example.org/fr/12", "title": "Millau : la piscine sera rénovée",
     "text": "Le conseil municipal de Millau a voté jeudi la rénovation de la piscine.",
     "published": "2026-02-05T19:00:00+01:00", "source": "Midi Libre"},
]


def _store(data: Path, records: list[dict[str, str]]) -> veille.Veille:
    lines = "".join(json.dumps({**r, "language": "fr"}, ensure_ascii=False) + "\n"
                    for r in records)
    v = veille.open(data)
    v.ingest_bytes([("records.jsonl", lines.encode())])
    v.enrich()
    v.sync(wait=60)
    return v


def test_a_territory_s_name_finds_its_communes(tmp_path: Path) -> None:
    with _store(tmp_path / "data", RECORDS) as v:
        by_code = {h.id for h in v.search("place:RE").hits}
        assert len(by_code) == 2
        for query in ('place:"La Réunion"', "place:Réunion", 'lieu:"la reunion"'):
            assert {h.id for h in v.search(query).hits} == by_code, query


def test_the_warning_names_what_was_typed(tmp_path: Path) -> None:
    with _store(tmp_path / "data", RECORDS[2:]) as v:
        found = v.search('place:"La Réunion"')
        assert not found.hits
        assert len(found.warnings) == 1, found.warnings
        assert "iso3166" not in found.warnings[0], found.warnings


def test_overseas_codes() -> None:
    assert overseas_code("iso3166-2:FR-974") == "RE"
    assert overseas_code("iso3166-2:FR-976") == "YT"
    assert overseas_code("iso3166-2:FR-988") == "NC"
    assert overseas_code("iso3166-2:FR-NC") == "NC"
    assert overseas_code("iso3166-2:FR-75") is None  # Paris: a département of the mainland
    assert overseas_code("iso3166:RE") is None
