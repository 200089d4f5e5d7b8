"""Cities named in a text read without a model (English, German, Spanish…): the
gazetteer's large cities, by any of their names, as LOC spans.

Without a recogniser (``veille.enrich.defaults.recognizer_for``: French only), the alias
table alone found names, and it lists countries and capitals, not "Frankfurt" or
"Malatya": an English article about an earthquake in Turkey named no place but the country
(newuser15a W1). The gazetteer knows the large cities under their own and alternate names
(GeoNames, ``enrich/data/alternate_names.tsv``), so a capitalised run of words that is one
of those names is a place mention here. It is kept narrow, as a capital alone is weak
evidence of a name:

- a city of at least :data:`MAJOR_CITY` inhabitants (GeoNames' population), the size from
  which the generator keeps alternate names: the cities the international news names; an
  island of the shipped list as large (Tenerife, Gran Canaria, Mallorca, Crete);
- the whole run of capitalised words, never a part ("Lewis Hamilton" is not Hamilton,
  "Mobile Phone Sales" not Mobile);
- not a stop word of French or English (spaCy's lists), and, for one word at a sentence's
  start (where every word is capitalised), only when the text also capitalises it
  elsewhere ("Nice to meet you" is not Nice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from veille.enrich.arabic_forms import arabic_spans, is_arabic
from veille.enrich.area_heads_abroad import HEAD_ABROAD
from veille.enrich.cyrillic_forms import is_cyrillic
from veille.enrich.cyrillic_runs import cyrillic_runs
from veille.enrich.entities import Recognizer, Span, _function_words
from veille.enrich.minor_towns import KNOWN_TOWN_MIN, TOWN_DESCRIBED, TOWN_OF
from veille.enrich.place_context import comma_area
from veille.enrich.places import NEIGHBOUR_KM, SETTLEMENT, Gazetteer, Place, _inside, _km
from veille.enrich.russian_places import russian_place_spans
from veille.enrich.text import fold

MAJOR_CITY = 150_000
"""Inhabitants from which a city is found by name alone (scripts/gen_enrich_data.py's
``ALTERNATE_MIN_POP``: Geneva, 201,741, the smallest city of a fresh user's report)."""
MAX_WORDS = 3

_WORD = r"(?:St\.|Ste\.|Mt\.|Ft\.|[A-ZÀ-ÖØ-ÞЀ-Я][\w'’-]*)"
_RUN = re.compile(_WORD + r"(?:[ \u00a0]" + _WORD + r")*")
"""Capitalised words in a row (the abbreviations of :func:`veille.enrich.places.loose`
keep their full stop: "St. Petersburg")."""
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”—–(\n]\s*)$")


def _major(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a city's, or an island's (``islands_ports.tsv``: Tenerife, Gran
    Canaria, Mallorca), of at least :data:`MAJOR_CITY` inhabitants ("Vuelos de Tenerife a
    Gran Canaria" named no place: r-when53)."""
    places = gazetteer.by_name.get(fold(name)) or (
        gazetteer.candidates(name) if is_cyrillic(name) else ())  # "в Москве" (r-when53)
    return any((p.kind in SETTLEMENT or p.kind == "island") and p.population >= MAJOR_CITY
               for p in places) or bool(gazetteer.renowned_reading(name))


def city_spans(text: str, gazetteer: Gazetteer, language: str = "",
               home: str = "", document: str = "") -> list[Span]:
    """``(start, end, "LOC")`` for each run of capitalised words of ``text`` that names a
    city of at least :data:`MAJOR_CITY` inhabitants (rules in the module's docstring), and
    a one-word city opening a sentence that the text backs
    (:func:`veille.enrich.opening_cities.opening_city`; ``language``, the text's BCP 47
    tag, "" when unknown), and the small towns of the source's country ``home`` (ISO
    alpha-2, "" when unknown) or near another town of the text
    (:func:`home_town_spans`); ``document`` is the whole article ``text`` is a block of
    ("": ``text`` is), which says whether a town is named twice (h-places67)."""
    from veille.enrich.opening_cities import opening_city, readings
    from veille.enrich.opening_towns import opening_town_spans

    stop = _function_words()
    openers: list[tuple[int, str]] = []
    runs = [(m.start(), _POSSESSIVE.sub("", m.group()).rstrip(".'’-"))
            for m in _RUN.finditer(text)]
    spans: list[tuple[int, int, str, bool]] = []
    for start, run in cyrillic_runs(runs, lambda name: _major(gazetteer, name)):
        words = run.split()
        while len(words) > 1 and words[0].lower() in stop:  # "In Frankfurt", "At Lyon"
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        run = " ".join(words)
        if not run or len(words) > MAX_WORDS or (len(words) == 1 and run.lower() in stop):
            continue
        full = _linked_major(text, start, run, gazetteer)
        if full:  # "Juiz de Fora", "Duque de Caxias": no span of "Juiz" alone
            spans.append((start, start + len(full), full, False))
            continue
        if not _major(gazetteer, run):
            named = _event_of_city(gazetteer, words)
            if named is None:
                if len(words) == 1 and _SENTENCE_START.search(text, 0, start) is not None \
                        and readings(gazetteer, run):
                    openers.append((start, run))  # "Toledo acoge…" (h-places65b)
                continue
            run, words = named, named.split()
        at_start = _SENTENCE_START.search(text, 0, start) is not None
        spans.append((start, start + len(run), run, at_start and len(words) == 1))
    inside = {fold(run) for _, _, run, first in spans if not first}
    found = [(s, e, "LOC") for s, e, run, first in spans
             if not first or fold(run) in inside or _coordinated_place(text, e, gazetteer)]
    openers += [(s, run) for s, e, run, first in spans if (s, e, "LOC") not in found]
    kept = _full_names(text, gazetteer, {
        *found, *town_and_area_spans(text, gazetteer, runs),
        *described_town_spans(text, gazetteer, runs),
        *towns_after_preposition_spans(text, gazetteer, runs),
        *(home_town_spans(text, gazetteer, runs, language, home, document)
          if language else ()),
        *(opening_town_spans(text, gazetteer, runs, language, home, _SENTENCE_START,
                             document) if language else ()),  # "Utiel celebrará…" (t-check66 F9)
        *headed_area_spans(text, gazetteer), *coded_town_spans(text, gazetteer, runs),
        *area_after_preposition_spans(text, gazetteer, runs),
        *joined_name_spans(text, gazetteer, runs)})
    others = [text[s:e] for s, e, _ in kept]
    kept |= {(s, s + len(run), "LOC") for s, run in openers
             if not any(a < s + len(run) and s < b for a, b, _ in kept)
             and opening_city(text, s, run, gazetteer, language, others)}
    return sorted(k for k in kept if _QUARTER_BEFORE.search(text, max(0, k[0] - 30), k[0]) is None)


_QUARTER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:quartiere|rione|barrio|bairro|barri|quartier|stadtteil|ortsteil|"
    r"stadtviertel|kiez|viertel|district|neighbou?rhood)"
    r"(?:[ \u00a0]+(?:di|de|del|da|do|dos|das|della|du|des|of))?[ \u00a0]+$",
    re.IGNORECASE)
"""A quarter's noun (Italian, Spanish, Portuguese, Catalan, French, German, English) and its
linking word right before a name: "a Prato, nel quartiere di Santa Lucia", "en el barrio
de Salamanca", "im Stadtteil Wilhelmsburg". The name is a part of a city, not a town of
that name elsewhere (t-final65 A5: Prato's Santa Lucia read as a village 30 km away), so
it is no place span here; the city it lies in is named beside it."""


_COORDINATED = re.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:y|e|i|ed|et|and|und|o|ou|or))"
                          r"[ \u00a0]+(" + _WORD + r"(?:[ \u00a0]" + _WORD + r"){0,2})")
