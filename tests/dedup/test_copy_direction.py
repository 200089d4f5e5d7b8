"""Regression (t-reader20 R1, issue 14): which of two copies is the original comes from
their texts first, the times second.

A paywall teaser (the dispatch's first paragraph and "Lire la suite … réservée aux
abonnés") stamped 08:30, before its 09:00 dispatch, made the dispatch a "reprint" of the
teaser: the story counted "2 independent, 1 reprint, 0 teasers", took the teaser's headline
and said "first published by" the teaser's outlet. The stage's ``full`` verdict (a new text
containing a stored teaser) asked more than its ``teaser`` verdict, so the pair was a
teaser one way and a reprint the other. And a dispatch dated to the day only ("24
November") became a reprint of its own cut copy timed 10:30 (the day read as ending after
10:30). Now a text contained in a longer one is its teaser whatever the times, a day-only
date and a time of its day are in no known order, and then the text that contains the
other is the original. Real SQLite store, real ingest; texts in
``tests/fixtures/copies/commissariats.json``."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copies_kit import Copies, relation
from veille.dedup.near import judge
from veille.dedup.signature import Shingler, compare
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

TEXTS = Copies("commissariats.json")
record = TEXTS.record


def ingest(store: SQLiteStore, dated: dict[str, str], order: tuple[str, ...],
           one_batch: bool) -> dict[str, str]:
    if one_batch:
        ids = ingest_texts(store, [("all.jsonl", b"".join(
            record(name, dated[name]) for name in order))]).new_ids
        by_source = {TEXTS[name]["source"]: name for name in dated}
        return {by_source[store.get(i).source]: i for i in ids}
    found = {}
    for name in order:
        [found[name]] = ingest_texts(store, [(f"{name}.jsonl", record(
            name, dated[name]))]).new_ids
    return found


TEASER_FIRST = {"teaser": "2026-11-24T08:30:00+01:00", "dispatch": "2026-11-24T09:00:00+01:00",
                "own": "2026-11-24T12:00:00+01:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(TEASER_FIRST)))
def test_a_teaser_stamped_before_its_dispatch_is_its_teaser(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    ids = ingest(store, TEASER_FIRST, order, one_batch)
    assert relation(store, ids["teaser"]) == ("teaser", ids["dispatch"])
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["own"]) == ("", None)
    [story] = store.stories()
    assert story.independent == 2
    # the story is titled by its newest own article (h-api64), never by the teaser, and
    # says it was first published as the dispatch
    assert story.title == TEXTS["own"]["title"]
    assert story.first_title == TEXTS["dispatch"]["title"]
    assert story.first_source == TEXTS["dispatch"]["source"]
    assert {m.source: m.relation for m in store.story(story.story_id)} == {
        "lyonmag-test.fr": "teaser", "afp-test.fr": "", "lemonde-test.fr": ""}
    [link] = [lk for lk in store.links(ids["dispatch"]) if lk.other_id == ids["teaser"]]
    assert (link.relation, link.direction) == ("teaser", "by")


DAY_ONLY = {"dispatch": "2026-11-24", "cut": "2026-11-24T10:30:00+01:00",
            "own": "2026-11-24T12:00:00+01:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(DAY_ONLY)))
def test_a_day_only_dispatch_is_not_a_reprint_of_its_cut_copy(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """Nothing says the dispatch dated "24 November" came out after 10:30, and its text
    contains the copy's: it is the original, whichever was read first."""
    ids = ingest(store, DAY_ONLY, order, one_batch)
    assert store.get(ids["dispatch"]).content.published_precision == "day"  # type: ignore
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["cut"]) == ("reprint", ids["dispatch"])
    [story] = store.stories()
    assert story.independent == 2
    assert {m.source: m.reprint for m in store.story(story.story_id)} == {
        "afp-test.fr": False, "leprogres-test.fr": True, "lemonde-test.fr": False}


def test_a_cut_copy_timed_before_a_longer_one_is_still_ordered_by_time(
        store: SQLiteStore) -> None:
    """The times decide when they tell: a copy surely published first is the original even
    when the later one is longer (an outlet adding a paragraph of its own to the dispatch
    it runs is no original of it)."""
    ids = ingest(store, {"cut": "2026-11-24T08:00:00+01:00",
                         "dispatch": "2026-11-24T11:00:00+01:00"}, ("dispatch", "cut"), False)
    assert relation(store, ids["cut"]) == ("", None)
    assert relation(store, ids["dispatch"]) == ("reprint", ids["cut"])


SENTENCES = [p for name in ("dispatch", "own") for p in TEXTS[name]["paragraphs"]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8),
       st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8))
def test_the_teaser_verdict_is_the_same_whichever_text_comes_second(
        a: list[str], b: list[str]) -> None:
    """``judge`` never calls a pair ``teaser`` one way and ``reprint`` the other: the
    content decides which one is the teaser, not which one was read first; a ``full``
    verdict is a ``teaser`` one the other way round."""
    shingler = Shingler()
    first, second = shingler.signature(a), shingler.signature(b)
    one = judge(first, second, compare(first, second))
    other = judge(second, first, compare(second, first))
    relations = {one.relation if one else None, other.relation if other else None}
    assert relations != {"teaser", "reprint"}
    assert relations != {"full", "reprint"}
    if "full" in relations:
        assert relations == {"full", "teaser"}
