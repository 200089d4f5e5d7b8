"""Two cross-checks on the body: the page's own ``articleBody``, and paywall cuts.

``articleBody`` (JSON-LD) is the publisher's statement of what the article is, but it
cannot be trusted blindly: some sites put a teaser there, some the full text behind a
paywall, some stale text from an earlier version. So it is *checked against the DOM*:
the page's blocks that repeat it are found, and when they cover most of it, those blocks
(with their paragraph structure) are the body. The DOM heuristic stays in charge
otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from veille.extract.html.walk import Block
from veille.extract.textshape import (
    PAYWALL_TEXT,
    cut_by_wall,
    fold,
    furniture_hits,
    paywall_text,
)

#: The DOM blocks must cover this share of ``articleBody``'s words to be used.
MIN_COVERAGE = 0.85
#: A block matches when this share of its word trigrams occurs in ``articleBody``.
MIN_BLOCK_MATCH = 0.7
_WORD = re.compile(r"\w+")
#: Subscription promotions: they follow free articles too, so they count only when the
#: page does not say the article is free and its markup has a paywall box.
_PROMO_TEXT = re.compile(r"abonnez-vous|déjà abonné|already a subscriber|subscribe (?:now|today)",
                         re.IGNORECASE)


def _trigrams(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2)}


def match_article_body(blocks: list[Block], article_body: str) -> list[Block] | None:
    """The blocks that repeat ``articleBody``, from the first to the last, or None when
    they do not cover it well enough."""
    body_tokens = _WORD.findall(fold(article_body))
    if len(body_tokens) < 40:
        return None
    grams = _trigrams(body_tokens)
    matched: list[int] = []
    covered = 0
    for i, block in enumerate(blocks):
        if block.chrome and block.kind != "caption":
            continue
        tokens = _WORD.findall(fold(block.text))
        if len(tokens) < 3:
            continue
        own = _trigrams(tokens)
        if len(own & grams) >= MIN_BLOCK_MATCH * len(own):
            matched.append(i)
            covered += len(tokens)
    if not matched or covered < MIN_COVERAGE * len(body_tokens):
        return None
    if covered > 1.3 * len(body_tokens):  # the text is repeated on the page
        return None
    keep = set(matched)
    span = blocks[matched[0]:matched[-1] + 1]
    return [b for i, b in enumerate(span, matched[0])
            if i in keep or (b.kind == "h" and not b.chrome and furniture_hits(b.text) == 0)]


def paywall_notice(blocks: list[Block], end: int, window: int = 8,
                   pattern: re.Pattern[str] = PAYWALL_TEXT) -> str:
    """The first notice matching ``pattern`` among the article's last blocks (it may sit
    inside the article's container) or right after them, "" when none."""
    found = paywall_text if pattern is PAYWALL_TEXT else pattern.search
    return next((b.text for b in blocks[max(0, end - 2):end + window]
                 if len(b.text) < 600 and found(b.text)), "")


def _accessible_for_free(article: dict[str, Any] | None) -> bool | None:
    free = article.get("isAccessibleForFree") if article else None
    if isinstance(free, str):
        return {"true": True, "false": False}.get(free.strip().lower())
    return free if isinstance(free, bool) else None


def is_truncated(blocks: list[Block], end: int, *, paywall_markup: bool,
                 article: dict[str, Any] | None, paragraphs: Sequence[str] = ()) -> bool:
    """The page cut the article: a paywall notice follows a text it cut
    (:func:`~veille.extract.textshape.cut_by_wall`: the notice says the text goes on, or
    ``paragraphs`` stop mid-sentence or are a teaser), or the page says it is not free
    (JSON-LD ``isAccessibleForFree: false``) and a paywall box or a subscription promotion
    follows it. ``isAccessibleForFree: true`` is the publisher's own answer: such an
    article is not cut."""
    free = _accessible_for_free(article)
    if free is True:
        return False
    notice = paywall_notice(blocks, end)
    if notice and cut_by_wall(notice, [p for p in paragraphs if p not in notice]):
        return True
    return free is False and (
        paywall_markup or bool(paywall_notice(blocks, end, pattern=_PROMO_TEXT)))


def find_standfirst(blocks: list[Block], start: int, description: str) -> str:
    """The standfirst printed as the article's first paragraph: a block among the few
    before the run that repeats the page's description. One printed in the article's
    ``<header>`` (chrome to the walk) stays out: it is the record's ``lead``, and the
    benchmark golds (AEB) leave it out of the body."""
    if len(description) < 40:
        return ""
    wanted = fold(description).rstrip(".… ")
    for block in blocks[max(0, start - 8):start]:
        if block.chrome:
            continue
        text = fold(block.text).rstrip(".… ")
        if len(text) >= 40 and (text == wanted or (wanted.startswith(text[:120])
                                                   and len(text) >= 0.8 * len(wanted))):
            return block.text
    return ""
