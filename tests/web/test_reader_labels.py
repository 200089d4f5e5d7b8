"""Names, dates and counts in the UI's language (f-reader20 R14): an entity or place filed
under its French name shows its English one on the English pages where the shipped data
has one, keeping its id; a time an API field writes in ISO 8601 and a timeline's period
are written out; a number given to a message has the language's separator ("10000" read
bare). And every list pages with the one pager of ``_pager.html``."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.aliases import load as load_aliases
from veille.enrich.english_names import english_names, parse
from veille.enrich.places import shipped
from veille.web.i18n import LOCALES_DIR, load_locales

FR, EN = load_locales()["fr"], load_locales()["en"]
TEMPLATES = LOCALES_DIR.parent / "templates"


def test_english_names_of_countries_capitals_and_curated_entities() -> None:
    assert EN.name("Q183", "Allemagne") == "Germany"
    assert EN.name("Q956", "Pékin") == "Beijing"
    assert EN.name("Q7184", "OTAN") == "NATO"
    assert EN.name("iso3166:RE", "La Réunion") == "Réunion"  # CLDR's accents, not GeoNames'
    assert EN.name("Q43", "Turquie") == "Turkey"
    # no English name: the French one; and French pages always the French one
    assert EN.name("Q64", "Berlin") == "Berlin" and EN.name(None, "Rouen") == "Rouen"
    assert FR.name("Q183", "Allemagne") == "Allemagne"


def test_every_english_name_is_of_a_known_place_or_entity() -> None:
    """The generated and hand-kept rows name ids the gazetteer or the alias table holds: a
    row for an id veille never gives would be dead, a typo in an id silent."""
    known = set(shipped().by_id) | set(load_aliases().by_id)
    names = english_names()
    assert len(names) > 150
    assert set(names) <= known, set(names) - known


def test_the_files_are_read_leniently() -> None:
    assert parse("# comment\nQ1\tOne\n\nbroken line\nQ2\t\nQ1\tUn\n") == {"Q1": "Un"}


def test_iso_times_are_written_out() -> None:
    assert FR.when("2026-11-30T08:00:00+01:00") == "30 nov. 2026 08:00 (UTC+1)"
    assert EN.when("2026-11-30T08:00:00+01:00") == "Nov 30, 2026 8:00\u202fAM (UTC+1)"
    assert FR.when("2026-11-30T08:00:00+01:00", "day") == "30 nov. 2026"
    assert EN.when("2026-11-30") == "Nov 30, 2026"
    assert FR.when("2026-11-30T07:00:00") == "30 nov. 2026 07:00 (UTC)"  # no offset: UTC
    assert FR.when("hier") == "hier"


def test_periods_are_written_out() -> None:
    assert [FR.period(p) for p in ("2026-11-30", "2026-W48", "2026-11", "2026")] == [
        "30 nov. 2026", "semaine 48 de 2026", "nov. 2026", "2026"]
    assert [EN.period(p) for p in ("2026-11-30", "2026-W48", "2026-11", "2026")] == [
        "Nov 30, 2026", "week 48, 2026", "Nov 2026", "2026"]
    assert FR.period("2026-13") == "2026-13"


@given(st.text(max_size=40))
def test_no_text_breaks_a_date_or_period(text: str) -> None:
    for t in (FR, EN):
        assert isinstance(t.when(text), str) and isinstance(t.period(text), str)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_day_is_never_left_iso(day: date) -> None:
    for t in (FR, EN):
        assert not re.search(r"\d{4}-\d{2}", t.period(day.isoformat()) + t.when(
            day.isoformat()))


def test_a_count_given_to_a_message_has_the_languages_separator() -> None:
    fr = FR("entity_counts", articles=10000, mentions=25000, independent="x", reprints="y")
    en = EN("entity_counts", articles=10000, mentions=25000, independent="x", reprints="y")
    assert "10\u202f000" in fr and "25\u202f000" in fr, fr
    assert "10,000" in en and "25,000" in en, en
    assert "10,000" in EN.plural("entities_articles", 10000)


def test_every_list_pages_with_the_one_pager() -> None:
    """The pager's markup is written once (``_pager.html``); each paged list calls it."""
    for path in TEMPLATES.glob("*.html"):
        html = path.read_text("utf-8")
        if path.name != "_pager.html":
            assert 'class="pager"' not in html, path.name
    for name in ("home", "stories", "search", "saved", "entities"):
        html = (TEMPLATES / f"{name}.html").read_text("utf-8")
        assert '{% from "_pager.html" import pager with context %}' in html, name
        assert "{{ pager(" in html, name
