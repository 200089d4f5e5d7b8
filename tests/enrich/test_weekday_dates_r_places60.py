"""A weekday written before its day and month is one date whose weekday is checked, in
every language veille reads (issue 16, r-places60): English "Monday, February 12" was read
as "February 12" and a bare "Monday" (a wrong weekday never flagged), Russian "в
понедельник, 12 февраля" and Arabic "يوم الاثنين 12 فبراير" likewise; Spanish, Italian,
Portuguese, German and French already were one date. A wrong weekday is said by `veille
show` as the French one is."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich.dates import find_dates

PUBLISHED = date(2026, 3, 4)
WRONG_AND_RIGHT = {  # 12 February 2026 is a Thursday, 19 March 2026 too
    "en": ("A first hearing was held on Monday, February 12, the clerk said. A public "
           "meeting is set for Thursday, March 19.", "Monday, February 12",
           "Thursday, March 19"),
    "ru": ("Первые слушания прошли в понедельник, 12 февраля, сообщила глава города. "
           "Собрание пройдёт в четверг, 19 марта.", "в понедельник, 12 февраля",
           "в четверг, 19 марта"),
    "ar": ("عقدت الجلسة الأولى يوم الاثنين 12 فبراير، وفق ما قالت رئيسة المجلس. ومن المقرر "
           "أن يعقد اجتماع عام يوم الخميس 19 مارس.", "يوم الاثنين 12 فبراير",
           "يوم الخميس 19 مارس"),
    "es": ("La primera audiencia se celebró el lunes 12 de febrero, dijo la alcaldesa. La "
           "reunión será el jueves 19 de marzo.", "lunes 12 de febrero", "jueves 19 de marzo"),
    "de": ("Die erste Anhörung fand am Montag, 12. Februar, statt. Eine Versammlung ist für "
           "Donnerstag, 19. März, geplant.", "Montag, 12. Februar", "Donnerstag, 19. März"),
}


@pytest.mark.parametrize("language", sorted(WRONG_AND_RIGHT))
def test_a_weekday_with_its_day_is_one_date_checked(language: str) -> None:
    text, wrong, right = WRONG_AND_RIGHT[language]
    found = {d.text: d for d in find_dates(text, PUBLISHED, language=language)}
    assert found[wrong].value == "2026-02-12" and found[wrong].weekday_ok is False
    assert found[right].value == "2026-03-19" and found[right].weekday_ok is True
    assert len(found) == 2  # no bare weekday read apart


def test_english_day_first_with_a_comma_after_the_weekday() -> None:
    found = find_dates("Repairs began on Wednesday, 10 February, the operator said. The "
                       "ferry will resume on Monday, 16 March.", PUBLISHED, language="en")
    assert [(d.text, d.value, d.weekday_ok) for d in found] == [
        ("Wednesday, 10 February", "2026-02-10", False),
        ("Monday, 16 March", "2026-03-16", True)]


_SAY = {"en": "The meeting was held on {wd}, {mon} {day}.",
        "ru": "Собрание прошло в {wd}, {day} {mon}.",
        "ar": "عقد الاجتماع يوم {wd} {day} {mon}."}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_SAY)), st.integers(1, 60), st.integers(0, 6))
def test_the_weekday_is_flagged_exactly_when_it_is_not_the_days(
        language: str, back: int, weekday: int) -> None:
    """Property: a day told in the past, with a weekday, is that day, flagged exactly when
    the weekday written is not its own (CLDR's names, as the readers take them)."""
    day = PUBLISHED - timedelta(days=back)
    locale = Locale.parse(language)
    wd = locale.days["format"]["wide"][weekday]
    if language == "ru":  # "в среду": the accusative after "в"
        wd = wd[:-1] + "у" if wd.endswith("а") else wd
    mon = locale.months["format"]["wide"][day.month]
    text = _SAY[language].format(wd=wd, mon=mon, day=day.day)
    [found] = [d for d in find_dates(text, PUBLISHED, language=language)
               if str(day.day) in d.text]
    assert found.value == day.isoformat()
    assert found.weekday_ok is (day.weekday() == weekday)


def test_show_says_the_real_weekday_of_an_english_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    capture = tmp_path / "library.txt"
    capture.write_text("The Harwick Ledger\nHarwick council approves new library\n"
                       "March 4, 2026\nThe council approved the plans after a first hearing "
                       "was held on Monday, February 12, council clerk Imogen Stavely said.\n"
                       "Works could begin after Easter, the clerk added.\n", "utf-8")
    os.utime(capture, (1772712000, 1772712000))  # 2026-03-05 12:00 UTC
    monkeypatch.setenv("VEILLE_LANG", "en")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", "harwickledger.com",
                 str(capture)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    [hit] = [d for d in record["enrichment"]["dates"] if "February 12" in d["text"]]
    assert hit["text"] == "Monday, February 12" and hit["weekday_ok"] is False
    assert main(["--data-dir", data, "show", record["id"]]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if "February 12”" in x]
    assert "Thursday" in line
