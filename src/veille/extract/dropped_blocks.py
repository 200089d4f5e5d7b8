"""What extraction left out of an article, and why: ``evidence["dropped"]`` (issue 14).

A capture holds more than its article: the site's search box and menu, a "Dernières
Infos" ticker, cookie, share and paywall notices, a teaser repeating the lead, links to
other articles. Extraction drops them; the reader must be able to see what was dropped
and by which rule (``veille show``, its ``--json``, the article page).

Stored in the article's evidence (``dict[str, str]``, as every other piece of evidence)
under :data:`DROPPED_KEY`: one line per dropped block, in page order, ``REASON<TAB>TEXT``,
the text on one line, whole up to :data:`DROPPED_MAX_CHARS` characters and cut at a
sentence's end past that (with "…"); at most :data:`MAX_DROPPED` lines, then one
``more<TAB>N`` line saying how many more were left unlisted. Bounded whatever the page:
(``MAX_DROPPED`` + 1) × (``DROPPED_MAX_CHARS`` + ~20) characters per article.

The reasons (:data:`REASONS`) are stable codes, named in the UI's words by the locale
keys ``dropped_reason_<code>`` (French and English).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DROPPED_KEY = "dropped"
"""The evidence key of the dropped blocks."""
MAX_DROPPED = 24
"""Dropped blocks listed at most; those past it are counted, not listed."""
DROPPED_CHARS = 140
"""A dropped block longer than :data:`DROPPED_MAX_CHARS` is cut at a sentence's end past
this many characters (or at a word's end before the bound)."""
DROPPED_MAX_CHARS = 400
"""A dropped block is listed whole up to this many characters: the reader sees the whole
sentence that was left out, not its first 140 characters (t-final52b B5); a longer one is
cut, with "…"."""
MORE = "more"
"""The reason code of the last line counting the blocks left unlisted."""

#: A text capture's block kinds (:mod:`veille.extract.text_capture`) -> the reason code
#: shown. Kinds absent from the table are shown as ``furniture``.
_REASON_OF_KIND = {
    "site": "site",  # repeats on the site's other captures (learnt chrome)
    "notice": "notice",  # cookie, paywall, subscription, share notice
    "credit": "credit",  # a photo or agency credit line
    "byline": "byline",  # a byline or date line that is not this article's
    "dateline": "byline",
    "repeat": "repeat",  # printed more than once on the page
    "link": "link",  # a link to another page ("Lire aussi : …")
    "linklabel": "link",
    "caption": "caption",
    "disclosure": "disclosure",
    "correction": "disclosure",
    "corrected": "disclosure",
    "layout": "layout",  # a score sheet, a table of the page's layout
    "edge": "edge",  # at the text's edge, no paragraph
    "another article": "other_article",
    "teaser": "teaser",  # repeats the lead or a paragraph
    "prose": "outside",  # text outside the article's run of paragraphs
    "inner": "outside",
    "listed": "outside",
}
REASONS = frozenset({*_REASON_OF_KIND.values(), "furniture"})
"""Every reason code (each has its ``dropped_reason_<code>`` locale key)."""


@dataclass(frozen=True, slots=True)
class DroppedBlock:
    """One block extraction left out: ``reason`` (one of :data:`REASONS`) and ``text``
    (on one line, at most :data:`DROPPED_MAX_CHARS` characters)."""

    reason: str
    text: str

    def to_dict(self) -> dict[str, str]:
        """The JSON shape of ``show --json`` and of the API: ``{"reason", "text"}``."""
        return {"reason": self.reason, "text": self.text}


def reason_of(kind: str) -> str:
    """The reason code shown for a text capture's block ``kind``."""
    return _REASON_OF_KIND.get(kind, "furniture")


_SENTENCE_END = re.compile(r"[.!?…»”\"](?=\s)")


def _one_line(text: str) -> str:
    """``text`` on one line, whole up to :data:`DROPPED_MAX_CHARS` characters; a longer
    one cut after its last sentence ending between :data:`DROPPED_CHARS` and the bound,
    else after the last word before it, and marked "…"."""
    line = " ".join(text.split())
    if len(line) <= DROPPED_MAX_CHARS:
        return line
    head = line[:DROPPED_MAX_CHARS - 2]  # room for " …"
    ends = [m.end() for m in _SENTENCE_END.finditer(head, DROPPED_CHARS)]
    cut = ends[-1] if ends else (head.rfind(" ") if head.rfind(" ") > DROPPED_CHARS
                                 else len(head))
    return line[:cut].rstrip() + " …"


def dropped_evidence(blocks: Iterable[tuple[str, str]]) -> str:
    """``evidence["dropped"]`` of ``blocks``, (text, reason code) pairs in page order;
    empty texts are skipped; "" when none is left (module docstring for the shape)."""
    lines: list[str] = []
    more = 0
    for text, reason in blocks:
        line = _one_line(text)
        if not line:
            continue
        if len(lines) < MAX_DROPPED:
            lines.append(f"{reason}\t{line}")
        else:
            more += 1
    if more:
        lines.append(f"{MORE}\t{more}")
    return "\n".join(lines)


def dropped_blocks(evidence: Mapping[str, object]) -> tuple[list[DroppedBlock], int]:
    """The dropped blocks an article's ``evidence`` records, and how many more it left
    unlisted; ([], 0) when it records none (an article stored before issue 14, an input
    whose extractor records none)."""
    found: list[DroppedBlock] = []
    more = 0
    for line in str(evidence.get(DROPPED_KEY) or "").split("\n"):
        reason, sep, text = line.partition("\t")
        if not sep:
            continue
        if reason == MORE:
            more = int(text) if text.isdigit() else 0
        else:
            found.append(DroppedBlock(reason if reason in REASONS else "furniture", text))
    return found, more
