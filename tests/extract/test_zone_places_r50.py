"""r-zones50 (t-final49b A2, B4; r-pages49 "HTML pages do not read places"): the clock a
text with no address, outlet or zone is read on, from the places it names, one rule for
text captures and HTML pages.

- A2: an English capture naming only French towns was read on UTC: France's towns are the
  gazetteer's *communes*, a kind the places vote left out, so a country of one clock whose
  places are the only clue said nothing. Now its communes (≥ 10,000 inhabitants) vote.
- Countries of several clocks without a subdivision table (Mexico, Portugal) vote by the
  tz database zone of the country nearest each place.
- B4: one wording for the evidence, the places as the text prints them ("Chambéry").
- HTML pages with no locale region, domain, address or outlet read the places too.
Real gazetteer, real extractors; no mocks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.html import extract_html
from veille.extract.place_zones import zone_by_places
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)


def _capture(dateline: str, *paragraphs: str, title: str = "Roads close after snowfall") -> str:
    return "\n\n".join(["News", title, "By Imogen Tate", dateline, *paragraphs]) + "\n"


@pytest.mark.parametrize(("paragraphs", "zone", "when"), [
    (("Snow closed the pass above Valence and Montélimar on Thursday, officials in Valence "
      "said.", "Drivers near Montélimar waited for hours."),
     "Europe/Paris", "2026-12-03T16:00:00+01:00"),
    (("Trains between Guadalajara and Monterrey were cancelled, officials in Monterrey said.",
      "Buses left Guadalajara late."), "America/Mexico_City", "2026-12-03T16:00:00-06:00"),
    (("Fares in Porto and Coimbra will rise, the council in Porto said on Thursday.",
      "Coimbra's buses follow in March."), "Europe/Lisbon", "2026-12-03T16:00:00+00:00"),
])
def test_an_english_capture_is_read_on_the_clock_of_the_places_it_names(
        paragraphs: tuple[str, ...], zone: str, when: str) -> None:
    result = extract_text_capture(_capture("Published Thursday 3 December 2026, 16:00",
                                           *paragraphs), fetched_at=NOW, language="en")
    assert result.published == datetime.fromisoformat(when)
    said = result.evidence["timezone"]
    assert said.startswith(f"assumed ({zone}): inferred from the places the text names (")


def test_the_evidence_names_the_places_as_printed() -> None:
    result = extract_text_capture(_capture(
        "Published Thursday 3 December 2026, 16:00",
        "Ski lifts above Chambéry and Besançon stopped on Thursday, officials in Chambéry "
        "said."), fetched_at=NOW, language="en")
    assert "(Chambéry, Besançon)" in result.evidence["timezone"]


def test_a_word_the_text_writes_in_lower_case_is_no_place() -> None:
    # "By" is a French commune and an English word: the byline does not vote for Paris
    assert zone_by_places("By Imogen Tate\nThe road by the river closed near Valence.") \
        == ("", [])


def test_a_language_zone_moves_only_for_a_country_writing_that_language() -> None:
    texts = ("Des tornades ont frappé Dallas et Houston jeudi, selon la mairie de Dallas.",
             "Houston reste sous alerte.")
    # an English text: Texas's clock; a French one (Paris's zone assumed): a Paris paper's
    # foreign news, Paris stays
    assert zone_by_places("\n".join(texts))[0] == "America/Chicago"
    assert zone_by_places("\n".join(texts), "fr", "Europe/Paris") == ("", [])
    quebec = "Tempête à Sherbrooke et à Trois-Rivières : Sherbrooke ferme ses écoles."
    assert zone_by_places(quebec, "fr", "Europe/Paris")[0] == "America/Toronto"


def _page(paragraphs: list[str], lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><title>Storm</title>'
            '<meta property="article:published_time" content="2026-12-03T16:00:00">'
            f"</head><body><article><h1>Storm closes roads</h1>{body}</article></body></html>")


PARAGRAPHS = [
    "Snow closed the pass above Valence and Montélimar on Thursday, officials in Valence "
    "said, and the prefecture asked drivers to stay at home until the ploughs had passed.",
    "Drivers near Montélimar waited for hours on the motorway, and schools in the valley "
    "kept pupils indoors through the afternoon while the snow kept falling.",
    "Forecasters expect the weather to clear on Saturday, when the pass should reopen to "
    "cars and lorries alike, the road authority said in a statement.",
]


def test_an_html_page_with_no_country_reads_the_places_like_a_capture() -> None:
    content = extract_html(_page(PARAGRAPHS), url="http://127.0.0.1:8000/storm.html",
                           fetched_at=NOW)
    assert content.published == datetime.fromisoformat("2026-12-03T16:00:00+01:00")
    said = content.evidence["timezone"]
    assert said.startswith("assumed (Europe/Paris): inferred from the places the text names")
    capture = extract_text_capture(_capture("Published Thursday 3 December 2026, 16:00",
                                            *PARAGRAPHS), fetched_at=NOW, language="en")
    assert capture.evidence["timezone"].split(", the page")[0] == said.split(", the page")[0]


def test_an_html_page_whose_domain_says_its_country_keeps_it() -> None:
    content = extract_html(_page(PARAGRAPHS), url="https://www.example.co.uk/storm.html",
                           fetched_at=NOW)
    assert content.published == datetime.fromisoformat("2026-12-03T16:00:00+00:00")
    assert "places" not in content.evidence.get("timezone", "")


def test_a_short_acronym_is_no_place_vote() -> None:
    """t-final50b A4: "The WA Premier" voted for Wa (Ghana) and split Perth's clock: an
    all-capitals word of three letters or fewer votes only as a country."""
    text = ("Bushfire threat eases near Mandurah\nCrews from Mandurah and Kalgoorlie were "
            "stood down on Friday. The WA Treasurer said in Perth that the WA budget "
            "would cover the costs.")
    assert zone_by_places(text, "en", "UTC")[0] == "Australia/Perth"
    assert zone_by_places("Talks in the UK: London and Leeds agreed; the UK said so.",
                          "en", "UTC")[0] == "Europe/London"
