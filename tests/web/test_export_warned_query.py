"""A web export of a query that matches nothing because of its warnings is refused with
them, in the user's language (a 400, as ``veille export`` exits 1); it answered 200 with
an empty file, which a script or a reader takes for "no news" (newuser8 Q7's web half)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

RECORD = {"url": "https://ex.example/crue", "title": "La crue de la Loire",
          "published": "2026-11-20T08:00:00+01:00",
          "text": "La Loire est sortie de son lit à Orléans, où les quais ont été fermés."}


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("export_warned")
    records = root / "a.jsonl"
    records.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    data = root / "data"
    for args in (["ingest", str(records)], ["reindex"]):
        assert main(["--data-dir", str(data), *args]) == 0
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.mark.parametrize("path", ["/export.csv", "/export.jsonl"])
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "nothing exported: the query matches nothing because of its warnings: "
           "date:2026-13-01: not a date"),
    ("fr", "rien à exporter : la requête ne trouve rien, à cause de ses avertissements : "
           "date:2026-13-01 : pas une date"),
])
def test_a_warned_query_that_exports_nothing_is_refused_with_its_warning(
        http: httpx.Client, path: str, lang: str, said: str) -> None:
    answer = http.get(path, params={"q": "Loire date:2026-13-01"},
                      headers={"Accept-Language": lang})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["localized_message"].startswith(said), error
    assert error["localized_hint"]
    assert error["message"].startswith("nothing exported")


def test_a_query_that_finds_nothing_without_warning_is_an_empty_export(
        http: httpx.Client) -> None:
    answer = http.get("/export.csv", params={"q": "volcan"})
    assert answer.status_code == 200 and answer.text.count("\n") == 1
    assert http.get("/export.csv", params={"q": "Loire"}).text.count("\n") == 2


def test_a_harmless_warning_is_not_why_a_query_finds_nothing(http: httpx.Client) -> None:
    """A control character dropped (or an operator ignored) changes nothing that matches:
    the query found nothing on its own terms, so it is an empty export (200), not a 400
    saying "because of its warnings" (the schema test's generated query '©N\\x7f...')."""
    answer = http.get("/export.csv", params={"q": "volcan\x7f OR"})
    assert answer.status_code == 200, answer.text
    assert answer.text.count("\n") == 1
    assert "x-veille-warnings" in {k.lower() for k in answer.headers}


@pytest.mark.parametrize("path", ["/export.csv", "/export.jsonl"])
def test_an_unknown_story_is_a_404_not_an_empty_export(http: httpx.Client, path: str) -> None:
    # newuser11 U18: a mistyped story id read as "this story has no articles".
    answer = http.get(path, params={"story": "nope"}, headers={"Accept-Language": "fr"})
    assert answer.status_code == 404
    error = answer.json()["error"]
    assert "nope" in error["message"] and error["localized_hint"]
