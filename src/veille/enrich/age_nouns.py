"""Speakers named by an age noun ("a raconté le jeune homme", "a confié l'octogénaire",
"a affirmé le quadragénaire"): the person of that age the article introduced.

A news text gives a person's age once, in apposition ("Théo Guérin, 21 ans, …", "Chloé,
14 ans, …") or in an indefinite description ("un homme de 45 ans"), then takes the person
up by a noun of age: "le jeune homme", "l'adolescente", "le quadragénaire" (a definite
description refers back to a referent it describes: Poesio & Vieira 1998; the nouns in
-aire name a decade of life, Larousse: "quadragénaire, qui a entre quarante et cinquante
ans"). The referent is the nearest person before the noun whose stated age falls in the
noun's range and whose gender does not disagree; when the nearest such mention names no
one ("un homme de 45 ans"), the other rules decide, and none may give the noun to a
person whose stated age or given name rules it out (:func:`age_disagrees`).

Pure functions on the text.
"""

from __future__ import annotations

import re

from veille.enrich.gender import given_name_gender
from veille.enrich.text import fold

AGE_NOUNS: dict[str, tuple[int, int, str]] = {
    "adolescent": (11, 19, "m"), "adolescente": (11, 19, "f"),
    "ado": (11, 19, ""),
    "collegien": (10, 16, "m"), "collegienne": (10, 16, "f"),
    "lyceen": (14, 20, "m"), "lyceenne": (14, 20, "f"),
    "fillette": (2, 12, "f"), "garconnet": (2, 12, "m"),
    "jeune homme": (15, 35, "m"), "jeune femme": (15, 40, "f"), "jeune fille": (10, 25, "f"),
    "vingtenaire": (20, 29, ""), "trentenaire": (30, 39, ""),
    "quadragenaire": (40, 49, ""), "quinquagenaire": (50, 59, ""),
    "sexagenaire": (60, 69, ""), "septuagenaire": (70, 79, ""),
    "octogenaire": (80, 89, ""), "nonagenaire": (90, 99, ""), "centenaire": (100, 130, ""),
    "quadra": (40, 49, ""), "quinqua": (50, 59, ""),
}
"""Nouns of age (folded, with "jeune" + noun), each with the ages it covers and the gender
it marks ("" when only the determiner does: "le/la quadragénaire")."""

_NAME = (r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \xa0]+(?:de[ \xa0]+|d['’]|van[ \xa0]+|le[ \xa0]+)?"
         r"[A-ZÀ-Ý][a-zà-ÿ'’-]+)*")
_AGED = re.compile(
    r"(?P<name>(?<![\w'’-])(?:M\.|Mme|Mlle)?[ \xa0]*" + _NAME + r")[ \xa0]*(?:,|\()[ \xa0]*"
    r"(?P<age>\d{1,3})[ \xa0]+ans\b"
    r"|(?i:\b(?P<det>un|une)[ \xa0]+(?P<noun>homme|femme|garçon|fille|adolescente?|"
    r"jeune[ \xa0]+(?:homme|femme|fille)|retraitée?|enfant|automobiliste|conducteur|"
    r"conductrice|joggeuse|joggeur|piéton|piétonne|cycliste|motard|individu|suspect|"
    r"passager|passagère|victime|joueur|joueuse|étudiante?|élève|ouvrière?|agricultrice|"
    r"agriculteur|mère|père|employée?|salariée?)[ \xa0]+(?:âgée?[ \xa0]+)?de[ \xa0]+)"
    r"(?P<age2>\d{1,3})[ \xa0]+ans\b(?:[ \xa0]*,[ \xa0]*(?P<name2>" + _NAME + r")(?=[ \xa0]*,))?")
"""An age stated for a person: "Name, NN ans" / "Name (NN ans)", or an indefinite
description "un homme de 45 ans" (no one named), "Une joggeuse de 27 ans, Inès Barbier,"
(named in apposition)."""


def age_noun(description: str) -> tuple[int, int, str] | None:
    """The age range and gender of an age noun (``description`` without its determiner:
    "jeune homme", "octogénaire"), or None when it is no age noun."""
    words = fold(description).split()
    if not words:
        return None
    key = " ".join(words[:2]) if words[0] == "jeune" and len(words) >= 2 else words[0]
    if len(words) > (2 if words[0] == "jeune" else 1):
        return None  # "le jeune homme de Rennes"? keep to the bare noun
    return AGE_NOUNS.get(key)


def aged_referent(text: str, description: str, start: int, determiner: str = ""
                  ) -> tuple[str, tuple[int, int]] | None:
    """The person an age noun at ``start`` refers back to: the nearest mention before it
    that states an age in the noun's range, of no other gender (the noun's, else the
    determiner's "le"/"la"): its name and span. None when that nearest fitting mention
    names no one ("un homme de 45 ans"), when none fits, or when the description is no
    age noun: the other rules then apply, and :func:`age_disagrees` keeps them from a
    person of another stated age."""
    noun = age_noun(description)
    if noun is None:
        return None
    low, high, gender = noun
    gender = gender or {"le": "m", "la": "f"}.get(fold(determiner), "")
    best: tuple[str, tuple[int, int]] | None = None
    for match in _AGED.finditer(text, 0, start):
        age = int(match.group("age") or match.group("age2"))
        if not low <= age <= high:
            continue
        group = "name" if match.group("name") else "name2" if match.group("name2") else ""
        if group:
            name = match.group(group).strip(" \xa0")
            name_start = match.start(group) + (len(match.group(group)) - len(
                match.group(group).lstrip(" \xa0")))
            first = name.split()[0]
            own = "f" if first in ("Mme", "Mlle") else "m" if first == "M." else \
                given_name_gender(first)
            if gender and own and own != gender:
                continue
            best = name, (name_start, name_start + len(name))
        else:
            det = fold(match.group("det"))
            own = "f" if det == "une" else "m"
            if gender and own != gender and fold(match.group("noun")) not in ("enfant",):
                continue
            best = "", (-1, -1)
    return best if best is not None and best[0] else None


def age_disagrees(text: str, description: str, span: tuple[int, int]) -> bool:
    """Whether the person named at ``span`` is given an age (right after the name, "X,
    52 ans") outside the range of the age noun ``description`` ("l'adolescente" is not
    the mother "Valérie Kieffer, 45 ans"), or is a given name of the other gender than a
    gendered age noun; False when the description is no age noun or nothing is said."""
    noun = age_noun(description)
    if noun is None or span[0] < 0:
        return False
    low, high, gender = noun
    stated = re.match(r"[ \xa0]*(?:,|\()[ \xa0]*(\d{1,3})[ \xa0]+ans\b", text[span[1]:span[1] + 16])
    if stated is not None and not low <= int(stated.group(1)) <= high:
        return True
    first = text[span[0]:span[1]].split()[0] if text[span[0]:span[1]].split() else ""
    own = given_name_gender(first) if first else ""
    return bool(gender and own and own != gender)
