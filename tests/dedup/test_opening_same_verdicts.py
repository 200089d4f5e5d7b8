"""``dedup/opening.py``'s ``placement`` runs its diff only for the pairs that can pass
(issue 13, f-speed25: the diff cost 11% of bench/dedup.py's docs/s): the words of the short
text in 3-word runs the window also holds bound what the diff can match, and the words are
split in C when their fold is ASCII. The verdicts must be those of before, word for word:
compared here with the pre-change function (``opening_reference.py``) on the copy fixtures
and on generated texts built to reach every branch (openings with edits, datelines and
cut words, sentences quoted mid-paragraph, paragraphs moved, unrelated texts)."""

from __future__ import annotations

import itertools
import json
from difflib import SequenceMatcher
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import opening_reference as reference
from veille.dedup.opening import _folded_words, _run_words, placement
from veille.extract.textshape import fold

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "copies"


def _same(short: list[str], long: list[str], quoted: bool) -> None:
    new = placement(short, long, quoted)
    old = reference.placement(short, long, quoted)
    assert (new.at, new.covered) == (old.at, old.covered) if new and old else new is old is None


def test_the_copy_fixtures_are_placed_as_before() -> None:
    texts = [text["paragraphs"] for path in sorted(FIXTURES.glob("*.json"))
             for name, text in json.loads(path.read_text("utf-8")).items()
             if not name.startswith("_") and "paragraphs" in text]
    placed = 0
    for a, b in itertools.permutations(texts, 2):
        for quoted in (False, True):
            _same(a, b, quoted)
            placed += placement(a, b, quoted) is not None
    assert placed  # the fixtures hold excerpts: the comparison reads real verdicts


VOCABULARY = (
    "le la les un une de du des à au et en pour par sur dans incendie pompiers mairie "
    "préfecture lundi mardi zone entrepôt enquête parquet salariés nuit feu bâtiment rivière "
    "crue camping maire conseil budget élus travaux chantier route village commune "
    "département Rouen Nice Dupont 2026 12,5 l'école d'un œuvre cœur « » – … ; : , .").split()
WORD = st.sampled_from(VOCABULARY)
PARAGRAPH = st.lists(WORD, min_size=1, max_size=40).map(" ".join)
TEXT = st.lists(PARAGRAPH, min_size=1, max_size=8)


@st.composite
def pairs(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    long = draw(TEXT)
    words = " ".join(long).split()
    shape = draw(st.sampled_from(["opening", "inside", "moved", "other"]))
    if shape == "other":
        return draw(TEXT), long
    if shape == "moved":
        return list(reversed(long)), long
    start = 0 if shape == "opening" else draw(st.integers(0, max(0, len(words) - 1)))
    size = draw(st.integers(0, max(0, len(words) - start)))
    taken = words[start:start + size]
    for _ in range(draw(st.integers(0, 4))):  # edits: replace, delete, insert a word
        if not taken:
            break
        at = draw(st.integers(0, len(taken) - 1))
        edit = draw(st.sampled_from(["replace", "delete", "insert"]))
        if edit == "replace":
            taken[at] = draw(WORD)
        elif edit == "delete":
            del taken[at]
        else:
            taken.insert(at, draw(WORD))
    head = draw(st.sampled_from(["", "PRIVAS (AFP) -", "Par Jean Dupont"]))
    tail = draw(st.sampled_from(["", " indus…", "..."]))
    short = " ".join([head, *taken]).strip() + tail
    paragraphs = [short]
    if draw(st.booleans()) and len(taken) > 10:  # split in two paragraphs
        half = short.split()
        paragraphs = [" ".join(half[:len(half) // 2]), " ".join(half[len(half) // 2:])]
    return paragraphs, long


@settings(max_examples=1500, deadline=None)
@given(pair=pairs(), quoted=st.booleans())
def test_generated_texts_are_placed_as_before(pair: tuple[list[str], list[str]],
                                              quoted: bool) -> None:
    short, long = pair
    _same(short, long, quoted)
    _same(long, short, quoted)


@settings(max_examples=500, deadline=None)
@given(head=st.lists(st.sampled_from("a b c d e".split()), max_size=60),
       window=st.lists(st.sampled_from("a b c d e".split()), max_size=80))
def test_run_words_bound_the_diffs_blocks_of_three(head: list[str], window: list[str]) -> None:
    """Over five words, where runs repeat and overlap: the bound is never under what the
    diff matches in blocks of 3 or more, and never over the words in runs found."""
    blocks = SequenceMatcher(None, head, window, autojunk=False).get_matching_blocks()
    bound = _run_words(head, window)
    assert bound >= sum(b.size for b in blocks if b.size >= 3)
    runs = set(zip(window, window[1:], window[2:], strict=False))
    inside = {i + k for i in range(len(head) - 2) if tuple(head[i:i + 3]) in runs
              for k in range(3)}
    assert bound == len(inside)


@given(text=st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=80))
def test_words_are_the_regular_expressions(text: str) -> None:
    assert _folded_words(text) == reference._WORD.findall(fold(text))
