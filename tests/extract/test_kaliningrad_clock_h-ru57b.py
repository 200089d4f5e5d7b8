"""A Kaliningrad outlet's capture is on Kaliningrad's clock, not Moscow's (issue 16,
h-ru57b; t-final57 A3): "Калининград" is Kaliningrad's own name (GeoNames also gives it to
Korolev, its former name, which kept it from the Cyrillic names), and the author's name
"Павел Орлов" casts no vote for the town Orlov."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.place_zones import places_reading

pytest.importorskip("pymorphy3")

CAPTURE = """https://www.kgd-test.ru/news/2026/12/03/most
Калининградские вести
Новости

В Калининграде закрыли мост на ремонт

3 декабря 2026, 18:15

Двухъярусный мост в Калининграде закроют для машин до весны.

Глава администрации Калининграда сообщила, что работы оплатит область. \
Похожий мост в Москве ремонтировали два года.

Автор: Павел Орлов
"""


def test_places_vote_for_kaliningrad() -> None:
    zone, named, split, _, _ = places_reading(CAPTURE, "ru", "Europe/Moscow")
    assert zone == "Europe/Kaliningrad", (named, split)
    assert "Орлов" not in [n for _, names in split for n in names]


def test_capture_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    path = tmp_path / "kgd.txt"
    path.write_text(CAPTURE, "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["content"]["published"] == "2026-12-03T18:15:00+02:00", record["content"]
    assert "Калининград" in {p["name"] for p in record["enrichment"]["places"]}
