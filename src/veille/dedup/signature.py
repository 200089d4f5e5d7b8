"""Compact text signatures for near-duplicate detection: consistent bottom-k samples.

A document is cut into word 3-grams (shingles) of its folded words, each hashed to 32 bits.
Its signature keeps the ``K`` smallest distinct hashes of the whole body (``sketch``) and
the ``L`` smallest of its lead (the shingles of its lead paragraphs, at most
``LEAD_WORDS``: step 6, ``lead``), plus the
number of distinct shingles. Why bottom-k rather than k-permutation MinHash: a bottom-k
sample is *consistent*, so restricting two samples to the hashes below the smaller of their
two thresholds gives two uniform samples of the same rate, from which both the resemblance
(Jaccard) and the *containment* of one text in the other can be estimated. Containment is
what recognises a teaser or a copy with paragraphs cut; resemblance alone cannot. And a
bottom-k sample costs one sort, not ``k`` hash permutations (datasketch's cost).

With ``K = 48`` and ``L = 16`` a signature is at most 262 bytes.

**The definition (signature version 3).** Every stored signature depends on it, so any
change to it needs a new :data:`VERSION` (see :mod:`veille.dedup.resign`):

1. the text is the body's paragraphs of at least ``MIN_PARAGRAPH_WORDS`` words (all of
   them when none is that long), joined by spaces;
2. folded: NFKD, lowercased, ``œ`` → ``oe`` and ``æ`` → ``ae``, combining marks
   (:data:`COMBINING_RANGES`) removed;
3. its words are the maximal runs of ``\\w`` characters (Python's ``re``: letters, digits,
   numerals and ``_``);
4. the words' characters, in order, make one stream of code points, where the first
   character of each word gets :data:`WORD_START` added (so word boundaries count);
5. a shingle (the 3 words from word ``i``, or a single word when the text has fewer than 3)
   covering stream positions ``a..b-1`` hashes to
   ``h = sum(stream[j] * P**(j - a) for j in a..b-1) mod 2**64``, then
   ``h ^= h >> 31; h *= MIX1; h ^= h >> 29; h *= MIX2`` (mod 2**64), and keeps its top 32
   bits;
6. the lead is the shingles that start in the text's first paragraphs (of step 1), taken
   from the first until they hold at least :data:`LEAD_MIN_WORDS` words (step 3's words),
   and at most the first ``LEAD_WORDS`` shingles. Version 2 took the first ``LEAD_WORDS`` shingles
   whatever the paragraphs: when a dispatch's news is one sentence of 30 words, the lead
   sample then held the agency's background paragraphs that follow it, and two dispatches
   on different events sharing that background had a third of their leads in common
   (newuser4 N20). The lead paragraph is where a news text puts its news (the inverted
   pyramid); 20 words is about one sentence, so a one-line dateline or standfirst
   paragraph does not make the lead alone.

The polynomial is computed for all shingles at once with numpy: the prefix sums of
``stream[j] * P**j`` give every window's sum, and multiplying by ``P**-a`` (``P`` is odd,
so invertible mod 2**64) moves it to position 0. No Python code runs per word, which is
what made version 1 (a BLAKE2b hash per distinct word, cached in a dict) slow
(docs/benchmarks.md, issue 13). ``tests/dedup/test_signature.py`` checks this code
against a plain reference implementation of the definition on arbitrary Unicode text.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from veille.collector import built_once
from veille.dedup.fold_table import fold_points

VERSION = 3
"""The signature definition above; stored in every signature's first byte. Version 3
(newuser4 N20's short dispatches) changed only the lead (step 6)."""
K = 48
L = 16
LEAD_WORDS = 60
LEAD_MIN_WORDS = 20
"""Words the lead paragraphs hold at least (step 6): about one sentence."""
SHINGLE = 3
MIN_PARAGRAPH_WORDS = 8
COMBINING_RANGES = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                    (0xFE20, 0xFE2F))
"""Combining marks removed after NFKD (the accents of ``veille.extract.textshape.fold``)."""
WORD_START = 1 << 32
P = 0xD6E8FEB86659FD93
MIX1, MIX2 = 0xBF58476D1CE4E5B9, 0x94D049BB133111EB
_WORD = re.compile(r"\w+")
_MIX1, _MIX2 = np.uint64(MIX1), np.uint64(MIX2)
_START = np.uint64(WORD_START)
_S29, _S31, _S32 = np.uint64(29), np.uint64(31), np.uint64(32)
_BLOCK = 1 << 16

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class Signature:
    """The bottom-k samples of a text's shingles, and how many distinct shingles it has.

    ``version`` is the definition the hashes follow (:data:`VERSION`); signatures of two
    versions cannot be compared.
    """

    sketch: U32
    lead: U32
    size: int
    version: int = VERSION

    def to_bytes(self) -> bytes:
        """``version`` (1 byte), ``size`` (4), the sketch length (1), both samples (4 each),
        little-endian. Version 1 had no version byte: its length is 1 modulo 4, this
        layout's is 2."""
        head = bytes([self.version]) + int(self.size).to_bytes(4, "little") + \
            len(self.sketch).to_bytes(1, "little")
        return head + self.sketch.astype("<u4").tobytes() + self.lead.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        """Read :meth:`to_bytes`, or a version 1 signature (``version`` says which)."""
        version = 1 if len(data) % 4 == 1 else data[0]
        body = data if version == 1 else data[1:]
        size = int.from_bytes(body[:4], "little")
        n = body[4]
        values = np.frombuffer(body[5:], dtype="<u4").astype(np.uint32)
        return cls(sketch=values[:n], lead=values[n:], size=size, version=version)


