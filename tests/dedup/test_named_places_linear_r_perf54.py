"""The places a body names are read in time linear in its length (issue #13, r-perf54).

:func:`veille.dedup.stated_places.named` looked at the character before each capitalised
name by copying the whole text before it (``text[:start].rstrip()``): a copy per name, so a
body twice as long took four times as long (ratio 37 for eight times the text on the base
tree, 8 after). The test compares a text with eight times as many names to a small one of
the same shape: a ratio, not a wall-clock limit.
"""

from __future__ import annotations

import time

from veille.dedup.stated_places import NAMED, _char_before, named

UNIT = "Le maire de Lyon a parlé à la presse, puis il est allé voir Marseille et Paris. "


def _seconds(text: str) -> float:
    named(text)  # the gazetteer's points and the names' cache warmed
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        named(text)
        best = min(best, time.process_time() - started)
    return best


def test_named_is_linear_in_the_text() -> None:
    small, large = _seconds(UNIT * 500), _seconds(UNIT * 4000)
    assert large < 16 * max(small, 1e-4), (small, large)


def test_named_keys_unchanged() -> None:
    keys = {NAMED + "lyon", NAMED + "marseille", NAMED + "paris"}
    assert named(UNIT) == frozenset(keys)
    # a sentence's first word is no name; a name after a comma and a line break's spaces is
    assert named("Lyon ouvre. Paris suit,\n  Marseille aussi") == {NAMED + "marseille"}


def test_char_before_is_the_stripped_prefix_last_character() -> None:
    for text in ("", "a", "ab  ", " \t\n", "x,\u00a0\u2003 y", "fin.  \n Suite"):
        for at in range(len(text) + 1):
            assert _char_before(text, at) == text[:at].rstrip()[-1:], (text, at)