"""A conjunction or a comma and the capitalised words after a name ("Alicante y Valencia",
"Badajoz y Cáceres", "Nantes et Angers")."""


def _coordinated_place(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name ending at ``end`` is coordinated with a settlement of at least
    :data:`TOWN_MIN` inhabitants or an area the gazetteer lists ("Alicante y Valencia
    registran…": the sentence's first word is a city's name, not a capital of the
    sentence's start only, when another place is its pair; h-places65, t-final64 #2)."""
    pair = _COORDINATED.match(text, end)
    if pair is None:
        return False
    words = pair.group(1).split()
    return any((p.kind in SETTLEMENT and p.population >= TOWN_MIN)
               or p.kind in ("country", "region", "island")
               for k in range(len(words), 0, -1)
               for p in gazetteer.by_name.get(fold(" ".join(words[:k])), ()))


_JOINED = re.compile(r"[ \u00a0]+(?:y|e|i|and|und|et|&)[ \u00a0]+(" + _WORD +
                     r"(?:[ \u00a0]" + _WORD + r"){0,2})")
"""A conjunction and capitalised words inside one name ("Castilla y León", "Trinidad and
Tobago", "Bosnia y Herzegovina")."""


def joined_name_spans(text: str, gazetteer: Gazetteer,
                      runs: Sequence[tuple[int, str]]) -> list[Span]:
    """``(start, end, "LOC")`` for a name the gazetteer knows whole that joins two runs of
    capitalised words by a conjunction ("la Junta de Castilla y León": the region, not León,
    Mexico; h-places65b): the longest such; the shorter spans inside it then go
    (:func:`_full_names`)."""
    out: list[Span] = []
    for start, run in runs:
        words = run.split()
        for first in range(len(words)):
            at = start + len(" ".join(words[:first])) + (1 if first else 0)
            if text[at:at + len(words[first])] != words[first]:
                continue
            joined = _JOINED.match(text, start + len(run))
            if joined is None:
                break
            tail = joined.group(1).split()
            full = next((n for n in (text[at:joined.start(1)] + " ".join(tail[:k])
                                     for k in range(len(tail), 0, -1))
                         if gazetteer.by_name.get(fold(n))), "")
            if full:
                out.append((at, at + len(full), "LOC"))
                break
    return out


_NAME_GOES_ON = re.compile(
    r"[ \u00a0]+(de(?:[ \u00a0]+(?:la|las|los))?|del|am|an[ \u00a0]+der|im|upon|di|da|do|dos"
    r"|das|della|dello|delle|dei|degli)[ \u00a0]+(" + _WORD + r"(?:[ \u00a0]" + _WORD + r")*)")
"""What may carry a place's name on past its first capitalised words: a linking word
and capitalised words ("Santa Cruz de Tenerife", "Santiago de Compostela", "San José del
Cabo", "Frankfurt am Main", "Stratford upon Avon", "Castiglione della Pescaia": h-places67)."""


def _linked_major(text: str, start: int, run: str, gazetteer: Gazetteer) -> str:
    """The longest major city's name (:func:`_major`) that ``run`` (at ``start``) opens
    with a linking word and capitalised words after it (:data:`_NAME_GOES_ON`: "Juiz de
    Fora", "Duque de Caxias", whose first word alone names nothing); "" when none."""
    return next((n for n in _linked_names(text, start, run) if _major(gazetteer, n)), "")


def _linked_names(text: str, start: int, run: str) -> Iterator[str]:
    """The names ``run`` (at ``start`` of ``text``) may open with a linking word and
    capitalised words after it (:data:`_NAME_GOES_ON`), longest first, at most
    :data:`MAX_WORDS` words after the link; none when no link follows the run."""
    tail = _NAME_GOES_ON.match(text, start + len(run))
    if tail is None:
        return
    words = tail.group(2).split()
    for k in range(min(len(words), MAX_WORDS), 0, -1):
        yield text[start:tail.start(2)] + " ".join(words[:k])


def _full_names(text: str, gazetteer: Gazetteer, spans: set[Span]) -> set[Span]:
    """``spans`` with each one that a linking word and capitalised words carry on
    (:data:`_NAME_GOES_ON`) read as the full name: the longest one the gazetteer knows
    ("Santa Cruz de Tenerife", not Santa Cruz, Bolivia; t-final52 A5), else kept only
    when the words after the link name an area (country, region, island) holding a
    reading of the span ("Santiago de Chile") or an acronym ("Madrid de la OTAN"), else
    dropped: the name is another place's the gazetteer lacks, never a namesake of its
    first words elsewhere. A span inside a full name goes ("Cabo" of San José del Cabo)."""
    out: set[Span] = set()
    for start, end, label in spans:
        tail = _NAME_GOES_ON.match(text, end)
        if tail is None:
            out.add((start, end, label))
            continue
        words = tail.group(2).split()
        full = next((n for n in (
            text[start:tail.start(2)] + " ".join(words[:k])
            for k in range(min(len(words), MAX_WORDS), 0, -1))
            if gazetteer.candidates(n)), None)
        if full is not None:
            out.add((start, start + len(full), label))
            continue
        short = gazetteer.candidates(text[start:end])
        areas = [a for k in range(min(len(words), MAX_WORDS), 0, -1)
                 for a in gazetteer.candidates(" ".join(words[:k]))
                 if a.kind in ("country", "region", "island", "department")]
        if words[0].isupper() or any(_inside(p, a) for p in short for a in areas):
            out.add((start, end, label))  # "Madrid de la OTAN": a body's acronym
    return {s for s in out if not any(  # "San José del Cabo": not also "Cabo"
        o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in out)}


_POSSESSIVE = re.compile(r"['’]s$")
"""An English possessive ending a run ("Montreal's orange line": Montreal)."""
_EVENT_WORDS = frozenset({
    "biennale", "biennial", "festival", "film", "marathon", "summit", "games", "carnival",
    "fair", "book", "motor", "show", "open", "forum", "conference", "talks", "triennale",
    "expo", "airshow", "derby", "grand", "prix"})
"""Words that follow a city's name in an event's ("the Venice Biennale", "the Salzburg
Festival", "the Berlin Marathon", "the Frankfurt Book Fair", "the Geneva talks"): the
event is held in that city."""


def _event_of_city(gazetteer: Gazetteer, words: list[str]) -> str | None:
    """The city's name opening an event's name (the first one or two ``words``, the rest
    :data:`_EVENT_WORDS`) when the gazetteer knows it as a settlement of at least
    ``MAJOR_CITY`` / 4 inhabitants (its cities; an event in its name is evidence enough):
    "Venice Biennale" → "Venice" (t-enrich25 E12). None otherwise."""
    for cut in (1, 2):
        if len(words) <= cut or not all(w.lower() in _EVENT_WORDS for w in words[cut:]):
            continue
        name = " ".join(words[:cut])
        if any(p.kind in SETTLEMENT and p.population >= MAJOR_CITY // 4
               for p in gazetteer.by_name.get(fold(name), ())):
            return name
    return None


_AREA_HEAD_OF = re.compile(r"\b(?:canton|province|state|region|county|island|département|"
                           r"department)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(" + _WORD +
                           r"(?:[ \u00a0]" + _WORD + r"){0,2})")
"""An area's head noun and "of" before its name ("the canton of Vaud", "the province of
Limburg", "the state of Oaxaca")."""
_AREA_HEAD_ABROAD = re.compile(
    r"\b" + HEAD_ABROAD + r"(" + _WORD + r"(?:[ \u00a0]" + _WORD + r"){0,2})")
"""The same head nouns in Portuguese, Spanish, Italian and German, which have no language
model here (:mod:`veille.enrich.area_heads_abroad`: "no distrito de Faro")."""


_CODE_AFTER = re.compile(r"[ \u00a0]?\(([A-Z]{2,3})\)")
"""A state's code in parentheses right after a town ("Crato (CE)", "Ananindeua (PA)")."""


def coded_town_spans(text: str, gazetteer: Gazetteer,
                     runs: Sequence[tuple[int, str]]) -> list[Span]:
    """``(start, end, "LOC")`` for a run of capitalised words followed by a state's code
    in parentheses, that the gazetteer knows as a settlement of a country with a
    subdivision so coded (:func:`veille.enrich.state_codes.state_of`; any size: the code
    says it is a town): "Crato (CE)", "Ananindeua (PA)" (t-final56b A11)."""
    from veille.enrich.state_codes import state_of

    out: list[Span] = []
    for start, run in runs:
        code = _CODE_AFTER.match(text, start + len(run))
        if code is None:
            continue
        end, words = start + len(run), run.split()
        name = next((n for n in (" ".join(words[k:]) for k in range(len(words)))
                     if len(n.split()) <= MAX_WORDS and state_of(code.group(1), n, gazetteer)),
                    "")  # the longest tail: "Em Ananindeua (PA)" is Ananindeua
        if name:
            out.append((end - len(name), end, "LOC"))
    return out


def headed_area_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """``(start, end, "LOC")`` for each name after an area's head noun and "of"
    (:data:`_AREA_HEAD_OF`, :data:`_AREA_HEAD_ABROAD`) that the gazetteer knows as a
    region, département or island: "the canton of Vaud", "o distrito de Faro" (t-enrich25
    E12: no place without a recogniser)."""
    out: list[Span] = []
    for match in (*_AREA_HEAD_OF.finditer(text), *_AREA_HEAD_ABROAD.finditer(text)):
        name = _POSSESSIVE.sub("", match.group(1)).rstrip(".'’-")
        if any(p.kind in ("region", "department", "island")
               for p in gazetteer.candidates(name)):
            out.append((match.start(1), match.start(1) + len(name), "LOC"))
    return out


def town_and_area_spans(text: str, gazetteer: Gazetteer,
                        runs: Sequence[tuple[int, str]]) -> list[Span]:
    """``(start, end, "LOC")`` for a town and its area written "Town, Area" ("Paris,
    Texas", "Cambridge, Massachusetts", "London, Ontario": a run of capitalised words
    the gazetteer knows as a settlement, a comma, a first-level region or country,
    :func:`veille.enrich.place_context.comma_area`): the area, and the town when it lies
    there, whatever its size (t-enrich20 E3: "Texas" was no place in an English text).
    A town the gazetteer has elsewhere only is left to :func:`city_spans` (a major city)
    and the place stage, which abstains ("Paris, Texas" is not Paris, France)."""
    out: list[Span] = []
    for start, run in runs:
        end = start + len(run)
        towns = [p for p in gazetteer.candidates(run) if p.kind in SETTLEMENT] or \
            gazetteer.minor_towns(run)  # "Kotor, Montenegro": a town too small to list
        if not towns:
            continue
        areas = comma_area(text, end, gazetteer)
        if not areas:
            out.extend(_near_a_city(text, start, end, towns, gazetteer))
            continue
        area_at = text.index(",", end) + 1
        area_at += len(text[area_at:]) - len(text[area_at:].lstrip())
        area_name = re.match(r"[^,.;:()!?\n]*", text[area_at:])
        assert area_name is not None
        area_end = area_at + len(area_name.group().rstrip())
        out.append((area_at, area_end, "LOC"))
        if any(_inside(t, a) for t in towns for a in areas):
            out.append((start, end, "LOC"))
    return out


_NEAR = re.compile(r",?[ \u00a0]+(?:near|close[ \u00a0]+to|outside|près[ \u00a0]+de|"
                   r"non[ \u00a0]+loin[ \u00a0]+de)[ \u00a0]+(" + _WORD +
                   r"(?:[ \u00a0]" + _WORD + r"){0,2})")
"""", near Valencia", " outside Naples", ", près de Valence": a town placed by a city."""


def _near_a_city(text: str, start: int, end: int, towns: Sequence[Place],
                 gazetteer: Gazetteer) -> list[Span]:
    """The town at ``start:end`` and the city after "near" (:data:`_NEAR`) when one of the
    town's readings lies within ``NEIGHBOUR_KM`` of one of the city's ("Paiporta, near
    Valencia": f-places22, the town too small for the gazetteer was no span); []
    otherwise."""
    near = _NEAR.match(text, end)
    if near is None:
        return []
    cities = [p for p in gazetteer.candidates(near.group(1)) if p.kind in SETTLEMENT]
    if not any(_km(t, c) <= NEIGHBOUR_KM for t in towns for c in cities):
        return []
    return [(start, end, "LOC"), (near.start(1), near.end(1), "LOC")]


_TOWN_BEFORE = re.compile(
    r"\b(?:in|near|at|from|outside|to|em|no|na|nos|perto[ \u00a0]+de|"
    r"a|ad|da|presso|vicino[ \u00a0]+a|"  # Italian ("allagamenti a Marsala")
    r"en|desde|cerca[ \u00a0]+de|"  # Spanish
    r"nach|aus|bei|nahe)[ \u00a0]+$")  # German ("in Meißen": "in" above)
"""Prepositions of a place right before a name: English, Portuguese "em" and "perto de"
("venceu em Coimbra" was no span, r-kinds50's leftover), and the Italian, Spanish, German
German ones (t-final56b A11: "a Siracusa" was no span; these languages have no language
model here)."""
_TOWN_BEFORE_ABROAD = re.compile(
    r"\b(?:em|perto[ \u00a0]+de|a|ad|da|presso|vicino[ \u00a0]+a|en|desde|cerca[ \u00a0]+de|"
    r"nach|aus|bei|nahe)[ \u00a0]+$")
"""The prepositions of :data:`_TOWN_BEFORE` that are not English ones: before them a lone
minor town is read (:func:`_lone_known_minor`), never after "in" or "at" ("in March" is
a month, not March, Cambridgeshire)."""
TOWN_MIN = 50_000
"""Inhabitants from which a city the gazetteer lists is a span after an English preposition
of place or a civic office's "of" (:func:`towns_after_preposition_spans`): the gazetteer's
own threshold for cities abroad (``scripts/gen_enrich_data.py``), a third of
``MAJOR_CITY``."""
_CIVIC_OF = re.compile(r"\b(?:mayor|mayoress|council|councillors?|people|residents|"
                       r"streets|city|town|port|university|bishop|police)[ \u00a0]+of"
                       r"[ \u00a0]+$", re.IGNORECASE)
"""A civic office, body or the town's people and "of" before a town's name ("The mayor of
Galway", "residents of Limerick")."""
_NAME_PARTICLE_DA = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ \u00a0]+da[ \u00a0]+$")
""""da" right after a capitalised word: a name's particle ("Vasco da Gama", "Antonello da
Messina", "Leonardo da Vinci"), not Italian "from": no town follows (Gama, Brazil)."""
_CIVIC_OF_ABROAD = re.compile(
    r"(?<![\w'’-])(?:"
    r"sindac[oa]|comune|provincia|citt[àa]|abitanti|cittadini|prefettura|questura|procura|"
    r"tribunale|porto|universit[àa]|diocesi|vescovo|giunta|consiglio[ \u00a0]+comunale|"
    r"centro|periferia|"  # Italian
    r"alcalde|alcaldesa|ayuntamiento|vecinos|ciudad|municipio|diputaci[óo]n|concejo|"
    r"obispo|universidad|puerto|centro|"  # Spanish
    r"alcaldessa|ajuntament|ve[ïi]ns|ciutat|diputaci[óo]|bisbe|universitat|port|"  # Catalan
    r"prefeito|prefeita|prefeitura|c[âa]mara[ \u00a0]+municipal|cidade|moradores|"
    r"concelhos?|bispo|universidade|porto|c[âa]mara|munic[íi]pio"  # Portuguese
    r")[ \u00a0]+(?:di|de|del|da|do|d['’])[ \u00a0]*$", re.IGNORECASE)
"""The same civic offices, bodies and people in Italian, Spanish, Catalan and Portuguese
before a town's name ("il sindaco di Lucca", "la provincia di Pisa", "el alcalde de
Elche", "la prefeitura de Campinas"; t-final64 #11: Italian towns after "di" were no
span, these languages having no model here)."""
_LISTED_TOWNS = re.compile(
    r"\b(?:municipios|municipalities|localidades|pueblos|poblaciones|comuni|paesi|"
    r"localit[àa]|concelhos|munic[íi]pios|localidades|freguesias|towns|villages|"
    r"municipis|pobles|Gemeinden|Orte|Städte)[ \u00a0]*[,:(]?[ \u00a0]*"
    r"(?:entre[ \u00a0]+(?:ellos|ellas|eles|elas|ells|elles)|tra[ \u00a0]+(?:cui|questi)|"
    r"including|among[ \u00a0]+them|darunter|como|come|wie|such[ \u00a0]+as)?"
    r"[ \u00a0]*[,:]?[ \u00a0]*$", re.IGNORECASE)
"""A noun of towns and the words that open their list, right before a name: "45
municipios, entre ellos Paiporta, Catarroja y Alfafar", "i comuni di" aside, "nos
concelhos: Maia…", "in mehreren Gemeinden, darunter Freital" (t-final65 C2: the towns a
flood article lists were no place). The first name then reads as a town, any size the
minor towns' list holds, and those coordinated with it follow."""
_AND_BEFORE = re.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:and|or|e|ed|y|und|et|oder|ou|o))"
                         r"[ \u00a0]+$")
