"""The article page lists its reprints and excerpts in publication order, as the story's
timeline does (t-reader19 R8: they came in the order of their links, 08:45, 08:05, 08:20,
12:40, then the excerpts). Copies ingested out of order; the API's ``copies`` and the
page's list agree. Real store and HTTP server."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

import httpx
from web_kit import serve

import veille

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "monitor"))
from test_teaser_first import DISPATCH, record  # noqa: E402

#: host -> (paragraphs, hours before now), in the order they are ingested.
COPIES = {
    "quotidien.example": (DISPATCH, 9),
    "trois.example": (DISPATCH[:5] + ["Les élus de Middelburg saluent un plan attendu."], 2),
    "un.example": (DISPATCH[:5] + ["Le maire de Vlissingen demande un calendrier précis."], 7),
    "breves.example": (DISPATCH[:2], 5),
    "quatre.example": (DISPATCH[:5] + ["Les pêcheurs de Yerseke craignent pour les huîtres."], 1),
    "deux.example": (DISPATCH[:5] + ["À Goes, les commerçants attendent les indemnités."], 6),
}


def test_the_copies_are_listed_in_publication_order(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        for host, (paragraphs, hours) in COPIES.items():
            v.ingest_bytes([record(host, paragraphs, hours)])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        hits = http.get("/api/v1/search", params={"q": "digues", "collapse": "false"}
                        ).json()["hits"]
        original = next(h["id"] for h in hits if h["source"] == "quotidien.example")
        copies = http.get(f"/api/v1/articles/{original}").json()["copies"]
        page = http.get(f"/articles/{original}", params={"lang": "fr"}).text
    assert len(copies) >= 4, copies
    times = [datetime.fromisoformat(c["date"]) for c in copies]
    assert times == sorted(times), [c["source"] for c in copies]
    section = page.split('id="copies-title"')[1].split("</section>")[0]
    listed = re.findall(r'href="/articles/([0-9a-f]+)"', section)
    assert listed == [c["id"] for c in copies]
