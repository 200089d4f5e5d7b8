"""A story alert's next crossing never reuses the outbox key of one whose article has left
the story (t-final56 A2).

Crossings are numbered per (alert, story) and keyed ``{alert}/story/{story}/x{n}/{channel}``.
The number was read from the articles *now* in the story: once the article that crossed
it was moved to another story (re-clustering, ``veille stories detach``), the story's next
crossing took number 1 again, the key of the crossing already sent, and was dropped as
delivered. Real store, real receiver on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import outlet, webhook_server
from veille.store.base import SavedSearch


def test_next_crossing_after_its_article_moved_is_sent(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        alert = v.save_search(SavedSearch(name="Etna", query="", breaking=2,
                                          within_minutes=600, webhook=url))
        v.ingest_bytes([outlet(0)])
        v.ingest_bytes([outlet(1)])  # two independent sources: the story breaks
        assert v.deliver_alerts().sent == 1
        story = json.loads(hooks.posts[0][1])["story"]["id"]
        crossed = json.loads(hooks.posts[0][1])["article"]["id"]
        v.detach_article(crossed)  # the crossing's article leaves the story
        assert v.store.last_crossing(alert.id, story)[0] == 1
        v.ingest_bytes([outlet(2)])
        v.ingest_bytes([outlet(3)])  # two new sources in the story again: a crossing
        assert v.deliver_alerts().sent == 1
    keys = [json.loads(body)["key"] for _, body in hooks.posts]
    assert keys == [f"{alert.id}/story/{story}/x1/webhook",
                    f"{alert.id}/story/{story}/x2/webhook"]
