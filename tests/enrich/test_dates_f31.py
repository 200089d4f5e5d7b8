"""f-dates31 (t-final30 F4): French dates mentioned. A yearless date after a preposition
announcing a deadline or a bound ahead ("d'ici au", "avant le", "jusqu'au", "à partir du",
"dès le") is the next such day unless its clause is past; a present plural in "-èrent"
("espèrent") is no passé simple; "le mois de juin" is June alone, not the current month
too; a weekday and day of month that agree date the mention on its own side of
publication ("était initialement prévu mardi 1er décembre" written on 3 December is past);
"<jour> prochain" one or two days ahead is its two candidate days (granularity
``either``). Through ``find_dates`` and through the CLI with a real store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import NEAR_DAYS, find_dates
from veille.enrich.simple_past import simple_past

MONDAY = date(2026, 11, 30)
THURSDAY = date(2026, 12, 3)
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")


def _found(text: str, published: date) -> list[tuple[str, str, str, str, str]]:
    return [(d.text, d.value, d.granularity, d.until, d.tense)
            for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "value"), [
    ("Les exposants espèrent 1,5 million de visiteurs d'ici au 27 décembre.", "2026-12-27"),
    ("Le musée est fermé jusqu'au 15 juillet.", "2027-07-15"),
    ("Les candidatures sont ouvertes à partir du 1er juillet.", "2027-07-01"),
    ("Le service est assuré dès le 2 juillet.", "2027-07-02"),
    ("Les dossiers doivent parvenir avant le 15 juillet.", "2027-07-15"),
    ("Les élus avaient promis des contrôles d'ici au 15 juillet.", "2027-07-15"),
])
def test_a_bound_ahead_is_the_next_such_day(text: str, value: str) -> None:
    assert [(d.value, d.tense) for d in find_dates(text, MONDAY)] == [(value, "future")]


@pytest.mark.parametrize(("text", "value"), [
    ("Il était parti avant le 20 juillet.", "2026-07-20"),
    ("La grève a duré jusqu'au 20 novembre.", "2026-11-20"),
])
def test_a_past_clause_keeps_its_bound_behind(text: str, value: str) -> None:
    assert [(d.value, d.tense) for d in find_dates(text, MONDAY)] == [(value, "past")]


@pytest.mark.parametrize("word", ["espèrent", "gèrent", "considèrent", "préfèrent",
                                  "opèrent", "récupèrent", "désespèrent"])
def test_present_of_erer_verbs_is_no_simple_past(word: str) -> None:
    assert not simple_past(word)


@pytest.mark.parametrize("word", ["déclarèrent", "coupèrent", "espérèrent", "allèrent"])
def test_simple_past_plural_still_is(word: str) -> None:
    assert simple_past(word)


@pytest.mark.parametrize(("text", "value"), [
    ("« On attendait ce jour depuis le mois de juin », a confié une mère.", "2026-06-01"),
    ("Le chantier est à l'arrêt depuis le mois d'avril.", "2026-04-01"),
    ("Les prix ont augmenté au cours du mois de septembre.", "2026-09-01"),
])
def test_le_mois_de_names_that_month_only(text: str, value: str) -> None:
    assert [(d.value, d.granularity) for d in find_dates(text, THURSDAY)] == \
        [(value, "month")]


def test_le_mois_alone_is_still_the_current_month() -> None:
    assert [(d.value, d.granularity) for d in find_dates(
        "Les ventes ont chuté le mois dernier et remontent ce mois-ci.", THURSDAY)] == \
        [("2026-11-01", "month"), ("2026-12-01", "month")]


@pytest.mark.parametrize(("text", "published", "value", "tense"), [
    ("Le vote était initialement prévu mardi 1er décembre.", THURSDAY, "2026-12-01", "past"),
    ("La séance avait été fixée au lundi 7 décembre.", date(2026, 12, 10), "2026-12-07",
     "past"),
    ("Le procès, qui devait se tenir jeudi 26 novembre, a été renvoyé.", THURSDAY,
     "2026-11-26", "past"),
    ("Le vote était prévu mardi 8 décembre.", THURSDAY, "2026-12-08", "future"),
])
def test_weekday_and_day_agreeing_date_it_on_its_side(text: str, published: date,
                                                      value: str, tense: str) -> None:
    assert [(d.value, d.tense) for d in find_dates(text, published)] == [(value, tense)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("La commission se réunira vendredi prochain.", THURSDAY,
     ("vendredi prochain", "2026-12-04", "either", "2026-12-11")),
    ("Le tribunal rendra sa décision jeudi prochain.", date(2026, 12, 1),
     ("jeudi prochain", "2026-12-03", "either", "2026-12-10")),
    ("Le préfet recevra les maires vendredi prochain.", MONDAY,
     ("vendredi prochain", "2026-12-04", "day", "")),
    ("Les syndicats appellent à la grève jeudi prochain.", THURSDAY,
     ("jeudi prochain", "2026-12-10", "day", "")),
])
def test_prochain_one_or_two_days_ahead_is_two_days(
        text: str, published: date, expected: tuple[str, str, str, str]) -> None:
    assert [f[:4] for f in _found(text, published)] == [expected]


@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.sampled_from(FR_DAYS))
def test_prochain_never_states_a_false_day(published: date, weekday: str) -> None:
    """Property: "<jour> prochain" is that weekday 1 to 7 days ahead; one or two days ahead
    it is given with the day a week later (``either``), never as one day."""
    found = find_dates(f"La réunion aura lieu {weekday} prochain.", published)
    assert len(found) == 1
    d = found[0]
    first = date.fromisoformat(d.value)
    ahead = (first - published).days
    assert first.weekday() == FR_DAYS.index(weekday) and 1 <= ahead <= 7
    if ahead <= 2:
        assert (d.granularity, date.fromisoformat(d.until)) == \
            ("either", first + timedelta(days=7))
    else:
        assert (d.granularity, d.until) == ("day", "")


@settings(max_examples=80)
@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)),
       st.sampled_from(("d'ici au", "avant le", "jusqu'au", "à partir du", "dès le")),
       st.sampled_from(FR_MONTHS), st.integers(1, 28))
def test_a_bound_ahead_is_never_behind(published: date, prep: str, month: str,
                                       day: int) -> None:
    """Property: in a present clause, a yearless date after a bound ahead is on or after
    publication, within a year of it, unless within ``NEAR_DAYS`` of it (the nearest year,
    whatever the clause says: "d'ici au 1er janvier" written on 2 January)."""
    found = find_dates(f"Les inscriptions sont ouvertes {prep} {day} {month}.", published)
    assert len(found) == 1
    value = date.fromisoformat(found[0].value)
    assert -NEAR_DAYS <= (value - published).days <= 366


@settings(max_examples=60)
@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.integers(-120, 120))
def test_an_agreeing_weekday_dates_the_side(published: date, shift: int) -> None:
    """Property: "prévu <jour> <d> <mois>" whose weekday agrees with a day within four
    months is that day, past or future by its side of publication."""
    day = published + timedelta(days=shift)
    text = f"Le vote était prévu {FR_DAYS[day.weekday()]} {day.day} {FR_MONTHS[day.month - 1]}."
    found = find_dates(text, published)
    assert [d.value for d in found] == [day.isoformat()]
    if shift:
        assert found[0].tense == ("future" if shift > 0 else "past")


def test_french_dates_through_the_cli(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The t-final30 F4 texts, as stored and exported."""
    records = [
        {"url": "https://example.fr/lille-a", "title": "Lille : le marché de Noël",
         "text": "Les exposants espèrent 1,5 million de visiteurs d'ici au 27 décembre. Le "
                 "marché restera ouvert jusqu'au 27 décembre.", "language": "fr",
         "date": "2015-11-30T11:00:00+01:00"},
        {"url": "https://example.fr/cantines-b", "title": "Cantines : le vote reporté",
         "text": "Le vote était initialement prévu mardi 1er décembre. « On attendait ce "
                 "jour depuis le mois de juin », a confié une mère d'élève. La commission "
                 "se réunira vendredi prochain.", "language": "fr",
         "date": "2015-12-03T19:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [(d["value"], d["tense"]) for d in got["a"]["dates"]] == \
        [("2015-12-27", "future"), ("2015-12-27", "future")]
    assert [(d["text"], d["value"], d["granularity"], d["until"], d["tense"])
            for d in got["b"]["dates"]] == [
        ("mardi 1er décembre", "2015-12-01", "day", "", "past"),
        ("de juin", "2015-06-01", "month", "", "past"),
        ("vendredi prochain", "2015-12-04", "either", "2015-12-11", "future")]
