"""``veille search --json`` and ``/api/v1/search`` give one hit shape, the same keys and the
same relation of each hit to its story (t-reader19 R19: the CLI's hits had no
``relation``; docs/web.md: "one list, whichever door asks"). Real store, index, CLI and
server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from test_undated_reachable import data  # noqa: F401
from web_kit import serve

from veille.cli.main import main


@pytest.mark.parametrize("query", ["", "dossier"])
def test_the_cli_and_the_api_give_one_hit_shape(data: Path,  # noqa: F811
                                                capsys: pytest.CaptureFixture[str],
                                                query: str) -> None:
    # every hit of the store's 81 articles, over two pages of 50: on one page, the undated
    # copies, first seen within the same second as the undated originals, could fall past
    # it by id order on a loaded machine (ci-58: "no copy among the hits")
    cli: list[dict[str, object]] = []
    api: list[dict[str, object]] = []
    for page in (1, 2):
        capsys.readouterr()
        assert main(["--data-dir", str(data), "search", *([query] if query else []),
                     "--json", "--sort", "date", "-n", "50", "--page", str(page)]) == 0
        cli += json.loads(capsys.readouterr().out)["hits"]
    with serve(data) as live:
        for page in (1, 2):
            api += httpx.get(f"{live.url}/api/v1/search", params={
                "q": query, "sort": "date", "per_page": 50, "page": page},
                timeout=60).json()["hits"]
    assert [h["id"] for h in cli] == [h["id"] for h in api]
    assert {key for h in cli for key in h} - {"unpublished"} == {key for h in api for key in h}
    assert [h["relation"] for h in cli] == [h["relation"] for h in api]
    assert any(h["relation"] for h in api), "no copy among the hits: the test checks nothing"
