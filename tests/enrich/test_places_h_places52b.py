"""Issue 16 (h-places52b, t-final52 A5, A11, A13): a place written with more words than a
shorter namesake ("Santiago de Compostela", "San José del Cabo") was that namesake
elsewhere (Chile, California): it is now the full name the gazetteer knows, or none;
"homes in Wales" was a village of South Yorkshire: a nation beats a village of its name in
its country; "José Antonio Kast" … "dijo Kast" made the person "Antonio Kast": both given
names are kept. Real store, through the CLI; articles written for this test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from enriched_kit import enriched_by_url
from veille.enrich.speaker_spans import full_name


def _enrichments(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                 *articles: dict[str, object]) -> dict[str, dict[str, Any]]:
    return {url.rsplit("/", 1)[-1]: found
            for url, found in enriched_by_url(tmp_path, capsys, *articles).items()}


def _article(slug: str, language: str, title: str, *paragraphs: str) -> dict[str, object]:
    return {"title": title, "paragraphs": list(paragraphs), "language": language,
            "source": "Test Wire", "url": f"https://www.example.test/full/{slug}",
            "published": "2026-02-10T10:00:00+01:00"}


def test_full_place_names_nations_and_given_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = _enrichments(tmp_path, capsys, _article(
        "sc", "es", "Obras en Galicia",
        "Las obras del nuevo hospital de Santiago de Compostela empezaron el lunes.",
        "El consejero visitó después San José del Cabo, en México."), _article(
        "w", "en", "Power cuts in the west",
        "Thousands of homes in Wales and south-west England lost power overnight.",
        "Engineers were working to restore supplies."), _article(
        "k", "es", "Debate en Chile",
        "El candidato José Antonio Kast presentó su programa en Valparaíso.",
        "\"Vamos a ganar\", dijo Kast ante sus seguidores."))
    places = {str(p["mentioned_as"]): p for p in got["sc"].get("places", [])}
    assert "Santiago" not in places and "San José" not in places
    assert places["Santiago de Compostela"]["country"] == "ES"
    assert places["San José del Cabo"]["country"] == "MX"
    wales = [p for p in got["w"].get("places", []) if p["mentioned_as"] == "Wales"]
    assert [(p["kind"], p["id"]) for p in wales] == [("region", "iso3166-2:GB-WLS")]
    people = {e["name"] for e in got["k"].get("entities", []) if e["label"] == "PER"}
    assert people == {"José Antonio Kast"}
    quote = next(q for q in got["k"].get("quotes", []) if "Vamos" in q["text"])
    assert quote["speaker_id"] == next(e["id"] for e in got["k"]["entities"]
                                       if e["name"] == "José Antonio Kast")


def test_a_full_name_of_two_given_names() -> None:
    text = "El ultraderechista José Antonio Kast habló. Después, dijo Kast."
    assert full_name(text, "Kast") == "José Antonio Kast"
    assert full_name("Senate Majority Leader John Thune spoke.", "Thune") == "John Thune"
    assert full_name("Maria Kast and John Kast met.", "Kast") == "Kast"
