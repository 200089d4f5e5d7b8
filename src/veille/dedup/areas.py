"""The French regions an article places its event in, and whether two sides' are apart
(r-stories56, t-final55b A2).

Two reports of one kind of event on one headline template ("Incendie d'un entrepôt à X :
deux pompiers blessés", "N départements en vigilance orange …") share the kind's words and
the template's, and nothing else. The stated-places rule (:mod:`veille.dedup.stated_places`)
leaves France's communes to the towns rule, which knows only communes of 20,000 inhabitants
or more by their written name ("Grand-Quevilly" is filed "Le Grand-Quevilly"), and no rule
compared a side placed by its départements ("du Finistère à la Manche") with another: a fire
at Vénissieux (Rhône) joined one at Grand-Quevilly (Seine-Maritime), a wind alert from the
Finistère to the Manche a rain alert from the Hérault to the Alpes-Maritimes.

Each side's **areas** are the regions (INSEE codes) of what its headline and lead's first
sentence state: the French communes stated there (``communes.tsv.gz``: a name with its
article is also known without it; a name of several communes gives all their regions), the
départements written there as places ("(Rhône)", "dans le Finistère", "de l'Hérault",
"Seine-Maritime : …") and
the regions written there ("en Bretagne"): keys :data:`AREA` + code. Its **named areas**
are those all its texts state so (a commune after a preposition of place, a département, a
region; not a bare capitalised word that a commune is named after, "la tempête Bram"):
:data:`AREA_NAMED` + code.
Two sides are :func:`apart` when both state areas, none in common, neither side's texts
name a region the other states, and neither side's texts name a region beyond its own lead's
(an event of several places, a national strike reported from Rennes and from Toulouse, a
storm "après la Bretagne" reaching the Manche), nor names a place the other states. A
region is coarse on purpose: two events in one region are left to the finer rules (towns,
stated places within 30 km).

Data: INSEE's COG through ``communes.tsv.gz`` (Licence Ouverte 2.0) and the gazetteer's
départements and regions (``gazetteer.tsv``), shipped in ``veille/enrich/data``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from veille.collector import built_once
from veille.dedup import areas_abroad
from veille.enrich.shipped_rows import rows
from veille.extract.textshape import fold
from veille.kept_tables import kept_once

AREAS = True
"""Whether the story rules compare the sides' French regions (:func:`apart`). False: as
before r-stories56."""

AREA = "area:"
"""The prefix of a region the headline and lead state (its INSEE code follows)."""
AREA_NAMED = "area~"
"""The prefix of a region any of the side's texts names."""

MAX_CHARS = 20_000
"""The characters of a text read for its named areas (bounded work)."""

_ARTICLES = ("le ", "la ", "les ", "l'", "l’")
_DATA = "veille.enrich"


@kept_once
def _commune_regions() -> dict[str, frozenset[str]]:
    """Folded commune name (hyphens as spaces, as :mod:`veille.dedup.stated_places` keys
    them; also without its article: "grand quevilly") -> the regions of the communes of
    that name."""
    out: dict[str, set[str]] = {}
    for cells in rows("communes.tsv.gz"):
        if cells[0].startswith("#"):
            continue
        if len(cells) < 4 or not cells[3]:
            continue
        key = fold(cells[1].replace("-", " "))
        out.setdefault(key, set()).add(cells[3])
        for article in _ARTICLES:
            if key.startswith(article):
                out.setdefault(key[len(article):], set()).add(cells[3])
    return {k: frozenset(v) for k, v in out.items()}


