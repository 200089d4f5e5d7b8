"""A second article on the page of a text capture (newuser13 a-C8, h2-C14).

A local page or a page of briefs prints two full articles one after the other: each a
headline, maybe a standfirst, a dateline or a byline, and its paragraphs. Read as one
article, the second one's headline becomes a paragraph and its reporter an author of the
first; cut off by its dateline's cost, it is lost without a word. The second article's
**head** is recognised by its shape: a headline-shaped block (3 to 30 words, no final full
stop, no byline, dateline or credit) followed by at most one prose block (its standfirst),
then one or more bylines or datelines, then prose. A subheading inside an article has no
byline or dateline under it; a live blog prints its post's time above the post's title.
The capture then keeps the first article only, and says so in ``evidence``.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.extract import textshape as ts

#: Blocks after the first article's run where a second article's head is looked for.
REACH = 3
_HEADLINE_KINDS = frozenset({"other", "label", "link", "short", "inner"})
_META = frozenset({"byline", "dateline"})
MIN_WORDS = 3
MAX_WORDS = 30


def _headline_shaped(text: str, kind: str) -> bool:
    if kind not in _HEADLINE_KINDS or len(text) > 400:
        return False
    n = ts.word_count(text)
    # An embedded post's text ("… https://t.co/x", "pic.twitter.com/x") is no headline.
    return (MIN_WORDS <= n <= MAX_WORDS
            and not ts.ends_sentence(text) and not text.endswith(":")
            and "http" not in text and ".com/" not in text)


def _meta_line(text: str, kind: str) -> bool:
    """A byline or dateline of an article's head: not an embedded post's signature
    ("— Name (@handle) November 18, 2019"), which opens with a dash."""
    return kind in _META and text[:1].isalnum()


def _head_at(blocks: Sequence[str], kinds: Sequence[str], h: int) -> int:
    """The first prose block of an article whose head starts at ``h``, or -1."""
    n = len(blocks)
    if not _headline_shaped(blocks[h], kinds[h]):
        return -1
    j = h + 1
    if j < n and kinds[j] == "prose":  # its standfirst
        j += 1
    metas = 0
    while j < n and _meta_line(blocks[j], kinds[j]) and metas < 4:
        metas += 1
        j += 1
    return j if metas and j < n and kinds[j] == "prose" else -1


def previous_article_end(blocks: Sequence[str], kinds: Sequence[str], headline: int,
                         reach: int = 12) -> int:
    """Where an article printed above the one headed at ``headline`` ends (the index after
    its last block above the headline), or -1: a head and prose within ``reach`` blocks
    above. Its byline and dates are not this article's (newuser13 h2-C14: a brief above a
    longer article gave it its date)."""
    for h in range(max(0, headline - reach), headline):
        body = _head_at(blocks, kinds, h)
        if 0 <= body < headline:
            end = body
            while end < headline and kinds[end] == "prose":
                end += 1
            return end
    return -1


def own_head(blocks: Sequence[str], kinds: Sequence[str], headline: int, first: int) -> int:
    """The headline of the article whose first paragraph is ``first``, after the block
    ``headline`` (a head of :func:`_head_at` whose prose is ``first``) when ``headline``
    heads another article above it (its own head, a byline or dateline, then its text,
    before that one), or -1. A standfirst under ``headline`` then a byline line that is
    no byline kind ("Écrit par X") is the same article's head: -1."""
    other = _head_at(blocks, kinds, headline)
    if other < 0 or other >= first:
        return -1
    for h in range(max(other + 1, first - 6), first):
        if _head_at(blocks, kinds, h) == first:
            return h
    return -1


def second_head(blocks: Sequence[str], kinds: Sequence[str], first: int, end: int) -> int:
    """The index of a second article's headline after the block ``first`` (the first
    article's first paragraph) and before ``end`` + :data:`REACH` (its run's end), or -1.
    Linear: each block is looked at a bounded number of times."""
    for h in range(first + 1, min(len(blocks), end + REACH)):
        if _head_at(blocks, kinds, h) >= 0:
            return h
    return -1
