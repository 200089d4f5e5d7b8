"""A zone printed with the publication time is the page's clock (newuser11 T13, T15):
adjacent spans glued by the markup ("9 h 00 HNEMis à jour"), a ``<time>`` whose
attribute has no offset but whose text names the zone, and an update (relative or printed
without a zone) shown on the same clock as the publication."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
EASTERN = timedelta(hours=-5)
BODY = "".join(
    f"<p>La municipalité de Sherbrooke a annoncé mardi qu'elle abandonne le projet de "
    f"passerelle numéro {n}, faute de financement provincial, a précisé la mairesse "
    "devant le conseil.</p>" for n in range(4))


def page(box: str) -> str:
    # No canonical link and a bare "fr": the printed zone, else the places (Sherbrooke),
    # say the page is Canadian.
    return ("<html lang='fr'><head><title>Passerelle</title></head><body><article>"
            f"<h1>Passerelle</h1><div class='signature'>{box}</div>{BODY}</article>"
            "</body></html>")


@pytest.mark.parametrize("box", [
    "<span>Publié le 1 déc. 2026 à 9 h 00 HNE</span><span>Mis à jour il y a 2 heures</span>",
    "<span>Publié le 1 déc. 2026 à 9 h 00 EST</span><span>Modifié il y a 2 heures</span>",
    "<time datetime='2026-12-01T09:00'>Publié le 1 déc. 2026 à 9 h 00 HNE</time>",
], ids=["glued-spans", "glued-est", "time-without-offset"])
def test_the_printed_zone_is_kept(box: str) -> None:
    content = extract_html(page(box), fetched_at=NOW)
    assert content.published == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
    assert content.published.utcoffset() == EASTERN
    assert content.evidence["timezone"] == "given by the page"


def test_a_relative_update_is_shown_on_the_page_clock() -> None:
    content = extract_html(page(
        "<span>Publié le 1 déc. 2026 à 8 h 15 HNE</span> <span>Mis à jour il y a 2 heures</span>"),
        fetched_at=NOW)
    assert content.updated == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # same instant
    assert content.updated.utcoffset() == EASTERN  # shown 9 h 00, not 15 h 00


def test_a_zone_word_inside_a_word_is_no_zone() -> None:
    # "ESTonie" and "CETTE" hold zone letters but no zone.
    content = extract_html(page("<span>Publié le 1 déc. 2026 à 9 h 00 CETTE semaine</span>"),
                           fetched_at=NOW)
    assert content.published is not None
    # no zone printed: the clock of the places the text names (Sherbrooke: r-zones50),
    # not CET's +1
    assert content.published.utcoffset() == EASTERN
    assert content.evidence["timezone"].startswith("assumed (America/Toronto): inferred")
