"""A story alert counts one outlet's editions as one new source, as the story counts its
sources (t-final30 F3: one grouping rule at every door; docs/dedup.md, *Sources and
editions*): two regional sites of one network joining a story are one new source, not
two, so "3 new independent sources" waits for a third outlet. Real store, real webhook
receiver on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import veille
from alert_kit import outlet, webhook_server
from veille.store.base import SavedSearch


def test_two_editions_of_one_network_are_one_new_source(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="Ça monte", query="", breaking=3, webhook=url))
        v.ingest_bytes([outlet(0)])
        v.ingest_bytes([outlet(1, source="bretagne.reseau.example")])
        v.ingest_bytes([outlet(2, source="paysdelaloire.reseau.example")])
        story = v.latest(1)[0].dedup
        assert story is not None and story.story_id
        assert v.store.story_sources([story.story_id]) == {story.story_id: 2}
        assert v.deliver_alerts().sent == 0  # 2 outlets, 3 sites
        v.ingest_bytes([outlet(3)])  # the third outlet: it breaks
        assert v.deliver_alerts().sent == 1
    assert len(hooks.posts) == 1
