"""A dispatch's dateline with a day and a month but no year ("МОСКВА, 4 мар — РИА Новости",
"PARIS, 4 mars (AFP) -", "MADRID, 4 mar (EFE).-", "(ANSA) - ROMA, 4 MAR -", "BERLIN, 4.
März (dpa) -", "WASHINGTON, March 4 (Reuters) -", Arabic, TASS's "20 января. /ТАСС/.")
dates the article: the latest such day not after the capture's (year inferred, said in the
evidence); a sentence opening on a date is no dateline (t-final58 #1). A real store through
the CLI for the end-to-end case: the relative dates anchor on the dateline's day, and `show`
says the year was inferred."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import cli
from veille.extract.datelines import opening_dateline, opening_of
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(("text", "day", "credit", "rest"), [
    ("МОСКВА, 4 мар — РИА Новости. Более 100 рейсов отменены.", "2026-03-04", "РИА Новости",
     "Более"),
    ("ОМСК, 1 дек — РИА Новости, Иван Орлов. Снег идёт.", "2025-12-01", "РИА Новости", "Снег"),
    ("САМАРА, 20 января. /ТАСС/. Движение трамваев восстановлено.", "2026-01-20", "ТАСС",
     "Движение"),
    ("PARIS, 4 mars (AFP) - Le gouvernement a annoncé", "2026-03-04", "AFP", "Le gouvernement"),
    ("MADRID, 4 mar (EFE).- El Gobierno ha anunciado", "2026-03-04", "EFE", "El Gobierno"),
    ("(ANSA) - ROMA, 4 MAR - Il governo ha annunciato", "2026-03-04", "ANSA", "Il governo"),
    ("BERLIN, 4. März (dpa) - Die Regierung hat", "2026-03-04", "dpa", "Die Regierung"),
    ("WASHINGTON, March 4 (Reuters) - The government said", "2026-03-04", "Reuters", "The"),
    ("القاهرة، ٤ مارس (رويترز) - قال مسؤول", "2026-03-04", "رويترز", "قال"),
    ("GRENOBLE, 28 déc (AFP) - Une avalanche a détruit", "2025-12-28", "AFP", "Une"),
])
def test_year_less_dateline(text: str, day: str, credit: str, rest: str) -> None:
    found = opening_dateline(text, zone=PARIS, now=NOW)
    assert found is not None
    assert found.found.value.date().isoformat() == day and found.found.year_inferred
    assert found.credit == credit and text[found.end:].startswith(rest)
    assert opening_of(text, zone=PARIS, now=NOW) is not None


@pytest.mark.parametrize("text", [
    "Le 4 mars, la mairie de Brest a confirmé la foire.",
    "Top 14/12 - le classement de la semaine",
    "Dès le 4 mars - et jusqu'au 12 - la piscine ferme.",
])
def test_no_dateline(text: str) -> None:
    assert opening_dateline(text, zone=PARIS, now=NOW) is None


@settings(max_examples=150, deadline=None)
@given(st.dates(date(2001, 1, 1), date(2040, 12, 31)), st.integers(1, 12), st.integers(1, 28))
def test_inferred_day_is_the_last_one_by_the_capture(captured: date, month: int,
                                                     day: int) -> None:
    names = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct",
             "nov", "déc"]
    now = datetime(captured.year, captured.month, captured.day, 12, tzinfo=UTC)
    found = opening_dateline(f"LYON, {day} {names[month - 1]} (AFP) - Le texte.", zone=PARIS,
                             now=now)
    assert found is not None and found.found.year_inferred
    value = found.found.value.date()
    assert (value.month, value.day) == (month, day)
    assert captured - timedelta(days=366) < value <= captured + timedelta(days=1)


def test_capture_dated_and_credited_by_a_year_less_dateline() -> None:
    text = ("В Омске закрыли мост\n\nОМСК, 12 янв — РИА Новости. Движение по мосту закрыто "
            "в понедельник из-за ледохода, сообщили в администрации города.\n\n"
            "Жителям рекомендовано пользоваться переправой.\n")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.published is not None and result.published.date() == date(2026, 1, 12)
    assert "year inferred" in result.evidence["published"]
    assert result.first_words().startswith("Движение")


def test_cli_relative_dates_anchor_on_the_dateline(tmp_path: Path) -> None:
    capture = tmp_path / "omsk.txt"
    capture.write_text(
        "РИА Новости\n\nВ Омске закрыли мост через Иртыш\n\n"
        "ОМСК, 12 янв — РИА Новости. Движение по мосту через Иртыш было закрыто в понедельник "
        "из-за ледохода, сообщили в администрации города.\n\n"
        "Жителям рекомендовано пользоваться паромной переправой.\n", encoding="utf-8")
    stamp = NOW.timestamp()
    os.utime(capture, (stamp, stamp))
    data = str(tmp_path / "data")
    runner = CliRunner()
    for args in (["ingest", str(capture), "--source", "ria.ru"], ["enrich"]):
        assert runner.invoke(cli, ["--data-dir", data, *args]).exit_code == 0
    record = json.loads(runner.invoke(cli, ["--data-dir", data, "export"]).output.splitlines()[0])
    assert record["content"]["published"].startswith("2026-01-12")
    dates = record["enrichment"]["dates"]
    assert [d["value"] for d in dates if "понедельник" in d["text"]] == ["2026-01-12"]
    shown = runner.invoke(cli, ["--data-dir", data, "show", record["id"]]).output
    assert "published: 2026-01-12 (year inferred" in shown
