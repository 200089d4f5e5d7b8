"""A place's name fields say what their labels say (t-final66 R2): ``english_name`` held
"Syrie" (the canonical French name an English article's Syria is stored under) and JSON's
``name`` the Arabic "سوريا" when no French article named Syria. Real store, real
enrichment, the real app on 127.0.0.1 and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from web_kit import serve

from veille.cli.main import cli
from veille.enrich.english_names import (
    english_names,
    french_names,
    has_latin,
    place_labels,
    romanised_names,
)
from veille.service import Veille
from veille.settings import Settings

EN = ("Gulf Wire\n\nSyria and Iraq agree border patrols after attack near Beirut talks\n\n"
      "4 December 2026\n\nSyria and Iraq agreed on Thursday to run joint patrols along their "
      "border, officials said after talks in Beirut. Lebanon hosted the meeting.\n")
AR = ("وكالة الأخبار\n\nسوريا والعراق تتفقان على دوريات مشتركة\n\n4 ديسمبر 2026\n\n"
      "اتفقت سوريا والعراق الخميس على تسيير دوريات مشتركة على الحدود، بحسب مسؤولين في "
      "بيروت. وشاركت شركات من فرنسا واليابان في المشروع.\n")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("labels66b") / "data"
    with Veille(Settings(data_dir=root)) as v:
        v.ingest_bytes([("ar.txt", AR.encode())], source="akhbar.example")
        v.ingest_bytes([("en.txt", EN.encode())], source="gulfwire.example")
        v.enrich()
    return root


def _check(places: list[dict[str, object]]) -> None:
    by_id = {p["id"]: p for p in places}
    for place_id in ("Q858", "Q796"):  # Syria, Iraq
        assert place_id in by_id, sorted(by_id)
        place = by_id[place_id]
        assert place["english_name"] == english_names()[place_id], place
        assert place["french_name"] == french_names()[place_id], place
        assert has_latin(str(place["name"])), place  # the English article's label
    assert by_id["Q858"]["english_name"] == "Syria"
    assert by_id["Q858"]["french_name"] == "Syrie"
    assert by_id["Q796"]["english_name"] == "Iraq"


def test_api_places_labels(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        listed = client.get("/api/v1/places", params={"limit": 50}).json()["places"]
        one = client.get("/api/v1/places/Q858").json()
    _check(listed)
    assert (one["english_name"], one["french_name"]) == ("Syria", "Syrie")


def test_cli_places_json_labels(data: Path) -> None:
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "places", "--json", "-n", "50"])
    assert out.exit_code == 0, out.output
    _check([json.loads(line) for line in out.output.splitlines() if line.strip()])


def test_english_place_page_says_syria(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        english = client.get("/places/Q858", params={"lang": "en"}).text
        french = client.get("/places/Q858", params={"lang": "fr"}).text
    assert "<h1" in english and "Syria" in english.split("<h1", 1)[1][:300], english[:2000]
    assert "Syrie" in french.split("<h1", 1)[1][:300]


@given(place_id=st.sampled_from(sorted(english_names())[:500]),
       english=st.text(max_size=12), french=st.text(max_size=12))
def test_shipped_names_come_first(place_id: str, english: str, french: str) -> None:
    en, fr = place_labels(place_id, english, french)
    assert en == english_names()[place_id]
    assert fr == (french_names().get(place_id) or french or romanised_names().get(place_id, ""))


@given(english=st.text(max_size=12), french=st.text(max_size=12))
def test_articles_labels_when_nothing_is_shipped(english: str, french: str) -> None:
    assert place_labels("geonames:0", english, french) == (english, french)


def test_a_country_whose_english_name_is_its_french_one() -> None:
    """France is listed in no English-names file (the same name): an Arabic article's
    France is "France" in English, not '' (held-out h-api66b)."""
    assert "Q142" not in english_names()
    assert place_labels("Q142", "", "", "country") == ("France", "France")


def test_a_town_without_exonym_is_its_own_name_in_both_languages() -> None:
    """Roubaix, Carlet, Fucecchio: no exonym, no English article; both names are the
    town's own, as the pages show it, not '' (t-final66 store A)."""
    assert place_labels("geonames:0", "", "", "city", "Carlet") == ("Carlet", "Carlet")
    assert place_labels("geonames:0", "", "", "city", "كارليت") == ("", "")


def test_places_page_in_english_names_france(data: Path) -> None:
    """France, named only by the Arabic article, is "France" on the English /places page,
    not "فرنسا" (the English names file omits names that are the French ones)."""
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        english = client.get("/places", params={"lang": "en"}).text
        french = client.get("/places", params={"lang": "fr"}).text
    for html in (english, french):
        assert ">France</a>" in html, html[-3000:]
        assert "فرنسا" not in html
    assert ">Syria</a>" in english and ">Syrie</a>" in french

