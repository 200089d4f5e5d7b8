"""A live blog's entries ("EN DIRECT" pages): each post is stamped with its time on a line
of its own ("10:41", "08h12", "07:45 —", "Il y a 12 minutes", a match's minute "67e"),
then maybe the post's headline, then its text.

The time belongs to the post: it is kept at the head of the post's paragraph ("10:41 — Les
socialistes voteront la censure — Le premier secrétaire du PS a confirmé…"), so that the
body says when each thing happened, and the stamps are no longer lines of their own that the
extractor would read as furniture or as the article's dates (newuser13 a-C15, s-capt14). The
article's own dates are the page's dateline's; a post's time is never the publication date
(:func:`earliest` gives the one exception: a page whose only date is a day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from veille.extract import textshape as ts

#: A post's stamp: a clock time alone on its line, maybe followed by a dash ("07:45 —").
_CLOCK_STAMP = re.compile(
    r"^(?P<hh>[01]?\d|2[0-3])\s?(?:h|H|:)\s?(?P<mm>[0-5]\d)(?:\s*[—–-])?$")
#: A relative stamp: "Il y a 12 minutes", "il y a 1 heure", "12 minutes ago".
_RELATIVE_STAMP = re.compile(
    r"^(?:il\s+y\s+a\s+\d{1,3}\s*(?:min(?:ute)?s?|h|heures?)|"
    r"\d{1,3}\s*(?:min(?:ute)?s?|hours?|h)\s+ago)$", re.IGNORECASE)
#: A match report's minute, minute by minute (newuser17b X21): "67e", "90e+5", "1re",
#: "45'+2", "88'", "12th min": who scored when is the report's substance.
_MINUTE_STAMP = re.compile(
    r"^\d{1,3}(?:e|è|ème|eme|re|er|'|’|st|nd|rd|th)(?:\s?\+\s?\d{1,2}(?:e|'|’)?)?"
    r"(?:\s+min(?:ute)?)?$")
#: Stamped posts needed for a page to be a live blog.
MIN_ENTRIES = 2
#: A post's headline has at most this many words and ends no sentence.
HEADLINE_WORDS = 20
#: A post's text: a sentence of at least this many words.
TEXT_WORDS = 8
SEPARATOR = " — "


@dataclass(frozen=True, slots=True)
class Entries:
    """The blocks with each post's stamp joined to its post, and the clock times of the
    posts (hour, minute), in page order ([] when the capture is no live blog)."""

    blocks: list[str]
    times: list[tuple[int, int]]
    at: list[int]
    """Where each block given now is, by its old index."""


def _stamp(block: str) -> str:
    """The stamp ``block`` is (without a trailing dash), or ""."""
    if len(block) > 30 or not (block[:1].isdigit() or block[:1] in "iI"):
        return ""
    if _CLOCK_STAMP.match(block) or _RELATIVE_STAMP.match(block) or _MINUTE_STAMP.match(block):
        return block.rstrip(" —–-")
    return ""


def minute_stamp(block: str) -> str:
    """``block`` when it is a match minute alone (:data:`_MINUTE_STAMP`: "67e", "90e+5"),
    else ""."""
    block = block.strip()
    return block if len(block) <= 16 and _MINUTE_STAMP.match(block) else ""


def _is_text(block: str) -> bool:
    return ts.word_count(block) >= TEXT_WORDS and ts.ends_sentence(block)


def _post(blocks: list[str], at: int) -> int:
    """How many blocks after the stamp at ``at`` make its post: the text (1), or a
    headline and the text (2); 0 when no text follows."""
    nxt = blocks[at + 1] if at + 1 < len(blocks) else ""
    if not nxt or _stamp(nxt):
        return 0
    if _is_text(nxt):
        return 1
    after = blocks[at + 2] if at + 2 < len(blocks) else ""
    if (ts.word_count(nxt) <= HEADLINE_WORDS and not ts.ends_sentence(nxt)
            and after and not _stamp(after) and _is_text(after)):
        return 2
    return 0


def _card_before(blocks: list[str], chain: list[int], posts: dict[int, int]) -> bool:
    """Whether a headline and a text, shaped like the chain's posts, stand right above its
    first stamp without a stamp of their own: cards each stamped under them."""
    first = chain[0]
    if first < 2 or any(posts[i] != 2 for i in chain):
        return False
    head, text = blocks[first - 2], blocks[first - 1]
    return (_is_text(text) and ts.word_count(head) <= HEADLINE_WORDS
            and not ts.ends_sentence(head) and not _stamp(head))


def join_entries(blocks: list[str]) -> Entries:
    """Each stamp joined to its post (headline and text) when at least
    :data:`MIN_ENTRIES` stamps in a row head a post of text; a ticker of times and
    headlines without text is left alone (it is furniture), and so is a list of cards each
    stamped under it (the stamp after the last card heads nothing)."""
    stamps = [i for i, block in enumerate(blocks) if _stamp(block)]
    posts = {i: _post(blocks, i) for i in stamps}
    # Chains of stamp, post, stamp, post…: a chain whose next block after its last post is
    # a stamp heading nothing is a list of cards each stamped *under* it (a section front:
    # "Il y a 12 min" after each teaser), not a live blog.
    chains: list[list[int]] = []
    for i in stamps:
        if not posts[i]:
            continue
        if chains and chains[-1][-1] + 1 + posts[chains[-1][-1]] == i:
            chains[-1].append(i)
        else:
            chains.append([i])
    live: set[int] = set()
    for chain in chains:
        after = chain[-1] + 1 + posts[chain[-1]]
        if (len(chain) >= MIN_ENTRIES and not (after in posts and not posts[after])
                and not _card_before(blocks, chain, posts)):
            live.update(chain)
    posts = {i: n for i, n in posts.items() if i in live}
    if not posts:
        return Entries(blocks, [], list(range(len(blocks))))
    out: list[str] = []
    times: list[tuple[int, int]] = []
    at: list[int] = []
    i = 0
    while i < len(blocks):
        n = posts.get(i, 0)
        if not n:
            at.append(len(out))
            out.append(blocks[i])
            i += 1
            continue
        stamp = _stamp(blocks[i])
        at.extend([len(out)] * (1 + n))
        out.append(SEPARATOR.join([stamp, *blocks[i + 1:i + 1 + n]]))
        clock = _CLOCK_STAMP.match(blocks[i])
        if clock:
            times.append((int(clock["hh"]), int(clock["mm"])))
        i += 1 + n
    return Entries(out, times, at)


def earliest(day: datetime, times: list[tuple[int, int]]) -> datetime:
    """The publication of a live blog whose page gives only its day (``day``, aware, at
    day precision): that day at its earliest post's time, on the day's clock. Only then is
    a post's time the article's: with a dateline of its own the page's date stands, and
    without a day a time alone dates nothing."""
    hour, minute = min(times)
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)
