"""The fingerprint reads each paragraph's folded words, the extractor's when it has just
found them (veille.extract.words_memo, issue #13): the same digest as folding the body
joined whole, whatever the text."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.fingerprint import content_fingerprint
from veille.extract import words_memo
from veille.extract.text_capture import extract_text_capture
from veille.extract.textshape import fold, words

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"

# Letters with accents, capital sigmas (whose lower case reads its context), combining
# marks kept and removed, ligatures, typographic quotes, case-ignorable punctuation,
# compatibility forms (NBSP, ½, ﬁ), digits and spaces.
ALPHABET = st.sampled_from(list("aAéÉΣσςΟΔ\u0301\u0327\u0334\u05b0œŒæ’«»“.'·:-_ \u00a0½ﬁİı9")
                           + ["\n", "\t", "Σ.", "ΟΔΟΣ", "e\u0301"])
TEXTS = st.lists(ALPHABET, max_size=30).map("".join)


def _whole(title: str, paragraphs: list[str]) -> str:
    """The definition: the body joined by spaces, folded whole, its words hashed."""
    basis = " ".join(words(fold(" ".join(paragraphs)))) or " ".join(words(fold(title)))
    return hashlib.blake2b(basis.encode("utf-8"), digest_size=16).hexdigest()


@settings(max_examples=400, deadline=None)
@given(title=TEXTS, paragraphs=st.lists(TEXTS, max_size=5), remembered=st.booleans())
def test_paragraph_by_paragraph_is_the_whole_body(title: str, paragraphs: list[str],
                                                  remembered: bool) -> None:
    words_memo.clear()
    if remembered:
        for paragraph in paragraphs:
            words_memo.remember(paragraph, words(fold(paragraph)))
    assert content_fingerprint(title, paragraphs) == _whole(title, paragraphs)


def test_the_extractors_words_give_the_same_fingerprint() -> None:
    captures = sorted(FIXTURES.glob("*.txt"))
    assert captures
    for path in captures:
        words_memo.clear()
        result = extract_text_capture(path.read_text(encoding="utf-8"))
        assert all(words_memo.get(p) is not None for p in result.paragraphs)
        title = result.title or ""
        assert content_fingerprint(title, result.paragraphs) == \
            _whole(title, result.paragraphs), path.name


def test_the_memo_is_bounded() -> None:
    words_memo.clear()
    for n in range(words_memo.MAX_ENTRIES + 10):
        words_memo.remember(f"paragraphe {n}", ("paragraphe", str(n)))
    assert words_memo.get("paragraphe 0") is None
    assert words_memo.get(f"paragraphe {words_memo.MAX_ENTRIES + 9}") is not None
    words_memo.clear()
    big = "x" * (words_memo.MAX_CHARS // 2 + 1)
    words_memo.remember(big, ("x",))
    words_memo.remember(big + "y", ("x",))
    assert words_memo.get(big) is None and words_memo.get(big + "y") == ("x",)


def test_a_long_body_is_hashed_without_a_list_of_its_words() -> None:
    """Issue 13: joining every word of a 2 MB body before hashing held ~12 bytes a
    character (a string object and a pointer a word); paragraph by paragraph, only one
    paragraph's words are alive at once. Paragraphs over the word cache's length bound
    (``CACHE_MAX_CHARS``), so the cache holds none of them."""
    import random
    import tracemalloc

    rnd = random.Random(4)
    vocabulary = "le conseil municipal de Rennes a adopté lundi un plan été écoles".split()
    paragraphs = [" ".join(rnd.choice(vocabulary) for _ in range(100)) for _ in range(3_000)]
    chars = sum(len(p) + 1 for p in paragraphs)
    assert min(map(len, paragraphs)) > 400
    words_memo.clear()
    content_fingerprint("", paragraphs[:3])
    tracemalloc.start()
    try:
        content_fingerprint("", paragraphs)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / chars < 1, f"{peak / chars:.1f} bytes a character"
