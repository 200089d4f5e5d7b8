"""A listing's author value that names a person, then a bureau, outlet or role after a comma.

A feed's ``<author><name>Peter Hornung, ARD Neu-Delhi</name></author>`` is one author,
Peter Hornung, writing from the ARD's New Delhi bureau: read as a byline list it made two
authors, "Peter Hornung" and "ARD Neu-Delhi" (t-final67 F4). The page's byline "Claire
Mayer (Bordeaux, correspondante)" was already one author with a role
(:func:`veille.extract.bare_byline.author_roles`); a listing's value now is too. Two people
("Anna Schmidt, Max Müller") stay two. Pure: text in, names and roles out.
"""

from __future__ import annotations

import re

from veille.extract.bare_byline import role_line
from veille.extract.bylines import job_title, people_of

_ACRONYM = re.compile(r"(?<![\w.])(?!(?:II|III|IV|VI|VII|VIII|IX|XI|XII|JR|SR)\b)"
                      r"[A-ZÄÖÜÉÈ]{2,6}(?![\w.])")
"""A broadcaster's, agency's or paper's initials ("ARD", "EFE", "BBC", "NRK", "ZDF"), which
no person's name is made of (a generation's numeral or "Jr" aside)."""
_OUTLET_WORDS = re.compile(
    r"(?i)\b(?:studio|redaktion|rédaction|redacción|redazione|bureau|büro|desk|newsroom|"
    r"news|radio|tv|télévision|television|fernsehen|zeitung|journal|agency|agence|agencia|"
    r"press|presse|prensa|stampa|tageblatt|rundfunk)\b")
"""Words that name a newsroom, not a person ("ARD-Studio Tiflis", "BBC News Nairobi")."""


def bureau_or_role(text: str) -> bool:
    """Whether ``text`` (what follows a name after a comma) is a bureau, an outlet or a
    role rather than a person's name: a job title ("correspondante à Bordeaux"), an
    outlet's initials ("ARD Neu-Delhi", "EFE Madrid") or a newsroom's word ("ARD-Studio
    Tiflis"), or a value the byline reader keeps no person in (an agency, a newsroom)."""
    text = text.strip()
    if not text:
        return False
    if role_line(text) and job_title(text):
        return True
    if _ACRONYM.search(text) or _OUTLET_WORDS.search(text):
        return True
    people, _ = people_of([text])
    return not people


def listed_people(value: str) -> tuple[list[str], str]:
    """(names, role) of one listing author value: "Peter Hornung, ARD Neu-Delhi" gives
    (["Peter Hornung"], "ARD Neu-Delhi"); "Hans Meier, Kerstin Vogel, ZDF Berlin" gives
    both people with the role; a value whose last part after a comma is a person's name
    (or that has no comma) gives ([value], ""), read as a byline as before."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) < 2 or not all(parts) or not bureau_or_role(parts[-1]):
        return [value], ""
    names = parts[:-1]
    for name in names:
        found, _ = people_of([name])
        if found != [name] or bureau_or_role(name):
            return [value], ""
    return names, parts[-1]
