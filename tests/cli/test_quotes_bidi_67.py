"""`veille quotes` prints an Arabic quote in a right-to-left isolate (RLI … PDI) with its
own marks inside it, and its speaker's Arabic name in a first-strong isolate: a terminal
that runs the bidi algorithm drew ”الهجوم …“, the closing mark first (t-final67 R3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.bidi import FSI, PDI, RLI
from veille.cli.main import main

RECORD = {
    "url": "https://www.alquds.example/news/2026/12/03/port", "source": "القدس",
    "language": "ar", "published": "2026-12-03T12:00:00+02:00",
    "title": "إغلاق ميناء العقبة بسبب الرياح",
    "text": "أغلقت السلطات ميناء العقبة يوم الخميس بسبب رياح قوية.\n\n"
            "وقال مدير الميناء محمد سلامة إن \"الملاحة ستعود فور تحسن الأحوال الجوية\".\n\n"
            "وتأخرت عشر سفن عن الرسو في الميناء."}


def test_an_arabic_quote_is_printed_in_an_isolate(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    data = str(tmp_path / "data")
    for args in (["ingest", str(path)], ["enrich"]):
        assert main(["--data-dir", data, *args]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "quotes"]) == 0
    out = capsys.readouterr().out
    assert f"{RLI}”الملاحة ستعود فور تحسن الأحوال الجوية“{PDI}" in out, out
    if "سلامة" in out:  # the speaker, when the rules found it, isolated too
        assert f"{FSI}" in out.split(RLI)[0], out
