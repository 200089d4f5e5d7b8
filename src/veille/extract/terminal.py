"""Terminal escape sequences and control characters out of a text capture, words kept.

A capture saved from a terminal may hold ECMA-48 sequences: CSI (``ESC [ 2J``, colours),
OSC (``ESC ] 0;title BEL``, window titles, OSC 8 links, OSC 52 clipboard writes) and other
control strings. They are never the article's text: a whole sequence goes (its parameters
are no words), then any control character left (C0 and C1, but tab, newline and carriage
return), so that title detection sees the line's words. Source: ECMA-48 (5th ed., 1991),
sections 5.4 (control sequences) and 8.3.89 / 8.3.128 (control strings).
"""

from __future__ import annotations

import re

#: A control sequence: ESC [ or CSI, parameter and intermediate bytes, a final byte.
_CSI = r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
#: A control string (OSC, DCS, SOS, PM, APC), ended by BEL or ST (ESC \ or 0x9c), or by
#: the line's end when a capture cut it (bounded: never more than 4,096 characters).
_STRING = r"(?:\x1b[\]P X^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)?"
#: Any other escape: ESC and one byte.
_ESCAPE = r"\x1b[\x20-\x7e]?"
_SEQUENCE = re.compile(f"{_CSI}|{_STRING}|{_ESCAPE}")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_terminal(text: str) -> str:
    """``text`` without escape sequences nor control characters (``\\t\\n\\r`` kept)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", _SEQUENCE.sub("", text))
