"""The lists that show every reprint (``/?all=1``, ``/search?all=1``) mark each copy with
the story page's badge ("reprise", "extrait"), and API rows say ``relation`` as the story
does (newuser15a W24: the reprints and the teaser looked like originals). Real store,
index and HTTP server; both languages."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "monitor"))
from test_teaser_first import DISPATCH, record  # noqa: E402

OWN = "Un paragraphe propre à ce site sur la réaction des élus de Flessingue au plan."


def rows(page: str) -> dict[str, str]:
    """Each listed article's id -> its row's badge of copy ("" without one)."""
    out: dict[str, str] = {}
    for article_id, body in re.findall(r'<li class="item"[^>]*data-id="([0-9a-f]+)"(.*?)</li>',
                                       page, re.S):
        badge = re.search(r'<span class="badge relation [a-z]+">([^<]+)</span>', body)
        out[article_id] = badge.group(1) if badge else ""
    return out


@pytest.mark.parametrize(("lang", "reprint", "teaser"), [("fr", "reprise", "extrait"),
                                                         ("en", "reprint", "teaser")])
def test_copies_are_marked_in_the_full_lists_and_the_api(tmp_path: Path, lang: str,
                                                         reprint: str, teaser: str) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([record("breves.example", DISPATCH[:2], 3)])
        v.ingest_bytes([record("quotidien.example", DISPATCH, 2)])
        v.ingest_bytes([record("reprise.example", DISPATCH[:5] + [OWN], 1)])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        hits = http.get("/api/v1/search", params={"q": "digues", "collapse": "false"}
                        ).json()["hits"]
        story = http.get(f"/api/v1/stories/{hits[0]['story_id']}").json()
        latest = http.get("/api/v1/latest").json()["articles"]
        home = http.get("/", params={"all": "1", "lang": lang}).text
        found = http.get("/search", params={"q": "digues", "all": "1", "lang": lang}).text
    told = {item["id"]: item["relation"] for item in story["items"]}
    assert sorted(told.values()) == ["", "reprint", "teaser"]
    assert {h["id"]: h["relation"] for h in hits} == told
    assert {a["id"]: a["relation"] for a in latest} == told
    names = {"": "", "reprint": reprint, "teaser": teaser}
    assert rows(home) == {i: names[r] for i, r in told.items()}
    assert rows(found) == {i: names[r] for i, r in told.items()}
