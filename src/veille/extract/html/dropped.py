"""What an HTML page's extraction left out, and why: ``evidence["dropped"]`` (issue 14).

Text captures list the blocks they drop since r-ux51 (:mod:`veille.extract.dropped_blocks`);
an HTML page drops its menu, share buttons, cookie banner, paywall prompt, related links
and footer as silently as a capture did. This module lists them, in the captures' shape
and bound (:func:`~veille.extract.dropped_blocks.dropped_evidence`: 24 lines of 140
characters at most, then a count), from two sources:

* the containers the walk skipped whole (:class:`~veille.extract.html.walk.Skipped`: a
  ``<nav>``, an ``<aside>``, a ``<footer>``, an element classed like chrome);
* the blocks the walk read that the article's text, headline, lead and the header's
  labels do not hold (outside the body's run, or inside it and refused by the body's
  rules).

A block shaped like a byline or a date line is not listed: it is the article's own most
often, read as its metadata. The reason codes are those of text captures
(:data:`~veille.extract.dropped_blocks.REASONS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from veille.extract import textshape as ts
from veille.extract.dropped_blocks import dropped_evidence
from veille.extract.html.walk import Block, Skipped

__all__ = ["block_reason", "page_dropped"]

#: A container's class or id naming what it holds: a notice (cookies, consent, share
#: buttons, newsletter or subscription prompts, a paywall), readers' comments, or links
#: to other articles.
_NOTICE_NAME = re.compile(r"cookie|consent|gdpr|rgpd|share|sharing|social|partage|newsletter|"
                          r"subscri|abonn|paywall|premium|piano|promo", re.IGNORECASE)
_READERS_NAME = re.compile(r"comment|reaction|disqus|discussion|forum|reply", re.IGNORECASE)
_LINKS_NAME = re.compile(r"related|recommend|read-?more|more-?(?:stories|articles)|popular|"
                         r"trending|most-?read|teaser|outbrain|taboola|nav|menu|breadcrumb",
                         re.IGNORECASE)
#: Characters of a line naming the article's author, at most, read as its byline.
BYLINE_CHARS = 160
#: Share of a text in links from which it is a list of links.
LINK_SHARE = 0.5


def _shaped(text: str, links: float) -> str:
    """The reason a dropped text gives by its shape: a notice or a credit, a list of
    links, or "" when its shape says neither."""
    shape = ts.block_shape(text)
    if shape.head in {"notice", "credit"}:
        return shape.head
    if links >= LINK_SHARE:
        return "link"
    return ""


def _skipped_reason(skip: Skipped) -> str:
    if _NOTICE_NAME.search(skip.what):
        return "notice"
    if _READERS_NAME.search(skip.what):
        return "outside"
    if skip.what == "nav" or _LINKS_NAME.search(skip.what) or skip.links >= LINK_SHARE:
        return "link"
    return _shaped(skip.text, skip.links) or (
        "outside" if skip.what == "aside" else "furniture")


def block_reason(block: Block, inside: bool) -> str:
    """The reason code of a dropped ``block`` (``inside``: within the article's run): its
    shape's (a notice, a credit, a list of links), else a caption, chrome, or furniture
    inside the run and "outside" beyond it."""
    found = _shaped(block.text, block.links / max(len(block.text), 1))
    if found:
        return found
    if block.kind == "caption":
        return "caption"
    if block.chrome:
        return "furniture"
    return "furniture" if inside else "outside"


def page_dropped(blocks: Sequence[Block], skipped: Sequence[Skipped], start: int, end: int,
                 shown: Iterable[str], authors: Sequence[str] = ()) -> str:
    """``evidence["dropped"]`` of an HTML page: ``blocks`` and ``skipped`` as the walk gave
    them, ``[start, end)`` the body's run among ``blocks``, ``shown`` the texts the article
    shows (paragraphs, headline, lead, kickers, site name: a block that any of them holds,
    in lower case, is no dropped block; nor is a short line naming one of ``authors``, the
    byline); "" when nothing was dropped. The shape is
    :func:`~veille.extract.dropped_blocks.dropped_evidence`'s."""
    # lower case, not ts.fold: the body's paragraphs are the walk's block texts, and a
    # fold of every block of a page cost 3% of the extraction
    held = "\n".join(text.lower() for text in shown if text)
    names = [name.lower() for name in authors if name.strip()]

    def shown_or_byline(text: str) -> bool:
        folded = text.lower()
        return folded in held or (bool(names) and len(folded) <= BYLINE_CHARS
                                  and any(name in folded for name in names))

    found: list[tuple[str, str]] = []
    pending = list(skipped)
    for i, block in enumerate(blocks):
        while pending and pending[0].at <= i:
            skip = pending.pop(0)
            if not shown_or_byline(skip.text):
                found.append((skip.text, _skipped_reason(skip)))
        if shown_or_byline(block.text):
            continue
        head = ts.block_shape(block.text).head
        if head in {"byline", "dateline"}:
            continue  # the article's own, most often: read as its metadata
        found.append((block.text, block_reason(block, start <= i < end)))
    found.extend((skip.text, _skipped_reason(skip)) for skip in pending
                 if not shown_or_byline(skip.text))
    return dropped_evidence(found)
