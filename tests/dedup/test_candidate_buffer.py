"""The candidate index answers the same whether a document's postings are still in its
buffer (searched by one vectorised lookup) or already flushed into a sorted run (issue #13:
the per-key dictionary the buffer kept cost more than the queries it served)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.candidates import CandidateIndex
from veille.dedup.signature import Shingler

WORDS = [f"mot{n}" for n in range(40)]
shingler = Shingler()


def _text(picks: list[int]) -> list[str]:
    return [" ".join(WORDS[p % len(WORDS)] for p in picks)]


def _answers(index: CandidateIndex, queries: list[list[str]]) -> list[list[tuple[str, int,
                                                                              frozenset[int]]]]:
    found = []
    for n, body in enumerate(queries):
        signature = shingler.signature(body)
        found.append([(c.id, c.hits, c.common)
                      for c in index.candidates(signature, n, source="s")])
    return found


@settings(max_examples=60, deadline=None)
@given(docs=st.lists(st.lists(st.integers(0, 200), min_size=3, max_size=60),
                     min_size=1, max_size=25),
       sources=st.lists(st.sampled_from(["s", "t"]), min_size=25, max_size=25))
def test_buffered_postings_answer_as_flushed_ones(docs: list[list[int]],
                                                  sources: list[str]) -> None:
    buffered, flushed = CandidateIndex(), CandidateIndex()
    for n, picks in enumerate(docs):
        signature = shingler.signature(_text(picks))
        for index in (buffered, flushed):
            index.add(f"{n:016x}", sources[n], n, signature)
    flushed._flush()  # every posting in a sorted run
    assert buffered._buffered > 0 or len(docs) == 0
    queries = [_text(picks) for picks in docs]
    assert _answers(buffered, queries) == _answers(flushed, queries)


def test_a_buffered_copy_is_found() -> None:
    index = CandidateIndex()
    body = ["Le conseil municipal a voté mardi soir le budget de la ville pour l'année."]
    index.add("00000000000000aa", "a", 0, shingler.signature(body))
    assert index._buffered > 0
    found = index.candidates(shingler.signature(body), 0)
    assert [c.id for c in found] == ["00000000000000aa"]


KEYS = [0, 1, 2, 3, 7, 0x7FFFFFFF, 0xFFFFFFFE, 0xFFFFFFFF]


@settings(max_examples=80, deadline=None)
@given(docs=st.lists(st.lists(st.sampled_from(KEYS), min_size=1, max_size=8, unique=True),
                     min_size=1, max_size=40),
       flushes=st.sets(st.integers(0, 39)))
def test_runs_find_each_keys_postings_at_the_edges_of_the_hash_range(
        docs: list[list[int]], flushes: set[int]) -> None:
    """Keys 0 and 2**32 - 1, postings of one document and of several (the same keys in up
    to 40 documents, under ``MAX_POSTING``), split over several runs: each run finds where
    a key's postings start and searches again only for the keys it holds (f-speed25), and
    answers as the buffer does."""
    from veille.dedup.signature import Signature

    def signature(keys: list[int]) -> Signature:
        values = np.array(sorted(keys), np.uint32)
        return Signature(sketch=values, lead=values[:2], size=len(keys))

    buffered, flushed = CandidateIndex(), CandidateIndex()
    for n, keys in enumerate(docs):
        for index in (buffered, flushed):
            index.add(f"{n:016x}", "s" if n % 3 else "t", n, signature(keys))
        if n in flushes:
            flushed._flush()
    flushed._flush()
    for n, keys in enumerate(docs):
        for source in ("s", "u"):
            assert [(c.id, c.hits, c.common) for c in
                    buffered.candidates(signature(keys), n, source=source)] == \
                [(c.id, c.hits, c.common) for c in
                 flushed.candidates(signature(keys), n, source=source)]
