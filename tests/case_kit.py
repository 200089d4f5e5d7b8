"""A helper shared by the tests of substring gates for case-insensitive patterns (issue #13):
which code points ``re.IGNORECASE`` takes for a letter that ``str.lower()`` does not turn
into it."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable


def odd_case_letters(words: Iterable[str], odd: set[str]) -> list[tuple[str, str]]:
    """``(letter, code point)`` for every code point that ``re.IGNORECASE`` takes for a
    letter of ``words``, that does not lower to it and is not in ``odd`` (the letters the
    gate lets through): a gate on the lower-cased text is exact when this is empty."""
    letters = sorted(set("".join(words)) - {" ", "-"})
    every = "".join(chr(p) for p in range(sys.maxunicode + 1) if not 0xD800 <= p < 0xE000)
    alike = re.compile(f"[{''.join(letters)}]", re.IGNORECASE)
    return [(letter, hex(ord(char)))
            for char in {m.group() for m in alike.finditer(every)}
            for letter in letters
            if re.fullmatch(re.escape(letter), char, re.IGNORECASE)
            and char.lower() != letter and char not in odd]
