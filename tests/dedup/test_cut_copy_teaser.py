"""Regression (t-reader21 R4, issue 14): a paywalled one-sentence teaser was called a
"reprint" of the dispatch it cuts, and counted as reprint coverage ("3 sources, dont 2
indépendantes, 1 reprise"), in either ingest order.

The teaser's paywall notice stayed in its text (R9), so the dispatch's first sentence plus
"Cet article est réservé aux abonnés. Il vous reste 85% à découvrir." was just over half the
dispatch: too long for the "at most half as long" teaser bar. Now the notice leaves a
declared text and marks it cut (``extract/paywall_notice.py``), and a text known to be cut
(``content.truncated``) is the teaser of the longer text it is contained in whatever its
length (``dedup/near.py`` ``cut_score``): a paywalled page showing three of the five
paragraphs is an excerpt too, never a reprint. Real SQLite store, real ingest; texts in
``tests/fixtures/copies/ports.json``."""

from __future__ import annotations

import itertools

import pytest

from copies_kit import Copies, relation
from veille.store.sqlite import SQLiteStore

TEXTS = Copies("ports.json")
ingest = TEXTS.ingest


TEASER = {"teaser": "2026-11-19T10:25:00+01:00",
          "short_dispatch": "2026-11-19T10:30:00+01:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(TEASER)))
def test_a_paywalled_opening_of_a_short_dispatch_is_its_teaser(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """The dispatch's first sentence and "Cet article est réservé aux abonnés. Il vous
    reste 70% à découvrir.", against a dispatch of three paragraphs: more than half of it
    with the notice, and still more than half without (t-reader21's case: 39 words with
    the notice against 77)."""
    ids = ingest(store, TEASER, order, one_batch)
    assert relation(store, ids["teaser"]) == ("teaser", ids["short_dispatch"])
    assert relation(store, ids["short_dispatch"]) == ("", None)
    teaser = store.get(ids["teaser"]).content
    assert teaser is not None and teaser.truncated
    [story] = store.stories()
    assert {m.source: m.relation for m in store.story(story.story_id)} == {
        "Le Marin": "teaser", "afp.com": ""}
    assert story.first_source == "afp.com"


CUT = {"cut": "2026-11-19T10:20:00+01:00", "long_dispatch": "2026-11-19T10:30:00+01:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(CUT)))
def test_a_paywalled_copy_longer_than_half_is_a_teaser(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """Three of the dispatch's five paragraphs, then "La suite de cet article est réservée
    à nos abonnés.", stamped ten minutes before it: the cut copy's excerpt, in either
    order, and the dispatch the story's first publication."""
    ids = ingest(store, CUT, order, one_batch)
    assert relation(store, ids["cut"]) == ("teaser", ids["long_dispatch"])
    assert relation(store, ids["long_dispatch"]) == ("", None)
    [story] = store.stories()
    assert story.first_source == "afp.com"
    assert story.independent == 1
