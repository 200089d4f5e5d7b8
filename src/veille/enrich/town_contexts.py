"""Towns the recogniser typed as organisations or events, where the text uses them as places.

The English and French models type a town ORG or MISC where its neighbours look like an
organisation's: "Residents in nearby Falmouth" (ORG), "moorland near Hebden Bridge" (ORG),
"Traders in nearby Todmorden" (ORG); a council or a festival carries the town inside its
own span ("Newport City Council", "Aberystwyth Town Council", "festival Voiron Jazz",
"the Figeac Blues festival"), and the article then names no place at all where it is about
that town (t-final32 #9). :func:`towns_in_place_context` gives the place stage those
mentions back, before :func:`veille.enrich.places.resolve_places`, which still decides
which place (if any) the name is:

- an ORG or MISC entity the alias table does not know, whose name is a settlement the
  shipped gazetteer holds (its cities and communes, minor towns or villages, by their own
  name), becomes a LOC entity when one of its mentions stands where only a place stands:
  after a locative preposition (:data:`PLACE_BEFORE`: "in", "near", "nearby", "outside",
  "towards"…; French "à", "près de", "les habitants de"), or before "town centre",
  "city centre", "town hall" (:data:`PLACE_AFTER`). A mention followed by a possessive
  ("in Chelsea's squad") is no such place;
- an organisation written "X Council", "X City Council", "X Town Council", "X Borough
  Council" (the names of British and Irish local authorities: the Local Government Acts'
  styles, a closed class) names its area X: X is a place mention of its own (the council
  stays an organisation), when the gazetteer knows X; "X County Council" only where no
  reading of X is a settlement ("Cork County Council" is the county's council, not the
  city's; "East Sussex County Council" names East Sussex);
- an entity (of any label but PER) written "Co X" or "County X" (the Irish style of a
  county's name, "Co Westmeath", "County Louth"; :data:`COUNTY`), where the gazetteer
  knows X as a region, is that region: a LOC entity named X, its mentions narrowed to X
  (the English model types "Co Westmeath" ORG, for "Co" heads companies' names, and the
  article then named no Irish place but the town, t-final34 A4: Athlone, South Africa);
- an entity (of any label but PER) that starts with a settlement's name and ends with, or
  follows, a festival's head noun (:data:`EVENT_AFTER`, :data:`EVENT_BEFORE`: "the Figeac
  Blues festival", "le festival Voiron Jazz") names that
  town as where the event is.

A known outlet's name is never read as its town ("explique-t-il à Libération": the paper,
not the Libération district of Nice; :func:`veille.enrich.cited_outlets.is_outlet_name`).

Shapes: the entity dicts of the entity stage (id, label, name, known, count, mentions
``[start, end, text]``); the list returned holds the same dicts, updated, and the new ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.cited_outlets import is_outlet_name
from veille.enrich.places import SETTLEMENT, Gazetteer
from veille.enrich.text import fold

PLACE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:in|near|nearby|outside|around|across|towards?|into|through|"
    r"close[ \t\u00a0]+to|near[ \t\u00a0]+to|based[ \t\u00a0]+in|heading[ \t\u00a0]+for|"
    r"(?:north|south|east|west)[ \t\u00a0]+of)"
    r"(?:[ \t\u00a0]+(?:nearby|neighbouring|neighboring|central|rural|the[ \t\u00a0]+"
    r"(?:town|city|village)[ \t\u00a0]+of))?"
    r"|(?<![\w'’-])(?<!face[ \t\u00a0])(?<!grâce[ \t\u00a0])(?<!quant[ \t\u00a0])"
    r"(?:à|près[ \t\u00a0]+d(?:e|['’])|autour[ \t\u00a0]+d(?:e|['’])|"
    r"(?:commune|ville|village|habitants?|maire|centre-ville)[ \t\u00a0]+d(?:e|['’])))"
    r"[ \t\u00a0]*$", re.IGNORECASE)
"""What only a place follows: an English locative preposition (with "nearby",
"neighbouring", "the town of" after it) or a French one, or a French noun of a town's
("les habitants de", "le maire de", "la commune de"); not the "à" of "face à", "grâce à",
"quant à" ("Caen s'est imposé face à Grenoble": the club)."""

PLACE_AFTER = re.compile(
    r"[ \t\u00a0]+(?:town|city)[ \t\u00a0]+(?:centre|center|hall)\b", re.IGNORECASE)
"""What only a town precedes: "Ilkley town centre", "Newport city centre"."""

POSSESSIVE = re.compile(r"['’]s?\b")

COUNCIL = re.compile(
    r"^(?:the[ \t\u00a0]+)?(?P<place>[A-Z][\w'’.-]*(?:[ \t\u00a0]+(?:and|upon|on|under|"
    r"le|by|in|[A-Z][\w'’.-]*))*?)[ \t\u00a0]+(?:(?P<kind>(?:City|Town|Township|Village|"
    r"Borough|District|Metropolitan[ \t\u00a0]+Borough|Parish|County)[ \t\u00a0]+)?Council|"
    r"(?P<body>(?:City|Town|Township|Village|Borough)[ \t\u00a0]+(?:Commission|Committee))|"
    r"(?P<school>(?:(?:Area|City|Unified|Independent|Community|Consolidated|Public)"
    r"[ \t\u00a0]+)*School[ \t\u00a0]+(?:District|Board)))$")
"""A local authority's name: its area, then the body's style. British and Irish councils
(the Local Government Acts' styles: "X Council", "X City/Town/Borough/County Council");
the United States' municipal and township governing bodies and school districts, the
local government types of the Census Bureau's Census of Governments ("Belleville
Township Council", "X Township Committee", "X City Commission", "Reading School
District", "Bethlehem Area School District", "X Unified School District"): a closed
class of styles."""

COUNTY = re.compile(r"^(?:Co\.?|County)[ \t\u00a0]+(?P<place>[A-Z][\w'’-]+)$")
"""An Irish county's name as the Irish press writes it: "Co Westmeath", "Co. Louth",
"County Kerry" (the county's own name after "County", abbreviated "Co")."""

EVENT_AFTER = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[ \t\u00a0-]+[A-ZÀ-Ý][\w'’-]*)*?)[ \t\u00a0]+"
    r"(?:[A-ZÀ-Ý][\w'’-]*[ \t\u00a0]+)*(?i:festival|carnival|marathon|fair)$")
"""An event written "Town ... festival" ("Figeac Blues festival")."""

EVENT_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:festivals?|carnavals?|carnivals?|foires?|fairs?|marathons?|"
    r"semi-marathons?))[ \t\u00a0]+$")
"""A festival's head noun written before its name ("le festival Voiron Jazz"); not a
summit's or a forum's ("un sommet Union européenne-Chine" names no L'Union)."""


def _settlement(name: str, gazetteer: Gazetteer) -> bool:
    """Whether ``name`` is the own name of a settlement of the shipped gazetteer (city,
    commune, minor town or village)."""
    key = fold(name)
    return any(p.kind in SETTLEMENT and fold(p.name) == key for p in [
        *gazetteer.candidates(name), *gazetteer.minor_towns(name),
        *gazetteer.villages_named(name)])


def _known_place(name: str, gazetteer: Gazetteer) -> bool:
    return bool(gazetteer.candidates(name)) or _settlement(name, gazetteer)


def _event_town(name: str, text: str, gazetteer: Gazetteer) -> str:
    """The settlement ``name`` starts with when the text writes ``name`` after an event's
    head noun somewhere ("le festival Voiron Jazz", though the recogniser spanned only the
    headline's "Voiron Jazz :"), the longest such prefix; '' otherwise."""
    if not any(EVENT_BEFORE.search(text, max(0, m.start() - 20), m.start())
               for m in re.finditer(re.escape(name), text)):
        return ""
    words = name.split()
    return next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                 if _settlement(" ".join(words[:n]), gazetteer)), "")


