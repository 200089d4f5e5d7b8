"""Issue 16, dates mentioned (f-dates26, t-enrich25 E8): a plan called off gives its day no
tense (the event did not take place: past), a bare part of day ("dans la soirée") is the
narrative's day or none, "aujourd'hui" in the present of a lasting state is nowadays, "le
15 du mois prochain" is one date, "dès" + month in a past clause, "depuis" + a noun phrase
holding a month, English "May" and the English scheduled present ("opens in May")."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_parts import narrative_day
from veille.enrich.date_plans import plan_called_off
from veille.enrich.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published)}


# 1. a plan called off


def test_an_english_plan_called_off_takes_the_nearest_day() -> None:
    """"scheduled for Tuesday, was called off" went to the next Tuesday (the participle
    "scheduled" read as a future)."""
    got = _values("The vote, scheduled for Tuesday, was called off after a bomb threat.",
                  date(2026, 5, 15))  # a Friday: Tuesday 12 May is nearer than 19 May
    assert got["Tuesday"] == "2026-05-12"


def test_a_french_plan_with_a_copula_called_off_takes_the_nearest_day() -> None:
    got = _values("La visite du ministre était programmée mercredi, mais elle a été annulée "
                  "au dernier moment.", date(2026, 5, 15))  # a Friday
    assert got["mercredi"] == "2026-05-13"


def test_a_plan_that_did_not_take_place_is_past() -> None:
    """The day is gone by when the event "n'a pas eu lieu", even when the same weekday
    ahead is nearer."""
    got = _values("Le vote prévu jeudi n'a finalement pas eu lieu, faute de quorum.",
                  date(2026, 5, 18))  # a Monday: Thursday 21 May is nearer than 14 May
    assert got["jeudi"] == "2026-05-14"


def test_a_plan_kept_stays_ahead() -> None:
    got = _values("The vote, scheduled for Tuesday, will go ahead.", date(2026, 5, 15))
    assert got["Tuesday"] == "2026-05-19"


def test_plan_called_off_reads_only_a_plan() -> None:
    assert plan_called_off("La réunion, prévue ", ", a été reportée") == ""
    assert plan_called_off("La réunion a eu lieu ", ", puis a été reportée") is None
    assert plan_called_off("The match, set for ", ", did not take place") == "past"
    assert plan_called_off("The match, set for ", ", will be played") is None


# 2. a bare part of day


def test_a_bare_part_of_day_is_the_narratives_day() -> None:
    """"dans la matinée" two paragraphs after "lundi" is Monday's, not the publication's."""
    text = ("Des dizaines de taxis ont bloqué lundi le périphérique nord de Lyon.\n\n"
            "Un représentant des chauffeurs a dénoncé une concurrence déloyale.\n\n"
            "Le préfet a reçu leurs délégués dans la matinée.")
    got = _values(text, date(2026, 5, 14))  # a Thursday
    assert got["lundi"] == "2026-05-11"
    assert got["dans la matinée"] == "2026-05-11"


def test_a_bare_part_of_day_with_no_day_said_has_no_date() -> None:
    text = "Une fuite de gaz a provoqué l'évacuation d'une école. Les élèves sont rentrés " \
           "chez eux dans l'après-midi."
    assert "dans l'après-midi" not in _values(text, date(2026, 5, 14))


def test_a_bare_part_of_day_after_a_month_has_no_date() -> None:
    text = "Le chantier a commencé en mars. Les ouvriers ont quitté le site dans la soirée."
    assert "dans la soirée" not in _values(text, date(2026, 5, 14))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=3_000), st.sampled_from(["past", "future", ""]),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
       st.integers(min_value=-10, max_value=10))
def test_narrative_day_is_the_last_day_said_or_none(gap: int, tense: str, published: date,
                                                    shift: int) -> None:
    day = published + timedelta(days=shift)
    got = narrative_day([(0, "2026-01", "month"), (10, day.isoformat(), "day")], 10 + gap,
                        tense, published)
    assert got in (None, day)
    if gap <= 2_000 and not (tense == "past" and shift > 0) and \
            not (tense == "future" and shift < 0):
        assert got == day
    assert narrative_day([(10, day.isoformat(), "month")], 20, tense, published) is None


# 3. "aujourd'hui" meaning nowadays


def test_aujourdhui_with_devoir_in_a_quote_is_nowadays() -> None:
    text = ("« Les riverains qui travaillent à Rennes doivent aujourd'hui prendre le bus de "
            "6 heures », a regretté le maire.")
    assert "aujourd'hui" not in _values(text, date(2026, 5, 14))


def test_aujourdhui_in_a_present_since_an_event_is_nowadays() -> None:
    text = ("Depuis la fermeture de la maternité, les femmes enceintes accouchent aujourd'hui "
            "à Brive, à une heure de route.")
    assert "aujourd'hui" not in _values(text, date(2026, 5, 14))


def test_aujourdhui_with_pouvoir_is_nowadays() -> None:
    text = "Grâce à la fibre, les habitants du plateau peuvent aujourd'hui télétravailler."
    assert "aujourd'hui" not in _values(text, date(2026, 5, 14))


def test_aujourdhui_of_a_scheduled_act_stays_the_day() -> None:
    text = ("La ministre doit aujourd'hui présenter son projet de loi. Le préfet se rend "
            "aujourd'hui à Brive.")
    found = [d for d in find_dates(text, date(2026, 5, 14)) if d.text == "aujourd'hui"]
    assert [d.value for d in found] == ["2026-05-14", "2026-05-14"]


# 4. "le 15 du mois prochain"


def test_a_day_of_next_month_is_one_date() -> None:
    found = find_dates("Les nouveaux horaires s'appliqueront le 15 du mois prochain.",
                       date(2026, 11, 20))
    assert [(d.text, d.value) for d in found] == [("le 15 du mois prochain", "2026-12-15")]


def test_a_day_of_last_month_is_one_date() -> None:
    found = find_dates("La plainte déposée le 3 du mois dernier a été classée.",
                       date(2026, 1, 10))
    assert [(d.text, d.value) for d in found] == [("le 3 du mois dernier", "2025-12-03")]


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=31), st.sampled_from(["prochain", "dernier"]),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_a_day_of_a_named_month_is_that_day_or_nothing(day: int, relation: str,
                                                       published: date) -> None:
    word = "1er" if day == 1 else str(day)
    found = find_dates(f"La réunion se tiendra le {word} du mois {relation}.", published)
    step = 1 if relation == "prochain" else -1
    month = published.month + step
    year = published.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    try:
        want = date(year, month, day).isoformat()
    except ValueError:
        assert not found  # "le 31 du mois prochain" in a month of 30 days: none
        return
    assert [(d.text, d.value, d.granularity) for d in found] == \
        [(f"le {word} du mois {relation}", want, "day")]


# 5. months after "dès", "depuis …", English "May" and the scheduled present


def test_des_and_a_month_in_a_pluperfect_is_the_last_one() -> None:
    got = _values("Le syndicat a rappelé que les agents avaient signalé dès octobre des "
                  "fissures sur la façade.", date(2026, 7, 2))
    assert got["dès octobre"] == "2025-10-01"


def test_des_and_a_month_ahead() -> None:
    got = _values("Les réservations seront ouvertes dès février.", date(2026, 11, 2))
    assert got["dès février"] == "2027-02-01"


def test_depuis_a_noun_phrase_holding_a_month_is_past() -> None:
    got = _values("Depuis l'incendie du marché en novembre, les commerçants vendront sur "
                  "le parking.", date(2026, 4, 2))
    assert got["en novembre"] == "2025-11-01"


def test_english_may_after_in_is_a_month_and_the_modal_is_not() -> None:
    got = _values("The bridge reopens in May. Traffic may be heavy on Friday.",
                  date(2026, 2, 10))
    assert got["in May"] == "2026-05-01"
    assert not any("may" in k.lower() and k != "in May" for k in got)


def test_english_scheduled_present_is_ahead() -> None:
    """"The festival starts on Sunday" published on a Thursday: the Sunday after."""
    got = _values("The festival starts on Sunday, organisers said.", date(2026, 5, 14))
    assert got["Sunday"] == "2026-05-17"


def test_english_preterite_of_the_same_verb_stays_past() -> None:
    got = _values("The festival started on Sunday, organisers said.", date(2026, 5, 14))
    assert got["Sunday"] == "2026-05-10"


def test_a_plan_called_off_at_the_last_minute_is_past() -> None:
    """Called off "au dernier moment" / "at the last minute": the planned day had come."""
    monday = date(2026, 5, 18)
    got = _values("Le récital, programmé jeudi soir, a été annulé au dernier moment.", monday)
    assert got["jeudi soir"] == "2026-05-14"
    got = _values("The parade, set for Thursday, was cancelled at the last minute.", monday)
    assert got["Thursday"] == "2026-05-14"
    got = _values("Le récital, programmé jeudi soir, a été annulé.", monday)
    assert got["jeudi soir"] == "2026-05-21"  # the nearest: it may be called off ahead
