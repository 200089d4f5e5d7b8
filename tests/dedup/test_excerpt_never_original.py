"""Regression (t-final22 F1, F2, F3, F6, issue 14): an excerpt became the original of the
dispatch it was cut from, and what veille said depended on the batching.

- **F1**: an agency dispatch at 10:05, a paper's paywalled one-paragraph teaser of it at
  09:30 and the same teaser on an aggregator at 09:31: the aggregator's copy matched the
  first teaser (the same words) better than the dispatch and was filed its "reprint", then,
  stamped before the dispatch, displaced it: the dispatch was "[reprint] of 1.00" the
  aggregator's excerpt, the story "first published by MSN". With a paper's copy that adds an
  intro of its own (and its teaser of that intro), the dispatch was the "reprint of 0.00" of
  an excerpt it shares nothing with. Read the other way, the dispatch after a teaser of 32
  shingles matched it not at all (``near.judge``'s ``full`` rules asked more than its
  ``teaser`` rule).
- **F2**: the paper's copy and its teaser of its own intro in one batch after the dispatch:
  the teaser stayed an original, "with its own article", and the story "first published by
  Le Parisien" at the teaser's time.
- **F3**: a paywalled teaser of the dispatch's *updated* text was a "reprint 0.94" of the
  first teaser.
- **F6**: the agency's dispatch signed in its dateline ("PRIVAS (AFP) - …") was the
  "reprint" of a regional site's uncredited copy stamped 25 minutes earlier.

Now an article displaces as original only texts it is a copy of (``store/dedup_sql.py``
``take_original``: not through a third text), a text much shorter than its match and
contained in it, or cut by a paywall and contained in it, is its excerpt whatever the times
(never its original, and a full text is never the "reprint" of an excerpt: ``take_teasers``,
``adopt_excerpts``), a text read after a paywalled teaser it contains is its full text
(``NearDuplicateStage._cut_teasers``), and an agency's signed
dispatch is the original of an outlet's uncredited copy within a day
(``dedup/credit_order.py`` rule 1b). Every ingest order, one file at a time or all at once,
and an ingest of the same files again. Real SQLite store, real ingest; invented texts in
``tests/fixtures/copies/ardeche.json`` (not the tester's; the tester's are in-sample).
"""

from __future__ import annotations

import itertools

import pytest

from copies_kit import Copies, relation
from veille.store.base import copy_counts
from veille.store.sqlite import SQLiteStore

TEXTS = Copies("ardeche.json")
ingest = TEXTS.ingest

