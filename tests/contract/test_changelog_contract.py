"""The change log's compaction, on every backend (SQLite, and PostgreSQL on the session's
throwaway server): it removes only what every live follower applied, keeps the newest
change and what is younger than the grace, counts what it removed, and a follower not seen
for too long stops holding it (store/changelog.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import test_store_contract as contract

from veille.errors import ChangeLogGap
from veille.index.sync import catch_up
from veille.store.base import Change

backend, root, store = contract.backend, contract.root, contract.store  # the fixtures
article = contract.article

DAY = timedelta(days=1)
NOW_KEEP = timedelta(0)


def _fill(store: Any, n: int, start: int = 0) -> int:
    for i in range(start, start + n):
        store.put_batch([article(i)])
    return int(store.change_seq())


def _compact(store: Any, **kwargs: Any) -> Any:
    return store.compact_log(keep_age=kwargs.pop("keep_age", NOW_KEEP),
                             follower_age=kwargs.pop("follower_age", DAY), **kwargs)


def test_compaction_keeps_what_the_slowest_follower_lacks(store: Any) -> None:
    head = _fill(store, 10)
    before = store.changes(after=0, limit=100)
    store.confirm_follower("index", 7)
    store.confirm_follower("slow", 3)
    done = _compact(store)
    assert (done.removed, done.compacted_seq, done.held_by) == (3, before[2].seq, "slow")
    assert store.changes(after=3, limit=100) == before[3:]  # nothing the follower lacks
    assert store.change_seq() == head and store.compacted_seq() == before[2].seq
    assert store.log_stats() == {"log_rows": 7, "log_oldest_seq": before[3].seq,
                                 "log_compacted_seq": before[2].seq}


def test_the_newest_change_stays_and_seqs_are_never_reused(store: Any) -> None:
    head = _fill(store, 4)
    done = _compact(store)  # no follower at all: everything but the newest goes
    assert (done.removed, done.held_by) == (3, "the newest change")
    assert [c.seq for c in store.changes(after=0)] == [head]
    assert store.change_seq() == head
    later = _fill(store, 1, start=10)
    assert later > head and [c.seq for c in store.changes(after=head)] == [later]


def test_changes_younger_than_the_grace_stay(store: Any) -> None:
    _fill(store, 5)
    done = _compact(store, keep_age=timedelta(hours=1))
    assert (done.removed, done.held_by, store.compacted_seq()) == (0, "keep_age", 0)


def test_a_follower_not_seen_for_too_long_no_longer_holds_the_log(store: Any) -> None:
    head = _fill(store, 6)
    store.confirm_follower("gone", 1)
    store.conn.execute("UPDATE log_followers SET seen_at = ? WHERE name = ?",
                       ("2020-01-01T00:00:00+00:00", "gone"))
    done = _compact(store)
    assert done.expired == ["gone"] and done.compacted_seq == head - 1
    assert len(store.changes(after=0)) == 1


def test_a_follower_behind_the_compacted_log_gets_a_gap(store: Any) -> None:
    _fill(store, 5)
    first = store.changes(after=0)[0].seq

    class View:
        name = "late view"
        seen: list[Change] = []

        def applied_seq(self) -> int:
            return first  # applied the first change only

        def apply(self, changes: Any, _store: Any) -> None:
            self.seen.extend(changes)

    _compact(store)  # the view never registered: it holds nothing
    with pytest.raises(ChangeLogGap) as caught:
        catch_up(store, View())
    assert caught.value.applied == first and caught.value.compacted > first
    assert View.seen == []  # nothing applied past a hole


def test_compaction_in_chunks_and_dry_run(store: Any) -> None:
    head = _fill(store, 9)
    dry = _compact(store, dry_run=True)
    assert dry.removed == 8 and store.log_stats()["log_rows"] == 9
    done = _compact(store, chunk=3)
    assert (done.removed, done.chunks, done.compacted_seq) == (8, 3, head - 1)
    assert store.log_stats()["log_rows"] == 1


def test_followers_register_move_back_and_are_forgotten(store: Any) -> None:
    _fill(store, 3)
    store.confirm_follower("index", 3)
    store.confirm_follower("index", 1)  # a rebuild starts lower: written at once
    assert [(f.name, f.applied_seq) for f in store.followers()] == [("index", 1)]
    assert store.forget_follower("index") and not store.forget_follower("index")
    assert store.followers() == []


def test_stored_seqs_of_a_compacted_article_are_zero(store: Any) -> None:
    """An article whose ``new`` change was compacted was stored before the kept log: 0,
    not the seq of its later change (else a re-enrichment would alert the archive)."""
    _fill(store, 3)
    changed = store.get(article(0).id)
    changed.content.title = "Titre changé"
    assert store.replace_content([changed]) == 1
    _compact(store)
    assert store.stored_seqs([changed.id]) == {changed.id: 0}
