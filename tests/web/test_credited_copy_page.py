"""Regression (t-reader22 R2 addendum): a site's copy ending "(avec AFP)" showed, on one
page, "Agence AFP" (the credit veille read) and, under "Reprises et extraits", AFP's own
dispatch as its "reprise". A copy dated more than a day before the dispatch it credits stays
the original of what the store holds (``dedup/credit_order.CREDIT_SPAN``); its page now calls
the agency's text "même dépêche AFP, parue après", never its reprint. Real store, real
server; texts in ``tests/fixtures/copies/ports.json``."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille
from copies_kit import Copies, relation
from veille.store.sqlite import SQLiteStore

TEXTS = Copies("ports.json")


def test_a_credited_agency_text_is_never_listed_as_the_crediting_page_s_reprint(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        store = v.store
        assert isinstance(store, SQLiteStore)
        ids = TEXTS.ingest(store, {"credited": "2026-11-17T16:30:00+01:00",
                                   "dispatch": "2026-11-19T16:30:00+01:00"},
                           ("dispatch", "credited"), False)
        assert relation(store, ids["dispatch"]) == ("reprint", ids["credited"])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get(f"/articles/{ids['credited']}", params={"lang": "fr"}).text
        assert '<dt>Origine</dt><dd class="origin dispatch">dépêche AFP</dd>' in page
        assert "même dépêche AFP, parue après" in page
        assert ">reprise<" not in page
        api = client.get(f"/api/v1/articles/{ids['credited']}").json()
        assert [(c["id"], c["copies_this"], c["wire"]) for c in api["copies"]] == [
            (ids["dispatch"], True, "AFP")]
