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


def test_excerpts_and_a_signed_dispatch_on_postgres(tmp_path: Path, pg_url: str) -> None:
    """t-final22 F1, F2, F6 on PostgreSQL (the cut flag, the dateline and the excerpts are
    read through its JSON paths): the aggregator's teaser and the paper's teaser of its own
    intro, stamped first, are teasers of the dispatch; the dispatch signed "PRIVAS (AFP) -"
    is the original of the uncredited copy stamped earlier."""
    from copies_kit import Copies
    texts = Copies("ardeche.json")
    dated = {"paper_teaser": "2026-08-01T06:45:00+02:00",
             "paper_teaser_aggregated": "2026-08-01T06:46:00+02:00",
             "teaser": "2026-08-01T09:30:00+02:00",
             "teaser_aggregated": "2026-08-01T09:31:00+02:00",
             "uncredited": "2026-08-01T09:40:00+02:00",
             "paper_copy": "2026-08-01T06:50:00+02:00",
             "dispatch": "2026-08-01T10:05:00+02:00"}
    with veille.open(tmp_path / "data", store_url=pg_url) as v:
        for name, when in dated.items():
            v.ingest_bytes([(f"{name}.jsonl", texts.record(name, when))])
        by_url = {str(a.url): a for a in v.latest(20)}
        ids = {name: by_url[texts[name]["url"]].id for name in dated}
        relations = {name: (by_url[texts[name]["url"]].dedup.relation,  # type: ignore[union-attr]
                            by_url[texts[name]["url"]].dedup.duplicate_of)  # type: ignore[union-attr]
                     for name in dated}
    assert relations.pop("dispatch") == ("", None)
    assert relations == {
        **{name: ("teaser", ids["dispatch"]) for name in (
            "paper_teaser", "paper_teaser_aggregated", "teaser", "teaser_aggregated")},
        "uncredited": ("reprint", ids["dispatch"]), "paper_copy": ("reprint", ids["dispatch"])}