def distinct(values: U32) -> U32:
    """Sorted distinct values: ``np.unique`` without its per-call overhead (3x faster here)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), np.bool_)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    result: U32 = ordered[keep]
    return result


def _classes() -> npt.NDArray[np.uint8]:
    """Per BMP code point: 1 for a ``\\w`` character, 2 for a combining mark, 0 otherwise."""
    table = np.zeros(0x10000, np.uint8)
    every = "".join(map(chr, range(0x10000)))
    for match in _WORD.finditer(every):
        table[match.start():match.end()] = 1
    for lo, hi in COMBINING_RANGES:
        table[lo:hi + 1] = 2
    return table


_CLASS = _classes()


@cache
def _astral_class(code: int) -> int:
    """:data:`_CLASS` past the BMP (no combining range reaches there)."""
    return 1 if _WORD.fullmatch(chr(code)) else 0


def _powers(base: int, n: int, step: int = 1) -> U64:
    """``base ** (step * j) mod 2**64`` for ``j`` in ``0..n-1``."""
    out = np.ones(n, np.uint64)
    out[1:] = np.cumprod(np.full(n - 1, pow(base, step, 2**64), np.uint64))
    return out


_PPOW = _powers(P, _BLOCK)
_QPOW = _powers(pow(P, -1, 2**64), _BLOCK)


@built_once
def _high_powers() -> tuple[U64, U64]:
    """``P ** (65536 j)`` and its inverse, for streams longer than 65,536 characters."""
    return _powers(P, _BLOCK, _BLOCK), _powers(pow(P, -1, 2**64), _BLOCK, _BLOCK)


def _power(table: U64, high: U64, at: npt.NDArray[np.intp]) -> U64:
    """``table``'s base to the power ``at``, for any ``at`` under 2**32."""
    result: U64 = table.take(at & (_BLOCK - 1)) * high.take(at >> 16)
    return result


