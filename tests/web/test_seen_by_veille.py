"""What veille says it saw, and when, is its own reading (t-final29 F9): a page saved twice to
files written days before the ingest had its versions "seen by veille" at the files'
modification times, three days before the article's own first sighting, and the article
page's "first seen" (the earliest of them) differed from `veille show`'s. Every door gives
one first-seen time, and no version is seen before it.

A real SQLite store and index, the installed command (one ingest per file), the app on
127.0.0.1."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from capture_kit import err, out, run_veille
from seen_kit import SAVED, TITLES, aware, pause, saved_files


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, datetime]:
    """``(data dir, article id, when the first ingest started)``."""
    root = tmp_path_factory.mktemp("seen")
    data = root / "data"
    started = datetime.now(UTC).replace(microsecond=0)
    for n, path in enumerate(saved_files(root / "files")):
        if n:
            pause()
        done = run_veille(["ingest", str(path)], data_dir=data)
        assert done.returncode == 0, err(done)
    assert run_veille(["reindex"], data_dir=data).returncode == 0
    [line] = out(run_veille(["latest", "--json"], data_dir=data)).splitlines()
    return data, str(json.loads(line)["id"]), started


@pytest.fixture(scope="module")
def client(ingested: tuple[Path, str, datetime]) -> Iterator[httpx.Client]:
    with serve(ingested[0]) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _first_seen(data: Path, article_id: str) -> datetime:
    return aware(json.loads(out(run_veille(["show", article_id, "--json"],
                                           data_dir=data)))["first_seen"])


def test_the_cli_sees_each_version_when_it_read_it(
        ingested: tuple[Path, str, datetime]) -> None:
    data, article_id, started = ingested
    first = _first_seen(data, article_id)
    assert first >= started  # the reading, not the file's 23 November
    found = json.loads(out(run_veille(["duplicates", article_id, "--json"], data_dir=data)))
    [version] = found["versions"]
    assert version["title"] == TITLES[0]
    assert aware(version["seen_at"]) == first  # version 1 is the article's first reading
    assert aware(version["captured_at"]) == SAVED[0]  # the file's time, kept as evidence
    assert aware(found["revised_at"]) > first  # the second ingest, a second later
    text = out(run_veille(["duplicates", article_id], data_dir=data))
    # veille's own times, said in UTC ("UTC" alone; a declared time carries its offset,
    # "07:15 UTC+1", t-final52 A17)
    shown = re.findall(r"(\d{4}-\d\d-\d\d \d\d:\d\d) UTC(?![+-])", text)
    assert len(shown) == 2
    assert all(day >= started.strftime("%Y-%m-%d %H:%M") for day in shown), text
    # the file's modification time (06:40 UTC, 07:40 in Paris) is shown nowhere; the page's
    # declared publication (07:15+01:00) is version 1's declared time (t-final31 F9)
    assert "06:40" not in text and "07:40" not in text
    assert "2026-11-23 07:15" in text


def test_every_door_gives_one_first_seen_time(ingested: tuple[Path, str, datetime],
                                              client: httpx.Client) -> None:
    data, article_id, _ = ingested
    first = _first_seen(data, article_id)
    api = client.get(f"/api/v1/articles/{article_id}").json()
    assert aware(api["first_seen"]) == first
    assert [aware(v["seen_at"]) for v in api["versions"]] == [first]
    assert aware(api["revised_at"]) > first
    dup = client.get(f"/api/v1/articles/{article_id}/duplicates").json()
    assert [aware(v["seen_at"]) for v in dup["versions"]] == [first]
    assert [aware(v["captured_at"]) for v in dup["versions"]] == [SAVED[0]]
    for lang, label in (("fr", "Vu pour la première fois le"), ("en", "First seen")):
        page = client.get(f"/articles/{article_id}", params={"lang": lang}).text
        found = re.search(f'<dt>{label}</dt><dd><time datetime="([^"]+)"', page)
        assert found is not None and aware(found.group(1)) == first, lang
        text = re.sub(r"<[^>]+>", "", page)
        seen = re.findall(r"Version \d[^,]*, (?:vue le|seen) ([^,·]*)", text)
        assert len(seen) == 2, text  # version 1 and the current one, each when read
        assert not any(("23 nov." if lang == "fr" else "Nov 23") in s for s in seen), seen
