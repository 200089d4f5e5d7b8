"""``dedup/opening.py``'s ``placement`` as f-copies24 and q-copies24 wrote it (integ
0e3ef840), kept verbatim as the reference its faster form must agree with (issue 13,
f-speed25): the diff for every pair that passes the opening's necessary test, the words
found by the regular expression. Test code only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from veille.dedup.opening import COMPARED, COVERED, EXTENDS, HALF, MIN_WORDS, SLACK
from veille.dedup.signature import MIN_PARAGRAPH_WORDS, SHINGLE
from veille.extract.textshape import fold

_WORD = re.compile(r"\w+")
_CUT = ("…", "...")
_WORD_CHARS = 16


@dataclass(frozen=True, slots=True)
class Placement:
    at: str
    covered: float


@dataclass(frozen=True, slots=True)
class _Words:
    words: list[str]
    starts: frozenset[int]


def _words(paragraphs: Sequence[str], cut: bool, limit: int | None = None) -> _Words:
    kept = [p for p in paragraphs if p.count(" ") + 1 >= MIN_PARAGRAPH_WORDS] or \
        list(paragraphs)
    words: list[str] = []
    starts = set()
    for paragraph in kept:
        if limit is not None:
            if len(words) >= limit:
                break
            paragraph = paragraph[:(limit - len(words)) * _WORD_CHARS]
        starts.add(len(words))
        words += _WORD.findall(fold(paragraph))
    if cut and kept and kept[-1].rstrip().endswith(_CUT) and words:
        words.pop()
    return _Words(words, frozenset(starts))


def _grams(words: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def placement(short: Sequence[str], long: Sequence[str],
              quoted: bool = True) -> Placement | None:
    s = _words(short, cut=True).words
    if len(s) < MIN_WORDS:
        return None
    head = s[:COMPARED]
    size = len(head) + len(head) // 4 + SLACK
    w = _words(long, cut=False,
               limit=None if quoted else max(size, len(s)) + EXTENDS)
    if len(w.words) < len(s) + EXTENDS:
        return None
    near = set(_grams(w.words[:SLACK + SHINGLE])).intersection(_grams(s[:SLACK + SHINGLE]))
    if not near and not quoted:
        return None
    blocks = [b for b in SequenceMatcher(None, head, w.words[:size],
                                         autojunk=False).get_matching_blocks()
              if b.size >= SHINGLE]
    matched = sum(b.size for b in blocks)
    covered = matched / len(head)
    ends = blocks[-1].b + blocks[-1].size + len(s) - len(head) if blocks else 0
    if near and blocks and matched >= MIN_WORDS and covered >= COVERED and \
            blocks[0].a <= SLACK and blocks[0].b <= SLACK and \
            len(w.words) - ends >= EXTENDS:
        return Placement("opening", covered)
    if not quoted or covered >= HALF:
        return None
    grams = _grams(s)
    found = {g: i for i, g in reversed(list(enumerate(_grams(w.words))))}
    if not grams or sum(g in found for g in grams) < COVERED * len(grams):
        return None
    first = next((found[g] for g in grams[:SHINGLE] if g in found), None)
    if first is None or first <= SLACK or first in w.starts:
        return None
    return Placement("inside", covered)
