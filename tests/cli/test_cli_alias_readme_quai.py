"""t-enrich20 E14: the README's own alias example, ``veille aliases add 'le Quai'
veille:quai-d-orsay`` then ``veille reenrich``, left "Quai" an unknown organisation in an
article about Algeria: the rule that reads a French body's bare name ("le Sénat") as
another country's in a foreign story unlinked a name only France's ministry bears."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main


def _record(title: str, text: str, slug: str) -> dict[str, str]:
    return {"title": title, "text": text, "published": "2026-11-20T10:00:00+01:00",
            "source": "AFP", "url": f"https://example.org/{slug}", "language": "fr"}


RECORD = _record(
    "Algérie : le Quai dément toute crise",
    "Le Quai a démenti toute crise avec Alger. « Il n'y a pas de crise », a assuré un "
    "diplomate du Quai. Le ministre a rappelé que le dialogue continue.", "quai")
US_SENATE = _record(
    "Washington : le Sénat vote le budget",
    "À Washington, le Sénat a adopté mardi le budget fédéral après des semaines de "
    "négociations entre démocrates et républicains au Capitole, aux États-Unis.", "senat")


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    return capsys.readouterr().out


def _entity_ids(capsys: pytest.CaptureFixture[str], data: Path, url: str) -> set[str]:
    for line in _run(capsys, data, "export").splitlines():
        record = json.loads(line)
        if record["content"]["url"] == url:
            return {e["id"] for e in record["enrichment"]["entities"]}
    raise AssertionError(url)


def test_the_readme_alias_example_links_le_quai_in_a_foreign_story(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, records = tmp_path / "data", tmp_path / "in.jsonl"
    records.write_text("\n".join(json.dumps(r, ensure_ascii=False)
                                 for r in (RECORD, US_SENATE)) + "\n", "utf-8")
    _run(capsys, data, "ingest", str(records))
    _run(capsys, data, "enrich")
    assert "veille:quai-d-orsay" not in _entity_ids(capsys, data, RECORD["url"])
    _run(capsys, data, "aliases", "add", "le Quai", "veille:quai-d-orsay")
    _run(capsys, data, "reenrich")
    ids = _entity_ids(capsys, data, RECORD["url"])
    assert "veille:quai-d-orsay" in ids and "org:quai" not in ids
    # the bare name every country's body bears is still the foreign one
    senate = _entity_ids(capsys, data, US_SENATE["url"])
    assert not any(i.startswith("Q") and i == "Q1366098" for i in senate)
    assert "org:senat" in senate
