"""Issue 16 (r-places52, t-final51b A6, A10, d6): places of a text whose namesakes lie in
several countries, with no outlet saying its country. "Westminster" beside London was
Colorado's (London, a capital dwarfing London, Ontario, now gives its country to the text);
"Grenade" beside Spanish towns was the country Grenada (Granada's French name is now read
where the text is about Spain, and outweighs the island state); German "Neukaledonien"
beside Berlin was no place (the territory and France's subdivision of it are one reading).
Real store, through the CLI; articles written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from enriched_kit import enriched_by_url


def _places(tmp_path: Path, capsys: pytest.CaptureFixture[str],
            *articles: dict[str, object]) -> dict[str, list[dict]]:
    return {url: found.get("places", [])
            for url, found in enriched_by_url(tmp_path, capsys, *articles).items()}


def _article(slug: str, language: str, title: str, *paragraphs: str) -> dict[str, object]:
    return {"title": title, "paragraphs": list(paragraphs), "language": language,
            "url": f"https://www.example.test/mixed/{slug}",
            "published": "2026-02-10T10:00:00+01:00"}


def _countries(places: list[dict], surface: str) -> set[str]:
    return {p["country"] for p in places if p.get("mentioned_as") == surface}


def test_namesakes_chosen_by_the_texts_own_places(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = _places(tmp_path, capsys, _article(
        "w", "en", "Peers delay the planning bill",
        "Peers at Westminster delayed the planning bill on Monday.",
        "Housing groups protested in London against the delay."), _article(
        "g", "fr", "Handball : Séville s'incline à Grenade",
        "Séville s'est incliné samedi à Grenade (28-30).",
        "Malaga recevra Grenade le mois prochain."), _article(
        "gd", "fr", "Caraïbes : la Grenade et la Barbade signent un accord",
        "La Grenade et la Barbade ont signé mardi un accord sur la pêche.",
        "Sainte-Lucie rejoindra l'accord en janvier."), _article(
        "nc", "de", "Minister besucht den Pazifik",
        "Der Minister sprach am Montag in Berlin über die Reise.",
        "Danach flog er nach Nouméa in Neukaledonien."))
    base = "https://www.example.test/mixed/"
    assert _countries(got[base + "w"], "Westminster") == {"GB"}
    assert _countries(got[base + "g"], "Grenade") == {"ES"}
    assert _countries(got[base + "gd"], "Grenade") == {"GD"}
    assert any(p["id"] == "iso3166:NC" for p in got[base + "nc"])
