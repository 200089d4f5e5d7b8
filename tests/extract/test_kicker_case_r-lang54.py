"""r-lang54 (t-final53b A3): "Забастовка в Казани: остановлены трамваи" was stored as "в
Казани: остановлены трамваи", its first word taken for a kicker in capitals glued to the
headline: the capital test read Latin lower case only, so every Cyrillic letter (and every
Arabic one, which has no case) passed for a capital. Real store through the CLI too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.blocks import kicker_glued
from veille.extract.text_capture import extract_text_capture

CAPTURE = """Новая газета
Поиск

{title}

04.12.2026, 10:00

В четверг утром водители трамваев в Казани объявили забастовку. «Мы требуем повышения
зарплаты», — заявил профсоюзный лидер Олег Петров.
"""


@pytest.mark.parametrize("title", [
    "Забастовка в Казани: остановлены трамваи",
    "Наводнение в Краснодаре: эвакуированы 400 человек",
    "Пожар в Казани: сгорел склад",
    "Метель в Екатеринбурге: закрыты школы и детские сады",
])
def test_a_cyrillic_headline_keeps_its_first_word(title: str) -> None:
    found = extract_text_capture(CAPTURE.format(title=title))
    assert (found.title, found.kicker) == (title, "")


def test_kickers_in_capitals_are_still_cut() -> None:
    assert kicker_glued("INCENDIE Un entrepôt de la zone portuaire a brûlé cette nuit", "")
    assert kicker_glued("ПОЖАР Горит склад на окраине Казани этой ночью", "")
    assert not kicker_glued("NHS Highland to pause some services over the winter", "")
    assert not kicker_glued("فيضانات في الإسكندرية تجبر مئات العائلات على مغادرة منازلها", "")


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    title = "Забастовка в Казани: остановлены трамваи"
    source = tmp_path / "ru.txt"
    source.write_text(CAPTURE.format(title=title), "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(source)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert [r["content"]["title"] for r in records] == [title]
