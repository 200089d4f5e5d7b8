"""A headline's date read as the body's same words (h-enrich67b, t-final67 F3).

A headline restates its article: written in the present for the past ("Uffizi, record di
visitatori a novembre"), or with no verb at all, it gives no tense of its own, and its
yearless mention ("a novembre", "lunedì", "am Montag") names the date the body's same
words name ("hanno registrato a novembre"). Before, the headline's "a novembre" was read
ahead (2027-11) and the body's past (2026-11): two readings of one phrase in one article.
One sense per discourse (Gale, Church and Yarowsky 1992), as
:func:`veille.enrich.dates._one_sense` does within French text for untensed mentions.
Pure: no I/O."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

_YEARLESS = ("day", "month", "season")
_YEAR = re.compile(r"\d{4}")


def _words(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def headline_as_body(found: list[MentionedDate], headline: int) -> list[MentionedDate]:
    """``found`` (the mentions of one text, any language) with each mention of the
    headline (starting before offset ``headline``, :func:`veille.enrich.headline_days.
    headline_end`; 0 when the text has none) that has no year given the value and tense
    of the body's mentions in the same words, when those all name one date; mentions
    whose body readings disagree, or that the body does not repeat, are kept as read."""
    if headline <= 0:
        return found
    body: dict[str, list[MentionedDate]] = {}
    for d in found:
        if d.start >= headline and _yearless(d):
            body.setdefault(_words(d.text), []).append(d)
    if not body:
        return found
    out = []
    for d in found:
        said = body.get(_words(d.text), []) if d.start < headline and _yearless(d) else []
        if said and len({(b.value, b.until) for b in said}) == 1 and said[0].value != d.value:
            first = said[0]
            d = replace(d, value=first.value, tense=first.tense, until=first.until,
                        weekday_ok=first.weekday_ok)
        out.append(d)
    return out


def _yearless(d: MentionedDate) -> bool:
    return d.granularity in _YEARLESS and not _YEAR.search(d.text)
