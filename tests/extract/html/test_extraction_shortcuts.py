"""The shortcuts that made HTML extraction faster (issue 13) answer exactly what the
longer way answered: each is checked against the rule it replaces, on generated inputs."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from veille.extract.datelines import DATELINE_END, MAX_CHARS, MAX_START, opening_dateline
from veille.extract.dates import find_dates
from veille.extract.html import extract_html
from veille.extract.html.author_links import AUTHOR_PAGE_SEGMENTS, _author_href
from veille.extract.html.walk import _CHROME_SUBSTRINGS, CHROME_NAMES, by_first_letter

FETCHED = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _dateline_without_gate(text: str) -> tuple[datetime, int] | None:
    """opening_dateline's rule before the dash gate: every date of the head tried."""
    head = text[:MAX_CHARS]
    for found in find_dates(head, default_zone=UTC, now=FETCHED):
        end = DATELINE_END.match(head, found.end) if found.start <= MAX_START else None
        if end:
            return found.value, end.end()
    return None


_DATELINE_PIECES = ["PARIS", ", ", "12 mars 2026", "22 mai 2012", "1er décembre 2026",
                    "hier à 18h30", "il y a 2 heures", " (AFP)", " (Belga)", " - ", " – ",
                    " — ", "-", "—", ". ", "Le conseil municipal a voté ", "mardi ", "\n",
                    "12/03/2026", "2026-03-12", " ", "Lyon", "(", ")", "à 9h"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=14))
def test_the_dash_gate_keeps_every_dateline(pieces: list[str]) -> None:
    """A paragraph without a dash followed by a space opens with no dateline: skipping the
    date search there changes no answer."""
    text = "".join(pieces)
    found = opening_dateline(text, zone=UTC, now=FETCHED)
    reference = _dateline_without_gate(text)
    assert (None if found is None else (found.found.value, found.end)) == reference


def test_a_dateline_still_opens_its_paragraph() -> None:
    found = opening_dateline("ROUEN, 30 novembre 2026 (AFP) - Le conseil a voté.",
                             zone=UTC, now=FETCHED)
    assert found is not None and found.credit == "AFP"
    assert opening_dateline("ROUEN, 30 novembre 2026 (AFP) : Le conseil a voté.",
                            zone=UTC, now=FETCHED) is None


_NAME_ALPHABET = "abcdefghijklmnoprstuvwyzé- _0123456789ABC"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.text(_NAME_ALPHABET, max_size=6),
                          st.sampled_from(CHROME_NAMES.replace("?", "").split("|"))),
                max_size=6))
def test_chrome_names_grouped_by_first_letter_match_as_the_flat_pattern(
        parts: list[str]) -> None:
    names = "".join(parts)
    assert bool(_CHROME_SUBSTRINGS.search(names)) == bool(re.search(CHROME_NAMES, names))


@given(st.text(_NAME_ALPHABET + "|?[]", max_size=30))
def test_grouping_gives_the_same_language(text: str) -> None:
    flat = "ad-?slot|advert|r[eé]agir|read-?more|share|sr-only|s"
    assert bool(by_first_letter(flat).search(text)) == bool(re.search(flat, text))


@pytest.mark.parametrize("pattern", ["(a|b)", "a|?b", "a?b|c", "a|b*"])
def test_grouping_refuses_what_it_cannot_split(pattern: str) -> None:
    with pytest.raises(ValueError, match="literal first letter"):
        by_first_letter(pattern)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([*AUTHOR_PAGE_SEGMENTS, "/", "AUTEUR", "s"]),
                          st.text("abz/-.", max_size=4)), max_size=8))
def test_author_links_are_found_as_segment_by_segment(parts: list[str]) -> None:
    href = "".join(parts)
    node = LexborHTMLParser(f'<a href="{href}">x</a>').css_first("a")
    assert node is not None
    expected = any(f"/{segment}/" in href.lower() for segment in AUTHOR_PAGE_SEGMENTS)
    assert _author_href(node) is expected


def test_a_bare_name_the_body_talks_about_is_still_no_author() -> None:
    """The body's words are read when a name is first found (not before): a name under the
    headline that the text names is still its subject, not its author."""
    body = ("<p>Le maire Jean Dupont a présenté mardi soir un budget en hausse de trois pour "
            "cent, que le conseil municipal a voté après quatre heures de débat.</p>") * 3
    page = ("<html><head><title>Budget</title></head><body><article><h1>Le budget voté "
            "après quatre heures de débat</h1><div>Jean Dupont</div>" + body
            + "</article></body></html>")
    content = extract_html(page, url="https://www.example.fr/budget", fetched_at=FETCHED)
    assert content.authors == []
    named = page.replace("Le maire Jean Dupont", "Le maire")
    content = extract_html(named, url="https://www.example.fr/budget", fetched_at=FETCHED)
    assert content.authors == ["Jean Dupont"]
