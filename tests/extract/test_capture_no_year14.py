"""Datelines without a year ("Publié le 01/12 à 08h12", "01 déc. à 08h12", "1er décembre à
8 h 12"): the year is the capture's reference's (fetch or file time, or the masthead's day),
so that the date is never more than a day ahead of it, and the evidence says it was
inferred (s-capt14; texts of our own)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import find_dates
from veille.extract.text_capture import extract_text_capture

PARIS = ZoneInfo("Europe/Paris")
FETCHED = datetime(2026, 12, 1, 10, tzinfo=UTC)
BODY = [
    "Le syndicat des eaux du Lauragais a voté lundi une hausse de 4 % du prix du mètre "
    "cube, la première depuis six ans, pour financer le renouvellement des canalisations.",
    "Les abonnés verront la différence sur la facture du printemps, soit une douzaine "
    "d'euros par an pour un foyer de quatre personnes, selon le président du syndicat.",
]


def _capture(dateline: str, *, masthead: str = "") -> str:
    head = ["Le Réveil du Lauragais", *([masthead] if masthead else []), "Se connecter",
            "Castelnaudary : le prix de l'eau augmente de 4 % au 1er janvier",
            "Par Bastien Roques", dateline]
    return "\n".join([*head, *BODY])


def _published(dateline: str, fetched: datetime = FETCHED, masthead: str = "") -> datetime:
    result = extract_text_capture(_capture(dateline, masthead=masthead), fetched_at=fetched)
    assert result.published is not None, dateline
    assert "year inferred" in result.evidence["published"]
    return result.published


def test_a_numeric_day_and_month_take_the_fetch_year() -> None:
    assert _published("Publié le 01/12 à 08h12") == datetime(2026, 12, 1, 8, 12, tzinfo=PARIS)


def test_abbreviated_and_spelled_months_too() -> None:
    expected = datetime(2026, 12, 1, 8, 12, tzinfo=PARIS)
    assert _published("Publié le 01 déc. à 08h12") == expected
    assert _published("Publié le 1er décembre à 8 h 12") == expected


def test_a_day_ahead_is_this_year_two_days_ahead_last_year() -> None:
    now = datetime(2026, 11, 30, 20, tzinfo=UTC)  # 21h in Paris
    found = find_dates("Publié le 01/12 à 06h00", default_zone=PARIS, now=now)
    assert found[0].value.year == 2026
    found = find_dates("Publié le 02/12 à 06h00", default_zone=PARIS, now=now)
    assert found[0].value.year == 2025


def test_new_year_reads_the_year_ahead_for_a_day_ahead() -> None:
    now = datetime(2026, 12, 31, 12, tzinfo=UTC)
    found = find_dates("Mis à jour le 01/01 à 00h30", default_zone=PARIS, now=now)
    assert found[0].value == datetime(2027, 1, 1, 0, 30, tzinfo=PARIS)
    assert found[0].year_inferred


def test_the_masthead_day_is_the_reference_of_a_capture_saved_later() -> None:
    saved = datetime(2027, 2, 3, 9, tzinfo=UTC)
    assert _published("Publié le 30/12 à 18h05", fetched=saved,
                      masthead="Mercredi 30 décembre 2026") == datetime(
        2026, 12, 30, 18, 5, tzinfo=PARIS)


def test_no_year_less_date_without_a_publication_word() -> None:
    assert find_dates("Le score était de 2/1 à 18h00 au coup de sifflet.",
                      default_zone=PARIS, now=FETCHED) == []
    # A full or two-digit year is read as such, never as a year-less date.
    found = find_dates("Publié le 29/11/26 à 18h30", default_zone=PARIS, now=FETCHED)
    assert [(f.value.year, f.year_inferred) for f in found] == [(2026, False)]


@given(day=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
       ref=st.datetimes(datetime(2021, 1, 1), datetime(2030, 1, 1)))
def test_an_inferred_year_is_at_most_a_day_ahead_and_within_a_year(
        day: date, ref: datetime) -> None:
    now = ref.replace(tzinfo=UTC)
    if (day.month, day.day) == (2, 29):
        return
    found = find_dates(f"Publié le {day.day:02d}/{day.month:02d} à 12h00",
                       default_zone=PARIS, now=now)
    assert len(found) == 1 and found[0].year_inferred
    local_today = now.astimezone(PARIS).date()
    value = found[0].value.date()
    assert value <= local_today + timedelta(days=1)
    assert value > local_today + timedelta(days=1) - timedelta(days=366)
