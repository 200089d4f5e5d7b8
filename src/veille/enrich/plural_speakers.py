"""Plural speakers whose names each carry an apposition.

"« … », ont expliqué Martine Giraud, adjointe aux finances, et Yannick Faure, adjoint à
l'urbanisme": the plural verb ("ont expliqué") has two coordinated subjects, each with
its own apposition; the speaker is both people, never the first alone (t-enrich23 E12).
The quote rules stop a speaker at its first comma (an apposition follows a name), so the
second name is added here, once the speaker is known.
"""

from __future__ import annotations

import re

from veille.enrich.apposed_names import FULL_NAME

_SECOND = re.compile(r"[ \xa0]*,[ \xa0]*(?![A-ZÀ-Ý])[^,.;:!?«»“”\"\n]{2,70},[ \xa0]+et[ \xa0]+"
                     r"(?:(?:M\.|Mme|Me|Dr)[ \xa0]+)?(" + FULL_NAME + r")(?=[ \xa0]*[,.;:)]|$)")
"""After the first name: its apposition (lower case, no clause break), then "et" and a
second full name."""
_PLURAL_AFTER_QUOTE = re.compile(
    r"(?i)^[»”\"]?[ \xa0]*,?[ \xa0]*(?:ont|avaient|auront|ont-ils|ont-elles)[ \xa0]")
"""An incise with a plural auxiliary right after a quote ("», ont expliqué")."""
_PLURAL_BEFORE_QUOTE = re.compile(
    r"(?i)[ \xa0]*,[^,.;«»\n]{0,70},?[ \xa0]+(?:ont|avaient)[ \xa0]+[\w'’-]+[^.«»\n]{0,40}$")
"""A plural auxiliary after the second name's apposition, before the quote ("…, adjoint à
l'urbanisme, ont expliqué : «")."""


def coordinated_second(text: str, quote_start: int, quote_end: int, speaker: str,
                       start: int, end: int) -> tuple[str, int, int] | None:
    """The speaker "A et B" and its span when the single name ``speaker`` at
    ``start``-``end`` is followed by its apposition, "et" and a second name, and the
    quote's verb is plural; None otherwise. ``quote_start``/``quote_end``: the quote's
    words (marks excluded)."""
    if start < 0 or " et " in speaker or not re.fullmatch(FULL_NAME, speaker):
        return None
    second = _SECOND.match(text, end)
    if second is None:
        return None
    if start >= quote_end:
        plural = _PLURAL_AFTER_QUOTE.search(text[quote_end:start].strip()) is not None or \
            re.search(r"(?i)\b(?:ont|avaient)[ \xa0]+[\w'’-]+[^«»\n]{0,60}$",
                      text[quote_end:start]) is not None
    elif second.end() <= quote_start:
        plural = _PLURAL_BEFORE_QUOTE.search(
            text[second.end():quote_start].rstrip(" \xa0«“\"")) is not None
    else:
        return None
    if not plural:
        return None
    return f"{speaker} et {second.group(1)}", start, second.end(1)