AGGREGATED = {"dispatch": "2026-08-01T10:05:00+02:00",
              "teaser": "2026-08-01T09:30:00+02:00",
              "teaser_aggregated": "2026-08-01T09:31:00+02:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(AGGREGATED)))
def test_an_aggregated_teaser_is_an_excerpt_not_the_original(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    ids = ingest(store, AGGREGATED, order, one_batch)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["teaser"]) == ("teaser", ids["dispatch"])
    assert relation(store, ids["teaser_aggregated"]) == ("teaser", ids["dispatch"])
    [story] = store.stories()
    # one file at a time, the story keeps the id it was stored with (t-final60 #8)
    named = ids["dispatch"] if one_batch else ids[order[0]]
    assert (story.story_id, story.first_source, story.independent) == (named, "afp.com", 1)
    assert story.first.isoformat().startswith("2026-08-01T10:05")


PAPER = {"dispatch": "2026-08-01T09:55:00+02:00",
         "paper_copy": "2026-08-01T06:50:00+02:00",
         "paper_teaser": "2026-08-01T06:45:00+02:00",
         "paper_teaser_aggregated": "2026-08-01T06:45:00+02:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(PAPER)))
def test_a_teaser_of_a_papers_own_intro_never_displaces_the_dispatch(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """The paper's copy credits AFP; its teaser (its own intro, not in the dispatch) and the
    aggregator's copy of that teaser are excerpts of the paper's copy, filed under the
    dispatch (a copy is never filed under a copy)."""
    ids = ingest(store, PAPER, order, one_batch)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["paper_copy"]) == ("reprint", ids["dispatch"])
    for name in ("paper_teaser", "paper_teaser_aggregated"):
        assert relation(store, ids[name]) == ("teaser", ids["dispatch"])
    [story] = store.stories()
    assert (story.first_source, story.independent) == ("afp.com", 1)
    for link in store.links(ids["dispatch"]):
        if link.relation == "reprint" and link.direction == "of":
            raise AssertionError(f"the dispatch is a reprint of {link.other_id}")


def test_a_papers_copy_and_its_teaser_in_one_batch_after_the_dispatch(
        store: SQLiteStore) -> None:
    """F2: the dispatch first, then the paper's copy and its teaser in one input."""
    ids = ingest(store, PAPER, ("dispatch",), False)
    ids |= ingest(store, PAPER, ("paper_copy", "paper_teaser"), True)
    assert relation(store, ids["paper_teaser"]) == ("teaser", ids["dispatch"])
    # the teaser is named with the text it is an excerpt of (the paper's copy) first
    teaser = store.get(ids["paper_teaser"]).dedup
    assert teaser is not None and teaser.near_duplicates[0] == ids["paper_copy"]
    assert teaser.similarity > 0.5
    [story] = store.stories()
    assert (story.sources, story.independent, story.first_source) == (2, 1, "afp.com")


def test_a_teaser_of_the_updated_dispatch_is_an_excerpt(store: SQLiteStore) -> None:
    """F3: the dispatch, an uncredited copy and a teaser of its first version; then the
    dispatch updated at its URL (a new toll), then another paper's paywalled teaser of the
    updated text: an excerpt of the dispatch, not a "reprint" of the first teaser."""
    ids = ingest(store, {"dispatch": "2026-08-01T10:05:00+02:00",
                         "uncredited": "2026-08-01T10:20:00+02:00",
                         "teaser": "2026-08-01T10:30:00+02:00"},
                 ("dispatch", "uncredited", "teaser"), False)
    ingest(store, {"dispatch_v2": "2026-08-01T10:05:00+02:00"}, ("dispatch_v2",), False)
    ids |= ingest(store, {"teaser_v2": "2026-08-01T13:40:00+02:00"}, ("teaser_v2",), False)
    assert relation(store, ids["teaser_v2"]) == ("teaser", ids["dispatch"])
    # h-copies66 added the count of copies whose outlet is unknown (none here: every
    # article of this test has its source)
    assert copy_counts(store.story(ids["dispatch"])) == {
        "reprint": 1, "teaser": 2, "republication": 0, "unattributed": 0}


SIGNED = {"dispatch": "2026-08-01T10:05:00+02:00", "uncredited": "2026-08-01T09:40:00+02:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(SIGNED)))
def test_the_agencys_signed_dispatch_is_the_original_of_an_uncredited_copy(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """F6: the dispatch's dateline "PRIVAS (AFP) -" signs it; the regional site's copy
    25 minutes earlier credits no one."""
    ids = ingest(store, SIGNED, order, one_batch)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["uncredited"]) == ("reprint", ids["dispatch"])
    [story] = store.stories()
    assert story.first_source == "afp.com"


def test_past_a_day_an_uncredited_copy_stays_first(store: SQLiteStore) -> None:
    """The dateline reaches as far as a credit (``CREDIT_SPAN``), no further."""
    ids = ingest(store, {"dispatch": "2026-08-03T10:05:00+02:00",
                         "uncredited": "2026-08-01T09:40:00+02:00"},
                 ("uncredited", "dispatch"), False)
    assert relation(store, ids["uncredited"]) == ("", None)
    assert relation(store, ids["dispatch"]) == ("reprint", ids["uncredited"])


ALL = {**PAPER, "teaser": "2026-08-01T09:30:00+02:00",
       "teaser_aggregated": "2026-08-01T09:31:00+02:00",
       "uncredited": "2026-08-01T09:40:00+02:00"}


@pytest.mark.parametrize("reverse", [False, True])
def test_ingesting_the_same_files_again_changes_nothing(
        store: SQLiteStore, reverse: bool) -> None:
    order = tuple(reversed(ALL)) if reverse else tuple(ALL)
    ids = ingest(store, ALL, order, False)
    before = {name: relation(store, i) for name, i in ids.items()}
    ingest(store, ALL, order, True)
    assert {name: relation(store, i) for name, i in ids.items()} == before
    assert before["dispatch"] == ("", None)
    assert {r for name, r in before.items() if name != "dispatch"} == {
        ("reprint", ids["dispatch"]), ("teaser", ids["dispatch"])}
    [story] = store.stories()
    assert (story.first_source, story.independent) == ("afp.com", 1)


EVERY = {"paper_teaser": "2026-08-01T06:45:00+02:00",
         "paper_teaser_aggregated": "2026-08-01T06:46:00+02:00",
         "paper_copy": "2026-08-01T06:50:00+02:00",
         "teaser": "2026-08-01T09:30:00+02:00",
         "teaser_aggregated": "2026-08-01T09:31:00+02:00",
         "uncredited": "2026-08-01T09:40:00+02:00",
         "dispatch": "2026-08-01T10:05:00+02:00"}
ORDERS = [tuple(EVERY), tuple(reversed(EVERY)),
          ("paper_teaser", "paper_teaser_aggregated", "teaser", "teaser_aggregated",
           "uncredited", "paper_copy", "dispatch"),
          ("teaser_aggregated", "dispatch", "paper_teaser_aggregated", "uncredited",
           "paper_copy", "teaser", "paper_teaser")]


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", ORDERS)
def test_every_copy_at_once_in_any_order(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """All seven texts, in publication order, reversed, and two orders that once went
    wrong: the aggregator's "reprint" of the paper's teaser, relinked to the paper's copy
    as a "reprint" when that copy displaced the teaser's original."""
    ids = ingest(store, EVERY, order, one_batch)
    relations = {name: relation(store, i) for name, i in ids.items()}
    assert relations.pop("dispatch") == ("", None)
    assert relations == {
        **{name: ("teaser", ids["dispatch"]) for name in (
            "paper_teaser", "paper_teaser_aggregated", "teaser", "teaser_aggregated")},
        "uncredited": ("reprint", ids["dispatch"]), "paper_copy": ("reprint", ids["dispatch"])}
    [story] = store.stories()
    assert (story.first_source, story.independent) == ("afp.com", 1)
