"""``veille latest`` shows a time in the source's own offset (never moved), so a time that is
not French time says its zone, as the web does (newuser7 P13 i: a New York 18:00 printed
as "18:00" read as Paris time). Real store, CLI."""

from __future__ import annotations

import json
import re

import pytest

from veille.cli.main import main

TEXT = ("Le conseil municipal a voté mardi le budget de la ville après un long débat sur "
        "les transports, la voirie et les écoles du quartier nord. ")
RECORDS = [
    ("https://a.example/new-york", "Budget voté à New York", "2026-11-30T18:00:00-05:00"),
    ("https://a.example/paris", "Budget voté à Paris", "2026-11-29T18:00:00+01:00"),
    ("https://a.example/utc", "Budget voté à Londres", "2026-11-28T18:00:00+00:00"),
    ("https://a.example/paris-ete", "Budget voté en été", "2026-07-01T18:00:00+02:00"),
]


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("zones")
    path = root / "in.jsonl"
    path.write_text("".join(json.dumps({"url": url, "title": title, "published": when,
                                        "language": "fr", "text": TEXT + title + "."},
                                       ensure_ascii=False) + "\n"
                            for url, title, when in RECORDS), encoding="utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    return {"data": str(root / "data")}


def test_latest_marks_times_not_in_french_time(lines: dict[str, str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", lines["data"], "latest"]) == 0
    printed = capsys.readouterr().out.splitlines()
    out = {title: next(line for line in printed if line.endswith(title))
           for _url, title, _when in RECORDS}
    assert "2026-11-30 18:00 UTC-5 " in out["Budget voté à New York"]
    assert "2026-11-28 18:00 UTC " in out["Budget voté à Londres"]
    # French time says its zone too, since t-final25 S11: a bare "06:10" below "06:05 UTC"
    # read as the same clock
    assert "2026-11-29 18:00 UTC+1 " in out["Budget voté à Paris"]
    assert "2026-07-01 18:00 UTC+2 " in out["Budget voté en été"]


def test_times_veille_keeps_itself_say_utc(tmp_path: object,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """newuser10 S14: "due 2026-12-01 14:07" (UTC) and "first seen ... 13:55" (UTC) were
    printed bare beside articles in their own (Paris) time: they now say UTC."""
    from pathlib import Path

    root = Path(str(tmp_path))
    data = str(root / "data")
    page = root / "sans-date.txt"
    page.write_text("Un article sans date\n\n" + TEXT * 3 + "\n", "utf-8")
    assert main(["--data-dir", data, "ingest", str(page)]) == 0
    assert main(["--data-dir", data, "sources", "add", "https://example.org/feed.xml",
                 "--name", "exemple"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "latest"]) == 0
    undated = next(line for line in capsys.readouterr().out.splitlines()
                   if "first seen" in line)
    assert re.search(r"first seen \d{4}-\d\d-\d\d \d\d:\d\d UTC", undated), undated
    assert main(["--data-dir", data, "sources", "list"]) == 0
    listed = capsys.readouterr().out
    assert re.search(r"due \d{4}-\d\d-\d\d \d\d:\d\d UTC", listed), listed
