"""f-enrich28: English role-noun descriptions stand for the person introduced with their
words ("the Missouri Republican added"), a subdivision abroad in the article's country
beats a larger town elsewhere ("Victoria" in an Australian outlet; British counties, now
shipped), and an announced event's weekday with no day of the announcement is the coming
one ("ont annoncé une grève vendredi"). Through the real pipeline, and once through the
CLI with a real store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich, enrich_through_cli

from veille.enrich.dates import find_dates
from veille.enrich.english_descriptions import described_person
from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources

WEDNESDAY = date(2026, 11, 25)


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


# --- S1: English descriptions by state, party and role ------------------------------

SENATORS = ("Senator Eric Schmitt, a Republican from Missouri, introduced the bill on "
            "Tuesday with Senator Chris Murphy of Connecticut.\n\n"
            "\u201cThis is a rare moment of agreement,\u201d said Murphy, a Democrat.\n\n"
            "\u201cWashington has ignored rural hospitals for too long,\u201d the Missouri "
            "Republican added.\n\n"
            "\u201cWe expect a vote before Christmas,\u201d the Connecticut Democrat said.")


def test_a_state_and_party_description_is_the_person_introduced_so() -> None:
    assert _speakers(SENATORS) == ["Murphy", "Eric Schmitt", "Chris Murphy"]


def test_a_party_left_unsaid_may_be_the_description_s_never_another() -> None:
    text = ("Senator Tammy Duckworth of Illinois and Senator Joni Ernst of Iowa toured "
            "the base on Wednesday.\n\n"
            "\u201cOur veterans deserve better,\u201d the Illinois Democrat said.\n\n"
            "\u201cWe will fix this,\u201d the Iowa Republican said.")
    assert _speakers(text) == ["Tammy Duckworth", "Joni Ernst"]
    # a Republican introduced so is never "the Missouri Democrat"
    assert described_person(SENATORS, "Missouri Democrat", SENATORS.index("Missouri Rep")) \
        is None


def test_a_title_s_qualifier_makes_another_office() -> None:
    text = ("Gov. Greg Abbott of Texas signed the order on Monday in Austin. Lt. Gov. Dan "
            "Patrick stood beside him.\n\n"
            "\u201cTexas will not wait for Washington,\u201d the governor said.\n\n"
            "\u201cIt is a historic day,\u201d the lieutenant governor said.")
    assert _speakers(text) == ["Greg Abbott", "Dan Patrick"]


def test_a_party_synonym_and_a_title_before_the_name() -> None:
    text = ("The Labour MP Dawn Butler called the plan unfair on Wednesday. The "
            "Conservative leader, Kemi Badenoch, attacked the budget.\n\n"
            "\u201cPeople in Brent cannot afford another tax rise,\u201d the Labour MP said."
            "\n\n\u201cThis budget is a betrayal,\u201d the Tory leader added.")
    assert _speakers(text) == ["Dawn Butler", "Kemi Badenoch"]


@given(st.text(max_size=120), st.text(max_size=30), st.integers(-5, 200))
def test_described_person_never_raises(text: str, description: str, start: int) -> None:
    found = described_person(text, description, start)
    assert found is None or text[found[1][0]:found[1][1]] == found[0]


# --- P2: subdivisions in the article's country; British counties ----------------------

def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    section = enrich(resources, text, language="en", **kw)
    return {str(p["mentioned_as"]): p for p in section["places"]}  # type: ignore[attr-defined]


def test_victoria_in_an_australian_outlet_is_the_state(resources: Resources) -> None:
    text = ("Total fire ban declared as heatwave grips the south-east\n\n"
            "Authorities declared a total fire ban across Victoria on Tuesday as "
            "temperatures passed 43 degrees in Mildura.")
    found = _places(resources, text, source="abc.net.au")
    assert (found["Victoria"]["country"], found["Victoria"]["id"]) == ("AU", "iso3166-2:AU-VIC")


def test_british_counties_are_places_of_britain(resources: Resources) -> None:
    text = ("Flood warnings remain in place\n\n"
            "Dozens of flood warnings remain in place across Kent and Sussex after heavy "
            "rain. In Devon, a section of the A38 was closed near Exeter.")
    found = _places(resources, text, source="bbc.co.uk")
    assert {name: p["country"] for name, p in found.items()} == {
        "Kent": "GB", "Sussex": "GB", "Devon": "GB", "Exeter": "GB"}
    assert found["Kent"]["id"] == "iso3166-2:GB-KEN"
    assert found["Sussex"]["id"] == "veille:divided-sussex"  # one area (r-places49)


def test_norfolk_beside_norwich_in_a_british_outlet(resources: Resources) -> None:
    text = ("Bird flu confirmed\n\nBird flu has been confirmed at two farms in Norfolk "
            "and one in Suffolk, near Norwich.")
    found = _places(resources, text, source="bbc.co.uk")
    assert (found["Norfolk"]["country"], found["Suffolk"]["country"]) == ("GB", "GB")


def test_a_town_of_the_article_s_country_keeps_its_reading(resources: Resources) -> None:
    text = ("Victoria council approves bike lanes\n\n"
            "Victoria city council voted on Thursday to add bike lanes, the first in Canada.")
    assert _places(resources, text, source="cbc.ca")["Victoria"]["country"] == "CA"


def test_an_area_before_a_settlement_s_noun_places_the_town(resources: Resources) -> None:
    text = ("Cambridge expands rent relief\n\n"
            "The Massachusetts city of Cambridge will expand its rent relief program.")
    assert _places(resources, text, source="bostonglobe.com")["Cambridge"]["country"] == "US"
    text = "Transit plan\n\nThe Alabama city of Birmingham approved a new bus plan."
    assert _places(resources, text, source="al.com")["Birmingham"]["country"] == "US"


# --- D1: announced events' weekdays --------------------------------------------------

def _values(text: str, published: date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "value"), [
    ("Les syndicats de la RATP ont annoncé une grève vendredi sur les lignes de métro.",
     "2026-11-27"),
    ("Les agriculteurs ont prévu un blocage de la rocade mardi.", "2026-12-01"),
    ("L'intersyndicale a confirmé une journée de grève lundi dans les écoles.", "2026-11-30"),
    ("Les taxis ont promis une opération escargot samedi sur le périphérique.",
     "2026-11-28"),
    ("Les contrôleurs ont lancé un appel à la grève mardi.", "2026-12-01"),
    ("Rail unions have announced a strike on Friday across the network.", "2026-11-27"),
    ("Junior doctors have called a strike on Wednesday.", "2026-11-25"),
])
def test_an_announced_event_s_weekday_is_ahead(text: str, value: str) -> None:
    assert [v for _, v in _values(text)] == [value]


def test_a_pluperfect_announcement_and_an_act_s_own_day_keep_their_rules() -> None:
    monday = date(2026, 11, 23)  # the Friday before is the nearer one
    assert _values("Les syndicats ont annoncé une grève vendredi.", monday) == [
        ("vendredi", "2026-11-27")]
    assert _values("Les syndicats avaient annoncé une grève vendredi.", monday) == [
        ("vendredi", "2026-11-20")]
    assert _values("Le syndicat a annoncé lundi une nouvelle grève à partir du 1er "
                   "décembre.") == [("lundi", "2026-11-23"), ("1er décembre", "2026-12-01")]
    assert _values("La grève de vendredi a été très suivie.") == [("vendredi", "2026-11-20")]
    # a definite object: the day is the act's ("ont voté la grève jeudi", test_dates_until)
    assert _values("Les cheminots ont voté la grève jeudi.", date(2026, 12, 1)) == [
        ("jeudi", "2026-11-26")]


# --- the three through the CLI, a real store ---------------------------------------

def test_through_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"title": "Senators push rural hospitals bill", "language": "en",
         "url": "https://www.apnews.com/fe28/a", "source": "The Associated Press",
         "published": "2026-11-24T18:00:00+00:00", "paragraphs": SENATORS.split("\n\n")},
        {"title": "Flood warnings remain in place", "language": "en",
         "url": "https://www.bbc.co.uk/fe28/b", "source": "BBC News",
         "published": "2026-11-25T08:00:00+00:00",
         "paragraphs": ["Dozens of flood warnings remain in place across Kent and Sussex."]},
        {"title": "Métro : nouvelle journée de perturbations", "language": "fr",
         "url": "https://www.leparisien.fr/fe28/c", "source": "Le Parisien",
         "published": datetime(2026, 11, 25, 9, tzinfo=UTC).isoformat(),
         "paragraphs": ["Les syndicats de la RATP ont annoncé une grève vendredi."]},
    ]
    out = enrich_through_cli(tmp_path, records, capsys)
    assert [q["speaker"] for q in out["a"]["quotes"]][1:] == ["Eric Schmitt", "Chris Murphy"]
    assert {p["mentioned_as"]: p["country"] for p in out["b"]["places"]} == {
        "Kent": "GB", "Sussex": "GB"}
    assert [(d["text"], d["value"]) for d in out["c"]["dates"]] == [("vendredi", "2026-11-27")]
