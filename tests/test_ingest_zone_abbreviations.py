"""US zone abbreviations in a capture's dateline (t-final31 F2): CST, CDT, MST, MDT, CT
and MT were read as UTC ("assumed (UTC)"), so "first published by" named the later
outlet; an ambiguous one (IST, CST) follows the page's zone when the tz database says that
zone writes it, and a time read in an assumed UTC is marked so by `veille latest`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.cli.main import main

BODY = ("The county board approved on Tuesday a new road maintenance plan worth 12 million "
        "dollars after a long public hearing, officials said in a statement.\n\n"
        "\"These roads carry our school buses every morning,\" board chair Ann Kessler said "
        "after the vote, which passed four to one.")


def _ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str], dateline: str,
            source: str) -> tuple[str, dict]:
    capture = tmp_path / "capture.txt"
    capture.write_text(f"County Gazette\nSearch\n\nBoard approves road plan after hearing\n\n"
                       f"{dateline}\n\n{BODY}\n", "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", source, str(capture)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    return data, json.loads(line)["content"]


@pytest.mark.parametrize(("dateline", "source", "utc"), [
    ("Published November 25, 2026, 9:15 AM CST", "countygazette.com", "2026-11-25T15:15"),
    ("Published September 14, 2026 at 10:05 AM CDT", "countygazette.com", "2026-09-14T15:05"),
    ("Published November 30, 2026 8:00 PM MST", "countygazette.com", "2026-12-01T03:00"),
    ("Published September 9, 2026 6:45 PM MDT", "countygazette.com", "2026-09-10T00:45"),
    ("Published November 27, 2026 5:00 PM CT", "countygazette.com", "2026-11-27T23:00"),
    ("Published December 1, 2026 9:30 AM MT", "countygazette.com", "2026-12-01T16:30"),
    ("Published December 2, 2026 08:15 PM IST", "countygazette.in", "2026-12-02T14:45"),
    # AST on a Saudi site: Arabia Standard Time (+3), not Atlantic
    ("Published December 2, 2026 2:30 PM AST", "countygazette.sa", "2026-12-02T11:30"),
    # CST on a US site in winter stays US Central, though New York is on Cuba's -5
    ("Published December 2, 2026 2:30 PM CST", "countygazette.us", "2026-12-02T20:30"),
])
def test_a_stated_zone_abbreviation_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], dateline: str, source: str,
        utc: str) -> None:
    _, content = _ingest(tmp_path, capsys, dateline, source)
    published = datetime.fromisoformat(content["published"]).astimezone(UTC)
    assert published.strftime("%Y-%m-%dT%H:%M") == utc
    assert not content["evidence"]["timezone"].startswith("assumed"), content["evidence"]


def test_an_ambiguous_abbreviation_without_context_is_refused_and_marked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """IST on a page of no known country: India, Ireland or Israel; no zone is read, the
    time is assumed, and `latest` says so (it printed "09:00 UTC" unmarked)."""
    data, content = _ingest(tmp_path, capsys, "Published December 2, 2026 09:00 AM IST",
                            "countygazette.com")
    # assumed, and why: the IST printed was not read (t-final32 #6)
    assert content["evidence"]["timezone"].startswith("assumed (UTC); IST printed")
    assert main(["--data-dir", data, "latest"]) == 0
    out = capsys.readouterr().out
    assert "09:00 UTC (" in out, out  # "(assumed time)" or "(heure supposée)"