"""A conjunction (English, Italian, Portuguese, Spanish, German, French) or a comma between
two coordinated names ("near Ballarat and Bendigo", "Radebeul und Freital")."""


_AND_REPEATED = re.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:and|or|e|ed|y|und|et|oder|ou|o|i))"
                           r"[ \u00a0]+(?:de|di|da|del|do|en|in|a|em|from|of)[ \u00a0]+$")
"""A conjunction and the preposition repeated before a second name ("Ganaderos de Zamora y
de Ávila", "da Roma e da Napoli"): the second is coordinated with a city before it."""


def towns_after_preposition_spans(text: str, gazetteer: Gazetteer,
                                  runs: Sequence[tuple[int, str]]) -> list[Span]:
    """``(start, end, "LOC")`` for a run of capitalised words after an English preposition
    of place (:data:`_TOWN_BEFORE`: "in Harrogate", "near Ballarat") or a civic noun's
    "of" (:data:`_CIVIC_OF`: "The mayor of Galway"), or coordinated with such a run ("near
    Ballarat and Bendigo"), that the gazetteer lists as a settlement of at least
    :data:`TOWN_MIN` inhabitants: the towns
    under ``MAJOR_CITY`` the British and Irish press names every day (f-places27: "in
    Harrogate", "in Limerick" were no span, the name alone found cities of 150,000 and
    more). Not a function word; not a run at a sentence's start."""
    stop = _function_words()
    out: list[Span] = []
    last_end = -1
    city_end = -1  # the end of the last run naming a major city ("Zamora y de Ávila")
    for start, run in runs:
        words = run.split()
        end = start + len(run)
        if len(words) > MAX_WORDS or run.lower() in stop or \
                _SENTENCE_START.search(text, 0, start) is not None:
            continue
        before = text[max(0, start - 40):start]
        joined = (last_end >= 0 and _AND_BEFORE.fullmatch(text, last_end, start) is not None) \
            or (city_end >= 0 and _AND_REPEATED.fullmatch(text, city_end, start) is not None)
        if _major(gazetteer, run):
            city_end = end
        placed = _TOWN_BEFORE.search(before) is not None and \
            _NAME_PARTICLE_DA.search(before) is None
        if not (placed or _CIVIC_OF.search(before) or joined
                or _CIVIC_OF_ABROAD.search(before) or _LISTED_TOWNS.search(before)):
            continue
        civic_abroad = _CIVIC_OF_ABROAD.search(before) is not None or \
            _LISTED_TOWNS.search(before) is not None
        linked = _linked_town(text, start, run, gazetteer)
        if linked:  # "Vila Nova de Gaia", "Póvoa de Varzim", "Quart de Poblet" (h-places65b)
            run, end = linked, start + len(linked)
        if any(p.kind in SETTLEMENT and p.population >= TOWN_MIN
               for p in gazetteer.by_name.get(fold(run), ())) or \
                _minor_near_another(gazetteer, run, runs, start) or \
                (placed and _TOWN_BEFORE_ABROAD.search(before)
                 and _lone_known_minor(gazetteer, run)) or \
                (civic_abroad and fold(run) not in gazetteer.by_name
                 and bool(gazetteer.minor_towns(run))):
            out.append((start, end, "LOC"))
            last_end = end
    return out


