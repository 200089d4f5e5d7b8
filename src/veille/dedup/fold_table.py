"""Steps 2 and 3 of the signature definition as per-code-point tables (no string passes).

:mod:`veille.dedup.signature` folds a text (NFKD, lowercase, ``œ``/``æ`` spelt out,
combining marks removed) and classes its characters (word or not) before hashing. Done
with ``unicodedata.normalize``, ``str.lower`` and a class table, that was a third of the
signature's time (docs/benchmarks.md, *Near duplicates*). Here each code point below
:data:`LIMIT` is folded once, when the first text needs it, into 0 to
:data:`MAX_FOLD` code points, and a text is folded with a few array lookups.

Folding a text character by character gives the same code points as folding it whole
except in two cases, which these tables mark *unsafe* (the caller then folds the text the
plain way):

- ``str.lower`` reads the context of a capital sigma (``Σ`` becomes ``ς`` at the end of a
  word): a character whose decomposition holds one;
- NFKD puts the combining marks after a base character in canonical order: a character
  whose decomposition holds a mark that is not removed afterwards (outside
  :data:`veille.dedup.signature.COMBINING_RANGES`) could move. Marks that are removed may
  move freely: they leave the text either way.

Lone surrogates, code points at or past :data:`LIMIT` (CJK, Hangul, presentation forms,
astral planes) and folds longer than :data:`MAX_FOLD` are unsafe too. French text needs
none of those. ``tests/dedup/test_fold_table.py`` checks every code point below the limit
against the plain fold, and texts mixing them against the definition's reference.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np
import numpy.typing as npt

LIMIT = 0x3000
"""Code points folded by table: Latin, Greek, Cyrillic, the scripts of the Middle East and
India, punctuation, symbols (the last one, ``U+2FFF``, is marked unsafe so that clipped
lookups of larger code points read *unsafe*)."""
MAX_FOLD = 3
"""Longest fold kept (``…`` is ``...``, ``¼`` is ``1⁄4``)."""
PLAIN, RAGGED, UNSAFE = 0, 1, 2
"""A code point's kind: folds to one character, to 0, 2 or 3, or must be folded in context."""
_WORD = re.compile(r"\w")

U8 = npt.NDArray[np.uint8]
U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]


def _removed(ranges: tuple[tuple[int, int], ...], char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in ranges)


@cache
def tables(ranges: tuple[tuple[int, int], ...]) -> tuple[U8, U64, U8, dict[int, tuple[U64, U8]]]:
    """``(kind, first, word, ragged)`` for each code point below :data:`LIMIT`: its kind
    (:data:`PLAIN`, :data:`RAGGED`, :data:`UNSAFE`), its fold when that is one code point
    (``first``, as ``uint64`` for the hashing) and whether that is a ``\\w`` character
    (``word``, 1 or 0), and for a :data:`RAGGED` one its fold and their classes
    (``ragged``). A fold of several characters none of which is a word character is kept
    as its first: words and their adjacency are all the hashing reads (``…`` is ``.``).
    ``ranges`` are the combining marks removed. Built once, about 30 ms."""
    kind = np.full(LIMIT, UNSAFE, np.uint8)
    first = np.zeros(LIMIT, np.uint64)
    word = np.zeros(LIMIT, np.uint8)
    ragged: dict[int, tuple[U64, U8]] = {}
    for code in range(LIMIT - 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        decomposed = unicodedata.normalize("NFKD", chr(code))
        if "\u03a3" in decomposed or any(
                unicodedata.combining(c) and not _removed(ranges, c) for c in decomposed):
            continue
        lowered = decomposed.lower().replace("œ", "oe").replace("æ", "ae")
        fold = [c for c in lowered if not _removed(ranges, c)]
        if len(fold) > MAX_FOLD or any(ord(c) > 0xFFFF or unicodedata.combining(c)
                                       for c in fold):
            continue
        words = [_WORD.fullmatch(c) is not None for c in fold]
        if len(fold) > 1 and not any(words):
            fold, words = fold[:1], words[:1]
        if len(fold) == 1:
            kind[code], first[code], word[code] = PLAIN, ord(fold[0]), words[0]
        else:
            kind[code] = RAGGED
            ragged[code] = (np.array([ord(c) for c in fold], np.uint64),
                            np.array(words, np.uint8))
    return kind, first, word, ragged


_CLASS_BIT = np.uint64(32)
_KIND_SHIFT = 33
_FIRST_BITS = np.uint64(0xFFFFFFFF)
_RAGGED_FROM = RAGGED << _KIND_SHIFT


@cache
def packed(ranges: tuple[tuple[int, int], ...]) -> U64:
    """:func:`tables`' ``first``, ``word`` and ``kind`` in one ``uint64`` per code point:
    the fold's code point in bits 0 to 31 (all are under 2**16), the class in bit 32, the
    kind from bit 33 (so the largest value of a text has its worst kind). One lookup a
    character instead of three: an array gather costs several times a vectorised pass
    (bench/dedup.py's documents, counted with callgrind: the three gathers were a tenth
    of the near-duplicate path's instructions)."""
    kind, first, word, _ = tables(ranges)
    values: U64 = first | (word.astype(np.uint64) << _CLASS_BIT) | \
        (kind.astype(np.uint64) << np.uint64(_KIND_SHIFT))
    return values


def fold_points(points: U32 | U8,
                ranges: tuple[tuple[int, int], ...]) -> tuple[U64, U8] | None:
    """The folded code points of a text's ``points`` and their classes (1 for a ``\\w``
    character, else 0), or ``None`` when the text holds an unsafe code point (fold it the
    plain way)."""
    at = points.astype(np.intp)
    values = packed(ranges).take(at, mode="clip")
    worst = int(values.max()) >> _KIND_SHIFT if len(values) else PLAIN
    if worst == UNSAFE:
        return None
    # Bit 32 is the class; a ragged character's kind bits are above it, and its place is
    # filled with its fold's below.
    classes: U8 = (values >> _CLASS_BIT).astype(np.uint8)
    folded: U64 = values & _FIRST_BITS
    if worst == PLAIN:
        return folded, classes
    # A few characters of the text (``œ``, a combining mark): their folds go in between.
    ragged = tables(ranges)[3]
    parts: list[U64] = []
    part_classes: list[U8] = []
    last = 0
    for i in (values >= _RAGGED_FROM).nonzero()[0].tolist():
        fold, fold_classes = ragged[int(at[i])]
        parts += (folded[last:i], fold)
        part_classes += (classes[last:i], fold_classes)
        last = i + 1
    parts.append(folded[last:])
    part_classes.append(classes[last:])
    return np.concatenate(parts), np.concatenate(part_classes)
