"""A version's diff as the article page shows it: the headline whole, the body by sentence.

The store keeps, for each earlier content of an article, a unified diff of its lines, the
headline first and then one line a paragraph (``difflib.unified_diff`` with no context:
``store.dedup_sql._diff``). Shown as is, an update that changes one figure in a 40-word
paragraph strikes the whole paragraph and inserts it again, and the reader hunts for
"42 → 57" by eye (newuser15a W19); marked word by word, a rewritten headline or sentence
reads as confetti, its words and the other's interleaved (f-reader20 R13). So:

- the **headline** is shown whole, before and after, each with the words that differ
  marked (none marked when the two have little in common: a rewrite is read whole);
- a **paragraph** edited in place keeps its unchanged sentences as they are and shows each
  changed run of sentences whole, before then after, with the words that differ marked in
  each; a paragraph with no counterpart is shown whole, removed or added.

Words are compared as words (the spaces between them are no evidence of likeness), and a
run of one or two unchanged words between two changes of one side is marked with them on
that side, so a marked run reads as a phrase, not as alternating fragments (the "semantic
cleanup" of diff-match-patch, by word). Work is bounded: past :data:`MAX_DIFF_CHARS` characters the
diff is cut (and says so), past :data:`MAX_SENTENCES` sentences a paragraph is compared
whole, past :data:`MAX_WORDS` words a text is shown with no word marked.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

MAX_DIFF_CHARS = 200_000
"""Past this many characters of a stored diff (an article stored before the article bound,
extract.article_bound, can hold millions), only its first lines are shown, with a note."""

MAX_SENTENCES = 400
"""Past this many sentences a side, a changed paragraph is shown whole (removed, added)."""

MAX_WORDS = 3_000
"""Past this many words a side, a changed text is shown with no word marked: the word
matcher is quadratic in the worst case, and a text that long is not compared by eye."""

ALIKE = 0.5
"""Two texts whose words are at least this alike (``SequenceMatcher.ratio`` over words) are
one text edited: their differing words are marked. Below it, each is shown whole, unmarked
(a paragraph: removed and added apart)."""

SHORT_SAME = 2
"""Unchanged runs of at most this many words between two changes of one side join them."""

_WORDS = re.compile(r"\S+\s*|\s+")
_SENTENCES = re.compile(r".+?(?:[.!?…]+[»\"”’)\]]*(?:\s+|$)|$)", re.S)
_HUNK = re.compile(r"@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@")


@dataclass(frozen=True)
class Segment:
    """A run of one text; ``marked`` when its words are not in the other version."""

    text: str
    marked: bool = False


@dataclass(frozen=True)
class Piece:
    """A run of a paragraph or headline: ``same`` in both versions, ``del`` only in the
    earlier, ``ins`` only in the later; its ``segments`` rebuild its text."""

    kind: Literal["same", "del", "ins"]
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


@dataclass(frozen=True)
class DiffBlock:
    """One block of the diff: the ``headline`` (a ``del`` then an ``ins`` piece, one of
    them alone when the headline was empty), a paragraph ``removed`` or ``added`` whole (one
    piece), or ``changed`` in place (its pieces in reading order)."""

    kind: Literal["headline", "removed", "added", "changed"]
    pieces: tuple[Piece, ...]

    @property
    def before(self) -> str:
        """The earlier text of the block ("" for an added paragraph)."""
        return "".join(p.text for p in self.pieces if p.kind != "ins")

    @property
    def after(self) -> str:
        """The later text of the block ("" for a removed paragraph)."""
        return "".join(p.text for p in self.pieces if p.kind != "del")


@dataclass(frozen=True)
class VersionDiff:
    """A version's diff as shown: its blocks, and ``cut`` when the stored diff was longer
    than :data:`MAX_DIFF_CHARS` (only the blocks of its first lines are given)."""

    blocks: list[DiffBlock] = field(default_factory=list)
    cut: bool = False


def version_diff(unified: str) -> VersionDiff:
    """The blocks of ``unified`` (a diff as the store keeps it), in order.

    Lines starting ``---`` and ``+++`` are headers, ``@@ -a,b +c,d @@`` starts a hunk
    (numbering its lines: line 1 is the headline, shown as such when both sides' line 1
    are in the diff); ``-`` lines are the earlier lines of a hunk and ``+`` lines the later
    ones; anything else is ignored. Never raises on
    malformed text (a line it cannot read is skipped; without hunk headers every line is
    read as a paragraph)."""
    cut = len(unified) > MAX_DIFF_CHARS
    if cut:
        end = unified.rfind("\n", 0, MAX_DIFF_CHARS)
        unified = unified[:end if end > 0 else MAX_DIFF_CHARS]
    runs: list[tuple[list[str], list[str]]] = []  # each run: its removed and added lines
    removed: list[str] = []
    added: list[str] = []
    old_line = new_line = 0  # 0: unknown (no hunk header read)
    titles: list[tuple[int, str] | None] = [None, None]  # (run, text) of line 1, each side
    for line in unified.splitlines():
        if line.startswith(("---", "+++", "@@")):
            runs.append((removed, added))
            removed, added = [], []
            found = _HUNK.match(line)
            if found:
                old_line, new_line = int(found.group(1)), int(found.group(2))
        elif line.startswith("-"):
            if added:  # a new run of removals: the last hunk's pairs are done
                runs.append((removed, added))
                removed, added = [], []
            if old_line == 1:
                titles[0] = (len(runs), line[1:])
            else:
                removed.append(line[1:])
            old_line += 1 if old_line else 0
        elif line.startswith("+"):
            if new_line == 1:
                titles[1] = (len(runs), line[1:])
            else:
                added.append(line[1:])
            new_line += 1 if new_line else 0
    runs.append((removed, added))
    old, new = titles
    headline = _headline(old[1], new[1]) if old and new else None
    if not (old and new):  # line 1 of one side only: difflib matched the headline with
        for side, title in enumerate(titles):  # another line; this one is a paragraph
            if title is not None:
                runs[title[0]][side].insert(0, title[1])
    blocks = [block for gone, come in runs for block in _hunk(gone, come)]
    return VersionDiff(([headline] if headline else []) + blocks, cut)


def _headline(old: str, new: str) -> DiffBlock | None:
    """The headline's block: before and after whole, their differing words marked."""
    if old == new:
        return None
    if not old or not new:
        alone = Piece("del", (Segment(old),)) if old else Piece("ins", (Segment(new),))
        return DiffBlock("headline", (alone,))
    before, after = _marked(old, new)
    return DiffBlock("headline", (Piece("del", before), Piece("ins", after)))


