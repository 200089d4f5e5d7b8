"""h-dates50 (issue 16, t-final50 A1, A2's consequence, A8): dates set ahead by a past act,
a programme's weekday, a month after a participle with its agent.

- a span opened or closed after a past act of announcing, deciding or setting a measure
  ("Météo-France a placé lundi le Nord en vigilance orange de mercredi soir à vendredi
  matin", "a annoncé l'interdiction … à partir de jeudi 6 heures") took the act's past:
  the days before publication; now the first such days after the act's day;
- a bare weekday read as the publication day in a present clause ("Guingamp reçoit Lorient
  samedi" on a Saturday) while the article prints "Samedi 12 décembre": now that date;
- es/it: a month after a past participle with its agent ("aprobada por el Parlament de
  Catalunya en octubre") followed the main verb's future: now past.

Through ``find_dates`` and the CLI with a real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates

MON = date(2026, 11, 30)  # a Monday
TUE = date(2026, 12, 1)
THU = date(2026, 12, 3)
SAT = date(2026, 12, 5)
SUN = date(2026, 12, 6)

VIGILANCE = (
    "Vigilance orange neige et verglas dans le Nord de mercredi soir à vendredi matin\n"
    "Lille. Météo-France a placé lundi le Nord et le Pas-de-Calais en vigilance orange neige "
    "et verglas de mercredi soir à vendredi matin. Les chutes de neige devraient débuter "
    "mercredi vers 20 heures sur le littoral.\nLe préfet du Nord a annoncé l'interdiction de "
    "circulation des poids lourds sur l'A25 à partir de jeudi 6 heures.")


def _found(text: str, published: date, key: str, language: str = "") -> tuple[str, ...] | None:
    return next(((d.value, d.tense, d.until)
                 for d in find_dates(text, published, language=language) if key in d.text),
                None)


def test_the_alert_of_t_final50_a1_runs_ahead() -> None:
    got = [(d.text, d.value, d.until) for d in find_dates(VIGILANCE, MON)]
    assert ("mercredi soir à vendredi matin", "2026-12-02", "2026-12-04") in got
    assert ("jeudi 6 heures", "2026-12-03", "") in got or ("jeudi", "2026-12-03", "") in got
    # one reading per weekday within the article: no Wednesday or Thursday of last week
    assert not [d for d in got if d[1] < MON.isoformat()]


@pytest.mark.parametrize(("text", "published", "key", "want"), [
    ("La préfecture du Morbihan a annoncé mardi la fermeture des sentiers côtiers de "
     "vendredi matin à dimanche soir.", TUE, "vendredi", ("2026-12-04", "future", "2026-12-06")),
    ("Le maire de Sète a pris lundi un arrêté interdisant la pêche à pied à partir de "
     "samedi.", TUE, "samedi", ("2026-12-05", "future", "")),
    ("Le rectorat a annoncé la fermeture des écoles jusqu'à vendredi.", TUE, "vendredi",
     ("2026-12-04", "future", "")),
    ("The Met Office on Monday issued a yellow warning for ice across Devon from Thursday "
     "night until Saturday morning.", TUE, "Thursday", ("2026-12-03", "future", "2026-12-05")),
    # the act's day itself: a span from it would be "dès aujourd'hui", so the next one
])
def test_a_span_set_by_a_past_act_runs_after_it(text: str, published: date, key: str,
                                                want: tuple[str, ...]) -> None:
    assert _found(text, published, key) == want


@pytest.mark.parametrize(("text", "published", "key", "want"), [
    # the span's own verb is past: the days before
    ("La station a fermé ses pistes de mercredi à vendredi à cause du vent.", date(2026, 12, 7),
     "mercredi", ("2026-12-02", "past", "2026-12-04")),
    # the span dates the act (an adverbial of it, not its object): as before
    ("Il a annoncé à la presse dans la nuit de vendredi à samedi que la candidate réclamait "
     "un nouveau vote.", MON, "vendredi", ("2026-11-27", "past", "2026-11-28")),
    ("Le président a demandé dès vendredi au parquet de saisir la cour d'appel.", MON,
     "vendredi", ("2026-11-27", "past", "")),
    # a pluperfect act is told from a past time
    ("Le préfet avait annoncé l'interdiction des feux à partir de jeudi, mais elle a été "
     "levée.", date(2026, 12, 7), "jeudi", ("2026-12-03", "past", "")),
])
def test_a_span_of_its_own_past_or_the_act_s_own_time_stays(
        text: str, published: date, key: str, want: tuple[str, ...]) -> None:
    assert _found(text, published, key) == want


def test_the_act_s_own_day_is_not_the_span_s_start() -> None:
    # a span from the act's day would be "dès aujourd'hui": the next such day
    got = [(d.value, d.tense) for d in find_dates(
        "La SNCF a annoncé lundi la suppression de trains dès lundi.", MON)]
    assert got == [("2026-11-30", "past"), ("2026-12-07", "future")]


PROGRAMME = ("Ligue 1 : le programme de la 15e journée\n"
             "Le Stade rennais accueille Nantes dimanche, en clôture de la journée.\n"
             "Vendredi 11 décembre\n20h45 Lens - Lyon\nDimanche 13 décembre\n17h05 Rennes - Nantes")


def test_a_programme_s_weekday_takes_its_printed_date() -> None:
    assert _found(PROGRAMME, SUN, "dimanche") == ("2026-12-13", "future", "")


@pytest.mark.parametrize(("text", "published", "want"), [
    # the weekday read ahead of publication keeps its reading
    (PROGRAMME, date(2026, 12, 10), "2026-12-13"),
    (PROGRAMME.replace("Dimanche 13", "Dimanche 20"), date(2026, 12, 11), "2026-12-13"),
    # a printed date two weeks on is another Sunday
    (PROGRAMME.replace("Dimanche 13", "Dimanche 20"), SUN, "2026-12-06"),
])
def test_a_programme_s_weekday_controls(text: str, published: date, want: str) -> None:
    found = _found(text, published, "dimanche")
    assert found is not None and found[0] == want


@pytest.mark.parametrize(("text", "language", "key", "want"), [
    ("La medida se suma a la tasa turística aprobada por el Parlament de Catalunya en "
     "octubre.", "es", "octubre", ("2026-10-01", "past", "")),
    ("Los taxistas recurrirán la ordenanza aprobada por el pleno en septiembre.", "es",
     "septiembre", ("2026-09-01", "past", "")),
    ("I commercianti contestano la tassa votata dal consiglio comunale a ottobre.", "it",
     "ottobre", ("2026-10-01", "past", "")),
    # controls: a plan's participle, a "from", no participle
    ("La obra, prevista por el Ayuntamiento en marzo, costará dos millones.", "es", "marzo",
     ("2027-03-01", "future", "")),
    ("La mostra resterà aperta dal 29 gennaio al 6 marzo.", "it", "gennaio",
     ("2027-01-29", "future", "2027-03-06")),
    ("La nueva tasa entrará en vigor en marzo.", "es", "marzo", ("2027-03-01", "future", "")),
])
def test_a_month_after_a_participle_and_its_agent_is_past(
        text: str, language: str, key: str, want: tuple[str, ...]) -> None:
    assert _found(text, THU, key, language) == want


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h50/a", "title": "Vigilance orange",
         "text": VIGILANCE, "language": "fr", "date": "2026-11-30T10:00:00+01:00"},
        {"url": "https://example.org/h50/b", "title": "Ligue 1 : le programme",
         "text": PROGRAMME.replace("11 déc", "4 déc").replace("13 déc", "6 déc"),
         "language": "fr", "date": "2026-11-29T08:00:00+01:00"},
        {"url": "https://example.org/h50/c", "title": "Cruceros en Barcelona",
         "text": "Cruceros en Barcelona\n\nLa medida se suma a la tasa turística aprobada por "
                 "el Parlament de Catalunya en octubre.", "language": "es",
         "date": "2026-12-03T14:20:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    alert = [(d["value"], d["until"]) for d in got["a"]["dates"]]
    assert ("2026-12-02", "2026-12-04") in alert
    assert not [v for v, _ in alert if v < "2026-11-30"]
    assert ("2026-12-06", "future") in [(d["value"], d["tense"]) for d in got["b"]["dates"]
                                        if d["text"] == "dimanche"]
    assert [(d["value"], d["tense"]) for d in got["c"]["dates"]] == [("2026-10-01", "past")]
