"""The candidate index answers the same whether a document's postings are still in its
buffer (searched by one vectorised lookup) or already flushed into a sorted run (issue #13:
the per-key dictionary the buffer kept cost more than the queries it served)."""

from __future__ import annotations

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
