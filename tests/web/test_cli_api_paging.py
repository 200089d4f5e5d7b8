"""``veille search`` pages as the API does (s-misc12, note9 "What is left"): its page N is
the API's page N for the same query and page size, by number and by cursor; a cursor of
one works in the other, and the pages hold while articles arrive (the list as it stood at
its first page). Real store file, real index, real server on 127.0.0.1, the CLI run in
process (``veille.cli.main.main``) on the same data directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from paging_kit import LATE_TOWNS, WORD, as_jsonl, first_records, post, record
from web_kit import serve

from veille.cli.main import main


def cli(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", "--json", "-n", "4", *args, WORD]) == 0
    return dict(json.loads(capsys.readouterr().out))


def ids(answer: dict[str, Any]) -> list[str]:
    return [hit["id"] for hit in answer["hits"]]


@pytest.mark.parametrize("collapse", [False, True])
def test_cli_pages_are_the_api_s_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       collapse: bool) -> None:
    path = tmp_path / "first.jsonl"
    path.write_bytes(as_jsonl(first_records()))
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    flag = ("--collapse",) if collapse else ()
    params = {"q": WORD, "per_page": 4, "collapse": collapse}
    with serve(data, api_token="paging-token") as live, \
            httpx.Client(base_url=live.url, timeout=30) as http:
        api_first = http.get("/api/v1/search", params=params).json()
        cli_first = cli(data, capsys, *flag)
        assert ids(cli_first) == ids(api_first) and cli_first["total"] == api_first["total"]
        assert cli_first["next_cursor"] and api_first["next_cursor"]
        by_number = http.get("/api/v1/search", params={**params, "page": 2}).json()
        assert ids(cli(data, capsys, *flag, "--page", "2")) == ids(by_number)
        # articles arrive between page 1 and page 2 (the newest and most relevant)
        for i, town in enumerate(LATE_TOWNS):
            post(http, record(town, 25 + i, 6))
        api_second = http.get("/api/v1/search",
                              params={**params, "cursor": api_first["next_cursor"]}).json()
        cli_second = cli(data, capsys, *flag, "--cursor", cli_first["next_cursor"])
        assert ids(cli_second) == ids(api_second) == ids(by_number)
        assert cli_second["total"] == api_second["total"] == api_first["total"]
        # a cursor of one door is the same list in the other
        assert ids(cli(data, capsys, *flag, "--cursor", api_first["next_cursor"])) == \
            ids(api_second)
        answer = http.get("/api/v1/search",
                          params={**params, "cursor": cli_second["next_cursor"]}).json()
        assert ids(answer) == ids(cli(data, capsys, *flag, "--cursor",
                                      cli_second["next_cursor"]))
        assert not set(ids(answer)) & set(ids(api_first) + ids(api_second))
        # by number, both doors see the new list alike (shifted: what cursors avoid)
        now = http.get("/api/v1/search", params={**params, "page": 2}).json()
        assert ids(cli(data, capsys, *flag, "--page", "2")) == ids(now) != ids(by_number)
