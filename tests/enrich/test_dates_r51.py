"""r-dates51 (issue 16): a changed plan's weekday on both sides of the writing, and vague
future spans in fr/en/es/it/de.

- a plan in the pluperfect changed by a past act ("had planned to extend the strike on
  Friday, but the talks …", written on a Thursday) was always the day gone by: now the
  coming one when it is tomorrow or the day after, the one gone by otherwise ("avaient
  prévu de voter jeudi, mais la séance a été annulée" written on a Friday); a "but" clause
  in the present ("mais la préfecture menace désormais …") keeps the plan ahead;
- "within days", "in the coming days", "in the next few weeks", "in the days ahead",
  "dans les prochains jours", "dans les semaines à venir", "en los próximos días", "nei
  prossimi giorni", "in den kommenden Tagen" were not read: "a few" units ahead,
  granularity ``vague``, unit kept ("vers le 8 décembre 2026");
- "le mardi 7", "le samedi 11" (a weekday with its day number, no month; Wikinews fr 44860)
  were read as the weekday alone, a week off: now that day.

Through ``find_dates``, the web label and the CLI with a real store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.date_plan_side import NEAR_AHEAD, changed_plan_day
from veille.enrich.dates import find_dates

THU = date(2026, 11, 26)  # a Thursday
FRI = date(2026, 11, 27)
MON = date(2026, 11, 30)
SAT = date(2026, 12, 5)


def _found(text: str, published: date, key: str, language: str) -> tuple[str, str] | None:
    return next(((d.value, d.tense) for d in find_dates(text, published, language=language)
                 if key in d.text), None)


@pytest.mark.parametrize(("text", "language", "published", "key", "want"), [
    # the planned day is tomorrow: the change was told before it
    ("The union had planned to extend the strike on Friday, but the talks went well.", "en",
     THU, "Friday", ("2026-11-27", "future")),
    ("Les routiers avaient prévu de bloquer le port vendredi, mais le ministre a cédé.", "fr",
     THU, "vendredi", ("2026-11-27", "future")),
    ("Los pescadores habían previsto una protesta el viernes, pero el ministerio cedió.", "es",
     THU, "viernes", ("2026-11-27", "future")),
    ("I tassisti avevano previsto uno sciopero venerdì, ma il comune ha accolto le richieste.",
     "it", THU, "venerdì", ("2026-11-27", "future")),
    ("Die Piloten hatten für Freitag einen Streik angekündigt, doch am Mittwoch einigten sich "
     "die Parteien.", "de", THU, "Freitag", ("2026-11-27", "future")),
    # the planned day was yesterday (or days back): gone by
    ("Ils avaient prévu de voter jeudi, mais la séance a été annulée.", "fr", FRI, "jeudi",
     ("2026-11-26", "past")),
    ("The club had planned to open the stand on Thursday, but the ceremony was scrapped.",
     "en", FRI, "Thursday", ("2026-11-26", "past")),
    ("Gli studenti avevano previsto un corteo giovedì, ma la questura lo ha vietato.", "it",
     MON, "giovedì", ("2026-11-26", "past")),
    ("Die Bauern hatten für Donnerstag eine Blockade angekündigt, aber die Polizei löste sie "
     "auf.", "de", SAT, "Donnerstag", ("2026-12-03", "past")),
    # the "but" clause in the present: the plan still stands, its day ahead
    ("Les syndicats avaient prévu de défiler jeudi, mais le préfet menace désormais "
     "d'interdire le cortège.", "fr", MON, "jeudi", ("2026-12-03", "future")),
    ("Los agricultores habían previsto cortar la carretera el jueves, pero ahora la policía "
     "amenaza con impedirlo.", "es", MON, "jueves", ("2026-12-03", "future")),
])
def test_a_changed_plan_day_is_on_the_side_its_change_allows(
        text: str, language: str, published: date, key: str, want: tuple[str, str]) -> None:
    assert _found(text, published, key, language) == want


@pytest.mark.parametrize(("text", "language", "key", "value"), [
    ("Officials expect a ceasefire deal within days.", "en", "days", "2026-12-08"),
    ("More snow is forecast in the coming days.", "en", "days", "2026-12-08"),
    ("The ward will open in the next few weeks.", "en", "weeks", "2026-12-21"),
    ("Ministers will decide in the days ahead.", "en", "days", "2026-12-08"),
    ("Le préfet prendra un arrêté dans les prochains jours.", "fr", "jours", "2026-12-08"),
    ("Les travaux reprendront dans les semaines à venir.", "fr", "semaines", "2026-12-21"),
    ("El Gobierno aprobará el decreto en los próximos días.", "es", "días", "2026-12-08"),
    ("La giunta approverà il piano nei prossimi giorni.", "it", "giorni", "2026-12-08"),
    ("Die Stadt will in den kommenden Tagen entscheiden.", "de", "Tagen", "2026-12-08"),
    ("Die Brücke wird in den nächsten Wochen saniert.", "de", "Wochen", "2026-12-21"),
])
def test_vague_future_spans_are_a_few_units_ahead(text: str, language: str, key: str,
                                                  value: str) -> None:
    found = [d for d in find_dates(text, SAT, language=language) if key in d.text]
    assert [(d.value, d.tense, d.granularity) for d in found] == [(value, "future", "vague")]


@pytest.mark.parametrize(("text", "language"), [
    ("Within days of the flood, the bakery had reopened.", "en"),
    ("The price of the houses in the town doubled within weeks.", "en"),
    ("The bridge will reopen in the coming year.", "en"),
])
def test_not_vague_future_spans(text: str, language: str) -> None:
    assert [d.text for d in find_dates(text, SAT, language=language)
            if "days" in d.text or "weeks" in d.text or "year" in d.text] == []


def test_a_weekday_with_its_day_number_is_that_day() -> None:
    text = ("Le festival de Lorient s'ouvre vendredi : un concert le lundi 6, un défilé le "
            "mardi 7, et enfin une nuit de la musique le samedi 11 avec trois bagads.")
    found = [(d.text, d.value) for d in find_dates(text, date(2012, 8, 3), language="fr")]
    assert ("mardi 7", "2012-08-07") in found and ("samedi 11", "2012-08-11") in found


def test_a_count_after_a_weekday_is_no_day_number() -> None:
    found = find_dates("Le tribunal avait enregistré jeudi 13 recours de syndicats.",
                       date(2019, 6, 1), language="fr")
    assert [(d.text, d.value) for d in found] == [("jeudi", "2019-05-30")]


@given(st.dates(date(2000, 1, 1), date(2040, 12, 31)), st.integers(0, 6))
def test_a_changed_plan_day_is_at_most_near_ahead(published: date, weekday: int) -> None:
    day, tense = changed_plan_day(weekday, published)
    assert day.weekday() == weekday
    assert published - timedelta(days=6) <= day <= published + timedelta(days=NEAR_AHEAD)
    assert tense == ("future" if day > published else "past" if day < published else "")


def test_the_label_keeps_the_unit() -> None:
    from veille.web.i18n import load_locales

    found = find_dates("Le ferry reprendra dans les prochains jours.", SAT, language="fr")[0]
    assert load_locales()["fr"].mentioned(found.value, found.granularity, found.unit) == \
        "vers le 8 décembre 2026"


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/r51/a", "title": "Strike called off",
         "text": "Strike called off\n\nThe union had planned to extend the strike on Friday, "
                 "but the talks went well. A deal is expected within days.",
         "language": "en", "date": "2026-11-26T10:00:00+00:00"},
        {"url": "https://example.org/r51/b", "title": "Séance annulée",
         "text": "Séance annulée\n\nLes élus avaient prévu de voter jeudi, mais la séance a "
                 "été annulée.", "language": "fr", "date": "2026-11-27T18:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [(d["value"], d["tense"], d["granularity"]) for d in got["a"]["dates"]] == [
        ("2026-11-27", "future", "day"), ("2026-11-29", "future", "vague")]
    assert [(d["value"], d["tense"]) for d in got["b"]["dates"]] == [("2026-11-26", "past")]


@pytest.mark.parametrize("text", [
    "The farmers had planned to block the road on Thursday, but the storm hit the town.",
    "Les agriculteurs avaient prévu de bloquer la route jeudi, mais le maire l'interdit.",
])
def test_a_past_the_rules_miss_is_no_present(text: str) -> None:
    # no "now"/"still": an irregular past ("hit", "interdit") is not taken for a present
    found = find_dates(text, date(2027, 1, 18), language="en" if "road" in text else "fr")
    assert [(d.value, d.tense) for d in found] == [("2027-01-14", "past")]