_OF_BEFORE = re.compile(r"(?<![\w'’-])(?:de|di|da|do|del|della|dels|von|aus|bei|entre|tra|fra|"
                        r"zwischen|tussen)[ \u00a0]+$"
                        r"|(?<![\w'’-])d['’]$", re.IGNORECASE)
"""Spanish, Italian, Portuguese, Catalan, German and Dutch "of"/"from"/"between" right
before a name: a cue for a small town only where another town of the text lies near it
("Dotaciones de Chiva y de Requena", "tra Castagneto Carducci e San Vincenzo";
:func:`home_town_spans`)."""
_IN_BEFORE = re.compile(r"(?<![\w'’-])(?:in|im)[ \u00a0]+$", re.IGNORECASE)
"""German, Italian and Dutch "in" right before a name ("und in Gmunden"): a preposition of
place there (English "in" is not read here: :func:`home_town_spans` skips English)."""


def home_town_spans(text: str, gazetteer: Gazetteer, runs: Sequence[tuple[int, str]],
                    language: str, home: str, document: str = "") -> list[Span]:
    """``(start, end, "LOC")`` for a run of capitalised words naming a small town of the
    text's own country (:mod:`veille.enrich.home_towns`, t-final66 F8): after a
    preposition of place or a civic noun of the model-less languages
    (:data:`_TOWN_BEFORE_ABROAD`, :data:`_CIVIC_OF_ABROAD`, :data:`_LISTED_TOWNS`: "en
    Requena", "a Carlet", "Câmara de Ponte da Barca") or coordinated with such a run,
    the one town or village of that name in the source's country ``home``
    (:func:`~veille.enrich.home_towns.home_town`), and so after "de"/"di"/"d'" when the
    text names the town again ("el centre de salut de Xàtiva", headline and body: t-check66
    F9, :func:`~veille.enrich.opening_towns.named_twice`; ``document`` the whole
    article); after those or "de"/"di"/"von"
    (:data:`_OF_BEFORE`), one lying within ``NEIGHBOUR_KM`` of another town the text
    names, in its country (:func:`~veille.enrich.home_towns.near_town`). Never a name the
    gazetteer lists, a function word, a known given name, a run opening a sentence (a
    preposition opening it is read: "In Geretsried und in Murnau am Staffelsee"), or a
    text in English or French (their recognisers and rules differ)."""
    from veille.enrich.home_towns import (
        home_town,
        lone_town,
        near_town,
        spoken_countries,
        towns_named,
    )
    from veille.enrich.opening_towns import named_twice
    from veille.enrich.places import likeliest_printed
    from veille.extract.bare_byline import known_given_name

    code = language.replace("_", "-").split("-")[0].lower()
    if code in ("en", "fr"):
        return []
    home = home or likeliest_printed(spoken_countries(language), language, gazetteer)
    stop = _function_words()
    cleaned: list[tuple[int, str, str]] = []  # (start, run, the preposition it opened with)
    for start, run in runs:
        words = run.split()
        lead = ""
        if len(words) > 1 and words[0].lower() in stop:
            lead = words[0].lower()
            start = text.index(words[1], start + len(words[0]))
            run = " ".join(words[1:])
        cleaned.append((start, run, lead))
    neighbours: list[Place] = []
    for at, run, _ in cleaned:
        for name in [*_linked_names(text, at, run), run]:  # "Ponte de Lima"
            neighbours += [p for p in gazetteer.by_name.get(fold(name), ())
                           if p.kind in SETTLEMENT]
            neighbours += gazetteer.minor_towns(name)
    out: list[Span] = []
    last_end = -1  # the end of the last run naming a place ("Weilheim … und Penzberg")
    run_end = -1  # the end of the last run, whatever it names ("Oberbayern und Penzberg")
    for start, run, lead in cleaned:
        words = run.split()
        previous, after_run, run_end = last_end, run_end, start + len(run)
        if fold(run) in gazetteer.by_name or gazetteer.minor_towns(run):
            last_end = start + len(run)
        if not run or len(words) > MAX_WORDS or run.lower() in stop or \
                (not lead and _SENTENCE_START.search(text, 0, start) is not None) or \
                (len(words) == 1 and known_given_name(run)):
            continue
        last_end, known_end = previous, last_end
        before = text[max(0, start - 40):start]
        cue = bool(lead and _TOWN_BEFORE.search(lead + " ")) or \
            _TOWN_BEFORE_ABROAD.search(before) is not None or \
            _IN_BEFORE.search(before) is not None or \
            _CIVIC_OF_ABROAD.search(before) is not None or \
            _LISTED_TOWNS.search(before) is not None or \
            (last_end >= 0 and _AND_BEFORE.fullmatch(text, last_end, start) is not None)
        if not cue and _OF_BEFORE.search(before) is None and not (
                last_end >= 0 and _AND_REPEATED.fullmatch(text, last_end, start)) and not (
                after_run >= 0 and _AND_BEFORE.fullmatch(text, after_run, start)):
            continue
        names = [*_linked_names(text, start, run), run]
        for name in names:
            if fold(name) in gazetteer.by_name or not towns_named(gazetteer, name):
                continue
            if ((cue or (_OF_BEFORE.search(before) and named_twice(document or text, name)))
                    and (home_town(gazetteer, name, language, home)
                         or lone_town(gazetteer, name, language))) or \
                    near_town(gazetteer, name, neighbours):
                out.append((start, start + len(name), "LOC"))
                known_end = start + len(name)
                break
        last_end = known_end
    return out


