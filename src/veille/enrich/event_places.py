"""Places named inside an event's or a public body's name, and towns of French-speaking
countries the recogniser left out.

spaCy's French model reads "le carnaval de Cologne", "le forum de Davos", "le festival de
Cannes", "le marathon de Berlin" as no entity at all, or as one event ("Paléo de Nyon",
"Mostra de Venise", MISC), and "l'usine de Tubize" as nothing: the article then names no
place where the news happens (issue 16; f-places24). The event happens in the town its
name carries, so that town is a place mention of the article.

:func:`event_places` adds those mentions to the entities before the place stage resolves
them (:func:`veille.enrich.places.resolve_places`, which still decides which place the name
is, and drops a name the gazetteer does not know):

- a head noun of an event (:data:`EVENT_HEAD`: festival, carnaval, foire, forum,
  marathon, salon, sommet, rencontres, Mostra, Grand Prix…) or of a public body named
  after its seat (:data:`veille.enrich.places.SEAT_INSTITUTION`'s heads: université,
  tribunal, mairie…), its lower-case complements ("international de la chanson"), then
  "de"/"d'" and a run of capitalised words: that run, when the gazetteer knows it (any
  reading, or a commune's usual short name: "Châlons") or lists it as a minor town abroad;
- an event entity (MISC) written "Name de Town" ("Paléo de Nyon", "Fespaco de
  Ouagadougou"), whose last part the gazetteer knows as a settlement, or the one town of
  its name in a French-speaking country; not an organisation so written ("Olympique de
  Marseille", a club: its town is not where the news happens);
- after "à" or "de"/"d'" (a lower-case word before it), a capitalised name that no
  reading of the gazetteer has and that is the one minor town of that name in the
  world, in a French-speaking country (:func:`veille.enrich.minor_towns.french_speaking`):
  "l'usine de Tubize", "à Wavre".

How it is counted: the place of a public body's name is a place mention even where the
body is not where the news happens ("l'université de Lyon" at a conference in Paris
names Lyon and Paris); the event's place is where the event is. A span the recogniser
gave another label ("Nivelles", MISC) becomes a place; a span inside a longer entity
("Mostra de Venise") is a place mention of its own, as
:func:`veille.enrich.places.institution_places` does for "CHU de Nantes". Nothing is
added inside a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.places import SETTLEMENT, Gazetteer
from veille.enrich.text import fold

EVENT_ONLY_HEAD = (
    r"festivals?|carnavals?|foires?|forums?|marathons?|semi-marathons?|salons?|"
    r"rencontres|sommets?|biennales?|triennales?|mostra|"
    r"grands?[ \u00a0-]prix|tournois?|open|rallyes?|jeux|expositions?|"
    r"francofolies|triathlons?|r[ée]gates?|championnats?")
"""The head nouns of :data:`EVENT_HEAD` that name an event a town is known for ("la
Mostra de Venise", "le carnaval de Rio"), not a village fête or a body."""
EVENT_HEAD = (
    r"festivals?|carnavals?|foires?|forums?|marathons?|semi-marathons?|salons?|f[êe]tes?|"
    r"braderies?|rencontres|sommets?|conf[ée]rences?|biennales?|triennales?|mostra|"
    r"grands?[ \u00a0-]prix|tournois?|open|rallyes?|meetings?|jeux|expositions?|"
    r"processions?|p[èe]lerinages?|f[ée]rias?|corsos?|congr[èe]s|colloques?|"
    r"francofolies|triathlons?|r[ée]gates?|d[ée]fil[ée]s?|kermesses?|ducasses?|"
    r"festivit[ée]s|brocantes?|championnats?|manifestations?|concerts?|"
    r"universit[ée]|tribunal|mairie|pr[ée]fecture|h[ôo]pital|a[ée]roport|acad[ée]mie|"
    r"CHU|cour[ \u00a0]+d['’][ \u00a0]*appel|barreau|parquet|dioc[èe]se|m[ée]tropole|"
    r"port|usine|site|centrale")
"""Head nouns of an event named after its town, and of a body or a facility named after
its seat (the heads of ``SEAT_INSTITUTION``, a port, a factory, a site). Not a station's
or a stadium's: "la gare de Lyon" is in Paris, "le Stade de France" in Saint-Denis."""

_NAME = r"[A-ZÀ-ÖØ-Ý][\w'’-]*(?:[ \u00a0][A-ZÀ-ÖØ-Ý][\w'’-]*){0,3}"
EVENT_PHRASE = re.compile(
    r"(?<![\w'’-])(?i:" + EVENT_HEAD + r")(?:[ \u00a0]+[a-zà-ÿ][\w'’-]*){0,6}?"
    r"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)(?P<place>" + _NAME + r")")
"""A head noun, up to six lower-case words ("international de la chanson"), "de" or
"d'", then the capitalised run naming the place."""
EVENT_OF = re.compile(
    r"(?<![\w'’-])(?i:" + EVENT_ONLY_HEAD + r")(?:[ \u00a0]+[a-zà-ÿ][\w'’-]*){0,6}?"
    r"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)$")
"""The text right before a town named as an event's ("la Mostra de ", "le carnaval
de ")."""
_TOWN_AFTER = re.compile(
    r"(?:(?<![\w'’-])[àÀ][ \u00a0]+|(?<=[a-zà-ÿ])[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*))"
    r"(?P<place>" + _NAME + r")")
"""A town's preposition ("à") or a lower-case word and "de" before a capitalised run."""
_NAME_OF_TOWN = re.compile(r"^[A-ZÀ-ÖØ-Ý][\w'’-]*(?:[ \u00a0][A-ZÀ-ÖØ-Ý][\w'’-]*)?"
                           r"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)(?P<place>" + _NAME + r")$")
""""Paléo de Nyon", "Fespaco de Ouagadougou": an event's own name, then its town."""

_Mention = tuple[int, int, str]


def _known(name: str, gazetteer: Gazetteer) -> bool:
    return bool(gazetteer.candidates(name) or gazetteer.minor_towns(name)
                or gazetteer.usual_long_form(name))


def lone_french_speaking_town(name: str, gazetteer: Gazetteer) -> bool:
    """Whether ``name`` has no reading in the gazetteer and is the one minor town of its
    name in the world, in a French-speaking country
    (:func:`veille.enrich.minor_towns.lone_french_speaking`)."""
    from veille.enrich.minor_towns import lone_french_speaking

    return not gazetteer.candidates(name) and \
        bool(lone_french_speaking(gazetteer.minor_towns(name)))


def phrase_mentions(text: str, entities: Sequence[dict[str, object]],
                    gazetteer: Gazetteer) -> list[_Mention]:
    """The place mentions ``(start, end, name)`` of ``text`` the rules of the module's
    docstring find, in text order, none inside a person's mention."""
    persons = [(int(m[0]), int(m[1])) for e in entities if e.get("label") == "PER"
               for m in e.get("mentions") or []]  # type: ignore[attr-defined]
    found: dict[tuple[int, int], str] = {}
    for match in EVENT_PHRASE.finditer(text):
        name = match.group("place").rstrip("'’-")
        if _known(name, gazetteer):
            found[(match.start("place"), match.start("place") + len(name))] = name
    for entity in entities:
        if entity.get("label") != "MISC":  # not "Olympique de Marseille", a club
            continue
        for start, _end, written in entity.get("mentions") or []:  # type: ignore[attr-defined]
            named = _NAME_OF_TOWN.match(str(written))
            if named is None:
                continue
            name = named.group("place")
            if any(p.kind in SETTLEMENT for p in gazetteer.candidates(name)) or \
                    lone_french_speaking_town(name, gazetteer):
                at = int(start) + named.start("place")
                found[(at, at + len(name))] = name
    for match in _TOWN_AFTER.finditer(text):
        name = match.group("place").rstrip("'’-")
        if lone_french_speaking_town(name, gazetteer):
            found[(match.start("place"), match.start("place") + len(name))] = name
    return sorted((s, e, n) for (s, e), n in found.items()
                  if not any(ps < e and s < pe for ps, pe in persons))


def event_places(entities: list[dict[str, object]], text: str, gazetteer: Gazetteer
                 ) -> list[dict[str, object]]:
    """``entities`` (the entity stage's dicts: id, label, name, known, count, mentions
    ``[start, end, text]``) with each of :func:`phrase_mentions` as a place mention: it
    joins the LOC entity of that name, or the entity whose mention is that very span (a
    MISC or ORG one becomes LOC), or a new LOC entity (``loc:`` id). The same dicts,
    updated, and the new ones."""
    out = list(entities)
    for start, end, name in phrase_mentions(text, entities, gazetteer):
        same_span = [e for e in out if any(int(m[0]) == start and int(m[1]) == end
                                           for m in e.get("mentions") or [])]  # type: ignore[attr-defined]
        if any(e["label"] == "LOC" for e in same_span):
            continue
        for entity in same_span:  # "Nivelles" read as MISC: the town
            if entity["label"] in ("MISC", "ORG"):
                entity["label"] = "LOC"
                if not entity.get("known"):
                    entity["id"] = "loc:" + fold(str(entity["name"])).replace(" ", "-")
        if same_span:
            continue
        place = next((e for e in out if e["label"] == "LOC"
                      and fold(str(e["name"])) == fold(name)), None)
        if place is None:
            place = {"id": "loc:" + fold(name).replace(" ", "-"), "label": "LOC",
                     "name": name, "known": False, "count": 0, "mentions": []}
            out.append(place)
        mentions = place["mentions"]
        assert isinstance(mentions, list)
        mentions.append([start, end, name])
        mentions.sort()
        place["count"] = len(mentions)
    return out
