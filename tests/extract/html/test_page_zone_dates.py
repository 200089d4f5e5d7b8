"""The article's day on its readers' calendar (newuser9 R17) and a day-only metadata date
refined by the printed time of the same day (newuser9 R29)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
BODY = "".join(
    f"<p>Le conseil municipal a voté dans la soirée la rénovation de la halle numéro {n}, "
    "un chantier de plusieurs mois qui doit commencer au printemps, a indiqué le maire "
    "devant la presse.</p>" for n in range(4))


def page(head: str, meta_line: str) -> str:
    return (f"<html lang='fr'><head><title>La halle sera rénovée</title>{head}"
            "<link rel='canonical' href='https://www.journal-exemple.fr/a/halle'></head>"
            "<body><article><h1>La halle sera rénovée</h1>"
            f"<div class='article-meta'>{meta_line}</div>{BODY}</article></body></html>")


def ld(published: str) -> str:
    return ('<script type="application/ld+json">{"@type":"NewsArticle",'
            f'"headline":"La halle sera rénovée","datePublished":"{published}"}}</script>')


def test_utc_instant_is_filed_on_the_page_calendar() -> None:
    # 23:10 UTC on 9 March is 00:10 on the 10th in Paris (the page is French, .fr).
    content = extract_html(page(ld("2026-03-09T23:10:00Z"),
                                "<span>Publié le 10/03/2026 à 00h10</span>"),
                           fetched_at=NOW)
    assert content.published is not None
    assert content.published == datetime(2026, 3, 9, 23, 10, tzinfo=UTC)  # same instant
    assert content.published.date().isoformat() == "2026-03-10"
    assert content.published.utcoffset() == timedelta(hours=1)


def test_an_explicit_offset_is_kept() -> None:
    content = extract_html(page(ld("2026-03-09T23:10:00-05:00"), ""), fetched_at=NOW)
    assert content.published is not None
    assert content.published.utcoffset() == timedelta(hours=-5)


def test_day_only_metadata_takes_the_printed_time_of_the_same_day() -> None:
    content = extract_html(page(ld("2026-03-08"), "<span>Publié le 08/03/2026 à 21:15</span>"),
                           fetched_at=NOW)
    assert content.published is not None
    assert (content.published.date().isoformat(), content.published.hour,
            content.published.minute) == ("2026-03-08", 21, 15)


def test_day_only_metadata_is_kept_when_the_printed_day_differs() -> None:
    content = extract_html(page(ld("2026-03-08"), "<span>Publié le 05/03/2026 à 21:15</span>"),
                           fetched_at=NOW)
    assert content.published is not None
    assert content.published.date().isoformat() == "2026-03-08"
    assert (content.published.hour, content.published.minute) == (0, 0)