def _linked_town(text: str, start: int, run: str, gazetteer: Gazetteer) -> str:
    """The longest name of a settlement of the gazetteer of at least :data:`TOWN_MIN`
    inhabitants, or of a minor town, that ``run`` (at ``start``) opens with a linking word
    and capitalised words after it (:data:`_NAME_GOES_ON`): "Vila Nova de Gaia",
    "Póvoa de Varzim", "Quart de Poblet" (t-final65 C2: the run stopped at "Vila Nova",
    no town); "" when none."""
    return next((n for n in _linked_names(text, start, run)
                 if any(p.kind in SETTLEMENT and p.population >= TOWN_MIN
                        for p in gazetteer.by_name.get(fold(n), ()))
                 or gazetteer.minor_towns(n)), "")


def _lone_known_minor(gazetteer: Gazetteer, run: str) -> bool:
    """Whether ``run`` names no place of the gazetteer and one minor town in the world, of
    at least ``KNOWN_TOWN_MIN`` inhabitants ("ad Aosta": a regional capital of 35,000);
    the places' resolution then reads it only in a text of its country's language
    (:func:`veille.enrich.minor_towns.lone_in_language`, r-places59)."""
    if fold(run) in gazetteer.by_name:
        return False
    towns = gazetteer.minor_towns(run)
    return len({t.id for t in towns}) == 1 and towns[0].population >= KNOWN_TOWN_MIN


