"""A saved search's page and API give the total of its matched articles and page through
all of them by cursor (newuser16c N12: 60 matches, "60 nouveaux", 50 shown and no way to
the 10 others). Real uvicorn server on 127.0.0.1, real SQLite store and index."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import httpx

import veille
from capture_kit import json_record
from veille.store.base import SavedSearch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402


def test_a_saved_search_pages_through_all_its_matches_with_their_total(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        saved = v.save_search(SavedSearch(name="Z60", query="zorglubix", collapse=False))
        lines = [json.dumps(json_record(i, title=f"Zorglubix {i} : une affaire de plus "
                                                   f"numéro {i}"), ensure_ascii=False)
                 for i in range(60)]
        v.ingest_bytes([("z60.jsonl", "\n".join(lines).encode())])
        assert v.store.count_matches(saved.id) == 60
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=30) as http:
        first = http.get(f"/api/v1/saved-searches/{saved.id}").json()
        assert (first["total"], len(first["matches"]), first["prev_cursor"]) == (60, 50, None)
        second = http.get(f"/api/v1/saved-searches/{saved.id}",
                          params={"cursor": first["next_cursor"]}).json()
        assert (second["total"], len(second["matches"]), second["next_cursor"]) == (60, 10,
                                                                                   None)
        ids = [m["article"]["id"] for m in first["matches"] + second["matches"]]
        assert len(set(ids)) == 60
        page = http.get(f"/saved/{saved.id}", headers={"Accept-Language": "fr"}).text
        assert "60 articles trouvés en tout ; 50 sur cette page" in page
        found = re.search(r'href="([^"]+)" rel="next"', page)
        assert found
        rest = http.get(html.unescape(found.group(1)), headers={"Accept-Language": "fr"}).text
        assert "60 articles trouvés en tout ; 10 sur cette page" in rest
        assert 'rel="prev"' in rest and 'rel="next"' not in rest