def _county(entity: dict[str, object], gazetteer: Gazetteer) -> bool:
    """Make ``entity`` the county its every mention names ("Co Westmeath" → LOC
    "Westmeath") when the gazetteer knows that name as a region; whether it did."""
    mentions = entity.get("mentions") or []
    assert isinstance(mentions, list)
    found = [COUNTY.match(str(m[2])) for m in mentions]
    names = {f.group("place") for f in found if f is not None}
    if not mentions or None in found or len(names) != 1:
        return False
    name = names.pop()
    if not any(p.kind == "region" for p in gazetteer.candidates(name)):
        return False
    entity["label"], entity["name"], entity["known"] = "LOC", name, False
    entity["id"] = "loc:" + fold(name).replace(" ", "-")
    entity["mentions"] = [[int(m[0]) + f.start("place"), int(m[0]) + f.end("place"), name]
                          for m, f in zip(mentions, found, strict=True) if f is not None]
    return True


def _in_place_context(mention: Sequence[object], text: str) -> bool:
    start, end = int(mention[0]), int(mention[1])  # type: ignore[call-overload]
    if POSSESSIVE.match(text, end):
        return False
    return PLACE_BEFORE.search(text, max(0, start - 40), start) is not None or \
        PLACE_AFTER.match(text, end) is not None