def _minor_near_another(gazetteer: Gazetteer, run: str, runs: Sequence[tuple[int, str]],
                        at: int) -> bool:
    """Whether ``run`` names a minor town (``minor_towns.tsv.gz``: 5,000 to 49,999 people)
    lying within ``NEIGHBOUR_KM`` of a settlement (listed or minor) that another run of
    the text names: "in Pirna … in Meißen" beside Dresden, "Radebeul und Freital" (t-final56b
    A11). A lone small town is not read: its name alone is weak evidence."""
    towns = [t for t in gazetteer.minor_towns(run) if t.lat is not None]
    if not towns:
        return False
    for start, other in runs:
        if start == at or fold(other) == fold(run) or len(other.split()) > MAX_WORDS:
            continue
        near = [p for p in gazetteer.by_name.get(fold(other), ()) if p.kind in SETTLEMENT]
        near += gazetteer.minor_towns(other)
        if any(p.lat is not None and _km(t, p) <= NEIGHBOUR_KM for t in towns for p in near):
            return True
    return False


def described_town_spans(text: str, gazetteer: Gazetteer,
                         runs: Sequence[tuple[int, str]]) -> list[Span]:
    """``(start, end, "LOC")`` for a town abroad (the gazetteer's settlements or its minor
    towns, any size) that English prose describes and places, and which lies where the
    sentence says: written before an apposition naming it a town
    (:data:`~veille.enrich.minor_towns.TOWN_DESCRIBED`: "Bar, a coastal town in
    Montenegro", "Cetinje, the old royal capital of Montenegro"), after a settlement's
    noun and "of" ("the Montenegrin town of Bar"), or after a place's
    preposition ("near Sóller, on the Spanish island of Majorca"), with one of its
    readings in a country the sentence names (a country's name, its demonym). Without a
    recogniser these towns were no span (f-places22's held-out h15, h06, h23). Not at a
    sentence's start; not a function word."""
    from veille.enrich.minor_towns import sentence_around
    from veille.enrich.place_context import demonym_countries

    stop = _function_words()
    out: list[Span] = []
    for start, run in runs:
        words = run.split()
        if len(words) > MAX_WORDS or run.lower() in stop or \
                _SENTENCE_START.search(text, 0, start) is not None:
            continue
        end = start + len(run)
        described = TOWN_DESCRIBED.match(text, end)
        if described is None and not TOWN_OF.search(text, max(0, start - 40), start) \
                and not _TOWN_BEFORE.search(text, max(0, start - 12), start):
            continue
        towns = [*(p for p in gazetteer.candidates(run) if p.kind in SETTLEMENT),
                 *gazetteer.minor_towns(run)]  # "Bar": a Corrèze commune, a town abroad
        if not towns:
            continue
        sentence = sentence_around(text, start, end)
        countries = set(demonym_countries(sentence))
        areas: list[Place] = []
        for other in _RUN.finditer(sentence):
            other_name = _POSSESSIVE.sub("", other.group()).rstrip(".'’-")
            countries.update(p.country for p in gazetteer.candidates(other_name)
                             if p.kind == "country")
            if other_name != run:
                areas.extend(p for p in gazetteer.candidates(other_name)
                             if p.kind in ("region", "department"))
        for match in _AREA_HEAD_OF.finditer(sentence):
            areas.extend(p for p in gazetteer.candidates(match.group(1))
                         if p.kind in ("region", "department"))
        inside = [t for t in towns if any(_inside(t, a) for a in areas)]
        if len({t.id for t in inside}) == 1:  # "in Lausanne … the canton of Vaud"
            out.append((start, end, "LOC"))
            continue
        if any(t.country in countries for t in towns) and \
                (described is not None or len({t.country for t in towns
                                               if t.country in countries}) == 1):
            out.append((start, end, "LOC"))
            if described is not None and described.group(1) and any(
                    p.kind in ("country", "region")
                    for p in gazetteer.candidates(described.group(1))):
                out.append((described.start(1), described.end(1), "LOC"))
    return out


