"""Regression (issue 14): an aggregator's excerpt of a short article's lead, with no paywall
notice, stored *before* the article, was no copy of it; stored after it, it was its teaser.

Yahoo's or MSN's copy of a regional paper's first sentence (19 to 24 shingles) against the
paper's article of 106: read second, the excerpt was the article's ``teaser`` (most of its
samples are the article's); read first, the article matched it not at all
(``near.judge``'s ``full`` rules ask 24 samples, a teaser of at most 120 shingles against a
longer text, or a resemblance of 0.22), so both stayed originals, the story counted the
aggregator as independent coverage and, the excerpt stamped first, named it the first
publication. The other way round, a sentence quoted inside a longer article on another
subject made the excerpt read after it that article's "teaser".

Now where the short text's words sit in the long one decides, the same whichever came first
(``dedup/opening.py`` ``placement``, ``near.place_excerpts``): the opening is an excerpt,
a quotation inside a paragraph is none. Every arrival order, one file at a time, all at
once, and (property test) any split into batches. Real SQLite store, real ingest; invented
texts in ``tests/fixtures/copies/excerpts.json``.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copies_kit import Copies, relation
from veille.record import article_id
from veille.store.sqlite import SQLiteStore

TEXTS = Copies("excerpts.json")
ingest = TEXTS.ingest

EARLY = {"full": "2026-09-15T07:30:00+02:00", "excerpt_cut": "2026-09-15T07:10:00+02:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(EARLY)))
def test_an_excerpt_cut_with_an_ellipsis_is_the_teaser_in_either_order(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """The known fault: MSN's first 19 words of the lead, ending "indus…", stamped 20
    minutes before the article (an aggregator's clock, or the lead published first)."""
    ids = ingest(store, EARLY, order, one_batch)
    assert relation(store, ids["full"]) == ("", None)
    assert relation(store, ids["excerpt_cut"]) == ("teaser", ids["full"])
    [story] = store.stories()
    # one file at a time, the story keeps the id it was stored with (t-final60 #8)
    named = ids["full"] if one_batch else ids[order[0]]
    assert (story.story_id, story.independent) == (named, 1)
    assert story.first_source == "ouest-france.fr"


TWO = {"full": "2026-09-15T07:30:00+02:00", "excerpt": "2026-09-15T07:40:00+02:00",
       "excerpt_cut": "2026-09-15T07:10:00+02:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(TWO)))
def test_two_aggregators_excerpting_one_lead_are_both_its_teasers(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """Yahoo's whole first sentence (with its "Lire la suite sur Ouest-France" line) and
    MSN's cut one: each other's near copies, both the article's teasers."""
    ids = ingest(store, TWO, order, one_batch)
    assert relation(store, ids["full"]) == ("", None)
    assert relation(store, ids["excerpt"]) == ("teaser", ids["full"])
    assert relation(store, ids["excerpt_cut"]) == ("teaser", ids["full"])
    [story] = store.stories()
    assert (story.independent, story.first_source) == (1, "ouest-france.fr")


UPDATED = {"full": "2026-09-15T07:30:00+02:00", "full_v2": "2026-09-15T07:30:00+02:00",
           "excerpt_v2": "2026-09-15T09:05:00+02:00"}


@pytest.mark.parametrize("order", [o for o in itertools.permutations(UPDATED)
                                   if o.index("full") < o.index("full_v2")])
def test_an_excerpt_of_the_updated_version_in_any_place(
        store: SQLiteStore, order: tuple[str, ...]) -> None:
    """MSN's excerpt of the updated lead ("deux entrepôts"), read before both versions,
    between them, or after both: the teaser of the article (one id for both versions)."""
    for name in order:
        ingest(store, {name: UPDATED[name]}, (name,), False)
    full, excerpt = (article_id(url=TEXTS[name]["url"], raw_id="")
                     for name in ("full", "excerpt_v2"))
    assert relation(store, full) == ("", None)
    assert relation(store, excerpt) == ("teaser", full)
    content = store.get(full).content
    assert content is not None and content.title.startswith("Saint-Nazaire : deux entrepôts")


QUOTED = {"full": "2026-09-15T07:30:00+02:00", "excerpt": "2026-09-15T07:40:00+02:00",
          "quoting": "2026-09-18T11:00:00+02:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(QUOTED)))
def test_an_article_quoting_the_lead_is_no_copy(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """Le Télégramme's article on the industrial zone quotes the lead sentence in its third
    paragraph: no copy of the article, and the excerpt is not its teaser."""
    ids = ingest(store, QUOTED, order, one_batch)
    assert relation(store, ids["quoting"]) == ("", None)
    assert relation(store, ids["full"]) == ("", None)
    assert relation(store, ids["excerpt"]) == ("teaser", ids["full"])
    assert ids["quoting"] not in {link.other_id for link in store.links(ids["excerpt"])}


@pytest.mark.parametrize("order", list(itertools.permutations(("excerpt", "quoting"))))
def test_without_the_article_the_excerpt_is_no_teaser_of_the_quotation(
        store: SQLiteStore, order: tuple[str, ...]) -> None:
    ids = ingest(store, QUOTED, order, False)
    assert relation(store, ids["excerpt"]) == ("", None)
    assert relation(store, ids["quoting"]) == ("", None)


EVERY = {"full": "2026-09-15T07:30:00+02:00", "excerpt": "2026-09-15T07:40:00+02:00",
         "excerpt_cut": "2026-09-15T07:10:00+02:00", "quoting": "2026-09-18T11:00:00+02:00"}
EXPECTED = {"full": ("", None), "quoting": ("", None), "excerpt": ("teaser", "full"),
            "excerpt_cut": ("teaser", "full")}


@st.composite
def arrivals(draw: st.DrawFn) -> list[list[str]]:
    """An order of the four texts cut into one to four batches."""
    order = draw(st.permutations(list(EVERY)))
    cuts = draw(st.sets(st.integers(1, len(order) - 1), max_size=3))
    bounds = [0, *sorted(cuts), len(order)]
    return [order[a:b] for a, b in itertools.pairwise(bounds)]


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(batches=arrivals())
def test_every_arrival_order_and_batching_gives_the_same_relations(
        batches: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "store.db")
        try:
            ids = TEXTS.ingest_batches(store, EVERY, batches)
            got = {name: relation(store, i) for name, i in ids.items()}
            assert got == {name: (rel, ids[of] if of else None)
                           for name, (rel, of) in EXPECTED.items()}
            [story] = [s for s in store.stories() if ids["full"] in
                       {m.article_id for m in store.story(s.story_id)}]
            assert story.first_source == "ouest-france.fr"
        finally:
            store.close()
