"""A template's declared language that the page's text contradicts (newuser11 T14):
WordPress themes ship ``<html lang="en-US">`` and ``og:locale en_US`` on wholly French
pages; the text's language wins, and the declared region's calendar (month first, New
York time) is not applied."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from veille.extract.html import extract_html
from veille.extract.language import contradicted_language

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
FRENCH = "".join(
    f"<p>La société d'électricité a annoncé des coupures programmées de quatre heures dans "
    f"le quartier numéro {n}, jusqu'à la fin du mois, en invoquant une baisse des "
    "importations et des pannes sur deux groupes de la centrale.</p>" for n in range(3))
ENGLISH = "".join(
    f"<p>The power company announced scheduled outages of four hours a day in district "
    f"number {n} until the end of the month, citing lower imports and breakdowns at two "
    "units of the main plant.</p>" for n in range(3))


def page(lang: str, meta_line: str, body: str, head: str = "") -> str:
    return (f"<html lang='{lang}'><head><meta property='og:locale' content='en_US'>{head}"
            "<title>Coupures</title></head><body><article><h1>Coupures</h1>"
            f"<div class='entry-meta'><span class='posted-on'>{meta_line}</span></div>"
            f"{body}</article></body></html>")


def test_french_text_under_an_english_template_is_french() -> None:
    content = extract_html(page("en-US", "Publié le 01/12/2026 à 14:32", FRENCH),
                           fetched_at=NOW)
    assert content.language == "fr"
    assert "declares en" in content.evidence["language"]
    # Day first, as a French label writes it: 1 December, not 12 January.
    assert content.published is not None
    assert content.published.date().isoformat() == "2026-12-01"
    assert content.published.utcoffset() != timedelta(hours=-5)


def test_the_zone_of_a_contradicted_locale_is_not_applied() -> None:
    head = "<meta property='article:published_time' content='2026-12-01T14:32:00+00:00'>"
    content = extract_html(page("en-US", "", FRENCH, head), fetched_at=NOW)
    assert content.published == datetime(2026, 12, 1, 14, 32, tzinfo=UTC)
    assert content.published.utcoffset() != timedelta(hours=-5)
    assert "locale" not in content.evidence


def test_english_text_under_an_english_template_stays_month_first() -> None:
    content = extract_html(page("en-US", "Posted 03/11/2026 2:32 pm", ENGLISH),
                           fetched_at=NOW)
    assert content.language == "en"
    assert content.published is not None
    assert (content.published.month, content.published.day) == (3, 11)


def test_a_short_text_does_not_overrule_the_page() -> None:
    assert contradicted_language("en", "Le maire a parlé.") == ""
    assert contradicted_language("fr", FRENCH) == ""
    assert contradicted_language("", FRENCH) == ""
    assert contradicted_language("en", FRENCH.replace("<p>", " ")) == "fr"


def test_a_french_label_reads_the_date_day_first_even_in_a_short_brief() -> None:
    # verify11a V11: too short for the text to overrule en-US, but "Publié le" is French.
    brief = "<p>La mairie ferme la piscine lundi pour travaux.</p>"
    content = extract_html(page("en-US", "Publié le 05/03/2026 à 10:15", brief),
                           fetched_at=NOW)
    assert content.published is not None
    assert (content.published.month, content.published.day) == (3, 5)
