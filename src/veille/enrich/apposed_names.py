"""A description speaker whose person the text names in apposition, and "de source X".

- "a affirmé le porte-parole de l'armée dans la province, le lieutenant-colonel Guillaume
  Ndjike.": the name in apposition after the description (past a short place complement,
  "dans la province", and the person's own title) is who speaks; the description is
  only his role (t-enrich23 E15). A complement that is itself a person ("à propos de son
  prédécesseur, X") keeps the description: X is then another person.
- "a-t-on appris de source policière": the speaker is the source ("source policière"),
  never its adjective alone.
"""

from __future__ import annotations

import re

from veille.enrich.quotes_refs import GENERIC_PERSON_NOUNS, is_person_noun
from veille.enrich.text import TITLE_NOUNS, fold

FULL_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:[ \xa0]+(?:de[ \xa0]+|du[ \xa0]+|d['’]|le[ \xa0]+|la[ \xa0]+)?" \
    r"[A-ZÀ-Ý][\w'’-]+){1,3}"
"""A full name: two to four capitalised words, with "de", "du", "d'", "le", "la" particles."""
_APPOSED = re.compile(
    r"(?P<complement>[ \xa0]+(?:dans|en|à|au|aux|sur)[ \xa0]+(?:la[ \xa0]+|le[ \xa0]+|les[ \xa0]+"
    r"|l['’])?(?P<noun>[a-zà-ÿ][\w'’-]+)(?:[ \xa0]+[a-zà-ÿ][\w'’-]+)?)?"
    r"[ \xa0]*,[ \xa0]+(?:(?:le|la|l['’])[ \xa0]*(?:[a-zà-ÿ][\w'’-]+[ \xa0]+){1,3}"
    r"(?:(?:de|du|des|d['’]|à[ \xa0]+la|à[ \xa0]+l['’]|au|aux|et)[ \xa0]*"
    r"(?:[A-ZÀ-Ý][\w'’-]+[ \xa0]+|[a-zà-ÿ][\w'’-]+[ \xa0]+){1,2}){0,4})?"
    r"(?P<name>" + FULL_NAME + r")(?=[ \xa0]*(?:[,.;)»]|$))")
"""After a description: an optional short complement, a comma, an optional determiner
and title ("le lieutenant-colonel", "l'ancien secrétaire d'État à la Relance": up to
four complements of the title, capitalised or not; t-enrich25 E11), then a full name
closing the clause."""
_SOURCE = re.compile(r"(?i)\bsources?[ \xa0]+$")


def apposed_person(text: str, speaker: str, start: int, end: int
                   ) -> tuple[str, int, int] | None:
    """The name (and its span) in apposition after a lower-case description speaker at
    ``start``-``end``; None when there is none, or when the complement before it names a
    person (the name is then that person's)."""
    if start < 0 or not speaker[:1].islower() or not is_person_noun(speaker.split()[0]):
        return None
    found = _APPOSED.match(text, end)
    if found is None:
        return None
    if found.group("complement") and fold(found.group("noun")) in (
            TITLE_NOUNS | GENERIC_PERSON_NOUNS):
        return None
    return found.group("name"), found.start("name"), found.end("name")


def with_source_noun(text: str, speaker: str, start: int, end: int
                     ) -> tuple[str, int, int] | None:
    """"source policière" (and its span) for a speaker that is the adjective after
    "de source(s)"; None otherwise."""
    if start < 0 or " " in speaker.strip() or not speaker[:1].islower():
        return None
    found = _SOURCE.search(text, max(0, start - 9), start)
    if found is None:
        return None
    return text[found.start():end], found.start(), end
