"""Entities from a headline's furniture and a brigade's name (t-final27 F6, F11): a tag in
capitals ("(NOUVEAU BILAN)"), a plural common noun opening a headline ("Grèves à la SNCF
:"), the city of "sapeurs-pompiers de Paris" taken for the place of a fire elsewhere, and
a name's article capitalised after a dateline ("La Fête des Lumières" beside "Fête des
Lumières"). Real ingest, store and enrichment; texts of our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import veille
from veille.enrich.furniture_words import article_to_strip, headline_tag, plural_common_noun

RECORDS = [
    {"title": "Incendie d'un entrepôt à Saint-Denis : deux blessés graves (NOUVEAU BILAN)",
     "text": "Deux pompiers ont été grièvement blessés mardi dans l'incendie d'un entrepôt "
             "de Saint-Denis (Seine-Saint-Denis), a indiqué la préfecture. Quelque 120 "
             "sapeurs-pompiers de Paris ont été mobilisés toute la nuit."},
    {"title": "Grèves à la SNCF : les contrôleurs appelés à cesser le travail vendredi",
     "text": "Sud-Rail a déposé un préavis de grève pour les contrôleurs de la SNCF à "
             "partir de vendredi, a annoncé jeudi le syndicat."},
    {"title": "Fête des Lumières : Lyon attend deux millions de visiteurs",
     "text": "LYON (AFP) - La Fête des Lumières se tiendra du jeudi 4 au lundi 8 décembre "
             "à Lyon, où la municipalité attend près de deux millions de visiteurs, a "
             "annoncé mercredi la préfecture du Rhône."},
    {"title": "Aubagne : un entrepôt ravagé par les flammes (ACTUALISÉ)",
     "text": "Un entrepôt a été détruit par un incendie mercredi à Aubagne, dans les "
             "Bouches-du-Rhône. Les marins-pompiers de Marseille sont venus en renfort."},
]


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    lines = [json.dumps({**r, "url": f"https://example.fr/a{n}", "language": "fr",
                         "published": "2026-12-01T10:00:00+01:00"}, ensure_ascii=False)
             for n, r in enumerate(RECORDS)]
    data: Path = tmp_path_factory.mktemp("furniture") / "data"
    with veille.open(data) as v:
        ids = v.ingest_bytes([("r.jsonl", "\n".join(lines).encode())]).new_ids
        v.enrich()
        out: dict[str, dict[str, Any]] = {}
        for article_id in ids:
            article = v.get(article_id)
            assert article.content is not None and article.enrichment is not None
            out[article.content.title.split()[0]] = article.enrichment
    return out


def _names(enrichment: dict[str, Any], field: str = "entities") -> set[str]:
    return {e["name"] for e in enrichment[field]}


def test_a_headline_tag_in_capitals_is_no_entity(enriched: dict[str, dict[str, Any]]) -> None:
    assert not {"NOUVEAU", "NOUVEAU BILAN"} & _names(enriched["Incendie"])
    assert "ACTUALISÉ" not in _names(enriched["Aubagne"])


def test_a_plural_noun_opening_a_headline_is_no_organisation(
        enriched: dict[str, dict[str, Any]]) -> None:
    names = _names(enriched["Grèves"])
    assert "Grèves" not in names
    assert {"SNCF", "Sud-Rail"} <= names


def test_a_brigade_s_city_is_no_place_of_the_fire(enriched: dict[str, dict[str, Any]]) -> None:
    assert "Paris" not in _names(enriched["Incendie"], "places")
    assert "Saint-Denis" in _names(enriched["Incendie"], "places")
    assert "sapeurs-pompiers de Paris" in _names(enriched["Incendie"])
    assert "Marseille" not in _names(enriched["Aubagne"], "places")


def test_a_name_s_article_after_a_dateline_is_one_entity(
        enriched: dict[str, dict[str, Any]]) -> None:
    names = _names(enriched["Fête"])
    assert "Fête des Lumières" in names
    assert "La Fête des Lumières" not in names


@pytest.mark.parametrize(("text", "name", "tag"), [
    ("Séisme au Japon (NOUVEAU BILAN)", "NOUVEAU", True),
    ("VIDÉO. Les images du séisme", "VIDÉO", True),
    ("DIRECT - Le séisme au Japon", "DIRECT", True),
    ("Grève à la SNCF (VIDÉO)", "SNCF", False),
    ("Le groupe TOTAL a annoncé lundi", "TOTAL", False),
    ("Manifestation de la CGT (PHOTOS)", "CGT", False),
])
def test_headline_tags(text: str, name: str, tag: bool) -> None:
    assert headline_tag(text, text.index(name), name) is tag


def test_plural_nouns_and_leading_articles() -> None:
    assert plural_common_noun("Grèves") and plural_common_noun("Manifestations")
    assert not plural_common_noun("Orange") and not plural_common_noun("Total")
    assert article_to_strip("La Fête des Lumières", {"Fête des Lumières"}) == 3
    assert article_to_strip("Le Havre", {"Lyon"}) == 0
