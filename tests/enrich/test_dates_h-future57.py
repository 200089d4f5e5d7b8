"""Future weekdays still dated in the past (issue 16, h-future57; t-final57 A2): the
Italian simple future after a participle taken for a passive's agent ("lo sciopero
proclamato dai sindacati fermerà martedì"); Portuguese threat/promise + infinitive
("ameaçam parar na quarta-feira") and the conditional's -ria not read in "vistoria"; the
Arabic subjunctive أنْ after "من المقرر"/"من المنتظر", which is no clause of reported
speech; the same through a real store (ingest, enrich, export)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.dates import find_dates

SAT = date(2026, 12, 5)

CASES = [
    # Italian: the future after a participle and its agent
    ("A Napoli lo sciopero proclamato dai sindacati fermerà martedì la metropolitana.",
     SAT, "it", "martedì", "2026-12-08"),
    ("La manifestazione organizzata dagli studenti si terrà giovedì.", SAT, "it",
     "giovedì", "2026-12-10"),
    ("La legge approvata dal Senato martedì entra in vigore a gennaio.", SAT, "it",
     "martedì", "2026-12-01"),  # guard: a true agent before the weekday
    ("I tassisti minacciano di fermare il servizio lunedì.", SAT, "it", "lunedì",
     "2026-12-07"),
    # Portuguese: threat or promise + infinitive; the nouns in -oria are no conditional
    ("Em Belém, os rodoviários também ameaçam parar na quarta-feira.", SAT, "pt",
     "quarta-feira", "2026-12-09"),
    ("Os professores prometem fazer uma nova paralisação na terça-feira.", SAT, "pt",
     "terça-feira", "2026-12-08"),
    ("A ponte foi interditada na quarta-feira após uma vistoria.", SAT, "pt",
     "quarta-feira", "2026-12-02"),  # guard: "vistoria" is a noun
    ("Os motoristas pararam na quarta-feira.", SAT, "pt", "quarta-feira",
     "2026-12-02"),  # guard: preterite
    # Arabic: the subjunctive أنْ after a word of plan or expectation
    ("ومن المقرر أن يعقد مجلس الوزراء جلسة يوم الاثنين لبحث الأضرار.", SAT, "ar",
     "الاثنين", "2026-12-07"),
    ("ومن المنتظر أن تعلن الوزارة النتائج يوم الثلاثاء.", SAT, "ar", "الثلاثاء",
     "2026-12-08"),
    ("عقد مجلس الوزراء جلسة يوم الاثنين لبحث الأضرار.", SAT, "ar", "الاثنين",
     "2026-11-30"),  # guard: a perfect
    ("وأعلن الوزير أنه عقد اجتماعاً يوم الاثنين.", SAT, "ar", "الاثنين",
     "2026-11-30"),  # guard: أنّ + pronoun opens reported speech, its perfect tells
]


@pytest.mark.parametrize(("text", "published", "language", "mention", "want"), CASES)
def test_future_weekday_ahead(text: str, published: date, language: str, mention: str,
                              want: str) -> None:
    found = [d for d in find_dates(text, published, language=language) if mention in d.text]
    assert found, text
    assert found[0].value == want, (text, found[0])


CAPTURE = """https://www.annahar.com/arabic/section/lebanon/2026/12/05/cabinet
النهار
لبنان

الحكومة تبحث أضرار العاصفة

السبت 5 كانون الأول 2026 - 13:15

قال رئيس بلدية بيروت إن فرق الطوارئ منتشرة في كل الأحياء.

ومن المقرر أن يعقد مجلس الوزراء جلسة يوم الاثنين لبحث الأضرار.
"""


def test_scheduled_monday_through_a_real_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "annahar.txt"
    capture.write_text(CAPTURE, "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture)]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(records) == 1
    days = {(d["text"].split()[-1], d["value"]) for d in records[0]["enrichment"]["dates"]}
    assert ("الاثنين", "2026-12-07") in days, days
    assert ("الاثنين", "2026-11-30") not in days
