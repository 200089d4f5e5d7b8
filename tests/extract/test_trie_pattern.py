"""A trie-factored pattern matches exactly the strings of the flat alternation it replaces
(issue #13: the furniture-term gate of the block shape)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract import textshape as ts
from veille.extract.trie_pattern import trie_pattern

_ALPHABET = st.sampled_from(list("abc .|()*?\\é"))
_WORDS = st.lists(st.text(_ALPHABET, min_size=1, max_size=6), min_size=1, max_size=12)


def _flat(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(_ALPHABET, max_size=40))
def test_same_language_as_the_alternation(words: list[str], text: str) -> None:
    trie = re.compile(trie_pattern(words))
    flat = re.compile(f"(?:{_flat(words)})")
    assert bool(trie.fullmatch(text)) == bool(flat.fullmatch(text))
    assert bool(trie.search(text)) == bool(flat.search(text))
    # followed by a lookahead, as in the furniture gate: backtracking into shorter strings
    trie_end = re.compile(f"(?:{trie_pattern(words)})(?= |$)")
    flat_end = re.compile(f"(?:{_flat(words)})(?= |$)")
    assert bool(trie_end.search(text)) == bool(flat_end.search(text))


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_each_string_matches_whole(words: list[str]) -> None:
    trie = re.compile(trie_pattern(words))
    for word in words:
        assert trie.fullmatch(word)


def test_empty_is_refused() -> None:
    with pytest.raises(ValueError):
        trie_pattern(["", ""])


_OLD_GATE = re.compile(
    "(?:^| )(?:" + "|".join(map(re.escape, sorted(ts._FURNITURE_STEMS, key=len, reverse=True)))
    + "|(?:" + "|".join(map(re.escape, sorted(
        ts._FURNITURE_WORDS | {" ".join(p) for p in ts._FURNITURE_PHRASES}, key=len,
        reverse=True))) + ")(?= |$))")
_GATE_PIECES = st.sampled_from([
    "cookie", "cookies", "share", "shares", "sharex", "comment", "commentaire", "comments",
    "sign in", "sign", "in", "lire aussi", "lire", "à lire", "a lire", "mot de passe",
    "related", "relatedx", "télécharger", "abonnez", "x", "le", "article", "cet article",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_GATE_PIECES, max_size=10).map(" ".join))
def test_furniture_gate_unchanged(lowered: str) -> None:
    assert bool(ts._HIT_GATE.search(lowered)) == bool(_OLD_GATE.search(lowered))
