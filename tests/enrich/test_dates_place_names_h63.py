"""A weekday or a day inside a building's or a place's name is no date (issue 16,
h-dates63, t-check62 #5).

"جامع الجمعة" (the Friday Mosque) was read as Friday 2026-12-04; "مسجد", "زاوية",
"مدرسة", "مستشفى", "محطة", "باب" and the Maghreb's street words, and the French
"hôpital du 20-Août", "parc du 14-Juillet", "la station Quatre-Septembre", likewise
(:mod:`veille.enrich.date_place_names`). A time's word stays a date: "صلاة الجمعة" (the
Friday prayer), "au stade samedi", "les cérémonies du 11-Novembre".
"""

from __future__ import annotations

import itertools
import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich.dates import find_dates

PUBLISHED = date(2026, 12, 2)  # a Wednesday


def _texts(text: str, language: str) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, PUBLISHED, language=language)}


@pytest.mark.parametrize(("text", "language", "in_name", "real"), [
    ("امتد الحريق إلى جامع الجمعة المجاور، وقال الدفاع المدني إن الحريق اندلع يوم الثلاثاء.",
     "ar", "الجمعة", "يوم الثلاثاء"),
    ("ستنقل الصلاة إلى مسجد الخميس بعد أن أغلقت محطة الأربعاء يوم الثلاثاء.", "ar",
     "الخميس", "يوم الثلاثاء"),
    ("Les soignants de l'hôpital du 20-Août ont manifesté mardi.", "fr", "20-Août", "mardi"),
    ("Le parc du 14-Juillet a rouvert mardi, a indiqué la mairie.", "fr", "14-Juillet",
     "mardi"),
    ("La station Quatre-Septembre restera fermée jusqu'au lundi 14 décembre.", "fr",
     "Quatre-Septembre", "lundi 14 décembre"),
])
def test_a_day_in_a_buildings_name_is_no_date(text: str, language: str, in_name: str,
                                                real: str) -> None:
    found = _texts(text, language)
    assert not [t for t in found if in_name in t], found
    assert [t for t in found if real in t], found  # the real date stays


@pytest.mark.parametrize(("text", "language", "said", "value"), [
    ("تظاهر المئات عقب صلاة الجمعة المقبلة أمام البرلمان.", "ar", "الجمعة", "2026-12-04"),
    ("وكان الوزير قد افتتح المستشفى الأحد الماضي.", "ar", "الأحد", "2026-11-29"),
    ("Les supporters se retrouveront au stade samedi soir.", "fr", "samedi", "2026-12-05"),
    ("La stèle a été dévoilée lors des cérémonies du 11-Novembre.", "fr", "11-Novembre",
     "2026-11-11"),
])
def test_a_times_word_before_a_day_keeps_the_date(text: str, language: str, said: str,
                                                  value: str) -> None:
    found = _texts(text, language)
    assert [v for t, v in found.items() if said in t] == [value], found


_HEADS = ["جامع", "مسجد", "زاوية", "مدرسة", "مستشفى", "محطة", "باب", "نهج", "زنقة", "درب"]
_DAYS = ["الجمعة", "الخميس", "الأحد", "السبت", "الاثنين", "26 سبتمبر", "18 يناير"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_HEADS), st.sampled_from(_DAYS), st.sampled_from(["", "ب", "و", "ل"]))
def test_an_arabic_building_named_after_a_day_is_never_a_date(head: str, day: str,
                                                              clitic: str) -> None:
    """Property: a building's or a street's head noun (with a clitic glued before it)
    followed by a day names a place, in any combination of the closed class."""
    text = f"وصل المتظاهرون {clitic}{head} {day} وسط المدينة."
    assert not [t for t in _texts(text, "ar") if day.split()[-1] in t]


CAPTURE = ("https://www.sada-alwadi.example/news/2026/12/02/hariq-4471.html\n"
           "صدى الوادي\nمحليات  عربي  رياضة\nحريق في سوق الخضار بمدينة الواحة\n"
           "أتى حريق على عشرات المحال في سوق الخضار.\nالواحة - 2 ديسمبر 2026\n"
           "اندلع الحريق فجر الثلاثاء، وسيطرت عليه فرق الإطفاء قبل أن يمتد إلى جامع الجمعة "
           "المجاور ومدرسة الأحد، بحسب الدفاع المدني.\n")


def test_the_cli_shows_no_date_for_a_mosque(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """The real CLI and store: `ingest`, `enrich`, `latest --json`, `show` (t-check62 #5:
    "2026-12-04 (day, ahead) “الجمعة”")."""
    data = str(tmp_path / "data")
    path = tmp_path / "hariq.txt"
    path.write_text(CAPTURE, "utf-8")
    os.utime(path, (1796126400, 1796126400))  # 2026-12-03 12:00 UTC
    assert main(["--data-dir", data, "ingest", str(path)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "latest", "--json"]) == 0
    article = json.loads(capsys.readouterr().out.splitlines()[0])["id"]
    assert main(["--data-dir", data, "show", article]) == 0
    shown = capsys.readouterr().out
    lines = shown[shown.index("Dates mentioned:"):].splitlines()[1:]
    dates = "\n".join(itertools.takewhile(lambda x: x.startswith("    - "), lines))
    assert "2026-12-01" in dates and "الثلاثاء" in dates  # "فجر الثلاثاء"
    assert "الجمعة" not in dates and "الأحد" not in dates, dates