def with_cities(recognizer: Recognizer, gazetteer: Gazetteer, language: str = "",
                home: str = "", document: str = "") -> Recognizer:
    """``recognizer``'s spans and, where none overlaps, :func:`city_spans`' (a city's span
    wins over a shorter one it holds: "Port Sudan" over the alias table's "Sudan");
    ``language`` the texts' BCP 47 tag ("" when unknown), ``home`` their source's country
    (ISO alpha-2, "" when unknown), ``document`` the whole article the texts are blocks of
    ("" when unknown)."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text, spans in zip(texts, recognizer(texts), strict=True):
            found = city_spans(text, gazetteer, language, home, document)
            if is_arabic(text):  # no capitals: the gazetteer's Arabic names (h-arabic53)
                found = sorted([*found, *arabic_spans(
                    text, lambda name: fold(name) in gazetteer.by_name)])
            if is_cyrillic(text):  # "в Амурске", "Хабаровского края" (t-final56b A7)
                found = _longest([*found, *russian_place_spans(text, gazetteer)])
            # "Port Sudan": the city, not the country the alias table finds inside it
            spans = [s for s in spans if not any(
                c[0] <= s[0] and s[1] <= c[1] and c[1] - c[0] > s[1] - s[0] for c in found)]
            cities = [c for c in found
                      if not any(s < c[1] and c[0] < e for s, e, _ in spans)]
            out.append(sorted([*spans, *cities]))
        return out
    return recognise_batch


def _area_kinds(gazetteer: Gazetteer, name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a region, a département or an island."""
    return bool({p.kind for p in gazetteer.candidates(name)} & {"region", "department",
                                                                "island"})


