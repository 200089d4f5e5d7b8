"""A stated place the gazetteer does not know, inside a city or conurbation the text names.

English local news states where an event was by its district ("a woman was stabbed in Moss
Side", "a man was stabbed in Handsworth") and names the city only elsewhere: in the police
force ("Greater Manchester Police", "West Midlands Police"), or in a later sentence. The
districts are in no gazetteer veille ships, so :func:`veille.dedup.stated_places.stated`
found no stated place on either side, and two stabbings in two cities 110 km apart were
one story (t-final52 en05/en06; h-join52, r-join53 left them open).

**The rule** (:func:`districts`): when the headline or the lead's first sentence writes a
capitalised run after an English preposition of place (:data:`_CUE`: "in", "at", "near",
"outside") that is no place of :mod:`veille.dedup.stated_places`' gazetteer, no country,
region or department of the shipped gazetteer (:func:`veille.enrich.place_names.places`'
voting places: "in Ukraine" is no district) and no month or weekday, it is a **district**,
and the places the article's text names (settlements of the stated-places gazetteer, and
England's regions and metropolitan counties, ``enrich/data/english_regions.tsv``, ONS) are
the **area** it lies in, when they are one area: every two of them within
:data:`veille.dedup.stated_places.RADIUS_KM` (a text naming Leeds and Bristol places no
district). The district's key and the area's keys are then the article's stated places
(:data:`veille.dedup.stated_places.AT` keys): two sides naming one district agree by name,
two districts of two areas far apart are apart, as two towns are
(:func:`veille.dedup.stated_places.apart`). A text naming no area, or several apart,
states nothing, as before.

The rule reads the gazetteer, the ONS table and the texts only: no list of districts.
"""

from __future__ import annotations

import calendar
import re
from importlib import resources

from veille.collector import built_once
from veille.dedup import stated_places
from veille.extract.textshape import fold

DISTRICTS = True
"""Whether an unknown stated district takes the area its text names (:func:`districts`;
r-stories54). False: as before (such an article states no place)."""

_CUE = re.compile(rf"(?<![\w'’])(?i:in|at|near|outside)\s+({stated_places._RUN})")
"""An English preposition of place and the capitalised run after it."""

_CALENDAR = frozenset(fold(n) for n in (*calendar.month_name, *calendar.day_name) if n)
"""English months and weekdays ("in December", "on Friday"): no district."""


@built_once
def _regions() -> dict[str, tuple[float, float]]:
    """Folded name -> point of England's regions and metropolitan counties
    (``english_regions.tsv``, ONS, rounded to 0.1°)."""
    data = resources.files("veille.enrich").joinpath("data", "english_regions.tsv")
    out = {}
    for line in data.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 7 and not line.startswith("#") and cells[5] and cells[6]:
            out[fold(cells[1])] = (float(cells[5]), float(cells[6]))
    return out


def _area(run: str) -> str | None:
    """The longest leading part of a capitalised run that is a settlement
    (:func:`veille.dedup.stated_places._place`) or an English region or metropolitan
    county (:func:`_regions`), folded; ``None`` when none is."""
    if key := stated_places._place(run):
        return key
    words = run.replace("-", " ").split()
    regions = _regions()
    for end in range(len(words), 0, -1):
        key = fold(" ".join(words[:end]))
        if key in regions:
            return key
    return None


def _district(run: str) -> str | None:
    """The folded ``run`` when it may be a district (module docstring), else ``None``."""
    from veille.enrich.place_names import places

    key = fold(run.replace("-", " "))
    if len(key) < 3 or key in _CALENDAR or _area(run) is not None:
        return None
    if key.split()[0] in _CALENDAR:
        return None
    found = places(run)
    if found is None or found[0]:  # a country, region or department, or cannot tell
        return None
    return key


def areas(text: str) -> frozenset[str]:
    """The folded areas (settlements, English regions and metropolitan counties) ``text``
    writes as a capitalised name inside a sentence (as :func:`veille.dedup.stated_places.
    named` reads names)."""
    keys: set[str] = set()
    for match in stated_places._NAME.finditer(text):
        before = text[:match.start()].rstrip()[-1:]
        if before and before not in ".!?:\"«»“”" and (key := _area(match.group())):
            keys.add(key)
    return frozenset(keys)


def districts(title: str, body: str) -> frozenset[str]:
    """The :data:`veille.dedup.stated_places.AT` keys of an unknown district the headline or
    the lead's first sentence states, with the one area ``title`` and ``body`` name (module
    docstring); empty when no district is stated or the text names no one area."""
    if not DISTRICTS:
        return frozenset()
    found = {key for line in stated_places._lead(title, body).splitlines()
             for match in _CUE.finditer(line) if (key := _district(match.group(1)))}
    if not found:
        return frozenset()
    named = areas(f"{title}\n{body}")
    if not named or any(not stated_places._near(a, b) for a in named for b in named if a < b):
        return frozenset()
    return frozenset(stated_places.AT + k for k in found | named)
