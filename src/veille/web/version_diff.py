"""A version's diff as the article page shows it: a changed paragraph marked word by word.

The store keeps, for each earlier content of an article, a unified diff by paragraph
(``difflib.unified_diff`` with no context, one line a paragraph: ``store.dedup_sql``). Shown
as is, an update that changes one figure in a 40-word paragraph strikes the whole
paragraph and inserts it again, and the reader hunts for "42 → 57" by eye (newuser15a W19).
:func:`diff_blocks` pairs each removed paragraph of a hunk with the added one in the same
place and, when the two are mostly alike, marks only the words that differ
(``difflib.SequenceMatcher`` over words and the spaces between them, as ``git diff
--word-diff`` does); a paragraph with no counterpart stays whole.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Literal

MAX_WORDS = 3_000
"""Past this many words a side, a changed paragraph is shown whole: the word matcher is
quadratic in the worst case, and a paragraph that long is not prose anyone compares by eye."""

ALIKE = 0.5
"""Two paragraphs whose words are at least this alike (``SequenceMatcher.ratio``) are one
paragraph edited; below it, the removal and the addition are shown apart."""

_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Segment:
    """A run of one paragraph: ``same`` in both versions, ``del`` only in the earlier,
    ``ins`` only in the later."""

    kind: Literal["same", "del", "ins"]
    text: str


@dataclass(frozen=True)
class DiffBlock:
    """One paragraph of the diff: ``removed`` or ``added`` whole (``text``), or
    ``changed`` (``segments`` in reading order)."""

    kind: Literal["removed", "added", "changed"]
    text: str = ""
    segments: tuple[Segment, ...] = field(default=())


def diff_blocks(unified: str) -> list[DiffBlock]:
    """The blocks of ``unified`` (a paragraph diff as the store keeps it), in order.

    Lines starting ``---``, ``+++`` and ``@@`` are headers; ``-`` lines are the earlier
    paragraphs of a hunk and ``+`` lines the later ones; anything else is ignored. Never
    raises on malformed text (a line it cannot read is skipped)."""
    blocks: list[DiffBlock] = []
    removed: list[str] = []
    added: list[str] = []
    for line in unified.splitlines():
        if line.startswith(("---", "+++", "@@")):
            blocks.extend(_hunk(removed, added))
            removed, added = [], []
        elif line.startswith("-"):
            if added:  # a new run of removals: the last hunk's pairs are done
                blocks.extend(_hunk(removed, added))
                removed, added = [], []
            removed.append(line[1:])
        elif line.startswith("+"):
            added.append(line[1:])
    blocks.extend(_hunk(removed, added))
    return blocks


def _hunk(removed: list[str], added: list[str]) -> list[DiffBlock]:
    """Pair the i-th removed paragraph with the i-th added one when they are alike."""
    blocks: list[DiffBlock] = []
    for n in range(max(len(removed), len(added))):
        old = removed[n] if n < len(removed) else None
        new = added[n] if n < len(added) else None
        segments = _words(old, new) if old is not None and new is not None else None
        if segments is not None:
            blocks.append(DiffBlock("changed", segments=segments))
            continue
        if old is not None:
            blocks.append(DiffBlock("removed", text=old))
        if new is not None:
            blocks.append(DiffBlock("added", text=new))
    return blocks


def _words(old: str, new: str) -> tuple[Segment, ...] | None:
    """``old`` → ``new`` marked by word, or None when they are not one paragraph edited
    (too unlike, or too long to compare)."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    if len(before) > 2 * MAX_WORDS or len(after) > 2 * MAX_WORDS:
        return None
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    if matcher.ratio() < ALIKE:
        return None
    segments: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _add(segments, "same", "".join(before[i1:i2]))
            continue
        if op in ("delete", "replace"):
            _add(segments, "del", "".join(before[i1:i2]))
        if op in ("insert", "replace"):
            _add(segments, "ins", "".join(after[j1:j2]))
    return tuple(segments)


def _add(segments: list[Segment], kind: Literal["same", "del", "ins"], text: str) -> None:
    """Append ``text``, merged into the last segment when it is of the same kind."""
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1] = Segment(kind, segments[-1].text + text)
    else:
        segments.append(Segment(kind, text))
