"""Regression (t-final24 S9, issue 14): the article page's "Reprises et extraits" called a
same-source copy published at the same minute as the dispatch "même dépêche AFP, parue
après". Real store, real server."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille
from wire_update_kit import BODY, DISPATCH, record

#: The dispatch sent again at its minute with a new headline and a paragraph cut, and no
#: update stated: a republication (an update stating one is a version since f-copies25).
RESENT = record("Var : évacuation de 1 200 habitants à La Seyne-sur-Mer", BODY[:3], None)


def test_a_republication_at_the_same_minute_is_not_said_out_later(tmp_path: Path) -> None:
    """t-final24 S9: the article page called a same-source copy at the same time as the
    dispatch "même dépêche AFP, parue après" (after, though both carry 18:10). The page
    names a same-minute republication (here the dispatch sent again, read first, with no
    update stated: an update stating one is the dispatch's version in any order since
    f-copies25) as the story's timeline does: a republication by its source, in French and
    English (q-web24's label; no "after" or "before")."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        ids = [*v.ingest_bytes([("resent.jsonl", RESENT)]).new_ids,
               *v.ingest_bytes([("dispatch.jsonl", DISPATCH)]).new_ids]
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        assert len(ids) == 2
        pages = [http.get(f"/articles/{i}", params={"lang": "fr"}).text for i in ids]
        assert not any("parue après" in p or "parue avant" in p for p in pages)
        assert any("republication (même source)" in p for p in pages)
        en = [http.get(f"/articles/{i}", params={"lang": "en"}).text for i in ids]
        assert any("republished by its source" in p for p in en)
        assert not any("out later" in p or "out earlier" in p for p in en)
