"""A nickname in quotes inside a person's name: Kevin "Boxer" Moran, Bartholomew "Bart"
Quimby, Jean-Pierre « Pépé » Castagnet.

One to three capitalised words in quotes, spaces only around the marks, between a
capitalised given name and a capitalised surname (Chicago Manual of Style 8.39: a
nickname within a full name is set in quotation marks). The names of the text are read
with the nickname taken out ("Bartholomew Quimby": t-final35 A7, the quote marks cut
the name in two: "Bartholomew" spoke, Quimby was no entity), their offsets mapped back
onto the text, so a mention covers the whole written name.
"""

from __future__ import annotations

import re

NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"
"""A capitalised name word, hyphenated given names included ("Jean-Pierre")."""
_SPACE = r"[ \t\u00a0]"
_NICK_WORD = r"[A-ZÀ-Þ][^\s\"“”«».,;:!?()]*"
_NICKNAME = re.compile(
    rf"(?<![\w'’.-]){NAME_WORD}({_SPACE}+(?:\"{_SPACE}*(?P<a>{_NICK_WORD}(?:{_SPACE}+"
    rf"{_NICK_WORD}){{0,2}}){_SPACE}*\"|“{_SPACE}*(?P<b>{_NICK_WORD}(?:{_SPACE}+{_NICK_WORD})"
    rf"{{0,2}}){_SPACE}*”|«{_SPACE}*(?P<c>{_NICK_WORD}(?:{_SPACE}+{_NICK_WORD}){{0,2}})"
    rf"{_SPACE}*»){_SPACE}+)(?={NAME_WORD}(?![\w'’-]))")


def nickname_cuts(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each quoted nickname of ``text`` with the spaces after it (one
    space before it is left, so the name reads "Given Surname")."""
    return [(m.start(1) + 1, m.end(1)) for m in _NICKNAME.finditer(text)]


def without_nicknames(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its nicknames cut out, and the cuts ``(position in the new text,
    length)`` to map offsets back with :func:`original_offset`."""
    cuts = nickname_cuts(text)
    out, shifts, at, removed = [], [], 0, 0
    for start, end in cuts:
        out.append(text[at:start])
        shifts.append((start - removed, end - start))
        removed += end - start
        at = end
    out.append(text[at:])
    return "".join(out), shifts


def original_offset(offset: int, shifts: list[tuple[int, int]], end: bool = False) -> int:
    """``offset`` of the text without nicknames as an offset of the written text: a
    start at a cut is the surname's, an end at a cut stays before the nickname."""
    return offset + sum(length for at, length in shifts
                        if at < offset or (at == offset and not end))
