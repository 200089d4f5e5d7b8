"""A given name with an age in apposition is a person: "raconte Josiane, 71 ans", "Léo
(8 ans)", "Margaret, 82," (t-final56 A11, issue 16).

Residents and witnesses are often named by their given name alone and their age (the
press's *prénom, âge* convention); the recogniser reads a lone given name as MISC or a
place, so that the quote's speaker ("Josiane") was linked to a MISC entity while the
facets listed a PER. A mention whose first word is a given name of the shipped list
(:func:`veille.enrich.gender.given_name_gender`), at most two words, followed by an age
(", 71 ans", " (71 ans)", English ", 71,") is relabelled PER.
Pure function on the entity stage's mentions; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from veille.enrich.gender import given_name_gender

if TYPE_CHECKING:
    from veille.enrich.entities import Mention

__all__ = ["aged_names"]

_AGE_AFTER = re.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*\d{1,3}[ \u00a0]+ans\b|\([ \u00a0]*\d{1,3}[ \u00a0]+ans[ \u00a0]*\)"
    r"|,[ \u00a0]*\d{1,3}[ \u00a0]*,|,[ \u00a0]*\d{1,3}[ \u00a0]+(?:years?[ \u00a0]+old|Jahre|"
    r"años|anni|anos)\b)")
"""An age in apposition right after a name (fr, en, de, es, it, pt)."""


def aged_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each given name (one or two words, the first a known given name)
    followed by an age in apposition labelled PER (module docstring)."""
    for mention in mentions:
        words = mention.text.split()
        if mention.label == "PER" or not 1 <= len(words) <= 2 or \
                not given_name_gender(words[0]):
            continue
        if _AGE_AFTER.match(text, mention.end):
            mention.label, mention.literal = "PER", False
    return mentions
