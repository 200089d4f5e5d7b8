"""f-places29 (issue 16): a small town offered only because it lies near one reading of
another ambiguous name (Stirling, Western Australia, a suburb of Perth, Western Australia)
must not vote for that very reading; a text naming Scotland and Dundee reads its Perth and
Stirling there, and an Australian text still reads Perth in Western Australia. Sentences
written for these tests (not f-places29's held-out set's), through the real pipeline and
a real store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.enrich.conftest import enrich, enrich_through_cli

from veille.enrich.minor_towns import in_context
from veille.enrich.places import shipped
from veille.enrich.stage import Resources

PERTH_SCOTLAND, PERTH_WA = "geonames:2640358", "geonames:2063523"
STIRLING_SCOTLAND, STIRLING_WA = "geonames:2636910", "geonames:7281785"


def _places(resources: Resources, text: str, **kw: str) -> dict[str, str]:
    section = enrich(resources, text, **kw)
    return {str(p["mentioned_as"]): str(p["id"])
            for p in section["places"]}  # type: ignore[attr-defined]


def _record(url: str, source: str, title: str, *paragraphs: str) -> dict[str, object]:
    return {"title": title, "language": "en", "url": url, "source": source,
            "published": datetime(2026, 11, 20, 10, tzinfo=UTC).isoformat(),
            "paragraphs": list(paragraphs)}


def test_through_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out: dict[str, Any] = enrich_through_cli(tmp_path, [
        _record("https://www.heraldscotland.com/news/f29a", "The Herald",
                "Perth theatre reopens after restoration",
                "Perth Theatre reopened on Thursday after a two-year restoration, with "
                "audiences travelling from Dundee and Stirling.",
                "The venue in Perth is the oldest working theatre in Scotland."),
        _record("https://thewest.com.au/news/f29b", "The West Australian",
                "Heatwave grips the west",
                "Temperatures in Perth passed 40 degrees on Tuesday, with Bunbury and "
                "Mandurah just as hot.",
                "Western Australia has issued heat warnings for the weekend.")], capsys)
    scotland = {p["mentioned_as"]: p for p in out["a"]["places"]}
    assert scotland["Perth"]["id"] == PERTH_SCOTLAND
    assert scotland["Stirling"]["id"] == STIRLING_SCOTLAND
    assert scotland["Dundee"]["country"] == "GB"
    australia = {p["mentioned_as"]: p for p in out["b"]["places"]}
    assert australia["Perth"]["id"] == PERTH_WA


def test_a_french_text_naming_scotland(resources: Resources) -> None:
    text = ("Théâtre\n\nEn Écosse, le théâtre de Perth a rouvert jeudi ; des spectateurs "
            "sont venus de Dundee et de Stirling.")
    places = _places(resources, text, source="ouest-france.fr")
    assert places["Perth"] == PERTH_SCOTLAND
    assert places["Stirling"] == STIRLING_SCOTLAND


def test_the_perth_suburb_stays_australian(resources: Resources) -> None:
    text = ("Water\n\nResidents of Stirling, in Perth's northern suburbs, were told to boil "
            "water on Monday.")
    places = _places(resources, text, language="en", source="abc.net.au")
    assert places["Stirling"] == STIRLING_WA
    assert places["Perth"] == PERTH_WA


def test_a_town_near_one_reading_and_one_in_the_text_s_country() -> None:
    stirling = shipped().minor_towns("Stirling")
    perth_wa = shipped().by_id[PERTH_WA]
    # near one reading of Perth, and Scotland's in a text about Britain: both offered
    assert {t.id for t in in_context(stirling, {"GB"}, [perth_wa])} == {
        STIRLING_WA, STIRLING_SCOTLAND}
    # near it alone: that one, as before
    assert [t.id for t in in_context(stirling, set(), [perth_wa])] == [STIRLING_WA]
    assert [t.id for t in in_context(stirling, {"AU"}, [perth_wa])] == [STIRLING_WA]


def test_a_town_whose_area_is_stated_still_places_its_neighbour(resources: Resources) -> None:
    # Woodstock lies 45 km from London, Ontario, and has namesakes elsewhere, but the
    # text states its province: it is evidence of its own, not an echo of London's reading
    text = ("Crash\n\nA crash closed Highway 401 between London and Woodstock, Ontario, for "
            "six hours on Tuesday.")
    places = _places(resources, text, language="en", source="lfpress.com")
    assert places["London"] == "geonames:6058560"


def test_two_towns_of_a_province_read_its_name_as_the_province(resources: Resources) -> None:
    # "Ontario" is also a city of California; Hamilton and Burlington both have a reading
    # in Ontario and none in California (nor in one other common region)
    text = ("Hospital\n\nHamilton and Burlington will split the cost of the new hospital, "
            "Ontario's health minister said on Friday.")
    section = enrich(resources, text, language="en", source="thespec.com")
    places = {str(p["mentioned_as"]): p for p in section["places"]}  # type: ignore[attr-defined]
    assert {name: places[name]["country"] for name in ("Hamilton", "Burlington", "Ontario")} \
        == {"Hamilton": "CA", "Burlington": "CA", "Ontario": "CA"}
    assert places["Ontario"]["kind"] == "region"
    # one town alone is no such evidence: "Ontario" beside Hamilton only stays as before
    alone = _places(resources, "Transit\n\nHamilton will share a new transit line with "
                    "Ontario, the mayor said.", language="en", source="thespec.com")
    assert "Ontario" in alone
