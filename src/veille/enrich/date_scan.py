"""``pattern.finditer(text)`` for a costly pattern, tried only near the words its matches hold.

The pattern of the dates mentioned (:data:`veille.enrich.dates._PATTERN`, thirty
alternatives, case-insensitive, with lookbehinds) costs about 6 µs at each word boundary
of a text it scans, whether or not a date is near: 1.7 ms for the 840 characters
:func:`veille.dedup.event_days.event_days` reads of an AEB capture, 6 % of the capture's
whole ingest (issue #13, ``bench/ingest_stages.py --functions``).

Every match of such a pattern holds an *anchor* (a digit, a month, a weekday, a unit of
time...) at most a few characters after its start. :func:`finditer` finds the anchors with a
cheap pattern (one pass, the words factored as a trie), and tries the costly pattern
(``pattern.match(text, p)``, which reads the text around ``p`` as ``finditer`` does:
lookbehinds and ``\\b`` see the characters before ``p``) only at the positions from which
a match could reach an anchor, in order, from the end of the last match found. The matches
are then exactly ``finditer``'s: each is the leftmost match at or after the end of the one
before (no position where one could start is skipped), found by the same engine at the same
position (``tests/enrich/test_date_scan.py`` compares the two on every text of the fixtures
and on generated date-word soup).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["finditer"]


def finditer(pattern: re.Pattern[str], anchors: re.Pattern[str], text: str, near: int,
             far: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, given ``anchors``: a zero-width pattern
    (a lookahead) matching at the start of every anchor; a match of ``pattern`` starts at
    most ``near`` characters that are not whitespace before an anchor it holds, or ``far``
    for an anchor whose group ``far`` matched. Whitespace is not counted (``\\s+`` between
    two words of a match may be of any length). A pattern that matches the empty string
    falls back to ``pattern.finditer`` (never the case of the patterns it serves)."""
    windows: list[tuple[int, int]] = []  # (first, last) positions a match may start at
    for anchor in anchors.finditer(text):
        at = start = anchor.start()
        need = far if anchor.group("far") is not None else near
        while need > 0 and start > 0:  # back over ``need`` characters that are not space
            first = max(0, start - need)
            need -= len("".join(text[first:start].split()))  # str.split: \s's spaces
            start = first
        windows.append((start, at))
    windows.sort()  # a far anchor's window may start before a nearer one's
    pos = 0  # the end of the last match, or the first position not tried yet
    for first, last in windows:
        start = max(first, pos)
        while start <= last:
            match = pattern.match(text, start)
            if match is None:
                start += 1
                continue
            if match.end() == match.start():
                yield from pattern.finditer(text, match.start())
                return
            yield match
            start = match.end()
        pos = max(pos, start)
