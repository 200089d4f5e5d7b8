"""The markup of Markdown and text-browser captures, read as structure and removed.

html2text, pandoc, read-later tools and note apps save a page as Markdown: the headline is
a ``# `` line, the standfirst ``**bold**``, a byline ``Par [Name](url)``, images
``![alt](url)``, list items ``-   item`` (pandoc) or ``* item``. ``lynx -dump`` numbers
every link, glued to its text: ``Par [9]Yann Le Gall``. Left in, these marks end up in the
title, the lead and the authors (newuser13 a-C6, a-C7, a-C17, h2-C5, h2-C6, h2-C16).
:func:`unmark` reads one block: its text without the marks, and its heading level.

Every pattern is bounded or anchored (one pass over the block, no backtracking over
unbounded runs): the capture-scaling property tests hold for these blocks too.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
#: ``![alt](url)``: an image; its alt text repeats the caption printed under it.
_IMAGE = re.compile(r"!\[[^\[\]]{0,300}\]\([^()\s]{0,2000}(?:\s+\"[^\"]{0,300}\")?\)")
#: ``[text](url)`` and ``[text][ref]``: the link's text.
_LINK = re.compile(r"\[([^\[\]]{1,300})\](?:\([^()\s]{0,2000}(?:\s+\"[^\"]{0,300}\")?\)|"
                   r"\[[^\[\]]{0,40}\])")
#: lynx's link numbers, glued to the link's text ("[9]Yann", "[10]Lire aussi").
_LYNX_REF = re.compile(r"\[\d{1,4}\](?=[^\s\d\[\]])")
#: ``**strong**``, ``__strong__``: emphasis around words (the marks, not the words).
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_]{1,2000}?)(?<=\S)\1")


def unmark(block: str, heading: bool = True) -> tuple[str, int]:
    """``block`` (whitespace-normalised) without Markdown and lynx marks, and its Markdown
    heading level (1 for ``# Title``, 0 for no heading; ``heading=False``: the block's
    line was indented, where "#" is a bullet, not a heading). Text that holds none of the
    marks' characters comes back as it is."""
    # One substring search per mark (in C, memchr-fast) rather than a set of the block's
    # characters: nineteen blocks in twenty hold none (issue #13: 0.13 -> 0.03 ms a capture).
    if not ("#" in block or "[" in block or "]" in block or "*" in block or "_" in block):
        return block, 0
    level = 0
    found = _HEADING.match(block) if heading and block.startswith("#") else None
    if found is not None:
        level = len(found.group(1))
        block = found.group(2)
    if "[" in block:
        block = _IMAGE.sub("", block)
        block = _LINK.sub(r"\1", block)
        block = _LYNX_REF.sub("", block)
    if "**" in block or "__" in block:
        block = _STRONG.sub(r"\2", block)
    return " ".join(block.split()), level
