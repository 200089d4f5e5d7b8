"""Regression (issue 14): a wire update with neither URL nor guid, read before its dispatch
or in the same ingest, made the dispatch its "republication" (or made them two articles),
and the story's versions and "first published by" were wrong; only the dispatch read first,
in an earlier ingest, gave a version. The version relation is now decided from the records
(source, publication minute, ``updated``, text), not from their arrival: in every order and
batching the latest-updated text is the current article, the others its earlier versions
in ``updated`` order, and no wire record is a copy of another. Real ingest into a real
SQLite store; the records are ``tests/wire_orders_kit.py``'s."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
from wire_orders_kit import RECORDS, TITLES, ingest_batches

NAMES = tuple(RECORDS)


def check(store: SQLiteStore) -> None:
    """The relations every order and batching must give."""
    articles = list(store.iter_articles())
    wire = [a for a in articles if a.source == "afp.com"]
    assert len(wire) == 1, [a.content.title for a in wire if a.content]
    [afp] = wire
    assert afp.content is not None and afp.content.title == TITLES["update2"]
    assert [v.title for v in store.versions(afp.id)] == [TITLES["dispatch"], TITLES["update1"]]
    assert afp.dedup is not None and not afp.dedup.relation and not afp.dedup.duplicate_of
    relations = {a.source: (a.dedup.relation, a.dedup.duplicate_of)
                 for a in articles if a.dedup is not None}
    assert relations["lindependant.fr"] == ("reprint", afp.id)
    assert relations["msn.com"] == ("teaser", afp.id)
    assert "republication" not in {r for r, _ in relations.values()}
    [story] = store.stories()
    assert (story.first_source, story.independent) == ("afp.com", 1)


ORDERS = [
    pytest.param([["dispatch"], ["update1"], ["update2"]], id="dispatch-first"),
    pytest.param([["update2"], ["update1"], ["dispatch"]], id="updates-first"),
    pytest.param([["update1", "dispatch", "update2"]], id="one-ingest"),
    pytest.param([["update2", "dispatch"], ["update1"]], id="mixed"),
    pytest.param([["reprint", "teaser", "update2", "dispatch", "update1"]], id="copies-first"),
]


@pytest.mark.parametrize("batches", ORDERS)
def test_the_latest_update_is_the_current_version(store: SQLiteStore,
                                                  batches: list[list[str]]) -> None:
    names = {n for batch in batches for n in batch}
    rest = [n for n in NAMES if n not in names]
    ingest_batches(store, [*batches, rest] if rest else batches)
    check(store)


@st.composite
def batchings(draw: st.DrawFn) -> list[list[str]]:
    order = draw(st.permutations(NAMES))
    cuts = draw(st.sets(st.integers(1, len(order) - 1)))
    edges = [0, *sorted(cuts), len(order)]
    return [list(order[a:b]) for a, b in itertools.pairwise(edges)]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=batchings())
def test_any_order_and_batching(tmp_path_factory: pytest.TempPathFactory,
                                batches: list[list[str]]) -> None:
    data = Path(tmp_path_factory.mktemp("store"))
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        ingest_batches(store, batches)
        try:
            check(store)
        except AssertionError as exc:
            raise AssertionError(f"{batches}: {exc}") from exc
    finally:
        store.close()
