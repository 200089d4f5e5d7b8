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


def other_page(head: str, meta_line: str, url: str, lang: str = "fr") -> str:
    return page(head, meta_line).replace("https://www.journal-exemple.fr/a/halle", url) \
        .replace("<html lang='fr'>", f"<html lang='{lang}'>")


def test_a_page_printing_the_utc_clock_keeps_utc() -> None:
    """newuser16a H25: a Dakar outlet on a .com domain, in French, prints the UTC clock
    its machine date gives; it was put in Paris time, an hour nobody there printed."""
    content = extract_html(other_page(ld("2027-01-14T19:45:00+00:00"),
                                      "<span>Publié le 14/01/2027 à 19h45</span>",
                                      "https://www.quotidien-dakar.com/a/halle"),
                           fetched_at=datetime(2027, 2, 1, tzinfo=UTC))
    assert content.published == datetime(2027, 1, 14, 19, 45, tzinfo=UTC)
    assert content.published.utcoffset() == timedelta(0)
    assert content.evidence["timezone"] == "the page prints its time in UTC"


def test_the_printed_time_gives_the_pages_offset() -> None:
    """newuser15b X9: an overseas outlet on a .fr domain printed its own local time
    ("Publié le 2 décembre à 19h15", Nouméa, +11:00) for a UTC machine date; it was put in
    Paris time, on the next day's calendar page."""
    content = extract_html(other_page(ld("2026-12-02T08:15:00Z"),
                                      "<span>Publié le 02/12/2026 à 19h15</span>",
                                      "https://outremer-exemple.fr/caledonie/a/halle"),
                           fetched_at=NOW + timedelta(days=2))
    assert content.published == datetime(2026, 12, 2, 8, 15, tzinfo=UTC)
    assert content.published.utcoffset() == timedelta(hours=11)
    assert content.published.date().isoformat() == "2026-12-02"


def test_an_update_time_or_a_far_time_gives_no_offset() -> None:
    """An update printed alone is another instant; a time off by minutes is another time:
    neither is taken for the page's clock (the instant goes to the assumed zone)."""
    for line in ("<span>Mis à jour le 02/12/2026 à 12h15</span>",
                 "<span>Publié le 02/12/2026 à 12h22</span>"):
        content = extract_html(other_page(ld("2026-12-02T08:15:00Z"), line,
                                          "https://www.journal-exemple.fr/a/halle2"),
                               fetched_at=NOW + timedelta(days=2))
        assert content.published == datetime(2026, 12, 2, 8, 15, tzinfo=UTC)
        assert content.published.utcoffset() == timedelta(hours=1), line


def test_a_printed_update_time_or_a_foreign_clock_gives_no_offset() -> None:
    """verify17 Y3: a page printing its update time (equal to its dateModified) got an
    offset of +08:00 from it, and a printed time 5 h 30 or 6 h from the machine time gave
    +05:30 and +06:00, clocks no French page keeps: only the clocks of the page's country
    and its territories count (Paris, La Réunion, Nouméa, Papeete...)."""
    modified = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":'
                '"La halle sera rénovée","datePublished":"2026-12-02T07:00:00Z",'
                '"dateModified":"2026-12-02T15:00:00Z"}</script>')
    content = extract_html(other_page(modified, "<span>Publié le 02/12/2026 à 16h00</span>",
                                      "https://www.journal-exemple.fr/a/halle3"),
                           fetched_at=NOW + timedelta(days=2))
    assert content.published == datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
    assert content.published.utcoffset() == timedelta(hours=1)
    for printed in ("13h45", "14h15"):
        content = extract_html(other_page(ld("2026-12-02T08:15:00Z"),
                                          f"<span>Publié le 02/12/2026 à {printed}</span>",
                                          "https://www.journal-exemple.fr/a/halle4"),
                               fetched_at=NOW + timedelta(days=2))
        assert content.published is not None
        assert content.published.utcoffset() == timedelta(hours=1), printed


def test_a_stated_locale_is_not_second_guessed_by_a_printed_time() -> None:
    """The printed clock corrects a zone guessed from the domain or the language; a locale
    with a region (``fr-CA``) states it, and the printed dates are then not read for it
    (they cost a millisecond a page: issue 13)."""
    content = extract_html(other_page(ld("2026-12-02T08:15:00Z"),
                                      "<span>Publié le 02/12/2026 à 08h15</span>",
                                      "https://www.journal-exemple.com/a/halle5", "fr-CA"),
                           fetched_at=NOW + timedelta(days=2))
    assert content.published == datetime(2026, 12, 2, 8, 15, tzinfo=UTC)
    assert content.published.utcoffset() == timedelta(hours=-5)
