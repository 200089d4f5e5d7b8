"""On the PostgreSQL store too, the copy published first is the original whatever the
ingest order: its stored copies are relinked to it in the same transaction (docs/dedup.md)."""

from __future__ import annotations

from pathlib import Path

import veille
from alert_kit import dated_outlet
from veille.store.base import SavedSearch


def test_a_late_original_relinks_its_copies_on_postgres(tmp_path: Path, pg_url: str) -> None:
    with veille.open(tmp_path / "data", store_url=pg_url) as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna"))
        v.ingest_bytes([dated_outlet("copie.example", 0, 1, edit=True)])
        seq = v.store.change_seq()
        v.ingest_bytes([dated_outlet("agence.example", 0, 3)])
        by_source = {a.source: a for a in v.latest(5)}
        original, copy = by_source["agence.example"], by_source["copie.example"]
        assert original.dedup is not None and copy.dedup is not None
        assert (original.dedup.relation, original.dedup.duplicate_of) == ("", None)
        assert (copy.dedup.relation, copy.dedup.duplicate_of) == ("reprint", original.id)
        assert {(c.article_id, c.kind) for c in v.store.changes(after=seq)} == {
            (original.id, "new"), (copy.id, "link")}
        [story] = [s for s in v.store.stories() if s.articles == 2]
        assert story.independent == 1
        assert {m.source: m.reprint for m in v.store.story(story.story_id)} == {
            "agence.example": False, "copie.example": True}
        assert v.store.count_matches(collapsed.id) == 1