def towns_in_place_context(entities: list[dict[str, object]], text: str,
                           gazetteer: Gazetteer) -> list[dict[str, object]]:
    """``entities`` with the towns the recogniser typed ORG or MISC in a place's context
    made places, and the towns inside councils' and events' names added as place mentions
    (module docstring)."""
    if not text:
        return entities
    out = list(entities)
    by_name = {fold(str(e["name"])): e for e in entities if e["label"] == "LOC"}
    for entity in entities:
        mentions = entity.get("mentions") or []
        assert isinstance(mentions, list)
        name = str(entity["name"])
        if entity["label"] in ("ORG", "MISC") and not entity.get("known") and \
                not is_outlet_name(name) and _settlement(name, gazetteer) and \
                any(_in_place_context(m, text) for m in mentions):
            entity["label"] = "LOC"
            entity["id"] = "loc:" + fold(name).replace(" ", "-")
            if fold(name) in by_name:  # joined by the stage's merge of one id
                continue
            by_name[fold(name)] = entity
            continue
        if entity["label"] == "PER":
            continue
        if _county(entity, gazetteer):
            continue
        inner: list[list[object]] = []
        for start, _end, written in mentions:
            council = COUNCIL.match(str(written)) if entity["label"] == "ORG" else None
            if council is not None:
                place = council.group("place")
                settled = _settlement(place, gazetteer)
                if (council.group("kind") or "").startswith("County") and settled:
                    continue
                if not (settled or gazetteer.candidates(place)):
                    continue
                inner.append([int(start) + council.start("place"),
                              int(start) + council.end("place"), place])
                continue
            event = EVENT_AFTER.match(str(written))
            town = event.group("place") if event is not None else \
                _event_town(name, text, gazetteer)
            if town and _settlement(town, gazetteer) and str(written).startswith(town):
                inner.append([int(start), int(start) + len(town), town])
        if not inner:
            continue
        for start, end, written in inner:
            key = fold(str(written))
            target = by_name.get(key)
            if target is None:
                target = {"id": "loc:" + key.replace(" ", "-"), "label": "LOC",
                          "name": written, "known": False, "count": 0, "mentions": []}
                by_name[key] = target
                out.append(target)
            held = target["mentions"]
            assert isinstance(held, list)
            if all((int(m[0]), int(m[1])) != (start, end) for m in held):
                held.append([start, end, written])
                held.sort(key=lambda m: int(m[0]))
            target["count"] = len(held)
    return out
