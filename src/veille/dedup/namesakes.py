"""**Namesake towns**: one name, several communes, told apart by the department a text names.

France has hundreds of namesake communes: Saint-Denis is 93066 (Seine-Saint-Denis) and 97411
(La Réunion), and also a village of the Aude and one of the Gard. :func:`veille.dedup.
specifics.towns` keys a town by its folded name ("town:saint-denis"), so two shootings the
same evening in the two Saint-Denis named one town, and every other rule (the kind, the
day, the wording "blessé par balle") agreed: one story of two events 9,000 km apart
(t-final27 F1; f-stories28 D2). A reader tells them apart by what the text says of the
department: "(Seine-Saint-Denis)", "de La Réunion", "(93)", or another commune of one
department only that the text names ("le parquet de Bobigny", "le CHU … de Sainte-Clotilde").

:func:`seats` resolves each namesake town of an article's headline and lead to the one
department its text names among those that hold a commune of that name, as a key
:data:`SEAT` + the town's folded name + ":" + the department's code
("seat:saint-denis:974"); a town the text names no department of (or several) is left
unresolved. :func:`seats_differ` says two sides resolve one town name to two different
communes (two INSEE codes: one name, one department, one commune but for a handful of
villages), and neither also names the other's: different places, whatever else agrees.
The INSEE communes and the departments are read from the data veille ships
(``enrich/data/communes.tsv.gz``, ``enrich/data/gazetteer.tsv``), no list by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from veille.dedup.specifics import (
    DEPARTMENT,
    TOWN,
    _commune_key,
    _department_key,
    _town_departments,
)

SEAT = "seat:"
"""The prefix of a resolved namesake town's key ("seat:saint-denis:93")."""

NAMESAKES = True
"""Whether :func:`veille.dedup.stories.terms` resolves namesake towns (:func:`seats`) and two
sides that resolve one name to two communes disagree on place; False: as before
f-stories28."""

_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'-]*|sur|sous|en|le|la|"
                          r"les|de|du|des|d['’]\S+)){0,4}")
_CODE = re.compile(r"\((\d{2,3}|2[AB])\)")
"""A department's code in parentheses after a town: "Saint-Denis (93)"."""


def _named_departments(text: str) -> set[str]:
    """The department keys ``text`` names: a department's name written capitalised, a code in
    parentheses, or a commune of one department only."""
    found = {DEPARTMENT + m.group(1) for m in _CODE.finditer(text)}
    towns = _town_departments()
    for match in _CAPITALISED.finditer(text):
        words = match.group().split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                phrase = " ".join(words[start:end])
                dept = _department_key(phrase)
                if dept is not None:
                    found.add(dept)
                    break
                key = _commune_key(phrase)
                if key is not None and key.startswith(TOWN) and \
                        len(towns.get(key, ())) == 1:
                    found |= towns[key]
                    break
    return found


def seats(head_towns: Iterable[str], text: str) -> frozenset[str]:
    """The :data:`SEAT` keys of the namesake towns among ``head_towns`` (an article's
    headline's and lead's town keys) that ``text`` (its headline and text) places in one
    department only; empty when none is a namesake or none is resolved."""
    towns = _town_departments()
    namesakes = [t for t in head_towns if len(towns.get(t, ())) > 1]
    if not namesakes:
        return frozenset()
    named = _named_departments(text)
    out = set()
    for town in namesakes:
        depts = towns[town] & named
        if len(depts) == 1:
            out.add(SEAT + town.removeprefix(TOWN) + ":" +
                    next(iter(depts)).removeprefix(DEPARTMENT))
    return frozenset(out)


def seats_differ(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sides' keys (``ours``, ``theirs``: headline and lead keys) resolve one
    town name to different departments only (no seat of that name in common)."""
    mine: dict[str, set[str]] = {}
    for key in ours:
        if key.startswith(SEAT):
            name, _, dept = key.removeprefix(SEAT).rpartition(":")
            mine.setdefault(name, set()).add(dept)
    if not mine:
        return False
    other: dict[str, set[str]] = {}
    for key in theirs:
        if key.startswith(SEAT):
            name, _, dept = key.removeprefix(SEAT).rpartition(":")
            other.setdefault(name, set()).add(dept)
    return any(name in other and mine[name].isdisjoint(other[name]) for name in mine)
