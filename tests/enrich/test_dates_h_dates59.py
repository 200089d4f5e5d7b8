"""Dates mentioned and a stored date (issue 16, h-dates59; t-final59 #4 a-d): a Russian
count of years "ago" in the genitive ("более двадцати лет назад") read as one year; a
weekday after "avant" (a deadline) put in the past; a weekday that is not its date's said
only in the JSON; a day-only "Updated Feb 4, 2026" stored and shown as midnight UTC.
Through a real store and the real CLI where the fault was seen there."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich.date_script_spans import _RU_NUMBERS, counted_spans
from veille.enrich.dates import find_dates
from veille.web.i18n import load_locales, said_weekday

MON, FRI = date(2026, 2, 2), date(2026, 2, 13)

CASES = [
    # a Russian count in the genitive, after a comparative or "около"
    ("Последний капитальный ремонт моста проводился более двадцати лет назад.", MON, "ru",
     "лет назад", "2006-01-01"),
    ("Проект обсуждали около сорока лет назад.", MON, "ru", "лет назад", "1986-01-01"),
    ("Мост закрыли три года назад.", MON, "ru", "года назад", "2023-01-01"),  # guard
    ("Мост закрыли год назад.", MON, "ru", "год назад", "2025-01-01"),  # guard: one
    # a deadline after "avant" is ahead of the act that sets it, whatever its verb
    ("Elle a demandé un rendez-vous au préfet avant jeudi soir.", MON, "fr", "jeudi",
     "2026-02-05"),
    ("Les riverains attendent une réponse du maire avant mardi.", FRI, "fr", "mardi",
     "2026-02-17"),
    ("Il avait exigé une réponse avant jeudi.", FRI, "fr", "jeudi", "2026-02-12"),  # guard
]


@pytest.mark.parametrize(("text", "published", "language", "mention", "want"), CASES)
def test_count_ago_and_deadline(text: str, published: date, language: str, mention: str,
                                want: str) -> None:
    found = [d for d in find_dates(text, published, language=language) if mention in d.text]
    assert found, text
    assert found[0].value == want, (text, found[0])


def test_a_plural_with_no_count_read_is_no_date() -> None:
    """"много лет назад" (many years ago): no count, a plural: nothing, not last year."""
    assert counted_spans("Это было много лет назад.", MON, "ru") == []
    assert counted_spans("Это было неделю назад.", MON, "ru")  # the singular: one


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(_RU_NUMBERS)), st.sampled_from(["лет", "года", "дней"]))
def test_a_russian_count_is_never_last_year(word: str, unit: str) -> None:
    """Whatever number word precedes the unit, the span goes back that many units, never
    the one of a count missing."""
    spans = counted_spans(f"Это было {word} {unit} назад.", MON, "ru")
    assert spans
    value = spans[0][2]
    n = _RU_NUMBERS[word]
    if unit == "дней":
        assert (MON - value).days == n
    else:
        assert value.year == MON.year - n


def test_said_weekday() -> None:
    assert said_weekday("lundi 12 février") == "lundi"
    assert said_weekday("Montag, 18. März") == "Montag"
    assert said_weekday("12 février") == ""


def test_weekday_note_in_both_languages() -> None:
    locales = load_locales()
    assert locales["fr"].weekday_note("2026-02-12", ["lundi 12 février"]) == \
        "le texte dit lundi ; le 12 février 2026 est un jeudi"
    assert locales["en"].weekday_note("2026-02-12", ["lundi 12 février"]) == \
        "the text says lundi; February 12, 2026 is a Thursday"


CAPTURE = """Le Courrier de l'Ardèche
Rechercher   Se connecter
Privas  Aubenas  Région
Privas : la médiathèque ferme son aile est pour travaux
Par Mathilde Roussel
Publié le vendredi 6 février 2026
Mis à jour le 7 février 2026
La médiathèque de Privas fermera son aile est pour travaux, a annoncé vendredi
sa directrice, Odile Castagnier.
Le conseil municipal votera le contrat le lundi 12 février.
"""


def test_day_only_update_and_weekday_through_a_real_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    capture = tmp_path / "privas.txt"
    capture.write_text(CAPTURE, "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture), "--source",
                 "courrierardeche.fr"]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    content = records[0]["content"]
    assert content["updated"].startswith("2026-02-07")
    assert content["updated_precision"] == "day"
    assert main(["--data-dir", str(data), "show", records[0]["id"]]) == 0
    shown = capsys.readouterr().out
    updated = next(line for line in shown.splitlines() if "updated:" in line)
    assert updated.split()[-1] == "2026-02-07"
    wrong = next(line for line in shown.splitlines() if "“lundi 12 février" in line)
    assert "the text says lundi; February 12, 2026 is a Thursday" in wrong
