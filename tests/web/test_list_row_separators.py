"""Each part of a list row's line (source, badges, date, the story's latest) is set apart
by " · ", spaces on both sides, as the search rows are (t-reader19 R17: the latest list
read "ledauphine-test.fr· 2 déc. 2026 09:00" and "(source inconnue)· date inconnue").
Real store and server."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_undated_reachable import data  # noqa: F401
from web_kit import serve


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:  # noqa: F811
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


def metas(page: str) -> list[str]:
    """The text of each row's ``.meta`` line, its whitespace collapsed."""
    found = re.findall(r'<span class="meta">(.*?)</span>\s*(?:<p|</li>)', page, re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", m)).split()) for m in found]


@pytest.mark.parametrize("path", ["/?lang=fr", "/?all=1&lang=fr", "/?undated=1&lang=en",
                                  "/search?q=&lang=fr"])
def test_every_part_of_a_row_is_set_apart(http: httpx.Client, path: str) -> None:
    lines = metas(http.get(path).text)
    assert len(lines) >= 10
    glued = [line for line in lines if re.search(r"\S·|·\S", line)]
    assert glued == []
