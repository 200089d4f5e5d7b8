"""A site's name in capitals after a ``<title>``'s separator: "Bahnstreik: GDL kündigt
neuen Ausstand an - DER SPIEGEL" (newuser4 N14).

When the page declares no site name (no ``og:site_name``, no URL to read it from), the
suffix is still recognisable by its typography: brands print their name in capitals
(DER SPIEGEL, LE TEMPS, BFMTV), headlines are in sentence case. The last part after a
title separator (" - ", " | ", " – "...; not the colon, which headlines use) is cut when
it is one to four words, all letters capitals, at least four letters, and the headline
before it is longer and not itself written in capitals.
"""

from __future__ import annotations

import re

_SITE_SEPARATOR = re.compile(r"\s+[|\-–—·•»]\s+")
MAX_WORDS = 4
MIN_LETTERS = 4


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_LETTERS and all(c.isupper() for c in letters)


def without_capital_suffix(title: str) -> str:
    """``title`` without a trailing site name in capitals, else ``title`` unchanged."""
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip()
    if not (1 <= len(last.split()) <= MAX_WORDS and _capitals(last)):
        return title
    head = title[:title.rfind(parts[-1])].rstrip(" -|–—·•»")
    if len(head) <= len(last) or _capitals(head):
        return title
    return head
