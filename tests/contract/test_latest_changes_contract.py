"""What changed in the latest list since a change log position (newuser10 S18), on every
backend (SQLite, and PostgreSQL on the session's throwaway server): a new version and a
re-extraction come back as the article now is, a deletion as its id, each article once
and by its last change, nothing past the position read first, and ``reload`` when
compaction removed changes after the position or it is ahead of the log."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import test_store_contract as contract

from veille.web.queries import ChangesSince, changes_since

backend, root, store = contract.backend, contract.root, contract.store  # the fixtures
article = contract.article


def test_versions_reextractions_and_deletions_since_a_position(store: Any) -> None:
    first = article(1, url="https://ex.org/a", data=b"one", fingerprint="f1")
    store.put_batch([first, article(2), article(3)])
    start = store.change_seq()
    assert changes_since(store, start, start).changed == []
    store.put_batch([article(1, url="https://ex.org/a", data=b"two", fingerprint="f2",
                             title="Titre changé")])
    store.put_batch([article(4)])  # new: not a changed row
    third = store.get(article(3).id)
    third.content.paragraphs = ["Réextrait."]
    assert store.replace_content([third]) == 1
    assert store.delete_articles([article(2).id]) == 1
    head = store.change_seq()
    since = changes_since(store, start, head)
    assert [(a.id, a.title) for a in since.changed] == [
        (first.id, "Titre changé"), (article(3).id, "Titre 3")]
    assert since.deleted == [article(2).id] and since.reload is False
    # only up to the position read first: a later change waits for the next poll
    assert [a.id for a in changes_since(store, start, head - 2).changed] == [first.id]
    assert changes_since(store, head, head) == ChangesSince()  # nothing since
    assert changes_since(store, head + 1, head).reload is True  # ahead of the log


def test_a_position_compacted_away_says_reload(store: Any) -> None:
    store.put_batch([article(1), article(2)])
    start = store.change_seq()
    store.put_batch([article(3)])
    store.put_batch([article(4)])
    store.compact_log(keep_age=timedelta(0), follower_age=timedelta(days=1))
    assert store.compacted_seq() > start
    assert changes_since(store, start, store.change_seq()).reload is True
    head = store.change_seq()
    assert changes_since(store, head, head).reload is False
