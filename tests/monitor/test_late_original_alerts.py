"""Alerts when the original of a dispatch is ingested after a copy of it (published first,
seen later: docs/dedup.md). The copy seen first was alerted as the original; the late
original takes its place without alerting a second time, in a search that leaves out
reprints or in a story alert, and the copy (now a reprint, logged as a ``link``) alerts no
more."""

from __future__ import annotations

from pathlib import Path

import veille
from alert_kit import dated_outlet as page
from veille.store.base import SavedSearch


def test_a_late_original_does_not_alert_again_where_reprints_are_left_out(
        tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna"))
        every = v.save_search(SavedSearch(name="tout", query="Etna", collapse=False))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        assert v.store.count_matches(collapsed.id) == 1
        v.ingest_bytes([page("agence.example", 0, 3)])  # published 2 hours before the copy
        [original, copy] = sorted(v.latest(2), key=lambda a: a.source)
        assert original.dedup is not None and copy.dedup is not None
        assert (original.dedup.relation, copy.dedup.duplicate_of) == ("", original.id)
        assert v.store.count_matches(collapsed.id) == 1  # the text was alerted already
        assert v.store.count_matches(every.id) == 2


def test_a_late_original_in_one_chunk_with_its_copy_alerts_once(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna"))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True), page("agence.example", 0, 3)])
        [match] = v.store.matches(collapsed.id)
        assert v.store.get(match.article_id).source == "agence.example"


def test_a_late_original_is_no_new_source_for_a_story_alert(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        one, two = (v.save_search(SavedSearch(name=name, query="", breaking=n,
                                              within_minutes=60, collapse=False))
                    for n, name in ((1, "une source"), (2, "deux sources")))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        assert (v.store.count_matches(one.id), v.store.count_matches(two.id)) == (1, 0)
        v.ingest_bytes([page("agence.example", 0, 3)])  # takes the copy's place: no source
        assert (v.store.count_matches(one.id), v.store.count_matches(two.id)) == (1, 0)
        v.ingest_bytes([page("outlet1.example", 1, 0.5)])  # a second source: both cross
        assert (v.store.count_matches(one.id), v.store.count_matches(two.id)) == (2, 1)