@built_once
def _named_areas() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the départements' and regions' names (longest first) and each name ->
    its region's code, from the gazetteer's French rows."""
    regions: dict[str, str] = {}
    for cells in rows("gazetteer.tsv"):
        if len(cells) >= 5 and cells[3] == "FR" and cells[2] in ("department", "region") \
                and cells[4]:
            regions[cells[1].replace("’", "'")] = cells[4]
    names = sorted(regions, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return pattern, regions


# what writes a département as a place: "(Rhône)", "dans le Finistère", "de l'Hérault",
# "aux Alpes-Maritimes", "en Corse-du-Sud", "et la Somme"
_CUE = re.compile(r"(?:\(\s*|(?:^|[\s,])(?i:dans|en|du|de|des|le|la|les|aux|au|à|et|vers|sur)"
                  r"\s+(?:(?:le|la|les)\s+|l['’])?|(?:^|\s)[ldLD]['’])$")
_COLON = re.compile(r"\s*:")
_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-Ö][\w-]*\s+(?:du|de|des)\s+$")  # Corée du Nord


def _written(text: str) -> set[str]:
    """The regions of the départements and regions ``text`` writes as places: after a
    preposition of place or an article, in brackets, or heading a line before a colon."""
    pattern, regions = _named_areas()
    found: set[str] = set()
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        name = match.group(1).replace("’", "'")
        code = regions.get(name)
        if code is None:
            continue
        headed = (match.start() == 0 or before.endswith("\n")) and \
            _COLON.match(text, match.end()) is not None  # "Seine-Maritime : …"
        if headed or _CUE.search(before) and not _CAPITALISED_BEFORE.search(before):
            found.add(code)
    return found


def _of_places(keys: Iterable[str]) -> set[str]:
    """The regions of the French communes among stated-place keys (``at:`` + folded name,
    :mod:`veille.dedup.stated_places`: a place written after a preposition of place or a
    place noun; a capitalised word that is also a commune's name, "tempête Bram", is not
    read)."""
    table = _commune_regions()
    found: set[str] = set()
    for key in keys:
        name = key[3:] if key.startswith("at:") else ""
        found |= table.get(name, frozenset())
    return found


def stated_regions(lead: str, lead_places: Iterable[str]) -> set[str]:
    """The regions (INSEE codes) a side's ``lead`` (headline and lead's first sentence)
    states, with ``lead_places`` the stated-place keys found there."""
    return _written(lead) | _of_places(lead_places)


def stated_areas(lead: str, lead_places: Iterable[str]) -> set[str]:
    """:func:`stated_regions` with the first-level divisions abroad (``CC.admin1`` codes,
    :mod:`veille.dedup.areas_abroad`, when :data:`~veille.dedup.areas_abroad.ABROAD`)."""
    lead_places = tuple(lead_places)
    found = stated_regions(lead, lead_places)
    if areas_abroad.ABROAD:
        found |= areas_abroad.stated(lead)
    return found


def area_keys(lead: str, whole: str, lead_places: Iterable[str], places: Iterable[str]
              ) -> tuple[frozenset[str], frozenset[str]]:
    """``(stated, named)`` area keys of a side: ``lead``, its headline and lead's first
    sentence, with ``lead_places`` the stated-place keys found there; ``whole``, all its
    texts (read up to :data:`MAX_CHARS`), with ``places`` every place key found there.
    Abroad, the first-level divisions too (:func:`stated_areas`)."""
    lead_places, places = tuple(lead_places), tuple(places)
    stated = stated_areas(lead, lead_places)
    whole = whole[:MAX_CHARS]
    named = stated | _written(whole) | _of_places(places)
    if areas_abroad.ABROAD:
        named |= areas_abroad.named(whole, places)
    return (frozenset(AREA + c for c in stated),
            frozenset(AREA_NAMED + c for c in named))


def _codes(keys: Iterable[str], *prefixes: str) -> set[str]:
    return {k.split(":", 1)[-1].split("~", 1)[-1] for k in keys if k.startswith(prefixes)}


_STATED = ("at:",)
_NAMED = ("at:", "at~")


def _places(keys: Iterable[str], prefixes: tuple[str, ...]) -> set[str]:
    return {k[3:] for k in keys if k.startswith(prefixes)}


def _own(named: set[str], stated: set[str]) -> set[str]:
    """The codes of ``named`` in the countries ``stated`` lies in (a German text's noun
    that a French commune or a town of Chile is named after says nothing of its event)."""
    countries = {areas_abroad.country(c) for c in stated}
    return {c for c in named if areas_abroad.country(c) in countries}


def apart(lead: Iterable[str], mentions: Iterable[str], other_lead: Iterable[str],
          other_mentions: Iterable[str]) -> bool:
    """Whether two sides' areas cannot be one event's (module docstring). ``lead``: one
    side's lead keys (its :data:`AREA` keys are read); ``mentions``: those of all its texts
    (:data:`AREA` and :data:`AREA_NAMED`); the same for the other side. A side stating no
    area agrees, and so does one whose texts name (``at~``, any capitalised name of the
    gazetteer) a place the other side states (``at:``, :mod:`veille.dedup.stated_places`):
    a commentary recalling "l'incendie de l'entrepôt de Gennevilliers" beside "Lubrizol à
    Rouen"."""
    ours = _codes(lead, AREA)
    theirs = _codes(other_lead, AREA)
    if not ours or not theirs or not ours.isdisjoint(theirs):
        return False
    our_text = _own(_codes(mentions, AREA, AREA_NAMED), ours) | ours
    their_text = _own(_codes(other_mentions, AREA, AREA_NAMED), theirs) | theirs
    if not our_text.isdisjoint(theirs) or not their_text.isdisjoint(ours):
        return False  # one side's texts name the other's region
    if not _places(lead, _STATED).isdisjoint(_places(other_mentions, _NAMED)) or \
            not _places(other_lead, _STATED).isdisjoint(_places(mentions, _NAMED)):
        return False  # one side's texts name a place the other states ("de Gennevilliers")
    return our_text == ours and their_text == theirs  # else an event of several places
