# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Standfirsts and bylines of text captures left out as "[link or menu]" (issue 14;
t-final60 #15), and a formula before a weekday read as a byline (a property test's find).

* A kicker in capitals opening the standfirst's line under the headline (20 Minutes:
  "INTEMPÉRIES Les vents ont dépassé 200 km/h…") cut the head in two: the menu rule took
  headline, kicker and standfirst for links, and the standfirst was lost (or became the
  headline).
* A menu row ("Главное Политика Экономика Мир Общество") counted as one item of five words,
  so a seven-word Russian headline under it was one more item; a seven-word Russian deck was
  too short to be one; a Cyrillic bare name over the date was no known given name.
* "By Thursday, updated plans will be put to the committee." was a byline ("updated" cut the
  names, "Thursday" was the name): the paragraph left the body.
"""
from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import assume, given
from hypothesis import strategies as st

from veille.cli.main import cli
from veille.extract import textshape as ts
from veille.extract.byline_names import names_after_formula
from veille.extract.dates import MONTHS, WEEKDAYS
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

KICKER_PAGE = """Le Petit Journal des Landes
Accueil  Landes  Sports  Culture  Météo
Tempête sur la côte landaise : des pins arrachés et 8000 foyers sans courant à Mimizan

TEMPÊTE Les rafales ont atteint 150 km/h à Biscarrosse dans la soirée

La rédaction avec AFP
Publié le 04/12/26 à 08h10

La tempête a balayé la côte landaise dans la nuit de mercredi à jeudi, arrachant des dizaines de pins autour de Mimizan et privant d'électricité quelque 8000 foyers, selon Enedis.

« Nous n'avions pas vu de telles rafales depuis dix ans », a déclaré le maire de Mimizan, Raoul Destandau.

Les écoles de la commune resteront fermées vendredi, a précisé la préfecture.
"""

RUSSIAN_PAGE = """Сибирский курьер
Главное  Политика  Экономика  Мир  Общество
В Томске закрыли мост из-за трещины в опоре

Инженеры проверят конструкцию до конца недели

Татьяна Орлова
04.12.2026, 11:20

Власти Томска в четверг закрыли для движения Коммунальный мост после того, как в одной из опор нашли трещину, сообщили в мэрии.

«Рисковать мы не будем», — заявил заместитель мэра Олег Климов.

