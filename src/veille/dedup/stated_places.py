"""Where an article says its event happened, and whether two such places can be one.

Two events of one kind in two towns of one country (a house fire in Leeds, one in Bristol;
wildfires on Tenerife and on Gran Canaria; a flood at Modena, one at Pescara) share the
kind's words (fire, crews, evacuated, "incendio forestal", "desalojar") and often a whole
template; the story rules joined them and the copy rules called one a "reprint" of the
other (t-final52 A2/A3, fr06; t-final52b n19; h-join52's held-out I). The place rules that
part French communes (:mod:`veille.dedup.specifics`) and countries
(:mod:`veille.dedup.copy_places`, :mod:`veille.dedup.regions_abroad`) never compared two
towns abroad, two islands, or two towns of one country on a copy.

**The stated place** (:func:`stated`) is a place the headline or the lead's first sentence
gives as where the event is: a name after a place noun ("le 3e arrondissement de
Marseille", "el municipio de La Orotava", "the town of"), after a preposition of place
("in", "at", "near", "à", "au", "en", "dans", "près de", "a", "bei", "nahe", "junto a",
"cerca de", "em"), or a headline that opens "Town :" (the French and German press's form),
and that the gazetteer veille ships knows as a settlement or an island
(``enrich/data/gazetteer.tsv`` cities, capitals and communes; ``islands_ports.tsv``;
``minor_towns.tsv.gz``; GeoNames CC BY 4.0, see ATTRIBUTION.md). A name apposed after a
comma ("in Harehills, Leeds") is read too. Not stated: a dateline ("LYON (AFP) -",
"MANCHESTER, Dec 2 -": no preposition), a town the text only mentions ("la mairie de Lyon",
"Greater Manchester Police"), a given name before a surname ("a François Fillon": French
"a" is also a verb; ``given_name_genders.tsv``), "au"/"aux" before a name that takes no
article ("au Commerce" is a ministry, "au Havre" a town).

**Apart** (:func:`apart`): each side states a place, none of one side's places lies within
:data:`RADIUS_KM` of one of the other's (a town and its district, a metropolis and its
suburb, an island and its towns are one place: Villeurbanne and Lyon, Salford and
Manchester, La Orotava and Tenerife; a name of several places counts every one of them),
and neither side's texts name a place the other states. A follow-up or a copy names its
event's place; two events each in its own place do not name the other's. A side whose texts
state a place far from its lead's (:func:`_spread`: a national day of protest reported from
Paris and Lyon, rpm2's topic 17) is an event of several places and parts from none. The
story rules ask it without France's communes (``communes=False``): their towns rule
(:func:`veille.dedup.specifics.towns`) compares those, with its own excuses. Its keys are
read by this rule only: a shared stated place is no agreement on the event (one town holds
many events).

**Copies** (:func:`texts_apart`, applied by :func:`veille.dedup.near.drop_elsewhere`): two
bodies the shingles call copies, below :data:`COPY_BAR`, whose openings state places apart
are no copies: one template filled in with two towns. A wire copy keeps its original's
opening (its stated place) or names it; a dateline it adds states nothing
(``bench/dedup.py``'s copies with datelines keep their recall).

A side stating no place agrees with every place. The rule reads the gazetteer and the texts
only: no list of towns is written here.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from veille.collector import built_once
from veille.dedup import areas, areas_abroad
from veille.dedup.reading import shared
from veille.enrich.shipped_rows import rows
from veille.extract.textshape import fold
from veille.kept_tables import kept_once

STATED_PLACES = True
"""Whether the story rules and the copy rules part two articles whose stated places are
apart (:func:`apart`, :func:`texts_apart`; r-join53). False: as before."""

AT = "at:"
"""The prefix of a stated place's key among an article's sub-places (its folded name)."""

NAMED = "at~"
"""The prefix of a gazetteer place's key among the places an article's text names."""

RADIUS_KM = 30.0
"""Two points closer than this are one place (a town and its district or suburb: Salford is
4 km from Manchester, Villeurbanne 5 km from Lyon); an island's point (its middle) reaches
:data:`ISLAND_KM` further."""

ISLAND_KM = 30.0
"""What an island's point reaches beyond :data:`RADIUS_KM` (La Orotava is 15 km from
Tenerife's middle; Gran Canaria's is 108 km away)."""

COPY_BAR = 0.85
"""Copies at or above this similarity are never parted by places (a copy that says so much
of its original's text is its copy, whatever its opening names). One template filled in
with two towns scores below (h-join52's Italian floods 0.27, r-join53's held-out R 0.64);
``bench/dedup.py`` (3,000 documents, seed 6) keeps its precision and recall (0.9882,
0.9912) with no bar at all."""

_KINDS = frozenset({"city", "capital", "commune", "island"})
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_LINK = r"(?:de|del|de la|de los|de las|di|da|la|le|les|las|los|am|an der|upon|sur|en|y)"
_RUN = rf"{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,4}}"
_CUE = re.compile(
    r"(?<![\w'’])((?i:in|at|near|outside|à|au|aux|en|dans|près\s+de|bei|nahe|junto\s+a|"
    r"cerca\s+de|em|nei\s+pressi\s+di|vicino\s+a)|a|près\s+d['’])\s*(?<=\s|['’])"
    rf"({_RUN})(?:\s*,\s*({_RUN}))?")
"""A preposition of place and the capitalised run after it, with a run apposed after a
comma ("in Harehills, Leeds")."""
_OF = re.compile(
    r"(?<![\w'’])(?i:arrondissement|commune|ville|village|quartier|municipio|municipalidad|"
    r"localidad|isla|île|ile|comune|frazione|paese|town|city|village|district|suburb|"
    r"island|borough|area|part|outskirts|suburbs|neighbourhood|neighborhood|banlieue|"
    r"Stadt|Gemeinde|Ortsteil|Insel)\s+(?:(?i:de|d['’]|del|de la|di|of)\s*)"
    rf"(?<=\s|['’])({_RUN})")
"""A place noun and its name ("dans le 3e arrondissement de Marseille", "en el municipio de
La Orotava", "the town of Carlisle"; "the Toxteth area of Liverpool", "the outskirts of
Leeds": a district written as one, r-stories54)."""
_HEAD = re.compile(rf"^\s*({_RUN})\s*:")
"""A headline opening "Town :" ("Rennes : un entrepôt…", "Hamburg: Elbtunnel …")."""
_NAME = re.compile(_RUN)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
LEAD_CHARS = 400
"""How much of the body's first sentence is read for the stated place."""
_ARTICLE = re.compile(r"^(?:le|la|les|l|el|los|las|il|lo|the) ")


@built_once
def _given_names() -> frozenset[str]:
    """Folded given names (``enrich/data/given_name_genders.tsv``, Faker, MIT)."""
    data = resources.files("veille.enrich").joinpath("data", "given_name_genders.tsv")
    return frozenset(fold(line.split("\t")[0]) for line in
                     data.read_text("utf-8").splitlines() if line and not line.startswith("#"))


@kept_once
def _articled() -> frozenset[str]:
    """The folded names of places written with an article ("Le Havre", "Le Caire", "Les
    Mureaux"), without it: what French writes "au Havre", "aux Mureaux"."""
    return frozenset(_ARTICLE.sub("", k) for k in _points() if _ARTICLE.match(k))


@kept_once
def _points() -> dict[str, tuple[tuple[float, float, bool], ...]]:
    """Folded place name -> its points ``(lat, lon, island)``, from the shipped gazetteer
    (module docstring); a name written with its article ("Le Havre") also without it."""
    out: dict[str, set[tuple[float, float, bool]]] = {}

    def add(name: str, lat: str, lon: str, island: bool) -> None:
        if not lat or not lon:
            return
        key = fold(name.replace("-", " "))
        point = (float(lat), float(lon), island)
        out.setdefault(key, set()).add(point)
        bare = _ARTICLE.sub("", key)
        if bare != key and len(bare) > 3:
            out.setdefault(bare, set()).add(point)

    for file in ("gazetteer.tsv", "islands_ports.tsv"):
        for cells in rows(file):
            if len(cells) >= 7 and cells[2] in _KINDS:
                add(cells[1], cells[5], cells[6], cells[2] == "island")
    for cells in rows("minor_towns.tsv.gz"):
        if len(cells) >= 6 and not cells[0].startswith("#"):
            add(cells[1], cells[4], cells[5], False)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1 << 14)
def _place(run: str) -> str | None:
    """The longest leading part of a capitalised ``run`` the gazetteer knows (folded),
    ``None`` when none does."""
    words = run.replace("-", " ").split()
    points = _points()
    for end in range(len(words), 0, -1):
        key = fold(" ".join(words[:end]))
        if len(key) >= 3 and key in points:
            # a given name before a surname is a person ("a François Fillon")
            return None if end < len(words) and key in _given_names() else key
    return None


def _lead(title: str, body: str) -> str:
    """The headline and the body's first sentence (at most :data:`LEAD_CHARS`)."""
    body = body.lstrip()[:LEAD_CHARS]
    end = _SENTENCE_END.search(body, 40)
    return f"{title}\n{body[:end.start() + 1] if end else body}"


def lead_of(title: str, body: str) -> str:
    """The text :func:`stated` reads: the headline and the body's first sentence."""
    return _lead(title, body)


def stated(title: str, body: str) -> frozenset[str]:
    """The keys (:data:`AT` + folded name) of the places the headline and the lead's first
    sentence state as the event's (module docstring)."""
    head = _HEAD.match(title)
    keys = _stated_in(_lead(title, body))  # "au Commerce" is an office, "au Havre" a town
    if head and (key := _place(head.group(1))):
        return keys | {AT + key}
    return keys


def named(text: str) -> frozenset[str]:
    """The keys (:data:`NAMED` + folded name) of every place of the gazetteer ``text``
    writes as a capitalised name (its longest known leading part) inside a sentence (a
    sentence's first word, "Cela", "Union", is no name)."""
    keys: set[str] = set()
    for match in _NAME.finditer(text):
        before = _char_before(text, match.start())
        if before and before not in ".!?:\"«»“”" and (key := _place(match.group())):
            keys.add(NAMED + key)
    return frozenset(keys)


def _char_before(text: str, at: int) -> str:
    """The last character of ``text[:at]`` that is not whitespace (``str.isspace``), ""
    when none: ``text[:at].rstrip()[-1:]`` without copying the text before ``at`` (a copy
    per name made :func:`named` quadratic in the body's length; issue #13)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at > 0 else ""


@shared
def of_runs(text: str) -> tuple[str, ...]:
    """The names :data:`_OF` finds after a place noun in ``text``, in order. Shared while
    an article is read (:func:`veille.dedup.reading.shared`): :func:`_stated_in` and the
    settlements abroad (:func:`veille.dedup.areas_abroad._towns_stated`) scan one lead and
    one whole text each, and the two patterns (a lookbehind and ~30 words tried at every
    character) cost more than all their readers' other work (r-captures60: a quarter of
    the scans were a second scan of one text)."""
    return tuple(match.group(1) for match in _OF.finditer(text))


@shared
def cue_groups(text: str) -> tuple[tuple[Any, ...], ...]:
    """The groups (cue, run, apposed run or ``None``: ``re.Match.groups``) of each match
    of :data:`_CUE` in ``text``, in order; shared as :func:`of_runs`."""
    return tuple(match.groups() for match in _CUE.finditer(text))


def _stated_in(text: str) -> frozenset[str]:
    """The :data:`AT` keys of the places ``text`` states anywhere (a preposition of place
    or a place noun before the name, :func:`stated`'s cues)."""
    keys: set[str] = set()
    for name in of_runs(text):
        if key := _place(name):
            keys.add(AT + key)
    for groups in cue_groups(text):
        cue, *runs = groups
        for run in runs:
            if run and (key := _place(run)) and \
                    (cue.lower() not in ("au", "aux") or key in _articled()):
                keys.add(AT + key)
    return frozenset(keys)


def _near(a: str, b: str) -> bool:
    """Whether any point of the place named ``a`` lies within reach of one of ``b``'s."""
    return _close(_reach(a), _reach(b))


Point = tuple[float, float, bool]
"""(lat, lon, island) of a place."""


def _close(ours: Iterable[Point], theirs: Iterable[Point]) -> bool:
    """Whether any point of ``ours`` lies within reach of one of ``theirs``."""
    theirs = tuple(theirs)
    return any(_km(a, b) <= RADIUS_KM + ISLAND_KM * (a[2] + b[2])
               for a in ours for b in theirs)


def _reach(key: str) -> tuple[tuple[float, float, bool], ...]:
    """The points of the place ``key`` names: the gazetteer's (:func:`_points`), else an
    English region's or metropolitan county's, which a district's article states
    (:func:`veille.dedup.district_places.districts`, r-stories54)."""
    from veille.dedup.district_places import _regions

    found = _points().get(key)
    if found:
        return found
    region = _regions().get(key)
    return ((*region, False),) if region else ()


def _names(keys: Iterable[str]) -> set[str]:
    return {k[len(AT):] for k in keys if k.startswith((AT, NAMED))}


@built_once
def _french() -> frozenset[str]:
    """The folded names ``gazetteer.tsv`` files as settlements of France only (its communes
    and France's capital; a name also filed abroad is not among them)."""
    french: set[str] = set()
    abroad: set[str] = set()
    for cells in rows("gazetteer.tsv"):
        if len(cells) >= 7 and cells[2] in _KINDS:
            key = fold(cells[1].replace("-", " "))
            (french if cells[3] == "FR" else abroad).add(key)
    return frozenset(french - abroad)


def apart(lead: Iterable[str], mentions: Iterable[str], other_lead: Iterable[str],
          other_mentions: Iterable[str], *, communes: bool = True) -> bool:
    """Whether two sides' stated places cannot be one event's (module docstring).
    ``lead``: one side's sub-place keys of its headlines and leads (its :data:`AT` keys
    are read); ``mentions``: those of all its texts (its :data:`NAMED` and :data:`AT` keys
    are read); the same for the other side. ``communes=False``: France's communes are left
    out (the story rules' towns rule, :func:`veille.dedup.specifics.towns`, compares them,
    with its own excuses: a town in the department the other side names, its score bar, its
    switch); a side left with no stated place agrees."""
    skip = frozenset() if communes else _french()
    ours = {k[len(AT):] for k in lead if k.startswith(AT)} - skip
    if not ours:
        return False
    theirs = {k[len(AT):] for k in other_lead if k.startswith(AT)} - skip
    if not theirs:
        return False
    if not ours.isdisjoint(_names(other_mentions)) or not theirs.isdisjoint(_names(mentions)):
        return False
    if _spread(ours, mentions) or _spread(theirs, other_mentions):
        return False
    return not _close(_side_points(ours, _names(mentions)),
                      _side_points(theirs, _names(other_mentions)))


def _side_points(names: set[str], context: set[str]) -> list[Point]:
    """The points of one side's stated places ``names``, a name of several places read as
    the one nearest the other places the side states or names (``context``): "the
    Chapeltown district of Leeds" is the Leeds of England, not Leeds, Alabama beside
    Birmingham, Alabama (r-stories54). A name alone in its side keeps all its points."""
    found: list[Point] = []
    for name in names:
        points = _reach(name)
        others = [p for other in names | context if other != name for p in _reach(other)]
        if len(points) < 2 or not others:
            found.extend(points)
            continue
        far = [min(_km(p, q) for q in others) for p in points]
        found.extend(p for p, km in zip(points, far, strict=True)
                     if km <= min(far) + RADIUS_KM)
    return found


def _km(a: Point, b: Point) -> float:
    """The distance between two points, in km (equirectangular: exact enough under
    a few hundred km, and far enough beyond)."""
    dlat = math.radians(b[0] - a[0])
    dlon = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def _spread(lead: set[str], mentions: Iterable[str]) -> bool:
    """Whether a side's texts state a place far from every place its leads state: an event
    in several towns (a national day of protest reported from Paris, Lyon and Brest), which
    no one town parts from another."""
    return any(all(not _near(k[len(AT):], a) for a in lead)
               for k in mentions if k.startswith(AT) and k[len(AT):] not in lead)


def places_keys(title: str, body: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(lead, all)`` keys for an article's sub-places: the stated places, and those with
    every place its headline and ``body`` name."""
    from veille.dedup.district_places import districts
    from veille.dedup.subject_towns import subject_towns

    # a district: its area (r-stories54); else the town abroad the headline or the lead's
    # council names (h-stories64)
    lead = stated(title, body) or districts(title, body) or \
        frozenset(AT + k for k in subject_towns(title, body))
    return lead, lead | _stated_in(body) | named(f"{title}\n{body}")


@functools.lru_cache(maxsize=4096)
def _opening_stated(opening: str) -> frozenset[str]:
    """:func:`stated` of a body's opening (no headline), remembered as
    :mod:`veille.dedup.copy_places`' readings are: a text is compared with each of its
    candidates, and a candidate with each later text that shares its shingles (r-perf66:
    :func:`texts_apart` read each side afresh, half of the template and places rules'
    time in ``bench/dedup.py``)."""
    return stated("", opening)


@functools.lru_cache(maxsize=1024)
def _whole_places(whole: str) -> frozenset[str]:
    """Every place key a whole text names or states (:func:`named`, :func:`_stated_in`),
    remembered as :func:`_opening_stated` (fewer: a whole text is up to 20,000
    characters, and the near-duplicate stage's memory holds the same strings)."""
    return named(whole) | _stated_in(whole)


@functools.lru_cache(maxsize=4096)
def _opening_areas(opening: str, abroad: bool) -> frozenset[str]:
    """:func:`veille.dedup.areas.stated_areas` of a body's opening (``abroad``: the flag
    :data:`veille.dedup.areas_abroad.ABROAD` it read, part of the key), remembered as
    :func:`_opening_stated`."""
    del abroad  # only a key: stated_areas reads the flag itself
    return frozenset(areas.stated_areas(_lead("", opening), _opening_stated(opening)))


def texts_apart(opening: str, whole: str, other_opening: str, other_whole: str) -> bool:
    """:func:`apart` for two bodies (no headline): ``opening`` and ``whole`` of each (a
    :class:`veille.dedup.template.Wording`'s). Each side's places are read once a text
    (:func:`_opening_stated`, :func:`_whole_places`, :func:`_opening_areas`)."""
    if not STATED_PLACES:
        return False
    ours = _opening_stated(opening)
    theirs = _opening_stated(other_opening)
    if ours and theirs and apart(ours, _whole_places(whole), theirs,
                                 _whole_places(other_whole)):
        return True
    if not areas.AREAS:
        return False
    our_regions = _opening_areas(opening, areas_abroad.ABROAD)
    their_regions = _opening_areas(other_opening, areas_abroad.ABROAD)
    if not our_regions or not their_regions or not our_regions.isdisjoint(their_regions):
        return False  # the texts are read only for two openings of two regions
    # two regions stated, neither text naming the other's (r-stories56, r-stories57): "un
    # entrepôt de la zone d'activités de Bolbec (Seine-Maritime)" / "… de Saint-Vulbas (Ain)",
    # "… em Porto Alegre" / "… no Recife"
    our_all, their_all = _whole_places(whole), _whole_places(other_whole)
    our_lead, our_named = areas.area_keys(_lead("", opening), whole, ours, our_all)
    their_lead, their_named = areas.area_keys(_lead("", other_opening), other_whole, theirs,
                                              their_all)
    return areas.apart(our_lead | ours, our_named | our_all, their_lead | theirs,
                       their_named | their_all)
