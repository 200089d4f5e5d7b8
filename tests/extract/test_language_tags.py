"""Declared languages as producers write them (newuser12 W18, W23): ISO 639-2/3 codes,
names, locales and lists give the ISO 639-1 code veille stores, searches and zones by."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.extract.language import declared_tag, language_of_tag, tag_or_code
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


@pytest.mark.parametrize(("tag", "code"), [
    ("it_IT", "it"), ("IT", "it"), ("ita", "it"), ("nld", "nl"), ("dut", "nl"),
    ("por", "pt"), ("Italian", "it"), ("italien", "it"), ("Italiano", "it"),
    ("Nederlands", "nl"), ("sr-Latn-RS", "sr"), ("iw", "he"), ("und", ""), ("Quenya", ""),
])
def test_a_declared_language_gives_its_code(tag: str, code: str) -> None:
    assert language_of_tag(tag) == code


def test_a_list_gives_its_first_tag_and_a_name_keeps_no_region() -> None:
    assert declared_tag(["nl-BE", "fr-BE"]) == "nl-BE"
    assert declared_tag([3, None]) == "" and declared_tag({"x": 1}) == ""
    assert tag_or_code("nl-BE", "nl") == "nl-BE" and tag_or_code("Nederlands", "nl") == "nl"
    assert tag_or_code("nld", "nl") == "nl"


def test_records_and_ninjs_store_the_code(store: SQLiteStore, settings: Settings,
                                          tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"title": "Sciopero dei treni in Lombardia", "language": "ita",
         "text": "I treni regionali sono fermi da stamattina in tutta la Lombardia.",
         "published": "2026-12-01 10:00"},
        {"title": "Staking bij De Lijn", "language": "Nederlands",
         "text": "De bussen en trams van De Lijn rijden vandaag niet in Antwerpen.",
         "published": "2026-12-01 10:00"}]), encoding="utf-8")
    ninjs = tmp_path / "n.json"
    ninjs.write_text(json.dumps({"uri": "urn:x:lang", "type": "text", "language": ["it", "en"],
                                 "headline": "Neve a Torino",
                                 "body_text": "La neve è caduta tutta la notte a Torino."}))
    summary = ingest_paths(store, [records, ninjs], settings=settings)
    assert summary.new == 3, summary.errors
    found = {a.content.title: a.content for a in store.latest(limit=5) if a.content}
    italian = found["Sciopero dei treni in Lombardia"]
    assert italian.language == "it" and italian.published is not None
    assert italian.published.utcoffset() is not None
    assert italian.published.isoformat() == "2026-12-01T10:00:00+01:00"  # Rome, not UTC
    assert found["Staking bij De Lijn"].language == "nl"
    assert found["Neve a Torino"].language == "it"