Автобусы пустят в объезд через новый мост.
"""


def test_a_kicker_over_the_standfirst_leaves_headline_and_standfirst() -> None:
    got = extract_text_capture(KICKER_PAGE, fetched_at=NOW, outlet="petitjournaldeslandes.fr")
    assert got.title.startswith("Tempête sur la côte landaise")
    assert got.lead == "Les rafales ont atteint 150 km/h à Biscarrosse dans la soirée"
    assert "Les rafales ont atteint 150 km/h à Biscarrosse dans la soirée" not in [
        text for text, _ in got.dropped]


def test_a_russian_deck_and_bare_name_under_a_menu_row() -> None:
    got = extract_text_capture(RUSSIAN_PAGE, fetched_at=NOW, outlet="sibkurier.ru")
    assert got.title == "В Томске закрыли мост из-за трещины в опоре"
    assert got.lead == "Инженеры проверят конструкцию до конца недели"
    assert got.authors == ["Татьяна Орлова"]
    assert "Татьяна Орлова" not in [text for text, _ in got.dropped]  # the byline, no link


@pytest.mark.parametrize("field", ["Автор: Татьяна Орлова", "Текст: Татьяна Орлова"])
def test_a_russian_byline_field_under_the_deck(field: str) -> None:
    page = RUSSIAN_PAGE.replace("Татьяна Орлова\n", field + "\n")
    got = extract_text_capture(page, fetched_at=NOW, outlet="sibkurier.ru")
    assert got.lead == "Инженеры проверят конструкцию до конца недели"
    assert got.authors == ["Татьяна Орлова"]


def test_the_cli_stores_the_standfirst_and_the_author(tmp_path: Path) -> None:
    """The real CLI, a real store: ingest then export."""
    runner = CliRunner()
    for n, (page, source) in enumerate([(KICKER_PAGE, "petitjournaldeslandes.fr"),
                                        (RUSSIAN_PAGE, "sibkurier.ru")]):
        path = tmp_path / f"page{n}.txt"
        path.write_text(page, "utf-8")
        data = tmp_path / f"data{n}"
        ran = runner.invoke(cli, ["--data-dir", str(data), "ingest", "--source", source,
                                  str(path)])
        assert ran.exit_code == 0, ran.output
        out = runner.invoke(cli, ["--data-dir", str(data), "export", "--format",
                                  "jsonl"]).output
        rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert len(rows) == 1
        content = rows[0]["content"]
        if n == 0:
            assert content["lead"] == "Les rafales ont atteint 150 km/h à Biscarrosse dans la soirée"
        else:
            assert content["lead"] == "Инженеры проверят конструкцию до конца недели"
            assert content["authors"] == ["Татьяна Орлова"]


@pytest.mark.parametrize("line", [
    "Par Monday, updated aa.", "By Thursday, updated plans will be put to the committee.",
    "Por Navidad, publicado el nuevo calendario.", "Von Samstag, aktualisiert wird täglich.",
    "By Monday", "Par Lundi"])
def test_a_weekday_or_an_undated_clause_is_no_byline(line: str) -> None:
    assert not names_after_formula(line)
    assert not ts.is_byline(line)


@pytest.mark.parametrize("line", [
    "Par Jean Dupont, mis à jour le 3 mars.", "By John Smith, updated 2 hours ago.",
    "Par Marie Curie, publié hier.", "Par Luc Morel, le 2 décembre 2026", "By June Carter"])
def test_a_name_then_a_date_is_still_a_byline(line: str) -> None:
    assert names_after_formula(line)


_FORMULA = st.sampled_from(["Par", "By", "Von", "Por", "Di", "Door", "PAR"])
CALENDAR_WORDS = {w.lower() for w in (*WEEKDAYS, *MONTHS)}
_CAPITALISED = st.sampled_from(["Monday", "Sophie", "Utrecht", "Jean Dupont", "Lena Hoffmann"])
_CUE = st.sampled_from(["updated", "publié", "published", "posted", "mis à jour"])
_LOWER = st.text("abcdefghijklmnopqrstuvwxyzéèàü", min_size=2, max_size=10)


@given(_FORMULA, _CAPITALISED, _CUE, st.lists(_LOWER, min_size=1, max_size=8))
def test_names_then_an_undated_clause_ending_a_sentence_is_no_byline(
        formula: str, name: str, cue: str, clause: list[str]) -> None:
    """The word that cuts a byline's names before its date opens a clause naming no date
    that ends a sentence: a sentence, whatever the names (the seeded property test of
    test_byline_words_in_prose found "Par Monday, updated aa."). A clause that does name a
    date by a word of the calendar ("updated dec.", "publié mar.": a month's abbreviation)
    is a byline's date, so it is drawn out of the sample."""
    assume(not any(w in CALENDAR_WORDS for w in clause))
    text = f"{formula} {name}, {cue} {' '.join(clause)}."
    assert not ts.is_byline(text)


@pytest.mark.parametrize("text", ["Par Sophie, updated fa.", "By Monday, updated vor.",
                                  "Por Utrecht, publicado hace."])
def test_a_relative_word_with_no_time_is_no_date(text: str) -> None:
    """hypothesis found "Par Sophie, updated fa." read as a byline: "fa" (Italian "ago")
    counted as a date with no quantity of time before it."""
    assert not ts.is_byline(text)


@pytest.mark.parametrize("text", ["By John Smith, updated an hour ago.",
                                  "Par Jean Dupont, mis à jour il y a deux jours."])
def test_a_relative_date_spelt_out_is_a_date(text: str) -> None:
    assert ts.is_byline(text)
