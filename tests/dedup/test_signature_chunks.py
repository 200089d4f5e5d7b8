"""A long text is signed piece by piece with bounded memory, and to the same hashes.

Issue 13: signing a 4 MB HTML page's body held a dozen 8-byte arrays the size of the text
at once (~40 bytes a character, 180 MB for the bench's 4 MB page). Long texts are now
folded :data:`~veille.dedup.signature._PIECE` characters at a time and hashed
:data:`~veille.dedup.signature._CHUNK` stream positions at a time; these tests shrink both
bounds to a few characters so that every chunk boundary case is met on short texts.
"""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from veille.dedup import signature as sig
from veille.dedup.signature import Shingler

#: Characters that fold apart (œ, ligatures, fractions), combining marks, separators,
#: astral and CJK characters, final sigma, punctuation and digits.
PIECES = st.sampled_from([*"ab é\x00œ,.-’Σσ½ﬁ", "\u0301", "日", "\U0001F600", "x1", "  "])


@contextmanager
def bounds(piece: int, chunk: int) -> Iterator[None]:
    saved = sig._PIECE, sig._CHUNK
    sig._PIECE, sig._CHUNK = piece, chunk
    try:
        yield
    finally:
        sig._PIECE, sig._CHUNK = saved


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=160).map("".join), st.integers(1, 40), st.integers(1, 40))
@example("un deux trois quatre", 3, 2)
@example("a\x00b c\x00\x00d e f", 1, 1)
def test_chunked_hashes_are_the_whole_texts(text: str, piece: int, chunk: int) -> None:
    whole = sig._shingles(text)
    with bounds(piece, chunk):
        got = sig._shingles(text)
    assert np.array_equal(whole[0], got[0])
    assert np.array_equal(whole[1], got[1])
    assert whole[2] == got[2]


def test_long_signature_is_unchanged_by_chunking() -> None:
    rnd = random.Random(13)
    words = "le conseil municipal a adopté un plan œuvre État ½ ﬁn the council".split()
    paragraphs = [" ".join(rnd.choice(words) for _ in range(rnd.randint(5, 40)))
                  for _ in range(300)]
    whole = Shingler().signature(paragraphs)
    with bounds(997, 641):
        got = Shingler().signature(paragraphs)
    assert whole.to_bytes() == got.to_bytes()


def test_signing_a_long_text_takes_a_few_bytes_a_character() -> None:
    """Peak traced memory of signing 2 MB of French prose, against its size: the whole-text
    numpy pipeline peaked at ~40 bytes a character; the chunked one stays under 12."""
    rnd = random.Random(4)
    words = "le conseil municipal de Rennes a adopté lundi un plan été écoles".split()
    paragraphs = [" ".join(rnd.choice(words) for _ in range(60)) for _ in range(5_000)]
    chars = sum(len(p) + 1 for p in paragraphs)
    assert chars > 1_500_000
    Shingler().signature(paragraphs[:10])
    tracemalloc.start()
    try:
        Shingler().signature(paragraphs)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / chars < 12, f"{peak / chars:.1f} bytes a character"


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])
