"""A name after a site's noun and "de" is a place: "l'ancienne base des sous-marins de
Keroman", "le fort de Bouc", "le camp de Souge", "le phare de Kermorvan" name the place
the site stands at, not a person (caps/17, t-final56 A9/A11; issue 16).

French names a military, port or natural site by its noun, its complements and the
place's name after "de" (Grevisse § 348, the complement of a noun naming the place: "le
port de Brest"). The recogniser takes an unknown one-word name there ("Keroman") for a
surname. The site nouns are a closed class: the military and port installations and
the coastal features of the IGN's BD TOPO nature classes (*base*, *fort*, *camp*,
*caserne*, *arsenal*, *citadelle*, *port*, *phare*, *pointe*, *anse*, *plage*, *île*,
*barrage*, *centrale*, *zone*). :func:`site_names` relabels LOC a one-word PER mention so
introduced when its word is no known given name.
Pure function on the entity stage's mentions; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from veille.enrich.gender import given_name_gender

if TYPE_CHECKING:
    from veille.enrich.entities import Mention

__all__ = ["site_names"]

_SITE_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:bases?|forts?|camps?|casernes?|arsenal|citadelle|ports?|phares?|"
    r"pointes?|anses?|plages?|[îi]les?|barrages?|centrales?|zones?)"
    r"(?:[ \u00a0]+(?-i:[a-zà-ÿ-]{2,})){0,4}[ \u00a0]+(?:de|d['’])[ \u00a0]*$")
"""A site's noun, up to four lower-case words (complements, adjectives), then "de"."""


def site_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one-word person's name after a site's noun and "de"
    (module docstring) labelled LOC; a known given name stays a person's."""
    for mention in mentions:
        if mention.label != "PER" or " " in mention.text.strip() or \
                given_name_gender(mention.text):
            continue
        if _SITE_BEFORE.search(text, max(0, mention.start - 60), mention.start):
            mention.label, mention.literal = "LOC", False
    return mentions
