"""Article ids in two integer fast fields, so the ids of many matches are read from
columns rather than from their stored documents (issue #13: the search page groups the first
1,000 matches into stories, and reading 1,000 stored documents for their ids cost ~50 ms of
CPU at 1M articles, where the columns cost well under 1 ms).

Article ids are lowercase hex (``record.article_id``: 16 digits of a SHA-256), which fit 64
bits exactly (kept as the i64 of the same bits: tantivy-py writes Python ints as i64); the
number of digits is kept beside the value so leading zeros come back. Any
other id (not hex, or longer than 16 digits) is encoded as ``(0, 0)``: "read the stored
document", which stays correct, only slower.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

HEX_ID = re.compile(r"[0-9a-f]{1,16}")


def encode(article_id: str) -> tuple[int, int]:
    """``(value, digits)`` for the fast fields ``id_hex`` and ``id_digits``; ``(0, 0)`` when
    ``article_id`` is not 1–16 lowercase hex digits."""
    if HEX_ID.fullmatch(article_id) is None:
        return 0, 0
    value = int(article_id, 16)
    return (value - (1 << 64) if value >= 1 << 63 else value), len(article_id)


def decode(value: float | None, digits: float | None) -> str | None:
    """The id :func:`encode` gave ``(value, digits)`` for (tantivy-py types column values
    as ``int | float``; these are ints); ``None`` when it could not be
    encoded (``digits`` 0 or missing: read the stored document instead)."""
    return decode_all([value], [digits])[0]


def decode_all(values: Sequence[float | None], digits: Sequence[float | None]
               ) -> list[str | None]:
    """:func:`decode` of each pair, in one comprehension (the search page and the entity
    facets decode 300–1,000 ids per request: one Python call each cost ~0.1 ms)."""
    return [hex((int(v) & _MASK) | _TOP)[3:] if d == 16 and v is not None  # article ids
            else f"{int(v) & _MASK:0{int(d)}x}" if d and v is not None else None
            for v, d in zip(values, digits, strict=True)]


_MASK = (1 << 64) - 1
_TOP = 1 << 64
"""Set above 16 hex digits so ``hex`` keeps the leading zeros (``0x1`` + 16 digits): 3x
faster than a format with a computed width."""
