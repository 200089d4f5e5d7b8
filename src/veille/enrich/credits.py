"""Where an article's text credits a news agency, which is no mention of it in the news
(issue 16, t-final21 F6: a reprint's closing "(avec AFP)" made "Agence France-Presse" an
entity of the reprint only).

Two places of the text credit an agency, in the forms extraction reads them for the
article's evidence (``evidence["credit"]``, docs/extraction.md):

- the credit closing the text: "… au Sénat. (avec AFP)", "(AFP)", "— AFP", "Avec
  Reuters" (:func:`veille.extract.trailing_credit.closing_credit`, on the last block);
- an opening dateline's agency: "PARIS (AFP) - ", "BRUXELLES, 3 mars (Belga) – "
  (:func:`veille.extract.datelines.dateline_credit`, the dateline reader of extraction).

- a byline block that credits the outlet's staff with an agency: "Le Monde avec AFP",
  "Libération et AFP", "El País con EFE" (:func:`staff_credit`, t-final67 F5: "Le Monde"
  was an organisation of every article its byline so signed).

The entity stage leaves out the names inside these ranges; the agency named in a
sentence ("a indiqué à l'AFP") stays a mention.
"""

from __future__ import annotations

import re

from veille.extract.bylines import credit_line
from veille.extract.datelines import dateline_credit
from veille.extract.trailing_credit import closing_credit

_STAFF_AND = re.compile(r"^(?:(?:Par|By|Por|Di|Von)\s+)?(?P<outlet>[^\n,;:()]{2,60}?)\s+"
                        r"(?P<tail>(?:avec|et|with|and|con|y|e|mit|und|amb|i)\s+"
                        r"(?P<agencies>[^\n]{2,60}?))\s*\.?\s*$")
"""A byline block: an outlet's name, "with" or "and" in a language veille reads, what
follows it ("Le Monde avec AFP", "Par Le Figaro avec AFP et Reuters")."""


def staff_credit(block: str) -> bool:
    """Whether ``block`` (one paragraph) is only a byline crediting a known outlet's staff
    with agencies (:data:`_STAFF_AND`; the outlet by
    :func:`veille.enrich.cited_outlets.is_outlet_name`, the agencies by
    :func:`veille.extract.bylines.credit_line`): the publisher signing its own text, no
    mention of it in the news (t-final67 F5, h-enrich67b)."""
    from veille.enrich.cited_outlets import is_outlet_name

    match = _STAFF_AND.match(" ".join(block.split()))
    return match is not None and is_outlet_name(match.group("outlet")) and \
        bool(credit_line(match.group("tail")) or credit_line(match.group("agencies")))


def credit_ranges(blocks: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the agency credits among ``blocks`` (``(offset, text)``
    pairs of the text's paragraphs, in order): each block's opening dateline credit, and
    the credit closing the last block."""
    ranges: list[tuple[int, int]] = []
    for offset, block in blocks:
        if staff_credit(block):
            ranges.append((offset, offset + len(block)))
            continue
        opening = dateline_credit(block)
        if opening is not None and opening[1] >= 0:
            credit, at = opening
            ranges.append((offset + at, offset + at + len(credit)))
    if blocks:
        offset, block = blocks[-1]
        start, agencies = closing_credit(block)
        if agencies and start >= 0:
            ranges.append((offset + start, offset + len(block)))
    return ranges


def in_credit(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether span ``start``–``end`` lies inside one of ``ranges``."""
    return any(s <= start and end <= e for s, e in ranges)
