"""Dateline forms that gave no date or a wrong one (newuser4 N4, N12, N13): a two-digit
year after a dateline word, a British dotted time before a stated zone, an update time
after a relative publication; and zone words that are not zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from veille.extract.dates import find_dates, published_and_updated
from veille.extract.html import extract_html

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 30, 21, 0, tzinfo=UTC)


def test_two_digit_year_after_a_dateline_word() -> None:
    published, updated = published_and_updated(
        "Publié le 02/10/25 à 9h05 - Mis à jour le 03/10/25 à 11h40", default_zone=PARIS,
        now=NOW)
    assert published == datetime(2025, 10, 2, 9, 5, tzinfo=PARIS)
    assert updated == datetime(2025, 10, 3, 11, 40, tzinfo=PARIS)


def test_two_digit_year_in_a_sentence_is_no_date() -> None:
    assert find_dates("Le score était de 3/1/25 au tableau, selon l'arbitre.", now=NOW) == []


def test_two_digit_year_in_a_page() -> None:
    para = ("Le tribunal correctionnel de Grenoble a condamné lundi un ancien élu municipal "
            "à dix-huit mois de prison avec sursis pour prise illégale d'intérêts. ")
    html = (f"<html lang='fr'><body><article><h1>Grenoble : un ancien élu condamné</h1>"
            f"<div class='c-date'>Publié le 16/11/26 à 10h15</div><p>{para * 2}</p>"
            f"<p>{para}</p></article></body></html>")
    content = extract_html(html, fetched_at=NOW)
    assert content.published == datetime(2026, 11, 16, 10, 15, tzinfo=PARIS)


def test_british_dotted_time_with_a_stated_zone() -> None:
    published, updated = published_and_updated(
        "Tue 3 Nov 2026 09.41 GMT Last modified on Tue 3 Nov 2026 16.02 GMT")
    assert published == datetime(2026, 11, 3, 9, 41, tzinfo=UTC)
    assert updated == datetime(2026, 11, 3, 16, 2, tzinfo=UTC)
    (found,) = find_dates("12 Jul 2026 14.05 BST")
    assert found.value == datetime(2026, 7, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert found.zone_given


def test_a_dot_without_a_zone_is_no_time() -> None:
    (found,) = find_dates("le 12 mars 2026 3.50 euros le litre")
    assert not found.has_time


def test_french_words_are_not_zones() -> None:
    """"et" used to read as ET (New York) and "Zurich" as Z (UTC), zone given."""
    (found,) = find_dates("Publié le 12 mars 2026 et mis à jour", default_zone=PARIS)
    assert found.value.tzinfo == PARIS and not found.zone_given
    (found,) = find_dates("le 12 mars 2026 Zurich", default_zone=PARIS)
    assert not found.zone_given


def test_update_time_after_a_relative_publication_is_today() -> None:
    published, updated = published_and_updated(
        "Publié aujourd'hui à 06h00, modifié à 08h12", default_zone=PARIS, now=NOW)
    assert published == datetime(2026, 11, 30, 6, 0, tzinfo=PARIS)
    assert updated == datetime(2026, 11, 30, 8, 12, tzinfo=PARIS)
    published, updated = published_and_updated(
        "Publié hier à 18h30, modifié à 07h12", default_zone=PARIS, now=NOW)
    assert published == datetime(2026, 11, 29, 18, 30, tzinfo=PARIS)
    assert updated == datetime(2026, 11, 30, 7, 12, tzinfo=PARIS)


def test_update_time_not_yet_passed_is_the_publication_day() -> None:
    early = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)  # 06:00 in Paris
    _, updated = published_and_updated(
        "Publié hier à 18h30, modifié à 21h10", default_zone=PARIS, now=early)
    assert updated == datetime(2026, 11, 29, 21, 10, tzinfo=PARIS)
