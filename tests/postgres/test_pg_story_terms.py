"""The persisted story terms (p-warm30, ``veille.store.sqlite_terms``) on PostgreSQL
(``store_url``): an ingest writes them, a writer's warm-up reads every one back and builds
the state a fresh reading builds, a stale row is read afresh and replaced, and a deleted
article's rows go, as on SQLite (tests/dedup/test_stored_terms.py). Fixture: own text
(``tests/fixtures/stories/order-independence.jsonl``)."""

from __future__ import annotations

from pathlib import Path

import veille
from veille.dedup.stored_terms import terms_version
from veille.dedup.stories import Stories, terms
from veille.ingest import StoryFollower, warm_stories

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"


def test_story_terms_kept_and_read_back_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    with veille.open(tmp_path / "data", store_url=pg_url, index_url=pg_url) as v:
        v.ingest(FIXTURE)
        store = v.store

        def rows() -> list[tuple[str, str]]:
            return [(str(a), str(b)) for a, b in store.conn.execute(
                "SELECT article_id, version FROM story_terms").fetchall()]

        stored = {a.id for a in store.latest(limit=100) if a.dedup and a.dedup.story_id}
        assert {a for a, _ in rows()} == stored
        follower = StoryFollower(store, snapshots=False)  # its warm-up
        warmed = follower.current()
        assert follower.terms.misses == 0
        assert follower.terms.stored + follower.terms.hits == len(stored)
        fresh = warm_stories(store, read=terms)  # every article read afresh
        assert warmed.story_of == fresh.story_of
        def held(stories: Stories) -> dict[str, tuple[object, ...]]:
            return {i: (s.centroid, s.counts, s.names, s.kinds, s.places, s.mentions,
                        s.size, s.norm) for i, s in stories.active.items()}

        assert held(warmed) == held(fresh)

        stale = sorted(stored)[0]
        store.conn.execute("UPDATE story_terms SET version = 'older rules' "
                           "WHERE article_id = ?", (stale,))
        again = StoryFollower(store, snapshots=False)
        again.current()
        assert again.terms.stored + again.terms.hits == len(stored) - 1
        assert {v for a, v in rows() if a == stale} == {terms_version()}

        store.delete_articles([stale])
        assert stale not in {a for a, _ in rows()}