def counted(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs that count (step 1 of the definition).

    Paragraphs under ``MIN_PARAGRAPH_WORDS`` words are left out when the rest has text:
    they are where outlets differ (share buttons, "Lire aussi", bylines, datelines on their
    own line), not where a dispatch is.
    """
    long = [p for p in paragraphs if p.count(" ") + 1 >= MIN_PARAGRAPH_WORDS]
    return long or list(paragraphs)


def body_text(paragraphs: Sequence[str]) -> str:
    """The paragraphs that count, joined (step 1 of the definition)."""
    return " ".join(counted(paragraphs))


def lead_shingles(kept: Sequence[str]) -> int:
    """How many of the text's first shingles are its lead (step 6): those starting in its
    first paragraphs ``kept`` (step 1's: :func:`counted`), up to the one that brings them
    to :data:`LEAD_MIN_WORDS` words, at most ``LEAD_WORDS`` (a shingle starts at each
    word). Reads only those paragraphs."""
    words = 0
    for paragraph in kept:
        words += word_count(paragraph)
        if words >= LEAD_MIN_WORDS:
            break
    return min(LEAD_WORDS, words)


_MARKS = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in COMBINING_RANGES) + "]")


def word_count(text: str) -> int:
    """The words of ``text`` as step 3 finds them (after step 2's folding), with Python's
    ``re`` (the word-class table is its ``\\w``): one short lead paragraph costs less
    this way than through numpy."""
    folded = _folded(text)
    if not folded.isascii():
        folded = _MARKS.sub("", folded)
    return len(_WORD.findall(folded))


def _folded(text: str) -> str:
    """Step 2 without the combining marks (numpy removes those)."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text).lower()
    if "œ" in text:
        text = text.replace("œ", "oe")
    if "æ" in text:
        text = text.replace("æ", "ae")
    return text


def _table_points(text: str) -> tuple[U64, npt.NDArray[np.uint8]] | None:
    """:func:`_code_points` of the folded ``text`` read from ``text`` itself through the
    per-code-point fold tables (:mod:`veille.dedup.fold_table`), ``None`` when ``text``
    holds a code point that must be folded in context."""
    if text.isascii():
        points: npt.NDArray[np.uint8] | npt.NDArray[np.uint32] = \
            np.frombuffer(text.encode("ascii"), np.uint8)
    else:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    return fold_points(points, COMBINING_RANGES)


def _code_points(text: str) -> tuple[npt.NDArray[np.uint32] | npt.NDArray[np.uint8],
                                      npt.NDArray[np.uint8]]:
    """The folded text's code points without combining marks, and their classes."""
    if text.isascii():
        ascii_points = np.frombuffer(text.encode("ascii"), np.uint8)
        return ascii_points, _CLASS.take(ascii_points)
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    if len(points) and int(points.max()) > 0xFFFF:
        classes = _CLASS.take(np.minimum(points, 0xFFFF))
        astral = (points > 0xFFFF).nonzero()[0]
        classes[astral] = [_astral_class(c) for c in points[astral].tolist()]
    else:
        classes = _CLASS.take(points)
    keep = classes != 2
    return points[keep], classes[keep]


def shingle_hashes(text: str) -> U32:
    """32-bit hashes of the folded text's word 3-grams, in text order (steps 2 to 5);
    single words when it has fewer than 3."""
    return _shingles(text)[0]


def _shingles(text: str) -> tuple[U32, npt.NDArray[np.intp], int]:
    """:func:`shingle_hashes`, and how many words come before each :data:`_SEPARATOR` of
    ``text`` and in all (step 3's words, found once for both the hashes and the lead).

    Memory stays a few bytes a character whatever the size (issue 13): a long text is
    folded :data:`_PIECE` characters at a time (the fold tables map each code point on its
    own, so the pieces' folds joined are the text's) and hashed :data:`_CHUNK` stream
    positions at a time (a shingle's hash does not depend on where it starts), instead of
    holding a dozen 8-byte arrays the size of the text at once."""
    table = _table_points(text) if len(text) <= _PIECE else _pieces_points(text)
    points, classes = _code_points(_folded(text)) if table is None else table
    if len(points) <= _CHUNK:
        return _hash_stream(points, classes)
    return _chunked(points, classes)


#: Characters of text folded at once through the fold tables (long texts).
_PIECE = 1 << 16
#: Stream positions hashed at once (long texts): about 3 MB of working arrays.
_CHUNK = 1 << 16


def _pieces_points(text: str) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint8]] | None:
    """:func:`_table_points` of a long ``text``, :data:`_PIECE` characters at a time, the
    code points kept in 32 bits (none is larger) and written into one buffer as they come
    (a fold rarely adds characters: ``œ`` → ``oe``); ``None`` as :func:`_table_points`."""
    size = len(text) + len(text) // 64 + 16
    points, classes = np.empty(size, np.uint32), np.empty(size, np.uint8)
    n = 0
    for at in range(0, len(text), _PIECE):
        table = _table_points(text[at:at + _PIECE])
        if table is None:
            return None
        k = len(table[0])
        if n + k > len(points):
            size = max(2 * size, n + k)
            points, classes = np.resize(points, size), np.resize(classes, size)
        points[n:n + k] = table[0]
        classes[n:n + k] = table[1]
        n += k
    return points[:n], classes[:n]


def _find(mask: npt.NDArray[np.bool_], start: int, value: bool) -> int:
    """The first position from ``start`` where ``mask`` is ``value`` (its length if none),
    read in growing windows."""
    step, n = 4096, len(mask)
    while start < n:
        window = mask[start:start + step]
        hits = (window if value else ~window).nonzero()[0]
        if len(hits):
            return start + int(hits[0])
        start += step
        step *= 2
    return n


def _word_starts(word: npt.NDArray[np.bool_]) -> int:
    """How many words begin in ``word`` (a stream's word-character mask), counting one at
    its first position."""
    if not len(word):
        return 0
    return int(word[0]) + int(np.count_nonzero(word[1:] & ~word[:-1]))


def _chunked(points: npt.NDArray[np.uint32] | U64 | npt.NDArray[np.uint8],
             classes: npt.NDArray[np.uint8]) -> tuple[U32, npt.NDArray[np.intp], int]:
    """:func:`_hash_stream` of a long stream, :data:`_CHUNK` positions at a time: each
    chunk ends on a non-word position and is read with the two words after it, so each
    shingle is hashed once, in the chunk where it starts. ``classes`` are 0 or 1 here
    (combining marks are gone), so they are read as the word mask itself."""
    word = classes.view(np.bool_)
    third = 0
    for _ in range(SHINGLE):
        third = _find(word, _find(word, third, True), False)
    if third >= len(word) and _word_starts(word) < SHINGLE:
        return _hash_stream(points, classes)
    hashes: list[U32] = []
    befores: list[npt.NDArray[np.intp]] = []
    done, start, n = 0, 0, len(points)
    while start < n:
        end = _find(word, start + _CHUNK, False) if start + _CHUNK < n else n
        reach = end
        for _ in range(SHINGLE - 1):
            reach = _find(word, _find(word, reach, True), False)
        h, before, _ = _hash_stream(points[start:reach], classes[start:reach], SHINGLE)
        own = _word_starts(word[start:end])
        hashes.append(h[:own])
        befores.append(before[:int(np.count_nonzero(points[start:end] == 0))] + done)
        done += own
        start = end
    return np.concatenate(hashes), np.concatenate(befores), done


def _hash_stream(points: npt.NDArray[np.uint32] | U64 | npt.NDArray[np.uint8],
                 classes: npt.NDArray[np.uint8],
                 span: int = 0) -> tuple[U32, npt.NDArray[np.intp], int]:
    """Steps 3 to 5 on folded code points and their classes (1: a word character): the
    shingles' hashes, the words before each separator (code point 0), the words. ``span``:
    words a shingle holds (0: :data:`SHINGLE`, or 1 when there are fewer words)."""
    at = classes.view(np.bool_).nonzero()[0]  # classes are 0 or 1 here
    m = len(at)
    if m == 0:
        return np.empty(0, np.uint32), np.zeros((points == 0).sum(), np.intp), 0
    first = np.empty(m, np.bool_)
    first[0] = True
    np.not_equal(at[1:], at[:-1] + 1, out=first[1:])
    starts = first.nonzero()[0]
    before = at.take(starts).searchsorted((points == 0).nonzero()[0])
    words = len(starts)
    span = span or (SHINGLE if words >= SHINGLE else 1)
    if words < span:
        return np.empty(0, np.uint32), before, words
    stream = points.take(at)
    if stream.dtype != np.uint64:
        stream = stream.astype(np.uint64)
    stream[starts] += _START
    if m <= _BLOCK:
        stream *= _PPOW[:m]
    else:
        stream *= _power(_PPOW, _high_powers()[0], np.arange(m))
    sums = np.empty(m + 1, np.uint64)
    sums[0] = 0
    np.cumsum(stream, out=sums[1:])
    bounds = np.empty(words + 1, np.intp)
    bounds[:words] = starts
    bounds[words] = m
    begin = bounds[:words - span + 1]
    h = sums.take(bounds[span:]) - sums.take(begin)
    h *= _QPOW.take(begin) if m <= _BLOCK else _power(_QPOW, _high_powers()[1], begin)
    spare = np.empty_like(h)
    h ^= np.right_shift(h, _S31, out=spare)
    h *= _MIX1
    h ^= np.right_shift(h, _S29, out=spare)
    h *= _MIX2
    return _top_halves(h), before, words


def _top_halves(h: U64) -> U32:
    """The top 32 bits of each of ``h``: on a little-endian machine the odd 32-bit words
    of its buffer, read in place (a view, no pass over the array)."""
    if _LITTLE:
        top: U32 = h.view(np.uint32)[1::2]
        return top
    return (h >> _S32).astype(np.uint32)


_LITTLE = sys.byteorder == "little"


_SEPARATOR = "\x00"
"""Joins the paragraphs for hashing: a non-word character like step 1's space (so the
hashes are the same), which marks where each paragraph ends in the folded stream (its
code point is 0, a code point folding makes from no other). A text that holds one itself
is joined with spaces and its paragraphs' words counted apart."""


def _lead_end(before: Sequence[int], words: int) -> int:
    """Step 6 from the words before each paragraph's end: the first count reaching
    :data:`LEAD_MIN_WORDS` (else all ``words``), at most ``LEAD_WORDS``."""
    for count in before:
        if count >= LEAD_MIN_WORDS:
            return min(LEAD_WORDS, count)
    return min(LEAD_WORDS, words)


class Shingler:
    """Turns text into signatures (stateless: kept as a class for its callers)."""

    def signature(self, paragraphs: Sequence[str]) -> Signature:
        kept = counted(paragraphs)
        text = _SEPARATOR.join(kept)
        if text.count(_SEPARATOR) == len(kept) - 1 or not kept:
            hashes, before, words = _shingles(text)
            end = _lead_end(before.tolist(), words)
        else:  # a paragraph holds the separator: the same hashes, the lead counted apart
            hashes, end = shingle_hashes(" ".join(kept)), lead_shingles(kept)
        every = distinct(hashes)
        lead = distinct(hashes[:end])[:L]
        return Signature(sketch=every[:K], lead=lead, size=len(every))



@dataclass(frozen=True, slots=True)
class Similarity:
    """Estimates from two signatures: resemblance, containment of the smaller, lead match."""

    resemblance: float
    containment: float
    samples: int
    lead: float
    lead_containment: float
    shared: int
    """Sampled hashes both texts have (boilerplate left out): how much text backs a match."""
    sizes: tuple[int, int]
    """Each text's distinct shingles without the boilerplate (estimated from its sample)."""


def lead_elsewhere(a: Signature, b: Signature, ignore: AbstractSet[int] = frozenset()) -> float:
    """The larger share of either text's lead found anywhere in the other text (its lead
    sample against the other's whole sample, at the whole sample's rate): a copy that cut
    or moved its lead paragraph still carries the other's lead, or its own is in the other.
    Computed apart from :func:`compare`, only for the pairs that need it."""
    lead_a, lead_b = a.lead.tolist(), b.lead.tolist()
    return max(_lead_in(lead_a, b.sketch.tolist(), ignore),
               _lead_in(lead_b, a.sketch.tolist(), ignore))


def _lead_in(lead: list[int], sketch: list[int], ignore: AbstractSet[int]) -> float:
    """The share of ``lead``'s sampled hashes below ``sketch``'s rate (all of them when the
    sketch holds its whole text) that ``sketch`` holds; 0.0 when none is below."""
    if len(sketch) >= K:
        lead = lead[:bisect_right(lead, sketch[-1])]
    lead = [h for h in lead if h not in ignore] if ignore else lead
    if not lead:
        return 0.0
    return len(set(lead).intersection(sketch)) / len(lead)


def _pair(a: list[int], a_set: set[int], b: list[int], full: int,
          ignore: AbstractSet[int] = frozenset()) -> tuple[int, int, int]:
    """Shared, |a'| and |b'| after restricting both samples to a common rate (``a_set``
    holds ``a``'s values: the query's side is prepared once for all its candidates).

    A sample shorter than ``full`` holds all of its text's hashes (it covers every value);
    a full one covers up to its largest. Hashes in ``ignore`` (a source's boilerplate) are
    then left out of both: a fixed set removed from two consistent samples leaves two
    consistent samples of the texts without it. Plain lists and sets: for 16 to 48 values
    they beat numpy's per-call overhead. The values of ``a`` past the common rate cannot
    be among ``b``'s below it, so ``a_set`` is intersected whole.
    """
    if not a or not b:
        return 0, len(a), len(b)
    last_a, last_b = a[-1], b[-1]
    t = min(last_a if len(a) >= full else 0xFFFFFFFF, last_b if len(b) >= full else 0xFFFFFFFF)
    if last_a > t:
        a = a[:bisect_right(a, t)]
    if last_b > t:
        b = b[:bisect_right(b, t)]
    if ignore:
        a = [h for h in a if h not in ignore]
        b = [h for h in b if h not in ignore]
    return len(a_set.intersection(b)), len(a), len(b)


def _kept(sample: list[int], size: int, ignore: AbstractSet[int]) -> int:
    """``size`` scaled by the share of ``sample`` outside ``ignore`` (exact for a text whose
    sample holds all its hashes)."""
    if not ignore or not sample:
        return size
    return round(size * sum(h not in ignore for h in sample) / len(sample))


def compare(a: Signature, b: Signature, ignore: AbstractSet[int] = frozenset()) -> Similarity:
    """Consistent-sample estimates; ``samples`` says how many hashes backed containment.

    ``ignore`` holds hashes that say nothing about copying (shingles of the source's
    boilerplate, see :meth:`veille.dedup.candidates.CandidateIndex.candidates`): both texts
    are compared without them.
    """
    return comparer(a)(b, ignore)


def comparer(a: Signature) -> Callable[[Signature, AbstractSet[int]], Similarity]:
    """:func:`compare` of ``a`` with each text it is called on (``b``, ``ignore``), with
    ``a``'s samples read once: a text is compared with all its candidates."""
    sketch_a, lead_a = a.sketch.tolist(), a.lead.tolist()
    sketch_set, lead_set = set(sketch_a), set(lead_a)
    size_a = a.size

    def compare_with(b: Signature, ignore: AbstractSet[int]) -> Similarity:
        sketch_b = b.sketch.tolist()
        shared, na, nb = _pair(sketch_a, sketch_set, sketch_b, K, ignore)
        union = na + nb - shared
        small = min(na, nb)
        lead_shared, la, lb = _pair(lead_a, lead_set, b.lead.tolist(), L, ignore)
        lead_union = la + lb - lead_shared
        lead_small = min(la, lb)
        return Similarity(resemblance=shared / union if union else 0.0,
                          containment=shared / small if small else 0.0,
                          samples=small,
                          lead=lead_shared / lead_union if lead_union else 0.0,
                          lead_containment=lead_shared / lead_small if lead_small else 0.0,
                          shared=shared,
                          sizes=(_kept(sketch_a, size_a, ignore),
                                 _kept(sketch_b, b.size, ignore)))
    return compare_with
