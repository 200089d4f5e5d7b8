"""A live blog's posts in an HTML page keep their time and heading, as captures' posts do
(r-extract53, t-final52 B5).

A live page prints each post as a ``<time>`` element, maybe a heading, then the post's
text. The walk read the time as a loose block of its own and the heading as a heading:
both left the body, which kept the texts without saying when each thing happened (and the
first post's heading was lost). The same rule as text captures
(:func:`~veille.extract.live_entries.join_entries`) joins each stamp to its post: "11:45 —
Power cuts reach 100,000 — National Grid said …", one paragraph of the body, so that
``show``, the article page and the search index carry each post's time with its text.

A page whose posts print no time may still give them in its JSON-LD: a
``LiveBlogPosting``'s ``liveBlogUpdate`` entries (schema.org: each a ``BlogPosting`` with
``datePublished``, ``headline``, ``articleBody``). :func:`stamp_updates` then puts each
entry's time (its clock as written, "11:20" of ``2026-12-04T11:20:00+01:00``) before the
post it dates, found in the page by its heading or its text's opening, so that the same
join gives the same paragraphs; a page that prints its times keeps them alone (one time
per post, never a second copy).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from veille.extract.html.jsonld import text_of, types_of
from veille.extract.html.walk import Block
from veille.extract.live_entries import MIN_ENTRIES, join_entries

__all__ = ["join_posts", "stamp_updates"]

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


#: A JSON-LD date-time's clock ("2026-12-04T11:20:00+01:00" -> 11, 20).
_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})")
#: Characters of a post's text that identify it in the page.
_OPENING = 60
#: Updates read at most from a page's JSON-LD.
MAX_UPDATES = 500


def _key(text: str) -> str:
    return " ".join(text.split())[:_OPENING].casefold()


def _updates(objects: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(clock "HH:MM", heading key, text key) of each ``liveBlogUpdate`` entry with a
    readable ``datePublished``, of the page's ``LiveBlogPosting`` objects."""
    found: list[tuple[str, str, str]] = []
    for obj in objects:
        if "LiveBlogPosting" not in types_of(obj):
            continue
        updates = obj.get("liveBlogUpdate")
        for update in (updates if isinstance(updates, list) else [updates])[:MAX_UPDATES]:
            if not isinstance(update, dict):
                continue
            clock = _CLOCK.match(text_of(update.get("datePublished")))
            heading = _key(text_of(update.get("headline")))
            body = _key(text_of(update.get("articleBody")))
            if clock and (heading or body):
                found.append((f"{clock.group(1)}:{clock.group(2)}", heading, body))
    return found


def stamp_updates(blocks: list[Block], objects: list[dict[str, Any]]) -> list[Block]:
    """``blocks`` with a stamp block ("11:20") before each post that the page's JSON-LD
    ``liveBlogUpdate`` dates (see the module), when the page prints no stamps of its own
    and at least :data:`~veille.extract.live_entries.MIN_ENTRIES` posts are found; the
    same list otherwise."""
    if any(len(b.text) <= _STAMP_CHARS and b.text[:1].isdigit() for b in blocks):
        return blocks  # the page prints its times: they are the posts' stamps
    updates = _updates(objects)
    if len(updates) < MIN_ENTRIES:
        return blocks
    by_heading = {h: clock for clock, h, _ in updates if h}
    by_text = {t: clock for clock, _, t in updates if t}
    out: list[Block] = []
    stamped = 0
    for block in blocks:
        key = _key(block.text)
        clock = by_heading.get(key) if block.kind == "h" else None
        if clock is None and key in by_text and not (
                out and out[-1].kind == "h" and _key(out[-1].text) in by_heading):
            clock = by_text[key]
        if clock is not None:
            out.append(replace(block, text=clock, kind="loose", links=0))
            stamped += 1
        out.append(block)
    return out if stamped >= MIN_ENTRIES else blocks
