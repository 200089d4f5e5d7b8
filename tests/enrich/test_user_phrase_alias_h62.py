"""A user's lower-case alias phrase makes its entity where the text writes it (t-final62
#6: 'premier flic de France' → per:laurent-nunez gave the quote's speaker_id but no
entity, so `entity:"Laurent Nuñez"` missed the article though `aliases add` said
"searches use it now")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main


def test_phrase_alias_makes_the_entity(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h62p/a", "title": "Odile Varenne visite le port",
         "text": "Odile Varenne visite le port\n\nLa ministre de la Mer, Odile Varenne, a "
                 "visité le port de Lorient jeudi.",
         "language": "fr", "date": "2026-12-03T12:00:00+01:00"},
        {"url": "https://example.org/h62p/b", "title": "Budget : la patronne des marins",
         "text": "Budget : la patronne des marins\n\nVendredi, la patronne des marins "
                 "était auditionnée par les sénateurs. Elle a défendu une hausse des "
                 "crédits de la surveillance des côtes.",
         "language": "fr", "date": "2026-12-04T12:00:00+01:00"},
    ]
    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    assert main(["--data-dir", data, "aliases", "add", "patronne des marins",
                 "per:odile-varenne"]) == 0
    assert main(["--data-dir", data, "reenrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "search", 'entity:"Odile Varenne"', "--json"]) == 0
    urls = {hit["url"] for hit in json.loads(capsys.readouterr().out)["hits"]}
    assert urls == {"https://example.org/h62p/a", "https://example.org/h62p/b"}
