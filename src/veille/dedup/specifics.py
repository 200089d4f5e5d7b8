"""The specific places an article's event happened at: streets, squares, estates, districts.

Two events of one kind in one town (two fires in Marseille the same day, a building
evacuated in one street and a fire in another) share the town, the kind of event and its
words ("incendie", "marins-pompiers", "évacués"): their scores pass every bar of
:mod:`veille.dedup.stories`. What tells them apart is where exactly each happened, which a
local news article says in its headline or lead: "rue Félix-Pyat, dans le 3e
arrondissement", "dans le massif de l'Étoile, sur les hauteurs du 13e arrondissement"
(newuser12b D1). :func:`specifics` reads those **sub-places**: a street, square, estate,
neighbourhood or natural site written as a French address is (a street word followed by a
capitalised name: "rue Félix-Pyat", "boulevard de la Liberté", "quartier des Minimes",
"cité de l'Étoile"), and a city's numbered district ("3e arrondissement").

A sub-place is keyed by its name, folded, without the street word: "avenue de l'Étoile",
"cité de l'Étoile" and "massif de l'Étoile" are one key ("etoile"), since outlets name one
place with different words. Towns are no sub-places (an event's outlets write the town and
its suburbs, the department, the region alike); :func:`towns` reads the towns a headline
names apart (a minister at an opening in Orléans, then at a conference in Lyon). People are
not read.

The street words are the types of the French address (the ``voie`` types of the national
address base, BAN: rue, avenue, boulevard, place, quai...), with neighbourhood words
(quartier, cité, résidence, lotissement) and a few natural sites (massif, colline, forêt,
plage); not buildings or venues, whose names are also organisations. Written from those
lists, not from any benchmark's articles (issue #14's eighth round, docs/benchmarks.md,
Stories).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from veille.collector import built_once
from veille.dedup.reading import plain_lower
from veille.dedup.regions import world_places
from veille.dedup.regions_abroad import (
    FRANCE,
    WHERE,
    french_place,
    lead_countries,
    region_countries,
)
from veille.dedup.town_short_forms import short_forms
from veille.enrich.shipped_rows import rows
from veille.extract.textshape import fold
from veille.kept_tables import kept_once

LEAD_CHARS = 500
"""Characters of the body read after the headline for an article's own sub-places (its
lead): where a local article says where its event happened."""
MAX_CHARS = 20_000
"""Characters of the body read for the sub-places it mentions at all (as story terms are:
:data:`veille.dedup.stories.MAX_TERM_CHARS`)."""

_STREET = (
    "rue", "ruelle", "avenue", "boulevard", "bd", "place", "placette", "quai", "impasse",
    "allée", "allee", "chemin", "route", "square", "esplanade", "promenade", "parvis",
    "cours", "traverse", "montée", "montee", "rond-point",
    "quartier", "cité", "cite", "résidence", "residence", "lotissement", "hameau",
    "massif", "colline", "forêt", "foret", "plage", "calanque",
    "zone industrielle", "zone artisanale", "zone commerciale", "zone portuaire",
    "zone d'activités", "zone d'activité", "zone d’activités", "zone d’activité",
    "parc d'activités", "parc d’activités", "zone",
)
ZONES = True
"""Whether an activity zone is a sub-place ("la zone du Rohu", "la zone industrielle de
Kerpont", "le parc d'activités de Soye"; r-stories57, t-final56b A13): where a fire, a
warehouse theft, an industrial accident happens, named by every report of it. Unread, the
event's own place was invisible while an incidental street ("la route de Lorient a été
coupée") or a site a follow-up names ("un bâtiment municipal à Kerpont") told two reports of
one fire apart: the follow-up made its own story. A zone named after a known place ("la
zone de Gaza", "la zone euro") is no sub-place (:func:`_zone_place`). False: as before."""
_STREET_HEADS = tuple(word for word in _STREET
                      if not any(word.startswith(w) for w in _STREET if w != word))
"""The street words no other street word begins ("ruelle" is found with "rue")."""
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_LINK = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|l['’]|la\s+|le\s+|les\s+)"
_PLACE = re.compile(
    r"(?<![\w'’-])(?P<type>(?i:" + "|".join(_STREET) + r"))\s+(?P<link>" + _LINK + r")?"
    r"(?P<name>" + _CAP + r"(?:\s+" + _LINK + r"?" + _CAP + r"){0,3})")
_DISTRICT = re.compile(r"(?<!\d)(\d{1,2})\s*(?:e|er|ème|eme|è)\s+arrondissement", re.IGNORECASE)
SHORT_DISTRICTS = True
"""Whether a numbered district written short is read as one when the article names one of
the three French cities divided into municipal arrondissements (Paris, Marseille, Lyon: the
PLM law of 31 December 1982): "dans le 13e", "du 16e," and "(13e)" after a place, as local
news writes them ("à Frais-Vallon, dans le 13e"; "la Castellane (16e)"), besides "16e
arrondissement". Two shootings the same night in two Marseille estates, one in the 16e and
one in the 13e, were one story: the short form was no district, and nothing else parted
them (issue #14, f-stories27). Only before a punctuation mark ("le 13e siècle", "la 13e
place du classement" are no district). False: the long form only, as before."""
_DISTRICT_SHORT = re.compile(
    r"(?:\bdans\s+le|\bdu|\()\s*(?<!\d)(\d{1,2})\s*(?:e|er|ème|eme|è)(?:\s+arr\.?)?"
    r"(?=\s*(?:[,.;:)»]|$))", re.IGNORECASE)
_PLM = re.compile(r"\b(?:Paris|Marseille|Lyon)\b")
"""The cities of :data:`SHORT_DISTRICTS`."""
# A street word that is no street: "au cours de la Saison", "à la place de Jean" (instead
# of), "en place", are read as prepositions.
_NOT_PLACE = re.compile(r"(?:\bau\s+cours|\b[àa]\s+la\s+place|\ben\s+place)\s*$",
                        re.IGNORECASE)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
# Street words that are also common words ("une cité de Marseille", "a cité Shakespeare"
# (quoted), "un quartier de Lyon", "le cours du Brent", "une route de Provence"): read as a
# place only after a definite article, a number or at the start of the text ("la cité
# Fonscolombes", "dans le quartier de l'Argonne", "au 84 cours Victor-Hugo").
_COMMON = frozenset({"zone", "cité", "cite", "place", "placette", "cours", "route",
                     "résidence",
                     "residence", "quartier", "massif", "colline", "forêt", "foret", "plage",
                     "hameau", "traverse", "montée", "montee", "promenade"})
_DEFINITE = re.compile(r"(?:\b(?:la|le|du|au)\s+|\bl['’]|\d+(?:\s*(?:bis|ter))?,?\s+|^\s*)$",
                       re.IGNORECASE)


def _places(text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PLACE` in ``text``, as ``_PLACE.finditer(text)`` gives them:
    tried only where ``lowered`` (:func:`veille.extract.textshape.plain_lower`) holds a
    street word, since the pattern (a lookbehind and three dozen case-insensitive
    alternatives) is otherwise tried at every position (~55 ns a character; issue #13)."""
    if lowered is None:
        yield from _PLACE.finditer(text)
        return
    starts: set[int] = set()
    for word in _STREET_HEADS:
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end:
            match = _PLACE.match(text, start)
            if match is not None:
                yield match
                end = match.end()


def _zone_place(name: str) -> bool:
    """Whether an activity zone's ``name`` makes it a sub-place (:data:`ZONES`): the rule is
    on, and the name is no town, region or country the gazetteer or the world tables know
    ("la zone de Gaza", "la zone Asie-Pacifique" are areas, not a site)."""
    if not ZONES:
        return False
    from veille.dedup.stated_places import _place  # it reads the gazetteer's settlements

    return _place(name) is None and not world_places(name)


def _keys(text: str, districts: bool = False) -> set[str]:
    """The sub-place keys ``text`` names; ``districts``: read the short forms of a numbered
    district too (:data:`SHORT_DISTRICTS`: the article names a city of arrondissements)."""
    found: set[str] = set()
    lowered = plain_lower(text)
    for match in _places(text, lowered):
        kind = match.group("type")
        if not kind[0].islower() and match.start() > 0 and \
                text[max(0, match.start() - 2):match.start()].strip() not in {"", ".", "!", "?",
                                                                              ":", "«", "-"}:
            continue  # "Place" capitalised inside a sentence: a name ("Place Beauvau")?
        if kind.lower() in _COMMON and \
                not _DEFINITE.search(text[max(0, match.start() - 12):match.start()]):
            continue
        if kind.lower() in {"cours", "place"}:
            if _NOT_PLACE.search(text[max(0, match.start() - 12):match.end("type")]):
                continue
            link = (match.group("link") or "").strip().lower()
            if kind.lower() == "cours" and link:
                continue  # "cours de l'Euro", "cours du Brent": a price
        name = match.group("name")
        if not _CAPITAL.match(name):
            continue
        if kind.lower().startswith(("zone", "parc")) and not _zone_place(name):
            continue
        words = [w for w in re.split(r"[\s'’]+", fold(name)) if w]
        while words and words[0] in {"de", "la", "le", "les", "du", "des", "d", "l"}:
            words.pop(0)
        if words:
            found.add(" ".join(words))
    if districts and SHORT_DISTRICTS:
        for match in _DISTRICT_SHORT.finditer(text):
            found.add(f"{int(match.group(1))}e arrondissement")
    if lowered is not None and "arrondissement" not in lowered:
        return found
    for match in _DISTRICT.finditer(text):
        found.add(f"{int(match.group(1))}e arrondissement")
    return found


TOWN = "town:"
"""The prefix of a town's key (:func:`towns`), apart from sub-places."""
TOWN_POPULATION = 20_000
"""The French communes :func:`towns` reads: those of at least this many inhabitants (about
450; a smaller commune's name is more often a surname or a word)."""
_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'-]*|sur|sous|en|le|la|les|"
                    r"de|du|des|d['’]\S+)){0,3}")


TOWN_SHORT_FORMS = False
"""Whether :func:`towns` reads the short forms news writes for large communes with compound
names ("Brive" for Brive-la-Gaillarde, "Cherbourg", "Charleville", "Aix": the rule of
:mod:`veille.dedup.town_short_forms`; newuser17c S1), in headlines and texts alike. Off for
now: on, newuser17c's two hospital cyberattacks (Brive, Périgueux), which the towns rule
parts today only because the Périgueux article's back-reference ("deux jours après
l'attaque qui a frappé l'hôpital de Brive") names no town, join again, the back-reference
now naming Brive (phase 0 B³ 0.928 to 0.905); rpm2 is unchanged either way (seeds 6-8).
Turning it on waits for the towns rule to tell a back-reference to another event from the
event's own town. False: INSEE's names only."""

WORLD_POPULATION = 500_000
"""Cities abroad :func:`towns` reads besides countries and capitals: those of at least this
many inhabitants (GeoNames' figure in the gazetteer veille ships)."""
WORLD_REGIONS = True
"""Whether :func:`towns` also reads the regions of the world and the demonyms a text names
(:func:`veille.dedup.regions.world_places`: "Sahel", "l'armée malienne"), as the countries
they stand for (issue #14's ninth round). False: countries, capitals and cities only."""
_WORLD_KINDS = frozenset({"country", "capital", "city"})
REGIONS_ABROAD = True
"""Whether :func:`towns` reads the subdivisions of countries abroad (a state, province,
autonomous community: "Canarias", "Floride") as their country, as a city abroad is
(:func:`veille.dedup.regions_abroad.region_countries`, the names that are also French
places, common words or people's names left out). A weather alert for the Canary Islands
named no place veille read, so it agreed with an alert for Tijuana the same day
(r-stories51). False: countries, capitals and cities only."""
TEXT_REGIONS = False
"""Whether a region of several countries written in an article's **text** (not its
headline) stands for its countries among the places the text names, as in the headline
(issue #14's ninth round). False since its twelfth: the text's region is the event's
context, not its place ("le groupe État islamique en Afrique de l'Ouest", "au cœur du
Sahel"), and read as its countries it made an attack in Nigeria name Burkina Faso, which an
attack headed "Sahel" stands for: two countries' events agreed through a region word
(newuser14b G11 / G12, verify14 V4). A headline's region still stands for its countries
("Sahel : …" and a follow-up headed "Burkina Faso" agree), and so does a region of one
country ("Donbass") anywhere."""
LEAD_COMMUNES = True
"""Whether :func:`towns` reads, besides the headline's towns, the French communes of **any
size** an article's headline and lead (:data:`LEAD_CHARS`) write as a place: after "à",
"près de", "au", "aux" or "du" (the last three as the commune's own article: "près du Luc"
for Le Luc), or as the headline's kicker ("Mimizan : …"); and among the places its text
names, every commune its text writes capitalised. Two events of one kind in one department
the same week (two forest fires in the Var, at Le Luc and at Collobrières; two drownings in
the Landes, at Mimizan and at Vieux-Boucau) share the department, the kind and its words,
and every bar passes; the village each happened in tells them apart, and villages are below
:data:`TOWN_POPULATION` (issue #14's twelfth round)."""
LEAD_TOWNS = False
"""Whether :data:`LEAD_COMMUNES` reads the lead's towns of :data:`TOWN_POPULATION` or more
too, not only the headline's. Off: on rpm2 (seeds 1-10) the held-out half fell from 0.931
to 0.927 (recall 0.910 to 0.901; a national event's articles lead from different big towns,
"à Paris", "à Strasbourg"), the villages alone change no figure (issue #14's twelfth
round)."""
_LOCATIVE = re.compile(
    r"(?<![\w'’-])(?P<prep>(?i:à|près\s+de|près\s+d['’]|près\s+du|au|aux|du|"
    r"sur\s+le|sur\s+la|sur\s+les))\s*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'-]*|sur|sous|en|le|la|les|de|du|"
    r"des|d['’]\S+)){0,3})(?![\w’'-]|\s*\d)")
SITES_OF = True
"""Whether :data:`LEAD_COMMUNES` also reads the commune a **site** is "of" in the headline
and lead: a works, a refinery, a plant, a port written with its place ("la raffinerie
TotalEnergies de Donges", "l'usine Ascometal de Hagondange", "le site de Florange"), a
company's name between the two allowed. Works only: a hospital or a prison is where a
victim is taken or a convict sent ("transporté à l'hôpital de Moûtiers"), not where the
event happened (``tests/dedup/test_story_villages.py``). Two strikes called by one union the
same day at two firms in two départements share the union, the kind, the strike's words and
the day, and neither text names the other's site; each headline wrote its site's commune
after "de", which :data:`LEAD_COMMUNES` did not read, so no place of either side could
disagree (q-stories22, from t-reader22's Donges / Dunkerque pair). False: as before."""
_SITE_OF = re.compile(
    r"(?i:\b(?:usine|usines|raffinerie|site|centrale|port|aciérie|acierie|papeterie|"
    r"verrerie|fonderie|chantier|chantiers|entrepôt|entrepot|abattoir|mine|sucrerie|"
    r"laiterie|plateforme|terminal|dépôt|depot))"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][\w’'&-]*){0,2}\s+(?:de|d['’])\s*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'-]*|sur|sous|en|le|la|les|de|"
    r"du|des|d['’]\S+)){0,3})(?![\w’'-]|\s*\d)")
CONTRACTED_TOWNS = True
"""Whether a **headline**'s town of :data:`TOWN_POPULATION` or more whose name begins with
its article, written contracted with a preposition ("au Havre", "du Mans", "aux Sables"),
is read as the headline's town, as "Le Havre" written whole is (:func:`_towns` reads
capitalised words only, and :data:`LEAD_COMMUNES` keeps its small communes). A dockers'
strike "au Havre" named no town and joined a dockers' strike at Fos-sur-Mer the day before
(r-stories51). A commune's name followed by a number, after a preposition or a site, is
another thing's name ("à Port 2000", a port terminal; "à Paris 2024"), not the commune
(:data:`LEAD_COMMUNES`, :data:`SITES_OF`). False: as before."""
_KICKER = re.compile(r"^\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,3})\s*:")
_ARTICLE = {"du": "le ", "au": "le ", "aux": "les ", "près du": "le "}
ON_PLACES = True
"""Whether a **headline**'s "sur le …", "sur la …", "sur les …" places its event at the
commune it names ("Loup sur le Larzac : …", "Attaque sur la Hague"), with the commune's
article or without it, as "à" does (:data:`LEAD_COMMUNES`). One minister's two visits two
days apart, to the Cantal and to a wolf's ground "sur le Larzac", shared the minister, the
farmers' words and the week, and the second visit's headline placed it nowhere that was read
(q-stories22, from t-reader22's two visits). The headline's only: read in leads too, it
lowered rpm2's undated topics (0.882 to 0.866, clusters 0.625 to 0.641). False: as before."""
_ON = {"sur le": "le ", "sur la": "la ", "sur les": "les "}
"""The locatives :data:`ON_PLACES` reads, and the article a commune's name may carry."""


@kept_once
def _communes() -> dict[str, str]:
    """Folded name -> key of the places :func:`towns` reads: the French communes of
    :data:`TOWN_POPULATION` or more (``enrich/data/communes.tsv.gz``, INSEE), each its own
    key, and abroad the countries, capitals and cities of :data:`WORLD_POPULATION` or more
    (``enrich/data/gazetteer.tsv``, GeoNames and CLDR), keyed by their **country**: an
    attack in Kabul and a follow-up from Afghanistan name one place; two attacks claimed
    by one group in Kabul and in Iraq, or a flood in Nîmes and an attack in Kabul, do not
    (newuser13b M4: six such events, sharing "Daech", were one story on a fresh store).
    France and its capital are left out abroad (a French town is keyed by itself). With
    :data:`TOWN_SHORT_FORMS`, a large commune's short form ("Brive", "Cherbourg") is keyed
    as the commune, unless a commune or a place abroad has that name."""
    out: dict[str, str] = {}
    for cells in rows("gazetteer.tsv"):
        if cells[0].startswith("#"):
            continue
        if len(cells) < 8 or cells[2] not in _WORLD_KINDS or cells[3] in ("", "FR"):
            continue
        if cells[2] == "city" and not (cells[7].isdigit()
                                       and int(cells[7]) >= WORLD_POPULATION):
            continue
        out.setdefault(fold(cells[1]), TOWN + "country:" + cells[3].lower())
    populated: list[tuple[str, int]] = []
    for cells in rows("communes.tsv.gz"):
        if cells[0].startswith("#"):
            continue
        if len(cells) >= 7 and cells[6].isdigit():
            populated.append((cells[1], int(cells[6])))
            if int(cells[6]) >= TOWN_POPULATION:
                name = fold(cells[1])
                out[name] = TOWN + name
    if TOWN_SHORT_FORMS:
        for short, name in short_forms(populated, TOWN_POPULATION).items():
            out.setdefault(short, TOWN + name)
    if REGIONS_ABROAD:
        for name, key in region_countries().items():
            out.setdefault(name, key)
    return out


@kept_once
def _all_communes() -> dict[str, str]:
    """Folded name -> key (:data:`TOWN` + the name) of every French commune of
    ``enrich/data/communes.tsv.gz`` (about 35,000; homonyms share a key), for
    :data:`LEAD_COMMUNES`."""
    out: dict[str, str] = {}
    for cells in rows("communes.tsv.gz"):
        if cells[0].startswith("#"):
            continue
        if len(cells) >= 2:
            name = fold(cells[1])
            out[name] = TOWN + name
    return out


@built_once
def _town_keys() -> frozenset[str]:
    return frozenset(_communes().values())


@functools.lru_cache(maxsize=1 << 16)
def _commune_key(phrase: str) -> str | None:
    """The key of the commune (any size) or place of :func:`_communes` named ``phrase``."""
    folded = fold(phrase)
    return _communes().get(folded) or _all_communes().get(folded)


def commune_key(phrase: str) -> str | None:
    """The key (:data:`TOWN` + the folded name) of the French commune of any size, or the
    place of :func:`_communes`, named ``phrase``; ``None`` for any other phrase."""
    return _commune_key(phrase)


def _longest(words: list[str], key: Callable[[str], str | None]) -> str | None:
    """The key of the longest run of ``words`` from the first that names a place."""
    for end in range(len(words), 0, -1):
        found = key(" ".join(words[:end]))
        if found is not None:
            return found
    return None


def _lead_communes(title: str, lead: str) -> set[str]:
    """The communes (any size) ``title`` and ``lead`` write as a place
    (:data:`LEAD_COMMUNES`)."""
    found: set[str] = set()
    for text in (title, lead):
        for match in _LOCATIVE.finditer(text):
            prep = " ".join(match.group("prep").lower().split())
            article = _ARTICLE.get(prep, "")
            words = match.group("name").split()
            key = _longest(words, _commune_key) if not article else \
                _longest([article.strip().capitalize(), *words], _commune_key)
            if prep in _ON:  # the headline's only (ON_PLACES)
                if text is not title or not ON_PLACES:
                    continue
                key = _longest([_ON[prep].strip().capitalize(), *words], _commune_key) or \
                    _longest(words, _commune_key)
            if key is not None and (LEAD_TOWNS or key not in _town_keys() or
                                    CONTRACTED_TOWNS and text is title and bool(article)):
                found.add(key)
        if SITES_OF:
            for match in _SITE_OF.finditer(text):
                key = _longest(match.group("name").split(), _commune_key)
                if key is not None and (LEAD_TOWNS or key not in _town_keys()) and \
                        key not in _first_elements():
                    found.add(key)
    kicker = _KICKER.match(title)
    if kicker is not None:
        key = _commune_key(" ".join(kicker.group("name").split()))  # the kicker whole
        if key is not None and (LEAD_TOWNS or key not in _town_keys()) and \
                not (PAYS_KICKERS and key in _pays()):
            found.add(key)
    return found


PAYS_KICKERS = True
"""Whether a headline's kicker that names a small commune and also a **pays** (a French
natural or historical region that communes of other departments carry in their names) is
read as the region, no commune: "Tarentaise : le bilan de l'avalanche passe à trois morts"
is the valley of Savoie (La Plagne Tarentaise, Sainte-Foy-Tarentaise), not the commune
Tarentaise of the Loire, which disagreed with the avalanche's "Tignes" (f-stories26 F1,
issue #14). Read from INSEE's list (:func:`_pays`), no list of regions written by hand.
False: the kicker is the commune, as before."""


_QUALIFYING = frozenset({"en", "de", "d", "du", "des", "sur", "sous", "les", "lès", "lez"})
"""The words before a pays in a commune's name ("Saint-Valery-en-Caux")."""
_NOT_QUALIFYING = frozenset({"saint", "sainte", "saints", "saintes", "la", "le", "les", "l"})
"""The words before a name that make it a saint's or an article's, no pays ("Saint-Aubin")."""


@built_once
def _pays() -> frozenset[str]:
    """The keys (:data:`TOWN` + the folded name) of the communes below
    :data:`TOWN_POPULATION` whose name is the last element of the names of at least two
    communes of other departments as a qualifier ("Tarentaise", 42: "La Plagne Tarentaise"
    and "Sainte-Foy-Tarentaise", 73; "Caux", 34: "Saint-Valery-en-Caux", 76 ...; not after
    "Saint" or an article alone: "Saint-Aubin" does not make Aubin a pays), and of none of
    its own department's (a town whose neighbours carry its name, "Saint-Paul-de-Vence", is
    that town): the name of a pays those communes are in (:data:`PAYS_KICKERS`)."""
    small: dict[str, set[str]] = {}
    carried: dict[str, set[str]] = {}
    for cells in rows("communes.tsv.gz"):
        if cells[0].startswith("#"):
            continue
        if len(cells) < 7 or not cells[6].isdigit():
            continue
        name = fold(cells[1])
        parts = [p for p in re.split(r"[\s'’-]+", name) if p]
        if len(parts) > 2 and parts[-2] not in _NOT_QUALIFYING or \
                len(parts) > 1 and parts[-2] in _QUALIFYING:
            carried.setdefault(parts[-1], set()).add(cells[1] + "\t" + cells[2])
        elif int(cells[6]) < TOWN_POPULATION:
            small.setdefault(name, set()).add(cells[2])
    out = set()
    for name, departments in small.items():
        carriers = carried.get(name, set())
        others = {c for c in carriers if c.split("\t")[1] not in departments}
        if len(others) >= 2 and len(others) == len(carriers):
            out.add(TOWN + name)
    return frozenset(out)


@built_once
def _first_elements() -> frozenset[str]:
    """The keys a large commune's name starts with ("town:villeneuve" of
    Villeneuve-d'Ascq): a site "de Villeneuve" may stand for any of them, so
    :data:`SITES_OF` reads none (``tests/dedup/test_town_short_forms.py``)."""
    return frozenset(key.split("-", 1)[0] for key in _town_keys() if "-" in key)


@functools.lru_cache(maxsize=1 << 16)
def _town_key(phrase: str) -> str | None:
    """The key of the place named ``phrase`` (words joined by single spaces), ``None``
    when :func:`_communes` holds none: remembered, since the same capitalised words recur
    in every article ("Le", "Paris", "Emmanuel Macron") and folding each costs more than
    the lookup (issue #13)."""
    return _communes().get(fold(phrase))


def _towns(text: str, key_of: Callable[[str], str | None] | None = None) -> set[str]:
    """The places ``text`` writes capitalised, looked up by ``key_of`` (the towns of
    :func:`_communes` by default; :func:`_commune_key`: every commune, for
    :data:`LEAD_COMMUNES`)."""
    lookup = key_of or _town_key
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        words = match.group().split()
        start = 0
        while start < len(words):  # the longest name first: "La Rochelle", "À Lyon"
            for end in range(len(words), start, -1):
                key = lookup(" ".join(words[start:end]))
                if key is not None:
                    found.add(key)
                    start = end
                    break
            else:
                start += 1
    return found


def lead_places(title: str, body: str) -> frozenset[str]:
    """The countries abroad an article's headline and lead (:data:`LEAD_CHARS`) name, as
    :func:`veille.dedup.regions_abroad.lead_countries` keys them: a country, capital, city
    or subdivision of :func:`_communes` written capitalised, not followed by another
    capitalised word of its run (a person's name: "Dominique Versini", "Milan Kundera");
    no demonym (it qualifies an actor: "la Bourse allemande")."""
    found: set[str] = set()
    for match in _TOKEN.finditer(f"{title}\n{_cut(body, LEAD_CHARS)}"):
        words = match.group().split()
        start = 0
        while start < len(words):
            for end in range(len(words), start, -1):
                key = _town_key(" ".join(words[start:end]))
                if key is not None:
                    if end == len(words) or not words[end][:1].isupper():
                        found.add(key)
                    start = end
                    break
            else:
                start += 1
    where = lead_countries(frozenset(), frozenset(found))
    if FRANCE_WHERE and any(map(french_place, found)):
        where |= {WHERE + FRANCE}
    return where


FRANCE_WHERE = True
"""Whether :func:`lead_places` reads a **French commune** of the headline or lead as France
(``where:fr``), so that :func:`veille.dedup.regions_abroad.countries_apart` parts a French
event from one abroad as it parts two abroad: a flood alert for the Var ("Toulon et
Hyères") and one for California ("Los Angeles et San Diego"), written on one template the
same morning, were one story, France being no country of those keys (t-final51b A13,
r-stories52). A side whose texts name any French place names France. False: as before."""


def towns(title: str, body: str, max_chars: int = MAX_CHARS
          ) -> tuple[frozenset[str], frozenset[str]]:
    """The towns (French communes of :data:`TOWN_POPULATION` inhabitants or more, keys
    prefixed :data:`TOWN`) an article's headline names, and those its headline and first
    ``max_chars`` characters name: ``(headline, all)``."""
    title, body = title[:max_chars], _cut(body, max_chars)
    head = _towns(title)
    if WORLD_REGIONS:
        head |= world_places(title)
    if LEAD_COMMUNES:
        head |= _lead_communes(title, _cut(body, LEAD_CHARS))
    named = head | _towns(body, _commune_key if LEAD_COMMUNES else None)
    if WORLD_REGIONS:
        named |= world_places(body, regions=TEXT_REGIONS)
    if DEPARTMENTS and not _towns(title, _commune_key):
        named |= _towns(_INSTITUTION_OF.sub(" ", title) if INSTITUTIONS_OF else title,
                        _department_key)
    return frozenset(head), frozenset(named)


DEPARTMENTS = True
"""Whether :func:`towns` reads a **department as the event's area**: when a headline names a
French department ("Tempête Aurore : un mort dans le Finistère") and no commune, the
department (keyed :data:`DEPARTMENT` + its code, among the places the article names, never
as a headline's town) is where its event happened, and :func:`within` reads every town of
that department as named by the article. A storm's first dispatch, headed on the Finistère,
names Landerneau in its text; a reporter's piece from Brest the same morning names Brest:
the two towns differ, yet Brest lies in the dispatch's area, so the two places do not
contradict (f-stories22, t-reader21's storm Aurore). A headline naming a commune too ("Var :
un feu de forêt près du Luc") places its event at the commune: two fires in two villages of
the Var stay two events. Here a department never parts two events: it is read only where it
can agree (two sides stating départements of two regions are parted by
:mod:`veille.dedup.areas`). False: as before."""
INSTITUTIONS_OF = True
"""Whether a department a headline writes as what an **institution** is of ("les assises du
Rhône", "le tribunal de la Gironde", "la préfecture du Nord") is left out of
:data:`DEPARTMENTS`: it names the court or the office, not where the event happened. A
verdict headed "… condamnés par les assises du Rhône" placed its event in the whole Rhône,
so a trial at Villeurbanne the same week lay in its area and the two trials' different towns
agreed (q-stories22, from t-reader22's two trials at one cour d'assises). False: as before."""
_INSTITUTION_OF = re.compile(
    r"(?i:\b(?:assises|cour|tribunal|tribunaux|parquet|préfecture|prefecture|préfet|prefet|"
    r"préfète|prefete|gendarmerie|pompiers|sdis|conseil\s+départemental|"
    r"conseil\s+departemental|rectorat|académie|academie|barreau|diocèse|diocese)"
    r"\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]))\s*[A-ZÀ-ÖØ-Þ][\w’'-]*(?:-[\w’'-]+)*")
"""An institution and the department it is of (:data:`INSTITUTIONS_OF`)."""
DEPARTMENT = TOWN + "dept:"
"""The prefix of a department's key ("town:dept:29")."""


@built_once
def _departments() -> dict[str, str]:
    """Folded department name -> key (:data:`DEPARTMENT` + its code), from the shipped
    gazetteer (``enrich/data/gazetteer.tsv``: ISO 3166-2 subdivisions of France)."""
    out: dict[str, str] = {}
    for cells in rows("gazetteer.tsv"):
        if len(cells) >= 3 and cells[2] == "department" and \
                cells[0].startswith("iso3166-2:FR-"):
            out.setdefault(fold(cells[1]), DEPARTMENT + cells[0].removeprefix("iso3166-2:FR-"))
    return out


@functools.lru_cache(maxsize=1 << 14)
def _department_key(phrase: str) -> str | None:
    """The key of the department named ``phrase``, ``None`` for any other phrase."""
    return _departments().get(fold(phrase))


@kept_once
def _town_departments() -> dict[str, frozenset[str]]:
    """Town key (:data:`TOWN` + the folded name) -> the keys of the departments holding a
    commune of that name (homonyms share a key, so a name may be in several)."""
    out: dict[str, set[str]] = {}
    for cells in rows("communes.tsv.gz"):
        if cells[0].startswith("#"):
            continue
        if len(cells) >= 3 and cells[2]:
            out.setdefault(TOWN + fold(cells[1]), set()).add(DEPARTMENT + cells[2])
    return {k: frozenset(v) for k, v in out.items()}


def within(town: str, named: frozenset[str] | set[str]) -> bool:
    """Whether ``named`` (the place keys a side names: :func:`towns`' second set) names
    ``town`` (a key of :func:`towns`) or the department its headline is about that holds
    it (:data:`DEPARTMENTS`)."""
    if town in named:
        return True
    if not DEPARTMENTS:
        return False
    return not _town_departments().get(town, frozenset()).isdisjoint(named)


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit + 1)
    return text[:space if space > 0 else limit]


def specifics(title: str, body: str, lead_chars: int = LEAD_CHARS,
              max_chars: int = MAX_CHARS) -> tuple[frozenset[str], frozenset[str]]:
    """The sub-places an article names: ``(lead, all)``, folded keys ("felix-pyat",
    "etoile", "3e arrondissement"). ``lead``: those of the headline and the first
    ``lead_chars`` characters of ``body`` (where the article says where its event
    happened); ``all``: those of the headline and the first ``max_chars`` characters (a
    superset). Linear in what it reads; empty sets when the text names none."""
    body = _cut(body, max_chars)
    plm = bool(_PLM.search(title) or _PLM.search(body))
    lead = _keys(title[:max_chars], plm) | _keys(_cut(body, lead_chars), plm)
    rest = _keys(body, plm) if len(body) > lead_chars else set()
    return frozenset(lead), frozenset(lead | rest)
