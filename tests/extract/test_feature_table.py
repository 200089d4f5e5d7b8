"""Whole-capture passes give, block for block, what the per-block functions give
(issue #13: each step of the feature table runs once over the capture)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract import capture_head
from veille.extract import textshape as ts
from veille.extract.blocks import split_blocks

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"
_PIECES = st.sampled_from([
    "Le", "conseil", "a", "adopté", "ŒUVRE", "Ærø", "l’été", "« oui »", "“quote”", "ΣΊΣΥΦΟΣ",
    "İstanbul", "ﬁn", "x\u0301", "¨", "\u00a0", "\u2028", " - ", " | ", " / ", " » ", "Site",
    "Title", "東京都", "ß", "ǅ", "\t", "  ",
])


def _blocks() -> list[list[str]]:
    return [split_blocks(path.read_text(encoding="utf-8")).items
            for path in sorted(CAPTURES.glob("*.txt"))]


def test_fold_all_is_fold_of_each_block_of_the_fixture_captures() -> None:
    for blocks in _blocks():
        assert ts.fold_all(blocks) == [ts.fold(b) for b in blocks]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=8))
def test_fold_all_is_fold_of_each(texts: list[str]) -> None:
    assert ts.fold_all(texts) == [ts.fold(t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=8))
def test_fold_all_of_any_text(texts: list[str]) -> None:
    assert ts.fold_all(texts) == [ts.fold(t) for t in texts]


def _split_by_one(blocks: list[str]) -> list[int]:
    return [i for i, b in enumerate(blocks) if capture_head.split_suffix(b) is not None]


def test_suffix_candidates_hold_every_block_with_a_suffix() -> None:
    for blocks in _blocks():
        candidates = set(capture_head._suffix_candidates(blocks))
        assert set(_split_by_one(blocks)) <= candidates


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=8))
def test_suffix_candidates_of_generated_blocks(blocks: list[str]) -> None:
    assert set(_split_by_one(blocks)) <= set(capture_head._suffix_candidates(blocks))
