"""The dateline opening an article's first paragraph: "PARIS, 12 mars (AFP) - ...",
"ROUEN, 30 nov 2026 (AFP) - ...", "22 mai 2012. - ...".

One rule for HTML pages (:mod:`veille.extract.html.dating`) and text captures
(:mod:`veille.extract.text_capture`): a date starting within the first
:data:`MAX_START` characters, then an optional place or hour after a comma, an optional
credit in parentheses, and a dash (the agency dispatch form, AFP's *Manuel de l'agence*:
"LIEU, date (AFP) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from veille.extract.bylines import is_agency
from veille.extract.dates import FoundDate, find_dates

#: What ends a dateline that opens a paragraph: a dash, after an optional "(AFP)".
DATELINE_END = re.compile(r"(?:,\s*[^\W\d][^.,;:()]{0,30})?\W{0,2}\s*"
                          r"(?:\((?P<credit>[^()]{1,30})\)\s*)?[-–—]\s")
#: The dash :data:`DATELINE_END` ends with: a text without one opens with no dateline, and
#: the date search (the costly part) is skipped (most paragraphs hold no such dash).
_DASH = re.compile(r"[-–—]\s")
#: A dateline's date starts this close to the paragraph's start (characters).
MAX_START = 40
#: Only this much of a paragraph is searched (characters): a dateline is short.
MAX_CHARS = 120


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: its date, the agency it credits ("AFP", or ''), and ``end``, the offset
    in the paragraph where the article's own text starts (after the dash)."""

    found: FoundDate
    credit: str
    end: int


#: An agency's dateline without a date, the commonest web form of a dispatch: "BRUXELLES
#: (Belga) - ...", "GENÈVE (Keystone-ATS) - ...", "Bruxelles, 1er déc (BELGA) - ...",
#: "(Belga) ...": a place of one to four capitalised words (and what a comma adds after it,
#: a day or an hour), the credit in parentheses, and a dash (none needed after a credit
#: opening the text). Only an agency's name counts as the credit (:func:`is_agency`).
_PLACE = (r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*"
          r"(?:[\s\-](?:(?:de|du|des|la|le|sur|en)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.\-]*){0,3}")
UNDATED_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE}(?:\s*,\s*[^()\n]{{1,30}}?)?\s*\((?P<credit>[^()]{{1,30}})\)\s*[-–—]\s"
    rf"|\((?P<alone>[^()]{{1,30}})\)\s*(?:[-–—]\s*)?(?=[A-ZÀ-ÖØ-Þ«\"]))")


def opening_credit(text: str) -> str:
    """The agency credited by a dateline without a date opening ``text`` ("BRUXELLES
    (Belga) - Le gouvernement..." gives "Belga"), or ""."""
    match = UNDATED_DATELINE.match(text[:MAX_CHARS])
    if match is None:
        return ""
    credit = (match.group("credit") or match.group("alone") or "").strip()
    return credit if is_agency(credit) else ""


def opening_dateline(text: str, *, zone: tzinfo, now: datetime) -> Dateline | None:
    """The dateline opening ``text`` (a paragraph), or None. A time without a zone is read
    in ``zone``; a relative or year-less date is resolved against ``now`` (aware)."""
    head = text[:MAX_CHARS]
    if not _DASH.search(head):
        return None
    for found in find_dates(head, default_zone=zone, now=now):
        end = DATELINE_END.match(head, found.end) if found.start <= MAX_START else None
        if end:
            credit = (end.group("credit") or "").strip()
            return Dateline(found, credit if is_agency(credit) else "", end.end())
    return None