def _longest(spans: Sequence[Span]) -> list[Span]:
    """``spans`` without those overlapping a longer one (the first of equal ones kept)."""
    kept: list[Span] = []
    for span in sorted(dict.fromkeys(spans), key=lambda s: (s[0] - s[1], s[0])):
        if not any(s < span[1] and span[0] < e for s, e, _ in kept):
            kept.append(span)
    return sorted(kept)


_AREA_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|to|from|of|on|off|near|across|around|toward|towards)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?$", re.IGNORECASE)
"""An English preposition of place (and "the") right before a name ("the coast of
Brittany", "the crossing to the Canary Islands", "flights to Mallorca", "In Devon, a
section of the A38 was closed": capitalised at a sentence's start too)."""
_AREA_PREPOSITIONS_ABROAD = (
    "en|desde|hacia|por|del|"  # Spanish ("en La Mancha", "en la Alpujarra")
    "nel|nella|nelle|nei|negli|nello|sul|sulla|sulle|sui|dal|dalla|dalle|della|delle|"
    "dei|degli|tra|fra|"  # Italian, with the article contracted ("nelle Langhe")
    "im|ins|am|vom|zum|zur|aus|nach|bei|durch|"  # German ("im Sauerland")
    "em|no|na|nos|nas|do|dos|das")  # Portuguese ("no Alentejo")
_AREA_PREPOSITION_ABROAD_BEFORE = re.compile(
    r"\b(?:(?:" + _AREA_PREPOSITIONS_ABROAD + r")|"
    r"(?:in|en|de|a|di|da|auf|an)[ \u00a0]+(?:la|las|los|el|il|le|lo|gli|i|"
    r"der|dem|den|die|das))[ \u00a0]+$", re.IGNORECASE)
"""The prepositions of place of Spanish, Italian, German and Portuguese right before a
name, alone or with an article ("en la Alpujarra", "nelle Langhe", "in der Lüneburger
Heide", "im Ruhrgebiet", "no Alentejo"): these languages have no language model here, so
an area their press names was no span (r-places59). Their grammar, like French, sets the
article before an area's name and none before a town's."""
_AREA_OPENER = re.compile(r"(?:" + _AREA_PREPOSITIONS_ABROAD + r"|in)", re.IGNORECASE)
"""A preposition opening a run at a sentence's start ("Im Sauerland", "Nel Chianti")."""


def area_after_preposition_spans(text: str, gazetteer: Gazetteer,
                                 runs: Sequence[tuple[int, str]]) -> list[Span]:
    """``(start, end, "LOC")`` for each run of capitalised words (a function word opening
    it aside) right after a preposition of place (:data:`_AREA_PREPOSITION_BEFORE`, and
    those of Spanish, Italian, German and Portuguese: :data:`_AREA_PREPOSITION_ABROAD_BEFORE`)
    that the gazetteer knows as an island, a region or a département only, no town: "on the
    south coast of Brittany", "to the Canary Islands", "to Mallorca" (t-enrich25 E12: no
    place without a recogniser, which found only cities); or that it knows as such an area
    and as a town elsewhere, or coordinated with such a run by "and"/"or": "across Kent
    and Sussex" (a British county, and Kent, Washington; f-enrich28 P2: the counties were
    no span), the places' resolution then choosing the reading by context. A run that the
    gazetteer knows whole keeps its opening article ("La Mancha", not "Mancha")."""
    stop = _function_words()
    out: list[Span] = []
    last_end = -1
    for start, run in runs:
        words = run.split()
        opened = False
        while len(words) > 1 and (words[0].lower() in stop or _AREA_OPENER.fullmatch(
                words[0]) is not None) and not _area_kinds(gazetteer, " ".join(words)):
            opened = opened or _AREA_OPENER.fullmatch(words[0]) is not None
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]  # "The Canary Islands", "Im Sauerland"
        run = " ".join(words)
        joined = last_end >= 0 and _AND_BEFORE.fullmatch(text, last_end, start) is not None
        before = text[max(0, start - 20):start]
        if not run or len(words) > MAX_WORDS or run.lower() in stop or not (
                joined or opened or _AREA_PREPOSITION_BEFORE.search(before)
                or _AREA_PREPOSITION_ABROAD_BEFORE.search(before)):
            continue
        tail = _NAME_GOES_ON.match(text, start + len(run))
        linked = [text[start:tail.start(2)] + " ".join(tail.group(2).split()[:k])
                  for k in range(min(len(tail.group(2).split()), MAX_WORDS), 0, -1)] \
            if tail is not None else []
        run = next((n for n in linked if _area_kinds(gazetteer, n)), run)  # "Tierra de
        if _area_kinds(gazetteer, run):  # Campos", "Picos de Europa": the whole name
            out.append((start, start + len(run), "LOC"))
            last_end = start + len(run)
    return out
