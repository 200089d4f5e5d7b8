"""Signatures and the candidate index: estimates, round trips, the time window, properties."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.candidates import CandidateIndex
from veille.dedup.near import find_matches, judge
from veille.dedup.signature import VERSION, K, Shingler, Signature, compare

WORDS = ("gouvernement ministre réforme budget assemblée sénat vote loi président accord "
         "grève syndicat manifestation police enquête tribunal procès juge hôpital école "
         "élection campagne candidat sondage entreprise emploi chômage inflation banque "
         "marché export pétrole énergie climat tempête inondation sécheresse récolte").split()


def text(seed: int, paragraphs: int = 5, words: int = 40) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(words)) + "." for _ in range(paragraphs)]


def test_signature_round_trips_through_bytes() -> None:
    sig = Shingler().signature(text(1))
    back = Signature.from_bytes(sig.to_bytes())
    assert back.size == sig.size and list(back.sketch) == list(sig.sketch)
    assert list(back.lead) == list(sig.lead) and len(sig.sketch) == K
    assert len(sig.to_bytes()) <= 6 + 4 * 64 and sig.version == VERSION


def test_same_words_in_other_case_accents_and_chrome_match() -> None:
    shingler = Shingler()
    body = text(2)
    copy = ["Partager", *[p.upper() for p in body], "Lire aussi"]
    assert compare(shingler.signature(body), shingler.signature(copy)).resemblance == 1.0


def test_a_lead_teaser_is_contained_and_judged_a_teaser() -> None:
    shingler = Shingler()
    full, teaser = shingler.signature(text(3, 8)), shingler.signature(text(3, 1))
    sim = compare(teaser, full)
    assert sim.lead_containment == 1.0
    verdict = judge(teaser, full, sim)
    assert verdict is not None and verdict.relation == "teaser"


def test_the_index_finds_copies_and_forgets_what_the_store_did_not_keep() -> None:
    shingler = Shingler()
    index = CandidateIndex(window_minutes=60)
    index.add("0000000000000001", "a", 0, shingler.signature(text(4)))
    index.add("0000000000000002", "b", 0, shingler.signature(text(5)))
    index.commit({"0000000000000001"})
    copy = shingler.signature(text(4)[1:])
    assert [c.id for c, _ in find_matches(copy, index.candidates(copy, 10))] == \
        ["0000000000000001"]
    assert index.candidates(shingler.signature(text(5)), 10) == []
    assert index.candidates(copy, 10_000) == []  # outside the window


def test_the_index_expires_old_postings_and_chunks() -> None:
    shingler = Shingler()
    index = CandidateIndex(window_minutes=10)
    sigs = [shingler.signature(text(100 + n, 2, 30)) for n in range(300)]
    for n, sig in enumerate(sigs):
        index.add(f"{n:016x}", "s", n * 5, sig)
    index.commit({f"{n:016x}" for n in range(300)})
    assert [c.id for c in index.candidates(sigs[-1], 299 * 5)][:1] == [f"{299:016x}"]
    assert index.candidates(sigs[0], 299 * 5) == []


def _copy_found(seed: int, dropped: int, rate: float) -> bool:
    """Whether a copy of an 8-paragraph text keeping its first paragraph and the last
    ``8 - 1 - dropped``, with each word replaced at ``rate``, is found as a copy of it."""
    rng = random.Random(seed)
    body = text(seed, 8)
    copy = [p for i, p in enumerate(body) if i == 0 or i > dropped]
    copy = [" ".join(w if rng.random() > rate else rng.choice(WORDS) for w in p.split())
            for p in copy]
    shingler = Shingler()
    index = CandidateIndex()
    index.add("00000000000000aa", "a", 0, shingler.signature(body))
    sig = shingler.signature(copy)
    return [c.id for c, _ in find_matches(sig, index.candidates(sig, 0))] == \
        ["00000000000000aa"]


# What the 48-sample sketch guarantees (docs/dedup.md, *Near duplicates*, r-stories35):
# a cut copy with no word edited is always found (its samples below the longer text's rate
# are all in it: containment 1, resemblance from the sizes half or more); a copy keeping
# more than half of the text with up to one word in twenty edited was never missed in
# 20,000 draws; a copy of exactly half with one word in twenty edited is missed about once
# in 4,000 (5 in 20,000: its containment is read on ~24 samples, a tail of the binomial),
# once in 400 before the resemblance was read from the sizes. The first two are
# properties; the last a fixed set of draws, so CI never fails at random.
@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 4))
def test_a_cut_copy_is_found(seed: int, dropped: int) -> None:
    assert _copy_found(seed, dropped, 0.0)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 3), st.floats(0.0, 0.05))
def test_a_lightly_edited_copy_is_found(seed: int, dropped: int, rate: float) -> None:
    assert _copy_found(seed, dropped, rate)


def test_a_lightly_edited_half_copy_is_missed_rarely() -> None:
    # 1,000 fixed draws of a half copy with one word in twenty edited: none missed since
    # the resemblance is read from the sizes (2 of these 1,000, seeds 557 and 945, were
    # missed before).
    missed = [seed for seed in range(1000) if not _copy_found(seed, 4, 0.05)]
    assert len(missed) <= 1, missed


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_unrelated_texts_on_one_vocabulary_stay_apart(seed: int) -> None:
    shingler = Shingler()
    a, b = shingler.signature(text(seed)), shingler.signature(text(seed + 1))
    assert judge(b, a, compare(b, a)) is None


def test_stories_keep_events_a_month_apart_even_out_of_order() -> None:
    from veille.dedup.stories import Stories, terms

    stories = Stories()
    text = ["Ingrid Betancourt libérée par l'armée colombienne avec quatorze otages des Farc."]
    day = 1440
    first = stories.assign("a", terms("Betancourt libérée", text), 40 * day)
    assert stories.assign("b", terms("Betancourt libre", text), 41 * day) == first
    assert stories.assign("c", terms("Betancourt libérée", text), 5 * day) != first


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), max_size=300))
def test_distinct_is_numpy_unique(values: list[int]) -> None:
    import numpy as np

    from veille.dedup.signature import distinct

    array = np.array(values, np.uint32)
    assert distinct(array).tolist() == np.unique(array).tolist()
