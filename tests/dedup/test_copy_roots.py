"""Regression (t-final21 F1/F2, issue 14): a third copy was filed under a copy, and the
story was named after a copy.

An AFP dispatch stamped 10:00, a paper's copy ending "(avec AFP)" stamped 09:58 (rightly the
reprint of AFP: the credit decides, ``dedup/credit_order.py``), and a paywalled one-sentence
excerpt: the excerpt matched both full texts equally and was filed "teaser of" the copy
stamped earliest, the paper's, itself a reprint; the excerpt's page named the reprint
"Article d'origine" under "Publié en premier par AFP", and the AFP page left the excerpt
out. The story took the id of the copy the story stage read first (the 09:58 reprint, or an
excerpt stamped 08:00). Now a copy is filed under the root of what it matched (never under
a copy), whatever the relation, the ingest order or the batching; and a story named after
an article that is (or becomes) a copy in the batch that stores it is named after that
copy's original; a story id once stored is kept (t-final60 #8), the original's id leading
to it. Real SQLite store, real ingest; texts in
``tests/fixtures/copies/ports.json`` (not the tester's)."""

from __future__ import annotations

import itertools

import pytest

from copies_kit import Copies, relation
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

TEXTS = Copies("ports.json")
ingest = TEXTS.ingest

#: The tester's timing: the credited copy two minutes before the dispatch, the excerpt after.
CREDITED_EARLY = {"credited": "2026-11-19T16:28:00+01:00",
                  "dispatch": "2026-11-19T16:30:00+01:00",
                  "teaser": "2026-11-19T18:00:00+01:00"}
#: The variant: the excerpt stamped first of all, the credited copy dated to the day only.
TEASER_EARLY = {"credited": "2026-11-19", "dispatch": "2026-11-19T16:30:00+01:00",
                "teaser": "2026-11-19T14:00:00+01:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(CREDITED_EARLY)))
def test_an_excerpt_is_the_teaser_of_the_original_not_of_its_earlier_reprint(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    ids = ingest(store, CREDITED_EARLY, order, one_batch)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["credited"]) == ("reprint", ids["dispatch"])
    assert relation(store, ids["teaser"]) == ("teaser", ids["dispatch"])
    original = {(link.relation, link.other_id) for link in store.links(ids["dispatch"])}
    assert ("teaser", ids["teaser"]) in original and ("reprint", ids["credited"]) in original
    assert not {link for link in store.links(ids["credited"])
                if link.other_id == ids["teaser"]}


@pytest.mark.parametrize("dated", [CREDITED_EARLY, TEASER_EARLY], ids=["reprint", "teaser"])
@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(CREDITED_EARLY)))
def test_the_story_is_named_after_the_original(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool,
        dated: dict[str, str]) -> None:
    """In one batch (no story id stored yet) the story is named after the original; over
    three ingests the id of the article that opened it stays (t-final60 #8: an id once
    stored is kept), and the original's id leads to the story."""
    ids = ingest(store, dated, order, one_batch)
    [story] = store.stories()
    named = ids["dispatch"] if one_batch else ids[order[0]]
    assert story.story_id == named
    assert {store.get(i).dedup.story_id for i in ids.values()} == {  # type: ignore[union-attr]
        named}
    assert store.story_id_of(ids["dispatch"]) == named


@pytest.mark.parametrize("one_batch", [False, True])
def test_every_copy_kind_goes_to_the_root(store: SQLiteStore, one_batch: bool) -> None:
    """The reprint first, then the excerpt, the paywalled cut copy and the paper's own
    longer copy: each is filed under the dispatch; the paper's second text is its own
    copy again (a ``republication``), linked to its first."""
    dated = {**CREDITED_EARLY, "cut": "2026-11-19T19:00:00+01:00",
             "local": "2026-11-19T20:00:00+01:00"}
    ids = ingest(store, dated, ("credited", "dispatch", "teaser", "cut", "local"), one_batch)
    for name in ("credited", "teaser", "cut", "local"):
        kind, original = relation(store, ids[name])
        if kind == "republication":
            assert name == "local" and original == ids["credited"]
            continue
        assert kind in ("reprint", "teaser") and original == ids["dispatch"], name


def test_a_stored_story_named_after_a_copy_keeps_its_id_and_the_original_leads_to_it(
        store: SQLiteStore) -> None:
    """The copy ingested alone first names the story; the dispatch, ingested later, becomes
    its original: the story keeps the id it was stored with (t-final60 #8, docs/dedup.md:
    the id "stays the id of the article that started it, even when an earlier copy
    arrives later"; before, it took the dispatch's id and the old one answered 308), and
    the dispatch's id resolves to it."""
    first = ingest(store, CREDITED_EARLY, ("credited",), False)["credited"]
    assert store.stories()[0].story_id == first
    ids = {**ingest(store, CREDITED_EARLY, ("dispatch",), False), "credited": first}
    assert relation(store, first) == ("reprint", ids["dispatch"])
    [story] = store.stories()
    assert story.story_id == first
    assert store.story_id_of(first) == first
    assert store.story_id_of(ids["dispatch"]) == first
    assert store.story_id_of("0" * 16) is None
    # a later excerpt joins the story under the same id
    later = ingest_texts(store, [("t.jsonl", TEXTS.record("teaser", CREDITED_EARLY["teaser"]))])
    [teaser] = later.new_ids
    assert store.get(teaser).dedup.story_id == first  # type: ignore[union-attr]
    assert len(store.stories()) == 1
