"""A capture giving only an update time ("Updated: November 25, 2026 10:20 PM ET") was
listed as "date unknown" and filed by the time veille first saw it (t-final31 F7): the
update bounds the publication from above, so it dates the article, said in evidence and
shown as "updated ..." by `veille latest`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.record import BY_UPDATE

CAPTURE = """Riverside Post
Search

Fire guts warehouse as residents of nearby buildings flee

{dateline}

A fire gutted a warehouse near the river late on Wednesday. The fire service said crews were
called to the scene shortly after midnight and brought the blaze under control within three
hours of their arrival.

"We are grateful that nobody was hurt in this fire," the local fire chief told reporters at
the scene on the same morning, adding that an investigation had been opened.
"""


@pytest.mark.parametrize(("dateline", "source", "published"), [
    ("Updated: November 25, 2026 10:20 PM ET", "riversidepost.com",
     "2026-11-25T22:20:00-05:00"),
    ("Mis à jour le 25 novembre 2026 à 22h20", "riversidepost.fr",
     "2026-11-25T22:20:00+01:00"),
])
def test_an_update_time_alone_dates_the_article(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], dateline: str, source: str,
        published: str) -> None:
    capture = tmp_path / "fire.txt"
    capture.write_text(CAPTURE.format(dateline=dateline), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", source, str(capture)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    content = json.loads(line)["content"]
    assert content["published"] == published
    assert content["updated"] == published
    assert content["evidence"]["published"] == BY_UPDATE
    assert main(["--data-dir", data, "latest"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-25 22:20" in out and ("updated 2026" in out or "mis à jour 2026" in out)
