"""Issue 16, dates mentioned (q-dates27): a past verb of reporting does not date the day of
the event it reports (t-final27 F2), "ce jeudi"/"this Friday" is this week's day, the
second weekday of a range with hours is after the first, and deadlines ("d'ici le 15
janvier", "by January 15") lie ahead (t-final27 F3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_reported import reported_event_day, this_week_day, whole_words
from veille.enrich.dates import find_dates
from veille.enrich.stage import Resources

from .conftest import enrich

WEDNESDAY = date(2026, 12, 2)


def _values(text: str, published: date) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


# F2: the Le Soir/Belga strike dispatch, through the real pipeline


def test_f2_every_jeudi_of_the_strike_is_the_coming_thursday(resources: Resources) -> None:
    dates = enrich(resources, "Bruxelles : grève des cheminots ce jeudi\n\nLes syndicats de "
                   "la SNCB ont confirmé mercredi une grève de 24 heures jeudi, de mercredi "
                   "22 heures à jeudi 22 heures.",
                   published=datetime(2026, 12, 2, 14, 10, tzinfo=UTC))["dates"]
    assert isinstance(dates, list)
    thursdays = [d for d in dates if "jeudi" in d["text"]]
    assert thursdays and {d["value"] for d in thursdays} | \
        {d["until"] for d in thursdays if d["until"]} == {"2026-12-03"}
    assert {d["value"] for d in dates if d["text"] == "mercredi"} == {"2026-12-02"}


def test_ce_jeudi_is_this_weeks_day_after_a_past_verb() -> None:
    assert _values("Les enseignants ont voté mardi une grève ce jeudi.", WEDNESDAY) == [
        ("mardi", "2026-12-01"), ("ce jeudi", "2026-12-03")]
    assert _values("Il a été interpellé ce lundi à Lille.", WEDNESDAY) == [
        ("ce lundi", "2026-11-30")]
    assert _values("Rail unions announced on Tuesday a 48-hour strike starting this Friday.",
                   date(2026, 11, 18)) == [("Tuesday", "2026-11-17"),
                                           ("this Friday", "2026-11-20")]


def test_ce_lundi_in_the_future_on_a_sunday_is_tomorrow() -> None:
    assert _values("Il sera jugé ce lundi.", date(2026, 11, 29)) == [
        ("ce lundi", "2026-11-30")]


def test_ce_dimanche_in_the_past_on_a_monday_is_yesterday() -> None:
    assert _values("Le match a eu lieu ce dimanche à Lens.", date(2026, 11, 30)) == [
        ("ce dimanche", "2026-11-29")]


def test_ce_jeudi_announced_without_the_acts_day_is_this_weeks() -> None:
    assert _values("Les syndicats ont annoncé une grève ce jeudi.", WEDNESDAY) == [
        ("ce jeudi", "2026-12-03")]
    assert _values("Le gouvernement a annoncé lundi la tenue d'un sommet social ce "
                   "vendredi.", date(2026, 10, 5)) == [("lundi", "2026-10-05"),
                                                      ("ce vendredi", "2026-10-09")]


def test_an_event_announced_with_the_acts_day_is_on_or_after_it() -> None:
    assert _values("La préfecture a autorisé jeudi une manifestation samedi.",
                   date(2026, 11, 12)) == [("jeudi", "2026-11-12"), ("samedi", "2026-11-14")]
    assert _values("Les contrôleurs ont confirmé mardi un mouvement de grève vendredi.",
                   date(2026, 11, 17))[1] == ("vendredi", "2026-11-20")
    # written on the Friday after: the strike called on Monday for Thursday is gone by
    assert _values("La CGT a appelé lundi à une grève jeudi.", date(2026, 12, 4)) == [
        ("lundi", "2026-11-30"), ("jeudi", "2026-12-03")]


def test_an_act_at_its_event_keeps_the_clauses_tense() -> None:
    """"a dispersé une manifestation samedi": no act of announcing, the Saturday gone."""
    assert _values("La police a dispersé jeudi une manifestation samedi.",
                   date(2026, 11, 12))[1] == ("samedi", "2026-11-07")


def test_the_second_weekday_of_a_range_with_hours_is_after_the_first() -> None:
    got = find_dates("La grève durera de mercredi 22 heures à jeudi 22 heures.", WEDNESDAY)
    assert [(d.text, d.value) for d in got][-1] == ("jeudi", "2026-12-03")
    got = find_dates("The line will be closed from Thursday 8 p.m. to Saturday.",
                     date(2026, 11, 17))
    assert [(d.text, d.value) for d in got][-1] == ("Saturday", "2026-11-21")


# F3: deadlines


def test_f3_dici_le_15_janvier_is_the_coming_january(resources: Resources) -> None:
    dates = enrich(resources, "Grenoble : le collectif déposera un recours d'ici le 15 "
                   "janvier\n\nLe collectif des riverains du Drac a annoncé mardi qu'il "
                   "déposerait un recours contre le permis de construire d'ici le 15 janvier "
                   "devant le tribunal administratif de Grenoble.",
                   published=datetime(2026, 12, 2, 11, tzinfo=UTC))["dates"]
    assert isinstance(dates, list)
    assert {d["value"] for d in dates if d["text"] == "15 janvier"} == {"2027-01-15"}


def test_deadlines_after_a_past_verb_of_saying_lie_ahead() -> None:
    assert _values("Il a annoncé un recours devant le tribunal administratif de Montreuil "
                   "d'ici le 15 janvier.", WEDNESDAY) == [("15 janvier", "2027-01-15")]
    assert _values("Le club a fait savoir vendredi qu'il déposerait son dossier avant le 10 "
                   "janvier devant la commission administrative.", date(2026, 11, 20))[1] == \
        ("10 janvier", "2027-01-10")
    assert _values("The union said on Monday it would file its appeal by January 15.",
                   date(2026, 12, 1)) == [("Monday", "2026-11-30"),
                                          ("January 15", "2027-01-15")]
    assert _values("The ministry said on Tuesday the bridge would stay closed until "
                   "Thursday.", WEDNESDAY)[1] == ("Thursday", "2026-12-03")
    assert _values("Les travaux dureront jusqu'au 20 février, a précisé mercredi la RATP.",
                   date(2026, 11, 26))[0] == ("20 février", "2027-02-20")


def test_a_deadline_gone_by_stays_past() -> None:
    assert _values("Les candidats avaient jusqu'au 2 mars pour déposer leur dossier.",
                   date(2026, 3, 10)) == [("2 mars", "2026-03-02")]
    assert _values("The company had finished the work by January 15.", date(2026, 3, 10)
                   ) == [("January 15", "2026-01-15")]


def test_since_a_day_of_a_month_is_that_day() -> None:
    assert _values("Prices have risen since March 3.", date(2026, 6, 1)) == [
        ("March 3", "2026-03-03")]


# the functions


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       st.integers(0, 6), st.sampled_from(["past", "future", ""]))
def test_this_week_day_is_in_the_week_or_the_next_when_ahead(published: date, weekday: int,
                                                             tense: str) -> None:
    day = this_week_day(weekday, published, tense)
    assert day.weekday() == weekday
    monday = published - timedelta(days=published.weekday())
    if monday <= day < monday + timedelta(days=7):
        assert not (tense == "future" and day < published)
        assert not (tense == "past" and day > published)
    elif day >= monday + timedelta(days=7):
        assert day < monday + timedelta(days=14)
        # ahead for a future; with no tense, only when nearer than this week's day gone by
        assert tense == "future" or (
            tense == "" and day - published <= published - (day - timedelta(days=7)))
    else:
        assert tense == "past" and day >= monday - timedelta(days=7)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       st.integers(0, 6))
def test_a_reported_event_is_within_a_week_from_the_act(act: date, weekday: int) -> None:
    text = "Les syndicats ont confirmé mercredi une grève jeudi."
    day = reported_event_day(text, text.index("jeudi"), weekday,
                             [(text.index("mercredi"), act.isoformat(), "day")])
    assert day is not None and day.weekday() == weekday
    assert act <= day < act + timedelta(days=7)


def test_reported_event_day_needs_an_act_and_its_day() -> None:
    text = "La manifestation de samedi a rassemblé du monde jeudi."
    assert reported_event_day(text, text.index("jeudi"), 3, [(20, "2026-11-14", "day")]) \
        is None
    text = "Les syndicats ont confirmé une grève jeudi."
    assert reported_event_day(text, text.index("jeudi"), 3, []) is None


@given(st.text(max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_whole_words_is_a_prefix_that_cuts_no_word(text: str, start: int, size: int) -> None:
    start = min(start, len(text))
    got = whole_words(text, start, start + size)
    assert text[start:start + size].startswith(got)
    stop = start + len(got)
    assert got == text[start:start + size] or not (got and got[-1].isalnum() and
                                                    stop < len(text) and text[stop].isalnum())
