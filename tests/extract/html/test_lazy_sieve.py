"""Sieve shortcuts of issue 13, each checked against the longer way it replaced: the
pull quotes' word pairs read only for the blocks within reach of a candidate, and a match
sheet's fact line looked for only where minute marks are."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract import match_sheet
from veille.extract.html import pull_quote
from veille.extract.html.pull_quote import (
    PULL_QUOTE_PAIRS,
    PULL_QUOTE_REACH,
    PULL_QUOTE_SHORTER,
    PULL_QUOTE_WORDS,
    _word_pairs,
    without_pull_quotes,
)
from veille.extract.html.walk import Block
from veille.extract.textshape import word_count


def _eager(kept: list[Block]) -> list[Block]:
    """without_pull_quotes as written before: every kept block's pairs read first."""
    low, high = PULL_QUOTE_WORDS
    short = [i for i, b in enumerate(kept) if b.kind in pull_quote._SET_APART
             and low <= word_count(b.text) <= high]
    if not short or len(kept) < 2:
        return kept
    pairs = [_word_pairs(b.text) for b in kept]
    sets = [set(p) for p in pairs]
    repeated = set()
    for i in short:
        need = PULL_QUOTE_PAIRS * len(pairs[i])
        near = range(max(0, i - PULL_QUOTE_REACH), min(len(kept), i + PULL_QUOTE_REACH + 1))
        if need and any(j != i and len(pairs[j]) >= PULL_QUOTE_SHORTER * len(pairs[i])
                        and sum(p in sets[j] for p in pairs[i]) >= need for j in near):
            repeated.add(i)
    return [b for i, b in enumerate(kept) if i not in repeated] if repeated else kept


_SENTENCE = ("« Nous ne céderons rien sur le fond », a déclaré la ministre mardi soir devant "
             "les députés réunis en séance").split()


@st.composite
def _blocks(draw: st.DrawFn) -> list[Block]:
    out = []
    for _ in range(draw(st.integers(0, 30))):
        start = draw(st.integers(0, len(_SENTENCE) - 1))
        end = draw(st.integers(start + 1, len(_SENTENCE)))
        text = " ".join(_SENTENCE[start:end] * draw(st.integers(1, 3)))
        out.append(Block(text, draw(st.sampled_from(["p", "quote", "loose", "li"])), 0, False,
                         True, (1,)))
    return out


@settings(max_examples=300, deadline=None)
@given(_blocks())
def test_pull_quotes_as_the_eager_way(kept: list[Block]) -> None:
    assert [id(b) for b in without_pull_quotes(kept)] == [id(b) for b in _eager(kept)]


_LINES = ["Buts : Nordin (61e, 84e)", "Toulon - Clermont : 24-18", "Cartons : Dupont (12')",
          "Arbitre : M. Martin", "Composition : A, B, C", "Il a marqué à la 90e+2 minute.",
          "Le match a eu lieu samedi.", "Buts : aucun", "Toulon : 2 essais (Dupont 12e, X)",
          "Score final 2-1 après prolongation", "48' Carton jaune pour Durand, 52' but"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_LINES), st.sampled_from(["", " ", ".", " (61e)", ", 3-2"]))
def test_sheet_block_as_before(line: str, tail: str) -> None:
    text = line + tail
    before = match_sheet.score_line(text) or (match_sheet.sheet_line(text)
                                              and bool(match_sheet._MINUTE.search(text)))
    assert match_sheet.sheet_block(text) == before
