"""t-final36 A6: one saved search, one answer. ``veille saved show`` said 4 articles match
(the query run now, as docs/monitoring.md says: "A saved search matches exactly what search
finds") while ``/saved/{id}``, ``GET /api/v1/saved-searches/{id}`` and the saved feeds
listed only the article matched after the search was saved. Every adapter now reads
:func:`veille.monitor.saved_view.current_matches`. Real uvicorn server on 127.0.0.1, real
SQLite store and index."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx
import pytest

import veille
from capture_kit import json_record
from veille.cli.main import main
from veille.store.base import SavedSearch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402


def test_every_adapter_gives_the_matches_saved_show_gives(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    before = [json.dumps(json_record(i, title=f"Grève des éboueurs, épisode {i}"),
                         ensure_ascii=False) for i in range(3)]
    after = [json.dumps(json_record(10, title="Grève des éboueurs, épisode final"),
                        ensure_ascii=False)]
    with veille.open(data) as v:
        v.ingest_bytes([("before.jsonl", "\n".join(before).encode())])
        saved = v.save_search(SavedSearch(name="Grèves", query="éboueurs", collapse=False))
        v.ingest_bytes([("after.jsonl", "\n".join(after).encode())])
    assert main(["--data-dir", str(data), "saved", "show", "Grèves", "--json",
                 "--keep-new"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["total"] == 4
    cli_ids = {m["id"] for m in shown["matches"]}
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as http:
        api = http.get(f"/api/v1/saved-searches/{saved.id}").json()
        assert api["total"] == 4
        assert {m["article"]["id"] for m in api["matches"]} == cli_ids
        feed = http.get(f"/feeds/saved/{saved.id}.json").json()
        assert len(feed["items"]) == 4
        atom = http.get(f"/feeds/saved/{saved.id}.atom").text
        assert atom.count("<entry") == 4
        page = http.get(f"/saved/{saved.id}", headers={"Accept-Language": "fr"}).text
        assert "4 articles trouvés en tout" in page