def _hunk(removed: list[str], added: list[str]) -> list[DiffBlock]:
    """Pair the i-th removed paragraph with the i-th added one when they are alike."""
    blocks: list[DiffBlock] = []
    for n in range(max(len(removed), len(added))):
        old = removed[n] if n < len(removed) else None
        new = added[n] if n < len(added) else None
        pieces = _sentences(old, new) if old is not None and new is not None else None
        if pieces is not None:
            blocks.append(DiffBlock("changed", pieces))
            continue
        if old is not None:
            blocks.append(DiffBlock("removed", (Piece("del", (Segment(old),)),)))
        if new is not None:
            blocks.append(DiffBlock("added", (Piece("ins", (Segment(new),)),)))
    return blocks


def _sentences(old: str, new: str) -> tuple[Piece, ...] | None:
    """``old`` → ``new`` by sentence: the same ones kept, each changed run of sentences
    given whole before and after (:func:`_marked`); None when they are not one paragraph
    edited (too unlike, or too long to compare)."""
    before, after = _SENTENCES.findall(old), _SENTENCES.findall(new)
    if (len(before) > MAX_SENTENCES or len(after) > MAX_SENTENCES
            or _likeness(_words(old), _words(new)) < ALIKE):
        return None
    matcher = difflib.SequenceMatcher(None, [s.strip() for s in before],
                                      [s.strip() for s in after], autojunk=False)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        gone, come = "".join(before[i1:i2]), "".join(after[j1:j2])
        if op == "equal":
            pieces.append(Piece("same", (Segment(gone),)))
        elif op == "delete":
            pieces.append(Piece("del", (Segment(gone),)))
        elif op == "insert":
            pieces.append(Piece("ins", (Segment(come),)))
        else:
            marked_before, marked_after = _marked(gone, come)
            pieces += [Piece("del", marked_before), Piece("ins", marked_after)]
    return tuple(pieces)


def _words(text: str) -> list[str]:
    """``text`` as words, each with the spaces after it (a leading space is its own)."""
    return _WORDS.findall(text)


def _likeness(before: Sequence[str], after: Sequence[str]) -> float:
    """How alike two texts' words are (0 to 1), spaces aside; 0 past :data:`MAX_WORDS`."""
    if len(before) > MAX_WORDS or len(after) > MAX_WORDS:
        return 0.0
    return difflib.SequenceMatcher(None, [w.strip() for w in before],
                                   [w.strip() for w in after], autojunk=False).ratio()


def _marked(old: str, new: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """``old`` and ``new`` whole, each with the words the other does not have marked; no
    word marked when the two are not alike (:data:`ALIKE`): a rewrite is read whole."""
    before, after = _words(old), _words(new)
    if _likeness(before, after) < ALIKE:
        return (Segment(old),), (Segment(new),)
    matcher = difflib.SequenceMatcher(None, [w.strip() for w in before],
                                      [w.strip() for w in after], autojunk=False)
    ops = matcher.get_opcodes()
    old_marks = [False] * len(before)
    new_marks = [False] * len(after)
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "equal":
            old_marks[i1:i2] = [True] * (i2 - i1)
            new_marks[j1:j2] = [True] * (j2 - j1)
        elif 0 < n < len(ops) - 1 and i2 - i1 <= SHORT_SAME:
            # a short same run between two changes of one side joins them on that side
            left, right = ops[n - 1], ops[n + 1]
            if left[2] > left[1] and right[2] > right[1]:
                old_marks[i1:i2] = [True] * (i2 - i1)
            if left[4] > left[3] and right[4] > right[3]:
                new_marks[j1:j2] = [True] * (j2 - j1)
    return _segments(before, old_marks), _segments(after, new_marks)


def _segments(words: list[str], marks: list[bool]) -> tuple[Segment, ...]:
    """The words in runs of one mark; a marked run's trailing spaces are left unmarked."""
    runs: list[Segment] = []
    for word, mark in zip(words, marks, strict=True):
        if runs and runs[-1].marked == mark:
            runs[-1] = Segment(runs[-1].text + word, mark)
        else:
            runs.append(Segment(word, mark))
    out: list[Segment] = []
    for run in runs:
        core = run.text.rstrip() if run.marked else run.text
        for part in (Segment(core, run.marked), Segment(run.text[len(core):])):
            if not part.text:
                continue
            if out and out[-1].marked == part.marked:
                out[-1] = Segment(out[-1].text + part.text, part.marked)
            else:
                out.append(part)
    return tuple(out)
