"""Dates mentioned put on the wrong side of the publication day (issue 16, r-dates57;
t-final56 A4, t-final56b A5, A6, A12): a headline's participle over a body that tells the
day; "doivent avoir lieu"; a noun's weekday under a verb of cancelling or permitting; a
plan in the imperfect told with its outcome; the German zu-infinitive after "kündigte
an"; Russian perfective futures and ordered infinitives (pymorphy3); Arabic "أن" +
imperfect, "حتى" under an imperfect, a decided verbal noun, a headline's weekday read from
its body; coordinated weekdays; "après la découverte d'une fuite jeudi soir"; a span
opening on the publication's own weekday; Arabic "الساعة 10:20" through a real store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.dates import find_dates

FRI, SAT, WED = date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 2)

CASES = [
    # a headline's participle: the body's day for that weekday (full date or tensed)
    ("Grève à la RTM : le métro de Marseille fermé mardi\n\nLe métro ne circulera pas "
     "mardi 8 décembre, a annoncé vendredi la régie.", FRI, "fr", "mardi", "2026-12-08"),
    ("Intempéries : les écoles fermées jeudi\n\nLe préfet a décidé de fermer les écoles "
     "jeudi à Nice.", WED, "fr", "jeudi", "2026-12-03"),
    ("Un cycliste tué samedi près de Vannes\n\nUn homme a été percuté par une camionnette.",
     date(2026, 12, 7), "fr", "samedi", "2026-12-05"),
    # "avoir lieu" after a modal is no perfect infinitive
    ("Les premières constatations doivent avoir lieu lundi, a précisé le parquet.", SAT,
     "fr", "lundi", "2026-12-07"),
    # the day of a thing cancelled or permitted
    ("Air Austral a annulé ses vols de lundi.", SAT, "fr", "lundi", "2026-12-07"),
    ("Elle a finalement autorisé leur projection jeudi.", WED, "fr", "jeudi", "2026-12-03"),
    ("Le club a reporté le match jeudi.", SAT, "fr", "jeudi", "2026-12-03"),  # guard
    # an imperfect plan told with its outcome
    ("Le concert devait se tenir mardi, mais il a été reporté.", SAT, "fr", "mardi",
     "2026-12-01"),
    ("Le concert doit se tenir mardi.", SAT, "fr", "mardi", "2026-12-08"),  # guard
    # a noun of a past act after "après", its complement between
    ("La piscine restera fermée jusqu'à lundi après la découverte d'une fuite jeudi soir.",
     FRI, "fr", "jeudi", "2026-12-03"),
    # the publication's own weekday opening a span
    ("Météo-France a placé le Finistère en vigilance orange à partir de samedi 16 heures "
     "et jusqu'à dimanche 10 heures.", SAT, "fr", "samedi", "2026-12-05"),
    ("Le préfet a interdit les feux à partir de samedi.", SAT, "fr", "samedi",
     "2026-12-12"),  # guard: no hour, no range end: "dès aujourd'hui" would say today
    # German zu-infinitive after a verb of announcing
    ("Er kündigte an, am Dienstag mit der Gewerkschaft zu verhandeln.", SAT, "de",
     "Dienstag", "2026-12-08"),
    ("Er bestätigte, am Dienstag mit der Gewerkschaft gesprochen zu haben.", SAT, "de",
     "Dienstag", "2026-12-01"),  # guard: perfect infinitive
    # a weekend told as over on its Saturday is the one before
    ("Die Verhandlungen vom Wochenende seien ergebnislos geblieben.", SAT, "de",
     "Wochenende", "2026-11-28"),
    ("Die Verhandlungen vom Wochenende seien ergebnislos geblieben.", date(2026, 12, 6),
     "de", "Wochenende", "2026-12-05"),  # guard: on Sunday, this weekend
    # Russian: perfective future, ordered infinitive; the perfective past stays past
    ("Движение по мосту откроют в субботу, сообщили в мэрии.", FRI, "ru", "субботу",
     "2026-12-05"),
    ("Губернатор поручил перевести школы на дистанционное обучение в понедельник.", FRI,
     "ru", "понедельник", "2026-12-07"),
    ("Движение по мосту открыли в субботу.", FRI, "ru", "субботу", "2026-11-28"),
    # Arabic: expected/subjunctive, until + imperfect, a decided verbal noun, headline
    ("ومن المتوقع أن تستمر الأمطار حتى يوم الاثنين", SAT, "ar", "الاثنين", "2026-12-07"),
    ("وتستمر الامتحانات حتى يوم الثلاثاء في جميع المدارس.", FRI, "ar", "الثلاثاء",
     "2026-12-08"),
    ("أمطار غزيرة تغلق طرقاً وتعليق الدوام المدرسي يوم الأحد\n\nوقررت وزارة التربية "
     "تعليق الدوام المدرسي يوم الأحد.", FRI, "ar", "الأحد", "2026-12-06"),
    ("وهطلت الأمطار بغزارة يوم الخميس على المدينة.", SAT, "ar", "الخميس", "2026-12-03"),
    # coordinated weekdays share one reading
    ("Los trabajadores irán a la huelga el lunes y el martes.", FRI, "es", "martes",
     "2026-12-08"),
    ("I sindacati hanno proclamato uno sciopero lunedì e venerdì.", SAT, "it", "venerdì",
     "2026-12-11"),
]


@pytest.mark.parametrize(("text", "published", "language", "mention", "want"), CASES)
def test_weekday_on_its_side(text: str, published: date, language: str, mention: str,
                             want: str) -> None:
    found = [d for d in find_dates(text, published, language=language) if mention in d.text]
    assert found, text
    assert found[0].value == want, (text, found[0])


CAPTURE = """https://www.alghad.com/story/2026/12/04/irbid-snow
الغد
محليات

تعطيل الدوام في إربد وتستمر العاصفة حتى يوم الثلاثاء

نشر في 4 كانون الأول 2026 الساعة 10:20

قررت الحكومة تعطيل الدوام الرسمي في محافظة إربد يوم الأحد بسبب العاصفة الثلجية.

ومن المتوقع أن تستمر العاصفة حتى يوم الثلاثاء، بحسب دائرة الأرصاد الجوية.
"""


def test_arabic_time_and_days_through_a_real_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "alghad.txt"
    capture.write_text(CAPTURE, "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture)]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(records) == 1
    assert str(records[0]["content"]["published"]).startswith("2026-12-04T10:20")
    days = {(d["text"].split()[-1], d["value"]) for d in records[0]["enrichment"]["dates"]}
    assert ("الأحد", "2026-12-06") in days
    assert ("الثلاثاء", "2026-12-08") in days
    assert not any(value < "2026-12-04" for _, value in days)
