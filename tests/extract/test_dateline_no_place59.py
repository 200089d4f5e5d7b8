"""A dispatch's dateline with no place before its date ("4 mars (AFP) - ", "4 March
(Reuters) - ", "4 de marzo (EFE).- ", "4. März (dpa) - ", "4 марта — РИА Новости. ", "2
апреля. /ТАСС/. ") dates the article (a year-less one: the latest such day not after the
capture's) and credits its agency; a date opening a sentence, an events list's range or a
bracket naming no agency is no dateline (r-extract59). A real store through the CLI for the
end-to-end cases, a text capture and an HTML page."""

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
from veille.extract.datelines import dateline_credit, opening_dateline, without_opening

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(("text", "day", "credit", "rest", "inferred"), [
    ("4 mars (AFP) - Le gouvernement a annoncé", "2026-03-04", "AFP", "Le gouvernement", True),
    ("4 March (Reuters) - The government said", "2026-03-04", "Reuters", "The", True),
    ("March 4 (Reuters) - The government said", "2026-03-04", "Reuters", "The", True),
    ("4 de marzo (EFE).- El Gobierno ha anunciado", "2026-03-04", "EFE", "El Gobierno", True),
    ("4. März (dpa) - Die Regierung hat", "2026-03-04", "dpa", "Die Regierung", True),
    ("4 марта — РИА Новости. Более 100 рейсов отменены.", "2026-03-04", "РИА Новости",
     "Более", True),
    ("2 марта. /ТАСС/. Движение трамваев восстановлено.", "2026-03-02", "ТАСС", "Движение",
     True),
    ("4 marzo (ANSA) - Il governo ha annunciato", "2026-03-04", "ANSA", "Il governo", True),
    ("4 mar (Lusa) — O Governo anunciou", "2026-03-04", "Lusa", "O Governo", True),
    ("4 Mart (AA) - Hükümet açıkladı", "2026-03-04", "AA", "Hükümet", True),
    ("٤ مارس (رويترز) - قال مسؤول", "2026-03-04", "رويترز", "قال", True),
    ("28 décembre (AFP) - Une avalanche a détruit", "2025-12-28", "AFP", "Une", True),
    ("12 février 2025 (AFP) - Le préfet a signé", "2025-02-12", "AFP", "Le préfet", False),
    ("4 марта 2025 — РИА Новости. Мост закрыт.", "2025-03-04", "РИА Новости", "Мост",
     False),
    # With a place: Spanish and Portuguese join day and month with "de".
    ("SORIA, 3 de marzo (EFE).- El Ayuntamiento ha", "2026-03-03", "EFE", "El", True),
    ("BRAGA, 3 de março (Lusa) — A câmara anunciou", "2026-03-03", "Lusa", "A câmara", True),
])
def test_dateline_with_no_place(text: str, day: str, credit: str, rest: str,
                                inferred: bool) -> None:
    found = opening_dateline(text, zone=PARIS, now=NOW)
    assert found is not None
    assert found.found.value.date().isoformat() == day
    assert found.found.year_inferred is inferred
    assert found.credit == credit and text[found.end:].startswith(rest)
    assert without_opening(text, zone=PARIS, now=NOW).startswith(rest)
    assert dateline_credit(text) is not None


@pytest.mark.parametrize("text", [
    "4 avril - 12 mai : la galerie expose trente toiles.",
    "5 de abril (domingo) - El mercado vuelve a la plaza.",
    "4 mars (photo) - Le port sous la neige.",
    "3 personnes (dont AFP) ont été blessées - selon la police.",
    "4 mars (AFP)",
])
def test_no_dateline(text: str) -> None:
    assert opening_dateline(text, zone=PARIS, now=NOW) is None


_MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["de enero", "de febrero", "de marzo", "de abril", "de mayo", "de junio",
           "de julio", "de agosto", "de septiembre", "de octubre", "de noviembre",
           "de diciembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
}
_FORMS = {"fr": "{d} {m} (AFP) - Le texte.", "es": "{d} {m} (EFE).- El texto.",
          "ru": "{d} {m} — РИА Новости. Текст."}


@settings(max_examples=150, deadline=None)
@given(st.dates(date(2001, 1, 1), date(2040, 12, 31)), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from(sorted(_FORMS)))
def test_placeless_day_is_the_last_one_by_the_capture(captured: date, month: int, day: int,
                                                      language: str) -> None:
    now = datetime(captured.year, captured.month, captured.day, 12, tzinfo=UTC)
    text = _FORMS[language].format(d=day, m=_MONTHS[language][month - 1])
    found = opening_dateline(text, zone=PARIS, now=now)
    assert found is not None and found.found.year_inferred and found.credit
    value = found.found.value.date()
    assert (value.month, value.day) == (month, day)
    assert captured - timedelta(days=366) < value <= captured + timedelta(days=1)


def _ingest(tmp_path: Path, name: str, text: str) -> dict:
    """The record of ``text`` saved as ``name`` (file time :data:`NOW`), ingested through
    the CLI into a new store and exported."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, (NOW.timestamp(), NOW.timestamp()))
    data = str(tmp_path / "data")
    runner = CliRunner()
    assert runner.invoke(cli, ["--data-dir", data, "ingest", str(path),
                               "--source", "example.org"]).exit_code == 0
    out = runner.invoke(cli, ["--data-dir", data, "export"]).output
    return json.loads(out.splitlines()[0])


def test_cli_capture_dated_by_a_placeless_dateline(tmp_path: Path) -> None:
    record = _ingest(tmp_path, "ferry.txt", (
        "La navette de l'île d'Arz suspendue\n\n"
        "2 mars (AFP) - La navette entre Vannes et l'île d'Arz a été suspendue lundi en "
        "raison de la tempête, a indiqué la compagnie maritime.\n\n"
        "Le service doit reprendre mercredi, selon la même source.\n"))
    content = record["content"]
    assert content["published"].startswith("2026-03-02")
    assert "year inferred" in content["evidence"]["published"]
    assert content["evidence"]["credit"] == "AFP"
    assert content["lead"].startswith("La navette entre Vannes")


def test_cli_page_dated_by_a_placeless_dateline(tmp_path: Path) -> None:
    record = _ingest(tmp_path, "page.html", (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        "<title>Reabre el puerto de Burela</title></head><body><article>"
        "<h1>Reabre el puerto de Burela</h1>"
        "<p>1 de marzo (EFE).- El puerto pesquero de Burela reabrió este domingo tras tres "
        "días cerrado por el temporal, informó la cofradía de pescadores.</p>"
        "<p>Una treintena de barcos faenaron ya el domingo por la tarde, según la cofradía."
        "</p><p>La flota espera recuperar las capturas perdidas durante la semana.</p>"
        "</article></body></html>"))
    content = record["content"]
    assert content["published"].startswith("2026-03-01")
    assert content["evidence"]["credit"] == "EFE"
    assert content["lead"].startswith("El puerto pesquero")
