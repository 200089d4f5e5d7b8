"""A live blog's posts in an HTML page keep their time and heading, as captures' posts do
(r-extract53, t-final52 B5).

A live page prints each post as a ``<time>`` element, maybe a heading, then the post's
text. The walk read the time as a loose block of its own and the heading as a heading:
both left the body, which kept the texts without saying when each thing happened (and the
first post's heading was lost). The same rule as text captures
(:func:`~veille.extract.live_entries.join_entries`) joins each stamp to its post: "11:45 —
Power cuts reach 100,000 — National Grid said …", one paragraph of the body, so that
``show``, the article page and the search index carry each post's time with its text.
"""

from __future__ import annotations

from dataclasses import replace

from veille.extract.html.walk import Block
from veille.extract.live_entries import MIN_ENTRIES, join_entries

__all__ = ["join_posts"]

#: Characters of a block, at most, that may be a post's stamp ("11:45", "Il y a 12 min").
_STAMP_CHARS = 30


def join_posts(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each live post's stamp, heading and text joined into one paragraph
    block (the text block's place, kind and container), when the page holds at least
    :data:`~veille.extract.live_entries.MIN_ENTRIES` stamped posts in a row; the same
    list otherwise."""
    if sum(1 for b in blocks if len(b.text) <= _STAMP_CHARS and b.text[:1].isdigit()) \
            < MIN_ENTRIES:
        return blocks  # the usual page: no stamps (the join's test, cheaply first)
    entries = join_entries([b.text for b in blocks])
    if not entries.times and len(entries.blocks) == len(blocks):
        return blocks
    groups: list[list[Block]] = [[] for _ in entries.blocks]
    for old, new in enumerate(entries.at):
        groups[new].append(blocks[old])
    out: list[Block] = []
    for text, group in zip(entries.blocks, groups, strict=True):
        if len(group) == 1:
            out.append(group[0])
            continue
        last = group[-1]
        out.append(replace(last, text=text, kind="p", links=sum(b.links for b in group)))
    return out
