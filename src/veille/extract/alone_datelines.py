"""A dateline copied alone on its line, its lead on the next ("Valencia, 12 feb (EFE).- " /
"El Ayuntamiento de Valencia ha decidido…"; t-final63 #6, t-check63 #6): joined to the
lead it opens, so a capture reads it as it reads a dateline opening its first paragraph
(its date, its agency's credit, the lead without it; :func:`~veille.extract.capture_meta.
read_dateline`). Alone, the line was taken for a label or a link: no date, no credit, and
the standfirst above it was lost as a link too.

A line is such a dateline when it ends on a dateline's separator (a dash, EFE's ".-", a
colon) and the dateline rules of the first paragraph (:func:`~veille.extract.datelines.
opening_of`: dated, an agency's own form, a place in capitals) read the whole line as the
dateline of the line joined to the next; the next line is a sentence's start (a letter, a
quote or a digit, :data:`LEAD_WORDS` words or more).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from veille.extract.datelines import MAX_CHARS, opening_of

#: A line ending on a dateline's separator: a dash (hyphen, en or em dash), EFE's ".-",
#: a colon; spaces after it (copied as printed: "Valencia, 12 feb (EFE).- ").
_ENDS_ON_SEPARATOR = re.compile(r"(?:[-–—]|:)[ \t\u00a0]*$")

#: The fewest words of the lead a dateline alone opens (a sentence, no heading or menu).
LEAD_WORDS = 6

#: Any date: a dateline's date is not resolved here, only its extent.
_ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def _lead_line(line: str) -> bool:
    """Whether ``line`` (stripped) may open an article's lead: its first character a
    letter, a digit or an opening quote, :data:`LEAD_WORDS` words or more."""
    return bool(line) and (line[0].isalnum() or line[0] in "\"«“„‘'¿¡") \
        and len(line.split()) >= LEAD_WORDS


def alone_dateline(line: str, lead: str) -> bool:
    """Whether ``line`` (one line of a capture) is a dateline alone on its line, the lead
    it opens being ``lead`` (the next line that holds text): see the module."""
    head, lead = line.strip(), lead.strip()
    if not head or len(head) > MAX_CHARS or not _ENDS_ON_SEPARATOR.search(head) \
            or not _lead_line(lead):
        return False
    found = opening_of(f"{head} {lead}", zone=UTC, now=_ANY_TIME)
    return found is not None and found.end >= len(head)


def join_alone_datelines(text: str) -> str:
    """``text`` (a capture) with each dateline alone on its line (:func:`alone_dateline`)
    joined by a space to the lead it opens, the blank lines between them removed; the
    other lines as they were. ``text`` itself when it holds none."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and not lines[j].strip() and j - i <= 2:
            j += 1
        if j < len(lines) and line.strip() and alone_dateline(line, lines[j]):
            out.append(f"{line.rstrip()} {lines[j].lstrip()}")
            i = j + 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
