"""Regression (t-final27 F8): an agency's version history carried veille's ingest times.

AFP's ninjs dispatch came in three versions (tests/fixtures/final27 ``01``, ``06``, ``06b``:
``versioncreated`` 09:12, 14:30 and 15:05 +01:00); ``veille duplicates`` printed "version 1
2026-12-03 19:56" (when veille read it) as if it were the version's date, and the API gave
``seen_at``/``replaced_at`` only: "when did AFP change the toll?" had no answer. Each
version keeps its own declared time (the kept record's ``content.updated``), shown beside
veille's times in labelled columns (CLI), as ``declared_at`` (API, schema) and in the
article page's versions box (French and English); a version that declared none says so
(tests/web/test_web_version_times.py), never with veille's time in its place. A NewsML-G2
item's ``versionCreated`` likewise (``23``, and a version 2 derived from it).

A real SQLite store and index, the app on 127.0.0.1, the installed command."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.conftest import FIXTURES
from web_kit import serve

from capture_kit import err, out, run_veille

INPUTS = FIXTURES / "final27"
NINJS = ("01-afp-incendie.ninjs.json", "06-afp-incendie-v2.ninjs.json",
         "06b-afp-incendie-v3.ninjs.json")
DECLARED = ["2026-12-01T09:12:00+01:00", "2026-12-01T14:30:00+01:00"]
CURRENT = "2026-12-01T15:05:00+01:00"


def _newsml_v2(tmp: Path) -> Path:
    """Version 2 of the NewsML-G2 item: same guid, a later ``versionCreated``, one
    sentence added."""
    text = (INPUTS / "23-afp-lyon.newsml.xml").read_text(encoding="utf-8")
    text = text.replace('version="1"', 'version="2"', 1).replace(
        "<versionCreated>2026-12-02T16:45:00+01:00</versionCreated>",
        "<versionCreated>2026-12-02T18:10:00+01:00</versionCreated>").replace(
        "en raison d'une tempête.</p>",
        "en raison d'une tempête. Les transports en commun seront gratuits le soir.</p>")
    path = tmp / "23b-afp-lyon-v2.newsml.xml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("declared")
    data = root / "data"
    for path in [*(INPUTS / name for name in NINJS), INPUTS / "23-afp-lyon.newsml.xml",
                 _newsml_v2(root)]:
        done = run_veille(["ingest", str(path)], data_dir=data)
        assert done.returncode == 0, err(done)
    return data


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _id(client: httpx.Client, words: str) -> str:
    found = client.get("/api/v1/latest").json()["articles"]
    [hit] = [a for a in found if words in a["title"]]
    return str(hit["id"])


def test_the_cli_shows_each_version_time_beside_veilles(data: Path,
                                                        client: httpx.Client) -> None:
    article_id = _id(client, "Saint-Denis")
    shown = run_veille(["duplicates", article_id], data_dir=data)
    assert shown.returncode == 0, err(shown)
    lines = out(shown).splitlines()
    header = next(i for i, line in enumerate(lines) if "declared by the source" in line)
    assert "seen by veille" in lines[header]
    rows = lines[header + 1:]
    assert [re.split(r"\s{2,}", row.strip())[:3] for row in rows] == [
        ["version", "1", "2026-12-01 09:12 UTC+1"], ["version", "2", "2026-12-01 14:30 UTC+1"],
        ["current", "3", "2026-12-01 15:05 UTC+1"]]  # each with its offset (t-final52 A17)
    # veille's own time, in its labelled column, is today's, not the version's
    assert all(re.search(r"2026-12-01 \d\d:\d\d UTC\+1\s+\d{4}-\d\d-\d\d \d\d:\d\d", r)
               for r in rows)
    as_json = json.loads(out(run_veille(["duplicates", article_id, "--json"],
                                        data_dir=data)))
    assert [v["declared_at"] for v in as_json["versions"]] == DECLARED
    assert as_json["declared_at"] == CURRENT


def test_the_api_gives_each_version_its_declared_time(client: httpx.Client) -> None:
    article_id = _id(client, "Saint-Denis")
    found = client.get(f"/api/v1/articles/{article_id}/duplicates").json()
    assert [v["declared_at"] for v in found["versions"]] == DECLARED
    assert found["declared_at"] == CURRENT
    assert all(v["seen_at"] != v["declared_at"] for v in found["versions"])
    detail = client.get(f"/api/v1/articles/{article_id}").json()
    assert [v["declared_at"] for v in detail["versions"]] == DECLARED
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "declared_at" in schema["VersionModel"]["properties"]
    assert "declared_at" in schema["DuplicatesResponse"]["properties"]
    lyon = client.get(f"/api/v1/articles/{_id(client, 'Lumières')}/duplicates").json()
    assert [v["declared_at"] for v in lyon["versions"]] == ["2026-12-02T16:45:00+01:00"]
    assert lyon["declared_at"] == "2026-12-02T18:10:00+01:00"


def test_the_page_dates_each_version_by_its_source(client: httpx.Client) -> None:
    article_id = _id(client, "Saint-Denis")
    fr = re.sub(r"<[^>]+>", "", client.get(f"/articles/{article_id}",
                                           params={"lang": "fr"}).text)
    # version 1's declared time is its publication, said once ("publiée selon la page")
    assert re.search(r"Version 1, vue le [^·]*, publiée selon la page le [^·]*9:12[^·]* · ", fr)
    assert re.search(r"Version 2, vue le [^·]*, datée par la source du [^·]*14:30[^·]* · ", fr)
    assert re.search(r"Version 3 \(actuelle\), vue le [^·]*, mise à jour selon la page le "
                     r"[^·]*15:05", fr)
    en = re.sub(r"<[^>]+>", "", client.get(f"/articles/{article_id}",
                                           params={"lang": "en"}).text)
    assert re.search(r"Version 2, seen [^·]*, dated by the source [^·]*2:30\W*PM[^·]* · ", en)
