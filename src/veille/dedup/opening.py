"""Where a short text sits in a longer one: at its opening (an excerpt), or quoted inside.

An excerpt (an aggregator's copy of a lead, a feed summary, a teaser) is the **opening** of
the text it is cut from: its words are the longer text's first words, in order, and the
longer text goes on past them. A sentence found *inside* a longer text, in the middle of
one of its paragraphs, is quoted there ("…, rappelait la presse locale"), not excerpted:
the longer text is another article. The sampled shingles of the signatures
(:mod:`veille.dedup.signature`) say how much of a short text is in a long one, not where;
for a short text against a long one the samples are few (a lead of 20 shingles against a
text of 100 keeps about 9 of them) and the two arrival orders were judged by two rules
(``near.judge``'s ``teaser`` and ``full``): an aggregator's excerpt of 19 shingles stored
before its article of 106 was no copy of it, stored after it its teaser (issue 14). This
reads the words themselves, the same way whichever text came first.

The rule (:func:`placement`), on the folded words of the paragraphs the signature counts
(:func:`veille.dedup.signature.counted`), the short text's last word left out when it
ends with an ellipsis (a word cut: "indus…"):

- **opening**: at least :data:`MIN_WORDS` words and :data:`COVERED` of the short text are
  matched, in runs of 3 words or more (:class:`difflib.SequenceMatcher`, Ratcliff and
  Obershelp's matching, Python's standard library), against the longer text's opening (as
  many words as the short text, a quarter more and :data:`SLACK`), both matches starting
  within :data:`SLACK` words of each text's start (a dateline, a kicker), and the longer
  text holds at least :data:`EXTENDS` words past the match (it goes on: a sentence);
- **inside**: the short text's first 3 words are found only past the longer text's
  opening, inside one of its paragraphs (not at a paragraph's start: an outlet's copy that
  opens with an intro of its own carries the dispatch's lead at its second paragraph's
  start, which proves no quotation), :data:`COVERED` of its 3-word runs are in the longer
  text, and under half of it is matched at the opening;
- otherwise nothing is known (words edited, paragraphs moved): the signatures decide.

Cost (issue 13, f-speed25): the diff runs only for the pairs whose bound can pass, the
short text's words in 3-word runs the window also holds (:func:`_run_words`, never under
what the diff matches in blocks of 3 or more); on bench/dedup.py's 20,000 documents that
is 526 of 1,183 pairs, nearly all of them excerpts. A compiled LCS
(``rapidfuzz.distance.Indel.opcodes``, 5.7x faster) was measured and not kept: a longest
common subsequence is not Ratcliff and Obershelp's matching, and 88 of those 1,183 pairs
matched other words (another ``covered``, hence other verdicts or scores).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import Match, SequenceMatcher

from veille.dedup.signature import MIN_PARAGRAPH_WORDS, SHINGLE
from veille.extract.textshape import fold

MIN_WORDS = 15
"""Words an excerpt shares with the other's opening at least: about two thirds of a
sentence (the signature's lead holds 20 words, ``LEAD_MIN_WORDS``); a line of chrome or a
set phrase is shorter."""
COVERED = 0.8
"""Share of the short text matched (the signatures' containment bar, ``near.CONTAINED``)."""
SLACK = 8
"""Words either text may hold before the match starts: a dateline ("PRIVAS (AFP) -"), a
kicker, a byline run into the first paragraph; one short paragraph
(``signature.MIN_PARAGRAPH_WORDS``)."""
EXTENDS = MIN_PARAGRAPH_WORDS
"""Words the longer text holds past the excerpt at least: a sentence (the shortest
paragraph the signature counts)."""
HALF = 0.5
COMPARED = 200
"""Words of the short text the diff reads at most (its opening): about eight paragraphs,
more than any teaser or aggregator's excerpt holds; the rest of a longer "short" text
(a cut copy of a long article) only weighs on the diff's cost, quadratic in the words
(:class:`difflib.SequenceMatcher`: f-copies24's placement cost 11% of bench/dedup.py's
docs/s before the bound). A short text longer than this is placed by its first
:data:`COMPARED` words, and the longer text must still go on :data:`EXTENDS` words past
the short text's length."""
_WORD = re.compile(r"\w+")
_CUT = ("…", "...")
_WORD_CHARS = 16
"""Characters read for each word wanted (a French word, its space and punctuation take
about 6; a long run of figures or a URL more): a long text's opening is read, not folded
whole."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the short text sits in the long one: ``at`` is ``"opening"`` or
    ``"inside"``; ``covered`` the share of the short text matched at the opening."""

    at: str
    covered: float


@dataclass(frozen=True, slots=True)
class _Words:
    words: list[str]
    starts: frozenset[int]
    """Word positions where a paragraph starts."""


def _words(paragraphs: Sequence[str], cut: bool, limit: int | None = None) -> _Words:
    """The folded words of the paragraphs that count, and where each paragraph starts;
    with ``cut``, the last word of a text ending in an ellipsis left out; with ``limit``,
    read only as far as the paragraph that reaches that many words."""
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
        words += _folded_words(paragraph)
    if cut and kept and kept[-1].rstrip().endswith(_CUT) and words:
        words.pop()
    return _Words(words, frozenset(starts))


_NON_WORD = bytes(c if _WORD.fullmatch(chr(c)) else 32 for c in range(256))
"""Each ASCII byte that ``\\w`` matches kept, any other made a space (bytes past ASCII
never occur: the table reads ASCII text only)."""


def _folded_words(text: str) -> list[str]:
    """The ``\\w+`` words of ``fold(text)``; an ASCII fold (most French text once its
    accents are gone) is split in three passes in C rather than by the regular
    expression, ~40% less time for the same words."""
    folded = fold(text)
    if folded.isascii():
        return folded.encode("ascii").translate(_NON_WORD).decode("ascii").split()
    return _WORD.findall(folded)


def _grams(words: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def placement(short: Sequence[str], long: Sequence[str],
              quoted: bool = True) -> Placement | None:
    """Where the text of paragraphs ``short`` sits in the text of paragraphs ``long``
    (module docstring): ``"opening"`` (an excerpt of it), ``"inside"`` (quoted in it, no
    excerpt; looked for only with ``quoted``, as it reads the whole long text), ``None``
    when the words do not tell."""
    s = _words(short, cut=True).words
    if len(s) < MIN_WORDS:
        return None
    head = s[:COMPARED]  # the diff reads the short text's opening only (COMPARED)
    size = len(head) + len(head) // 4 + SLACK
    w = _words(long, cut=False,
               limit=None if quoted else max(size, len(s)) + EXTENDS)
    if len(w.words) < len(s) + EXTENDS:
        return None
    # The first run of 3 words starts within SLACK words of both starts: a necessary
    # condition, checked before the diff (most pairs fail it).
    near = set(_grams(w.words[:SLACK + SHINGLE])).intersection(_grams(s[:SLACK + SHINGLE]))
    if not near and not quoted:
        return None
    window = w.words[:size]
    # Every word of a matching block of 3 or more starts or continues a 3-word run of
    # the short text found in the window: the words in such runs bound what the diff can
    # match (:func:`_run_words`). Most pairs that are no excerpt fail the bars on that
    # bound, and the diff (the dearest step) is run only for the pairs it could pass.
    bound = _run_words(head, window)
    covered: float | None = None
    if near and bound >= MIN_WORDS and bound >= COVERED * len(head):
        blocks = _blocks(head, window)
        matched = sum(b.size for b in blocks)
        covered = matched / len(head)
        ends = blocks[-1].b + blocks[-1].size + len(s) - len(head) if blocks else 0
        if blocks and matched >= MIN_WORDS and covered >= COVERED and \
                blocks[0].a <= SLACK and blocks[0].b <= SLACK and \
                len(w.words) - ends >= EXTENDS:
            return Placement("opening", covered)
    if not quoted or bound >= HALF * len(head) and \
            (covered := _covered(head, window, covered)) >= HALF:
        return None
    grams = _grams(s)
    found = {g: i for i, g in reversed(list(enumerate(_grams(w.words))))}
    if not grams or sum(g in found for g in grams) < COVERED * len(grams):
        return None
    first = next((found[g] for g in grams[:SHINGLE] if g in found), None)
    if first is None or first <= SLACK or first in w.starts:
        return None
    return Placement("inside", _covered(head, window, covered))


def own_words(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the text of paragraphs ``short`` holds words of its own against the text of
    paragraphs ``long``: at least :data:`MIN_WORDS` words, and under :data:`COVERED` of
    them in a 3-word run the longer text holds anywhere (:func:`_run_words`). An excerpt
    repeats the other's words and adds none (a paywalled opening, a feed's summary, an
    aggregator's lead cut by "…"); a text with a quote or a paragraph of its own is an
    article, never its teaser, however much of its lead the other holds (t-final59 #6: an
    AFP item of 3 paragraphs, its lead the regional paper's standfirst reworded at the end,
    then a new quote of the minister: 69% of its words in the paper's runs, filed "teaser
    of" the paper and never alerted)."""
    s = _words(short, cut=True).words
    if len(s) < MIN_WORDS:
        return False
    return _run_words(s, _words(long, cut=False).words) < COVERED * len(s)


def _blocks(head: Sequence[str], window: Sequence[str]) -> list[Match]:
    """The diff's matching blocks of 3 words or more of ``head`` in ``window``, in order."""
    return [b for b in SequenceMatcher(None, head, window, autojunk=False)
            .get_matching_blocks() if b.size >= SHINGLE]


def _covered(head: Sequence[str], window: Sequence[str], known: float | None) -> float:
    """The share of ``head`` the diff matches in ``window`` (``known`` when computed)."""
    if known is not None:
        return known
    return sum(b.size for b in _blocks(head, window)) / len(head)


def _run_words(head: Sequence[str], window: Sequence[str]) -> int:
    """How many words of ``head`` lie in a 3-word run also found in ``window``: at least
    as many as the diff's blocks of 3 words or more hold (each such block is made of
    runs found in both), computed with one set of the window's runs."""
    runs = set(zip(window, window[1:], window[2:], strict=False))
    count = 0
    upto = 0  # the words before this position are counted already
    for i, run in enumerate(zip(head, head[1:], head[2:], strict=False)):
        if run in runs:
            count += i + SHINGLE - max(i, upto)
            upto = i + SHINGLE
    return count
