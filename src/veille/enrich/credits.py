"""Where an article's text credits a news agency, which is no mention of it in the news
(issue 16, t-final21 F6: a reprint's closing "(avec AFP)" made "Agence France-Presse" an
entity of the reprint only).

Two places of the text credit an agency, in the forms extraction reads them for the
article's evidence (``evidence["credit"]``, docs/extraction.md):

- the credit closing the text: "… au Sénat. (avec AFP)", "(AFP)", "— AFP", "Avec
  Reuters" (:func:`veille.extract.trailing_credit.closing_credit`, on the last block);
- an opening dateline's agency: "PARIS (AFP) - ", "BRUXELLES, 3 mars (Belga) – "
  (:func:`veille.extract.datelines.dateline_credit`, the dateline reader of extraction).

The entity stage leaves out the names inside these ranges; the agency named in a
sentence ("a indiqué à l'AFP") stays a mention.
"""

from __future__ import annotations

from veille.extract.datelines import dateline_credit
from veille.extract.trailing_credit import closing_credit


def credit_ranges(blocks: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the agency credits among ``blocks`` (``(offset, text)``
    pairs of the text's paragraphs, in order): each block's opening dateline credit, and
    the credit closing the last block."""
    ranges: list[tuple[int, int]] = []
    for offset, block in blocks:
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
