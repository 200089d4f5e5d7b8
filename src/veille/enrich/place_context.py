"""The countries an article is about, read from the whole of it, for its places' homonyms.

:func:`veille.enrich.places.resolve_places` scores a candidate for lying in a country the
text names; before this module only a country named as a place entity, or a place with
one reading, counted, and a name the gazetteer keeps apart because a French town bears it
too ("Valence" of València, ``contested_names.tsv``) counted only right after ", en
Espagne". An article headed "Espagne : … Valence" about "la ville espagnole de Valence"
and "Madrid" was read in the Drôme (t-enrich20 E1). Here the article's countries are
(:func:`article_countries`):

- the demonyms and country adjectives it writes, headline included ("espagnole",
  "américain", "Spanish"; :data:`veille.dedup.regions.DEMONYMS` and the overseas
  departments' and English ones below), written twice at least (``DEMONYM_EVIDENCE``);
- the areas named inside another entity's name ("la Région Réunion", "le conseil
  départemental de la Drôme": an organisation named after the area it serves);
- the country of each sibling place a first pass resolved clearly (:func:`_clear_country`:
  "Saint-Pierre", resolved to the commune 97416, makes "Saint-Paul" beside it La
  Réunion's, t-enrich20 E2).

A demonym right before "de" and the name ("la ville espagnole de Valence", "the Spanish
city of Valencia") states the place's country as ", en Espagne" does
(:func:`demonym_area`). A contested name becomes a candidate where its country is one of
the article's (:func:`contested_in_context`). Written by hand for issue 16 (t-enrich20 E1,
E2); the demonym tables are veille's own lists, not any benchmark's.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Sequence

from veille.collector import built_once
from veille.dedup.regions import DEMONYMS, demonym_forms
from veille.enrich.aliases import AliasTable
from veille.enrich.area_words import adjective_countries, credited_countries
from veille.enrich.places import (
    ADMINISTRATIVE,
    PROMINENT,
    SETTLEMENT,
    Gazetteer,
    Place,
    _inside,
    loose,
)
from veille.enrich.text import fold

FRENCH_EXTRA: dict[str, str] = {
    "francais": "FR", "reunionnais": "RE", "martiniquais": "MQ", "guadeloupeen": "GP",
    "guyanais": "GF", "mahorais": "YT", "caledonien": "NC", "neo-caledonien": "NC",
    "polynesien": "PF",
}
"""French demonyms :data:`veille.dedup.regions.DEMONYMS` leaves out (France's, and its
overseas territories', whose places the gazetteer files under their own ISO codes)."""
ENGLISH: dict[str, str] = {
    "american": "US", "spanish": "ES", "french": "FR", "british": "GB", "english": "GB",
    "scottish": "GB", "welsh": "GB", "italian": "IT", "german": "DE", "canadian": "CA",
    "mexican": "MX", "australian": "AU", "belgian": "BE", "swiss": "CH",
    "portuguese": "PT", "irish": "IE", "dutch": "NL", "russian": "RU",
    "ukrainian": "UA", "chinese": "CN", "japanese": "JP", "brazilian": "BR",
    "argentine": "AR", "argentinian": "AR", "texan": "US", "californian": "US",
    "austrian": "AT", "greek": "GR", "polish": "PL", "turkish": "TR", "egyptian": "EG",
}
"""English country adjectives, folded (``Indian`` is left out: the Indian Ocean)."""

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HEAD_NOUNS = (r"(?:ville|villes|cité|cite|capitale|commune|port|station|localité|localite|"
               r"municipalité|municipalite|métropole|metropole|bourgade|village|"
               r"agglomération|agglomeration|région|region|province)")
_FR_DEMONYM_BEFORE = re.compile(
    r"(?i)(?<![\w'’])" + _HEAD_NOUNS + r"(?:\s+[\w'’-]+)?\s+([\w'’-]+)\s+(?:de|d['’])\s*$")
"""A head noun, a demonym (an adjective may come between: "la station balnéaire
espagnole de"), "de", right before a name: "la ville espagnole de Valence"."""
_EN_DEMONYM_BEFORE = re.compile(
    r"(?i)(?<![\w'’])([\w'’-]+)\s+(?:city|town|port|capital|village|resort|region|"
    r"province)\s+of\s+$")
""""the Spanish city of Valencia"."""


@built_once
def _demonyms() -> dict[str, str]:
    """Folded demonym form -> ISO 3166 code (upper case), French and English; the
    demonyms of several countries ("congolais", "kurde") are left out."""
    table: dict[str, str] = {}
    for entry, codes in DEMONYMS.items():
        if len(codes) == 1:
            for form in demonym_forms(entry):
                table[form] = codes[0].upper()
    for entry, code in FRENCH_EXTRA.items():
        for form in demonym_forms(entry):
            table[form] = code
    table.update(ENGLISH)
    return table


STATE_NOUNS = frozenset({
    "gouvernement", "gouvernements", "ministre", "ministres", "ministere", "president",
    "presidente", "chancelier", "chanceliere", "roi", "reine", "police", "policiers",
    "gendarmerie", "autorites", "justice", "parquet", "juges", "tribunal", "parlement",
    "deputes", "senat", "secours", "pompiers", "garde", "executif", "etat", "douane",
    "douanes", "government", "minister", "ministry", "authorities", "officials", "king",
    "queen", "parliament", "courts", "prosecutors", "firefighters", "coastguard",
    "chancellor"})
"""Folded nouns of a state's own bodies and office holders. A demonym qualifying one
("le chef du gouvernement espagnol", "la police espagnole", "les autorités autrichiennes",
"Spanish police", "the Spanish prime minister") names the state acting, at home as a rule:
it is the article's country at once (``DEMONYM_EVIDENCE``), where an adjective of a person
("un écrivain espagnol") is not (f-places21, issue 16). Armies and diplomats are left out:
they act abroad ("l'armée israélienne à Rafah", "les soldats français au Mali")."""
STATE_REACH = 3
"""How many words before a French demonym (after an English one) a state noun may stand:
"le chef du gouvernement espagnol", "la garde civile espagnole", "Spanish prime minister"."""


def _of_the_state(tokens: list[str], k: int) -> bool:
    """Whether the demonym ``tokens[k]`` qualifies a state's body (:data:`STATE_NOUNS`):
    the noun before it in French (within ``STATE_REACH`` words), after it in English."""
    around = tokens[max(0, k - STATE_REACH):k] + tokens[k + 1:k + 1 + STATE_REACH - 1]
    return any(t in STATE_NOUNS for t in around)


def demonym_countries(text: str) -> dict[str, int]:
    """How many times ``text`` writes each country's demonym or adjective (ISO code ->
    count): "la ville espagnole … les secours espagnols" -> ``{"ES": 2}``. "indien"
    after "océan" is no country's. A demonym qualifying a state's body ("le Premier
    ministre espagnol", :data:`STATE_NOUNS`) counts ``DEMONYM_EVIDENCE`` times: the state
    acting names its country."""
    table = _demonyms()
    tokens = _TOKEN.findall(fold(text))
    counts: dict[str, int] = {}
    for k, token in enumerate(tokens):
        code = table.get(token)
        if code is None or (token == "indien" and k and tokens[k - 1] == "ocean"):
            continue
        weight = DEMONYM_EVIDENCE if _of_the_state(tokens, k) else 1
        counts[code] = counts.get(code, 0) + weight
    return counts


_FR_APPOSITION_AFTER = re.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(?:(?:la|le|l['’]|une|un|cette|ce|cet)[ \t\u00a0]*)?"
    r"(?:[\w'’-]+[ \t\u00a0]+)?" + _HEAD_NOUNS + r"((?:[ \t\u00a0]+[\w'’-]+){1,2})", re.I)
"""An apposition after a name naming its kind and country: "Valence, la ville espagnole
dévastée", "Vienne, capitale autrichienne", "Cordoue, grande ville espagnole" (the
demonym among the two words after the head noun)."""
_EN_APPOSITION_AFTER = re.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(?:the|a|an)[ \t\u00a0]+((?:[\w'’-]+[ \t\u00a0]+){1,2})"
    r"(?:city|town|port|capital|village|resort|region|province)\b", re.I)
""""Valencia, the Spanish city", "Merida, the southern Spanish city"."""


def demonym_area(text: str, start: int, gazetteer: Gazetteer, end: int = -1
                 ) -> list[Place]:
    """The country a demonym in an apposition to the name at ``start`` (ending at
    ``end``) states, before it ("la ville espagnole de Valence", "the Spanish city of
    Valencia") or after it and a comma ("Valence, la ville espagnole dévastée",
    "Valencia, the Spanish city", "Vienne, capitale autrichienne"): Spain, as the
    gazetteer's country entry; [] when there is none."""
    words: list[str] = []
    before = text[max(0, start - 60):start]
    match = _FR_DEMONYM_BEFORE.search(before) or _EN_DEMONYM_BEFORE.search(before)
    if match is not None:
        words = [match.group(1)]
    elif end >= 0:
        after = _FR_APPOSITION_AFTER.match(text, end) or _EN_APPOSITION_AFTER.match(text, end)
        words = after.group(1).split() if after is not None else []
    code = next((c for w in words if (c := _demonyms().get(fold(w)))), "")
    country = _countries(gazetteer).get(code)
    return [country] if country is not None else []


@functools.cache
def _countries(gazetteer: Gazetteer) -> dict[str, Place]:
    """The gazetteer's country entries by ISO code (built once per gazetteer)."""
    out: dict[str, Place] = {}
    for place in gazetteer.by_id.values():
        if place.kind == "country":
            out.setdefault(place.country, place)
    return out


def named_areas(entities: Iterable[dict[str, object]], gazetteer: Gazetteer,
                own: frozenset[str] = frozenset()) -> set[str]:
    """The countries of the areas named inside the names of the entities that are no
    place ("Région Réunion" -> RE, "Conseil départemental de la Drôme" -> FR): an
    organisation named after the area it serves. Only names of two words or more, read
    word by word and by runs of up to three words. A run whose folded form is in ``own``
    (the names of the place being resolved) is left out: "Reading School District" names
    the town the text calls Reading, whose own readings (the English borough GB-RDG) are
    no context for itself."""
    out: set[str] = set()
    for entity in entities:
        if entity.get("label") == "LOC":
            continue
        words = _TOKEN.findall(str(entity.get("name") or ""))
        if len(words) < 2:
            continue
        for size in (3, 2, 1):
            for first in range(len(words) - size + 1):
                run = " ".join(words[first:first + size])
                if not run[:1].isupper() or fold(run) in own:
                    continue
                areas = [p for p in gazetteer.candidates(run) if p.kind in ADMINISTRATIVE]
                if len({p.country for p in areas}) == 1:
                    out.add(areas[0].country)
    return out


def article_countries(text: str, entities: Sequence[dict[str, object]],
                      gazetteer: Gazetteer, own: frozenset[str] = frozenset()) -> set[str]:
    """The countries ``text`` (headline included) is about besides its place entities:
    its demonyms, the national agency its dateline credits and the adjectives of areas
    abroad it writes (:mod:`veille.enrich.area_words`: "SION (ATS) - Le Grand Conseil
    valaisan" is Switzerland's), and the areas named inside its other entities' names
    (module docstring).
    A country the gazetteer lacks is left out."""
    known = _countries(gazetteer)
    headline = text.split("\n\n", 1)[0] if "\n\n" in text else ""
    counts = demonym_countries(text)
    for code, n in demonym_countries(headline).items():
        counts[code] = counts.get(code, 0) + n
    credited = credited_countries(text) | adjective_countries(text)
    return ({c for c, n in counts.items() if c in known and n >= DEMONYM_EVIDENCE}
            | {c for c in credited if c in known} | named_areas(entities, gazetteer, own))


DEMONYM_EVIDENCE = 2
"""How many times a country's demonym must be written (one in the headline counts twice)
for the article to be about that country: one adjective may describe a person ("un
chanteur américain" at a festival in Orange does not move Orange to California), two are
a topic ("les autorités espagnoles … les secours espagnols"). A demonym right before "de"
and the name states the place's country at once (:func:`demonym_area`)."""


def contested_in_context(name: str, found: list[Place], gazetteer: Gazetteer,
                         countries: set[str]) -> list[Place]:
    """``found`` and the settlements the gazetteer keeps under ``name`` as a contested name
    (:attr:`Gazetteer.contested`: "Valence" of València) that lie in one of ``countries``.
    A country of that name that such a settlement outnumbers is then no reading: "Grenade"
    beside Alicante is Granada (233,000 people), not Grenada (111,000), whose name it
    shares in French (t-final51b A10); "Bénin" beside Nigerian towns stays the country
    (Benin City is smaller)."""
    extra = [p for p in gazetteer.contested.get(loose(name), [])
             if p.kind in SETTLEMENT and p.country in countries
             and all(p.id != f.id for f in found)]
    if extra:
        largest = max(p.population for p in extra)
        found = [p for p in found if p.kind != "country" or p.population > largest]
    return [*found, *extra]


def without_uncoded(found: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """``found`` less the French settlements (overseas included) that have no INSEE code
    when another reading is a commune that has one: a GeoNames settlement INSEE does not
    list never beats a commune ("Saint-Leu", Saône-et-Loire, no commune of that name
    there, against Saint-Leu 97413; t-enrich20 E2)."""
    def coded(p: Place) -> bool:
        return bool(p.insee or gazetteer.codes(p.id)[0])

    french = {"FR", "RE", "GP", "MQ", "GF", "YT"}
    if not any(p.kind in SETTLEMENT and coded(p) for p in found):
        return found
    return [p for p in found if not (p.kind in SETTLEMENT and p.country in french
                                     and not coded(p))] or found


_AREA_AFTER = re.compile(
    r",[ \t\u00a0]*((?:[A-ZÀ-Ý][\w'’.-]*)(?:[ \t\u00a0-][A-ZÀ-Ý][\w'’.-]*){0,2})"
    r"(?=\s*[,.;:)!?]|\s*$|\s+(?:on|in|at|and|where|when|after|before)\b"
    r"|[ \t\u00a0]+\([A-Z][\w. -]*\))")
""""City, State" ("Paris, Texas, on Thursday", "London, Ontario, police said"): the
area right after a town's name and a comma, the press's and the postal convention
(written without "en"/"au", as English does and French sometimes does), a dateline's
too ("PARIS, Texas (AP) -": the agency's name in parentheses after it; t-enrich23 E3)."""
_AREA_DESCRIBED = re.compile(
    r",[ \t\u00a0]+(?:a|an)[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){0,3}?"
    r"(?:town|city|village|port|resort|municipality|community|suburb)"
    r"(?:[ \t\u00a0]+(?:of|with)[ \t\u00a0]+(?:about[ \t\u00a0]+|some[ \t\u00a0]+)?"
    r"[\d,. ]+(?:[ \t\u00a0]+(?:people|residents|inhabitants))?)?"
    r"[ \t\u00a0]+(?:in|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|"
    r"southeastern|southwestern|rural|upstate|coastal)[ \t\u00a0]+)?"
    r"([A-ZÀ-Ý][\w'’.-]*(?:[ \t\u00a0][A-ZÀ-Ý][\w'’.-]*){0,2})")
"""An English apposition that says where the town before it lies: ", a town of 25,000 in
northeast Texas", ", a small city in Ontario" (t-enrich23 E3: the AP's dateline and
first sentence; a direction or size between the noun and the area is skipped)."""


_EN_AREA_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,3}?)(?:city|town|port|village|resort)\s+of\s+$")
"""A capitalised area's name before a settlement's noun and "of": "the Massachusetts city
of Cambridge", "The Alabama city of Birmingham"."""


def named_area_before(text: str, start: int, gazetteer: Gazetteer) -> list[Place]:
    """The first-level regions or countries an English settlement's noun before the name at
    ``start`` is qualified by ("the Massachusetts city of Cambridge": Massachusetts), the
    area stated as "the Spanish city of" states its country (:func:`demonym_area`;
    f-enrich28 P2: Cambridge, England was read); [] when none."""
    match = _EN_AREA_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return []
    words = match.group(1).split()
    for k in range(len(words)):  # "The Massachusetts": the article aside
        areas = [a for a in gazetteer.candidates(" ".join(words[k:]))
                 if a.kind in ADMINISTRATIVE]
        if areas:
            return areas
    return []


def comma_area(text: str, end: int, gazetteer: Gazetteer) -> list[Place]:
    """The first-level regions or countries the gazetteer reads in the capitalised words
    right after the name ending at ``end`` and a comma (:data:`_AREA_AFTER`); [] when
    none."""
    match = _AREA_AFTER.match(text, end)
    if match is None:
        return []
    # "Dubuque, Iowa.": the sentence's full stop is no part of the area's name (the
    # pattern keeps a dot for "St."; f-places27)
    name = match.group(1)
    readings = gazetteer.candidates(name) or gazetteer.candidates(name.rstrip("."))
    if any(p.kind in SETTLEMENT for p in readings) and _LIST_GOES_ON.match(text, match.end()):
        return []  # "Francfort, Anvers, Genève": towns in a list, not Antwerp's province
    return [a for a in readings if a.kind in ADMINISTRATIVE]


def described_area(text: str, end: int, gazetteer: Gazetteer) -> list[Place]:
    """The first-level regions or countries an English apposition after the name ending
    at ``end`` places it in (:data:`_AREA_DESCRIBED`: "Paris, a town of 25,000 in
    northeast Texas"); [] when none."""
    match = _AREA_DESCRIBED.match(text, end)
    if match is None:
        return []
    return [a for a in gazetteer.candidates(match.group(1)) if a.kind in ADMINISTRATIVE]


_LIST_GOES_ON = re.compile(r"\s*(?:,|\s(?:et|and|ou|or))\s*[A-ZÀ-Ý]")
"""Another capitalised name after the area's: a list of names, where a town that is also
an area ("Anvers", "Genève") is one more town."""


_STATE_CODE_AFTER = re.compile(r"[ \t\u00a0]*\(([A-Z]{2,3})\)")
"""A state's code in parentheses right after a town: "Salvador (BA)", "Crato (CE)"."""

_REGION_NOUN_AFTER = re.compile(
    r",[ \t\u00a0]*(?:(?:en|no|na|nel|nello|nella|in|dans)[ \t\u00a0]+"
    r"(?:(?:el|la|o|a|the|le|l['’])[ \t\u00a0]*)?"
    r"|(?:capital|capitale|cidade|ciudad|city|ville|municipio|município|comune)[ \t\u00a0]+"
    r"(?:del|de[ \t\u00a0]+la|de|do|da|della|dello|of|du|de[ \t\u00a0]+l['’])"
    r"[ \t\u00a0]*(?:(?:el|la|the)[ \t\u00a0]+)?)?"
    r"(?:estado|provincia|província|región|região|departamento|regione|provincia|stato"
    r"|state|province|region|état|région|département)[ \t\u00a0]+"
    r"(?:(?:de|do|da|del|di|of|du|de[ \t\u00a0]+la)[ \t\u00a0]+)?"
    r"([A-ZÀ-Ý][\w'’-]*(?:[ \t\u00a0][A-ZÀ-Ý][\w'’-]*){0,2})")
"""A region's noun, with or without a preposition or a settlement's noun before it, after a
town's name and a comma: "Valencia, en el estado Carabobo", "Barcelona, capital del estado
Anzoátegui", "Mérida, estado Mérida", "Springfield, in the state of Illinois"."""


def coded_area(text: str, end: int, gazetteer: Gazetteer,
               readings: Sequence[Place]) -> list[Place]:
    """The subdivisions coded as the state's code in parentheses right after the name
    ending at ``end`` (:data:`_STATE_CODE_AFTER`: "Salvador (BA)" → Bahia, the Brazilian
    papers' address), in the countries of the name's ``readings`` that have a settlement
    so named (ISO 3166-2 rows, no hand list); [] when none. The code states the area as a
    comma's region does: the town of that state, not the country El Salvador whose name
    the town shares (t-final57 A1)."""
    match = _STATE_CODE_AFTER.match(text, end)
    if match is None or match.group(1) in _NO_STATE:
        return []
    ids = {f"iso3166-2:{p.country}-{match.group(1)}" for p in readings
           if p.kind in SETTLEMENT}
    return [gazetteer.by_id[i] for i in sorted(ids) if i in gazetteer.by_id]


_NO_STATE = frozenset({"AFP", "AP", "EFE", "ANSA", "DPA"})
"""Agencies written in parentheses after a dateline's town ("PARIS (AFP)"): no state."""


def region_noun_area(text: str, end: int, gazetteer: Gazetteer) -> list[Place]:
    """The first-level regions a region's noun after the name ending at ``end`` names
    (:data:`_REGION_NOUN_AFTER`: "Valencia, en el estado Carabobo" → Carabobo, Venezuela;
    t-final57 A3b); [] when none."""
    match = _REGION_NOUN_AFTER.match(text, end)
    if match is None:
        return []
    words = match.group(1).split()
    for k in range(len(words), 0, -1):  # the longest name the gazetteer knows
        areas = [a for a in gazetteer.candidates(" ".join(words[:k]))
                 if a.kind in ADMINISTRATIVE]
        if areas:
            return areas
    return []


_OF_AREA_AFTER = re.compile(
    r"[ \t\u00a0]+(?i:de|d['’])[ \t\u00a0]*(?i:la|le|l['’])[ \t\u00a0]*"
    r"([A-ZÀ-Ý][\w'’-]*(?:[ \t\u00a0][A-ZÀ-Ý][\w'’-]*){0,2})")
"""A town "de" its island or region with the area's article, the French way of naming a
town by its area ("Saint-Denis de La Réunion", "Saint-Pierre de la Martinique"), in
capitals too ("SAINT-DENIS DE LA RÉUNION, 10 février (AFP) -": t-final60 #5, the
dateline's town was read as Saint-Denis (93))."""


def of_area(text: str, end: int, gazetteer: Gazetteer) -> list[Place]:
    """The countries, regions or départements named right after the name ending at
    ``end`` by "de" and the area's article (:data:`_OF_AREA_AFTER`); [] when none. The
    longest run of the area's words the gazetteer knows is read."""
    match = _OF_AREA_AFTER.match(text, end)
    if match is None:
        return []
    words = match.group(1).split()
    for k in range(len(words), 0, -1):
        areas = [a for a in gazetteer.candidates(" ".join(words[:k]))
                 if a.kind in ADMINISTRATIVE]
        if areas:
            return areas
    return []


def stated_in_context(entity: dict[str, object], found: list[Place], text: str,
                      gazetteer: Gazetteer) -> list[Place] | None:
    """The readings of ``found`` in the country a demonym before a mention states ("la
    ville espagnole de Valence", :func:`demonym_area`) or in the area written after it
    and a comma ("Paris, Texas", :func:`comma_area`), else the settlements there the
    name may still name (:meth:`Gazetteer.in_area`: a contested name); [] when the text
    states an area and no reading lies there (no place rather than the famous
    homonym: Paris, Texas is not Paris, France); None when no mention states one, or
    ``found`` holds no settlement (an enumeration of areas: "Spain, Portugal"). An English
    apposition placing the town states its area too (:func:`described_area`), and so does
    an area's name before a settlement's noun (:func:`named_area_before`), and the area
    after "de" and its article ("Saint-Denis de La Réunion": :func:`of_area`)."""
    if not any(p.kind in SETTLEMENT for p in found):
        return None
    for mention in entity.get("mentions") or []:  # type: ignore[attr-defined]
        areas = coded_area(text, int(mention[1]), gazetteer, [
            *found, *gazetteer.candidates(str(mention[2]))]) or \
            region_noun_area(text, int(mention[1]), gazetteer) or \
            demonym_area(text, int(mention[0]), gazetteer, int(mention[1])) or \
            named_area_before(text, int(mention[0]), gazetteer) or \
            comma_area(text, int(mention[1]), gazetteer) or \
            described_area(text, int(mention[1]), gazetteer) or \
            of_area(text, int(mention[1]), gazetteer)
        areas = [a for a in areas if all(a.id != p.id for p in found)]
        if areas:
            return [p for p in found if p.kind in SETTLEMENT
                    and any(_inside(p, a) for a in areas)] or \
                gazetteer.in_area(str(mention[2]), found, areas)
    return None


def _clear_country(entity: dict[str, object], gazetteer: Gazetteer,
                   readings: dict[str, int] | None = None) -> str:
    """The country of the place a first pass resolved ``entity`` to, when that reading is
    clear: the name's one reading, or a commune with an INSEE code (France's, overseas
    included: "Saint-Pierre" resolved to 97416 makes its siblings La Réunion's); '' for a
    foreign town picked among homonyms by size, which must not pull its neighbours abroad
    in turn. ``readings`` (place id -> how many readings the first pass weighed, its
    ``candidates`` field) counts the minor towns the context offered too: "Perth", the
    gazetteer's one reading (Western Australia), beside "Dundee" is also Perth, Scotland,
    and its first pass's pick by size is no clear country (f-places29)."""
    place = gazetteer.by_id.get(str(entity.get("id")))
    if place is None or entity.get("known") is False:
        return ""
    found = gazetteer.candidates(str(entity.get("name") or ""))
    if gazetteer.codes(place.id)[0] or (
            len({p.country for p in found} | {place.country}) == 1
            and (readings or {}).get(place.id, 1) <= max(len(found), 1)):
        # the name's readings all lie in one country: "Alicante", the city and its
        # province (t-final51b A10)
        return place.country
    if place.kind == "capital" and all(
            p.country == place.country or p.population * PROMINENT <= place.population
            for p in found):
        # a country's capital that dwarfs its namesakes abroad: "London" (8.9 million)
        # beside London, Ontario (0.4 million) makes "Westminster" Great Britain's, not
        # Colorado's, with no outlet saying its country (t-final51b A6)
        return place.country
    return ""


def _own_names(entity: dict[str, object]) -> frozenset[str]:
    """``entity``'s name and its mentions' surfaces, folded."""
    return frozenset({fold(str(entity.get("name") or "")), *(
        fold(str(m[2])) for m in entity.get("mentions") or [])})  # type: ignore[attr-defined]


def resolve_in_context(entities: Sequence[dict[str, object]], gazetteer: Gazetteer,
                       source: str = "", text: str = "", language: str = "",
                       aliases: AliasTable | None = None,
                       outlet: frozenset[tuple[str, str]] = frozenset(),
                       printed: frozenset[str] = frozenset()
                       ) -> list[dict[str, object]]:
    """:func:`veille.enrich.places.resolve_places` read with the article's countries
    (:func:`article_countries`) and, for each entity, the countries its sibling places
    resolved to on a first pass (on copies: ``entities`` are updated by the second pass
    only). An entity's own first reading is no context for itself: a "Valence" read in
    the Drôme first must not vote for France. ``outlet``: the outlet's own areas
    (:func:`veille.enrich.source_regions.source_areas`) and ``printed`` (the countries
    of the article's language and printed zone), passed on."""
    from veille.enrich.places import resolve_places

    copies = copy.deepcopy(list(entities))
    first = resolve_places(copies, gazetteer, source, text, language, aliases=aliases,
                           outlet=outlet, printed=printed)
    readings = {str(p["entity_id"]): int(p["candidates"])  # type: ignore[call-overload]
                for p in first}
    resolved = [_clear_country(e, gazetteer, readings) for e in copies]
    context = [(article_countries(text, entities, gazetteer, _own_names(e)) if text else set())
               | {c for j, c in enumerate(resolved) if c and j != i}
               for i, e in enumerate(copies)]
    return resolve_places(entities, gazetteer, source, text, language, context, aliases,
                          outlet, printed)
