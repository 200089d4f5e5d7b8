"""A journalist's corrections of stories (f-detach28) on PostgreSQL (``store_url``): a
detach is stored, applied by the re-clustering, kept by a later one, and undone, as on
SQLite (tests/dedup/test_story_overrides.py). Fixture: own text
(``tests/fixtures/stories/order-independence.jsonl``, the Rennes verdict story)."""

from __future__ import annotations

from pathlib import Path

import veille
from veille.ingest import recluster_stories

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"
FAMILY = "https://www.bretagne-radio-exemple.fr/proces-thabor-verdict-famille"
VERDICT = "https://www.ouest-exemple.fr/rennes/assises-verdict-meurtre-thabor"


def test_detach_recluster_undo_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    with veille.open(tmp_path / "data", store_url=pg_url, index_url=pg_url) as v:
        v.ingest(FIXTURE)
        ids = {a.url or "": a.id for a in v.store.latest(limit=100)}

        def story(url: str) -> str:
            return v.store.story_of([ids[url]])[ids[url]][0]

        assert story(FAMILY) == story(VERDICT)
        done = v.detach_article(ids[FAMILY])
        assert story(FAMILY) == done.story_id != story(VERDICT)
        recluster_stories(v.store, ids.values())
        assert story(FAMILY) != story(VERDICT)
        v.undo_story_override(str(done.overrides[0].id))
        assert story(FAMILY) == story(VERDICT)
        assert v.story_overrides() == []
