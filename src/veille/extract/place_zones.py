"""The time zone a text places itself in, read from the places it names: one rule for text
captures and HTML pages (``text_capture``, ``extract.html``).

A capture with no address and no outlet of veille's table (``data/outlet_zones.tsv``) prints
"Published Dec. 3, 2026, 4:10 p.m." with no zone: the language's zone, or UTC for English,
was assumed (r-pubdates36, still wrong). A local paper names its own places: "Broken Arrow",
"Tulsa County", "Saskatoon", "Godoy Cruz", "Grenoble". Each name of veille's gazetteer
(``veille.enrich.places``: countries, regions, cities, and France's communes of at least
:data:`MIN_COMMUNE` inhabitants) that is a single place, or places of one clock, votes for
that clock; a clear majority (:data:`MIN_VOTES` mentions, :data:`MAJORITY` of the votes) is
the zone the page is read in, said "inferred from the places the text names".

A place's clock: its first-level subdivision's in :data:`SUBDIVISION_ZONES` for the
countries of several clocks a place's subdivision decides (United States, Canada,
Australia; a closed class: the tz database's zones of those countries, the zone most of the
state's people live in, as tzdata's ``zone1970.tab`` comments describe them), else the
country's one clock (``zone.tab`` gives one zone, or all its zones keep the same offsets
winter and summer: France, Argentina), else, for a place with a point, the clock of the
``zone.tab`` zone of its country nearest to it (Mexico's Monterrey, Brazil's Campinas,
Portugal's Porto, Spain's Las Palmas). A country or region of several clocks says nothing.
The rule is wrong at a clock's edge (El Paso keeps Mountain time, not Texas's Central;
Nuevo Laredo keeps Matamoros's, not Mexico City's: t-final51b A4): a settlement of the
shipped gazetteer whose GeoNames zone keeps other offsets than the rule's is read on
GeoNames' zone (``data/place_clocks.tsv``, ``scripts/gen_place_clocks.py``).

When no clock wins, the places split: the time is not read as UTC (wrong for every one of
them) but on one of their clocks (:func:`split_reading`), still "assumed", the split and
the rule said: clocks keeping the same offsets are one (El Paso's and Ciudad Juárez's),
else the clock of most mentions, the one of the place named first on a tie; the language's
zone (French: Paris) stays when it keeps one of them.

A name is read capitalised, its possessive cut ("San Antonio's"), and not when the text also
writes it as a lower-case word ("By" is a French commune, "by" an English word; Portuguese
"para" is Pará's name).

A lone place: when a single mention votes and nothing else does, it decides if it is a
capital or a city of at least :data:`LONE_POPULATION` inhabitants of a country of one clock
("Tram drivers in Helsinki voted", "Hotel owners in Kraków protested"), and no capitalised
word follows it in its run ("Florence Nightingale", "Chelsea Manning": a person's name). A
second place of another clock ("in London and in New York") is no lone place: no majority.

When the zone assumed so far is a language's (French: Paris, Spanish: Madrid), only the
places of that zone's country and of the countries where CLDR gives the language an official
status (through Babel) may move it: a French text about Québec is read on Montréal's clock,
a French text about Texas stays on Paris's (a Paris paper's foreign news), t-final49 A4.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import tzinfo
from functools import cache, lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from veille.collector import built_once
from veille.enrich.arabic_forms import arabic_spans, bare_forms, is_arabic
from veille.enrich.cyrillic_forms import is_cyrillic, nominatives
from veille.enrich.feast_words import feast_span
from veille.enrich.place_names import MIN_COMMUNE, VOTING, Spot, places
from veille.extract.timezones import (
    _OFFICIAL,
    _PROBES,
    _zone_tab,
    country_places_said,
    country_zone,
    places_said,
)

CLOCKS_CACHED = 16384
"""Places' clocks (:func:`place_clock`, a pure function of its arguments) remembered: the
same towns recur from capture to capture, and each asks ``zone.tab``'s points and the
zones' offsets otherwise (issue #13)."""
MIN_VOTES = 2
"""Mentions of places of one clock needed to infer it (one name may be a person's)."""
HEADLINE_WEIGHT = 2
"""A place named in the text's first line (its headline) weighs this many mentions in the
majority (not in :data:`MIN_VOTES`): a Yekaterinburg page whose headline, lead and body
name Yekaterinburg and whose last sentence says "В Москве" is on Yekaterinburg's clock, not
split (t-final56b A4)."""
HEADLINE_SAID = "the headline's place weighing two mentions"
"""Said after the names in the evidence when the headline's weight decided the majority."""
LONE_POPULATION = 300_000
"""A lone city (nothing else votes) of at least this many inhabitants, in a country of one
clock, is enough (module docstring, "A lone place")."""
MAJORITY = 0.75
"""Share of the place mentions that must be of the winning clock."""
DOMINANT = 10
"""A name of places in several countries votes for the most populous when it has this many
times the others' inhabitants."""
_US = {
    "America/New_York": "CT DE DC FL GA ME MD MA NH NJ NY NC OH PA RI SC VT VA WV KY",
    "America/Detroit": "MI",
    "America/Indiana/Indianapolis": "IN",
    "America/Chicago": "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI",
    "America/Denver": "CO MT NM UT WY",
    "America/Boise": "ID",
    "America/Phoenix": "AZ",
    "America/Los_Angeles": "CA NV OR WA",
    "America/Anchorage": "AK",
    "Pacific/Honolulu": "HI",
}
_CA = {"America/St_Johns": "NL", "America/Halifax": "NS PE", "America/Moncton": "NB",
       "America/Toronto": "ON QC", "America/Winnipeg": "MB", "America/Regina": "SK",
       "America/Edmonton": "AB NT", "America/Vancouver": "BC", "America/Whitehorse": "YT",
       "America/Iqaluit": "NU"}
_AU = {"Australia/Sydney": "NSW ACT", "Australia/Melbourne": "VIC", "Australia/Brisbane": "QLD",
       "Australia/Adelaide": "SA", "Australia/Hobart": "TAS", "Australia/Perth": "WA",
       "Australia/Darwin": "NT"}
SUBDIVISION_ZONES: dict[str, str] = {
    f"{country}-{code}": zone
    for country, table in (("US", _US), ("CA", _CA), ("AU", _AU))
    for zone, codes in table.items() for code in codes.split()}
"""ISO 3166-2 code → the zone most of the subdivision's people keep (see the module)."""

_GEONAMES_ADMIN1 = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
           "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS",
           "07": "VIC", "08": "WA"},
}
"""GeoNames' numeric admin1 codes of Canada and Australia → ISO 3166-2 (the United States'
are the postal codes ISO uses)."""

_NAME = re.compile(r"\b[A-ZÀ-ÞЁА-Я][\w'’-]+(?:[ \t]+(?:(?:de|del|do|da|dos|das|di)[ \t]+)?"
                   r"[A-ZÀ-ÞЁА-Я][\w'’-]+){0,3}")
"""A run of one to four capitalised words on one line ("Broken Arrow", "Luján de Cuyo",
"Juazeiro do Norte": Portuguese and Italian links too, or "Norte" voted for Bissau),
"Desde Madrid", "В Новосибирске": Cyrillic capitals too, t-final56 A7), read for its
places from each word on."""
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A word of a text, for the set of those it writes in lower case (:func:`_vote`)."""
_PERSON_PARTICLE_AFTER = re.compile(r"[ \t\u00a0]+(?:d['’]|de[ \t\u00a0]+|du[ \t\u00a0]+)"
                                    r"[A-ZÀ-Þ]")
"""The particle of a person's name right after a given name ("François d'Assise", "Jeanne
d'Arc", "Jean de La Fontaine"): the given name is a person's, no town's (the Martinique
commune Le François voted for the page's clock: m52, Wikinews 45498)."""


def _given_name(word: str) -> bool:
    """A known given name: the byline lists' (Latin script) or, in Cyrillic, Russian's
    (``enrich/data/russian_given_names.txt``, Faker ru_RU, MIT): "Автор: Павел Орлов" is a
    person, no vote for the town Orlov on Moscow's clock (h-ru57b)."""
    from veille.enrich.given_names import given_names
    from veille.extract.bare_byline import known_given_name

    return known_given_name(word) or word.strip(".,") in given_names("russian")


@built_once
def _one_clock_countries() -> dict[str, str]:
    """Country code (upper case) → a zone, for the countries whose zones in ``zone.tab``
    all keep the same offsets winter and summer (one zone, or Argentina's several)."""
    zones: dict[str, list[str]] = {}
    for country, name in _zone_tab():
        zones.setdefault(country.upper(), []).append(name)
    out = {}
    for code, names in zones.items():
        offsets = {tuple(p.astimezone(ZoneInfo(n)).utcoffset() for p in _PROBES) for n in names}
        if len(offsets) == 1:
            out[code] = country_zone(code) or names[0]
    return out


@built_once
def _zone_points() -> dict[str, tuple[tuple[str, float, float], ...]]:
    """Country code (upper case) → (zone, lat, lon) of its ``zone.tab`` lines."""
    text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text("ascii")
    out: dict[str, list[tuple[str, float, float]]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if not line or line[0] == "#" or len(fields) < 3:
            continue
        coords = fields[1]
        split = max(coords.rfind("+"), coords.rfind("-"))
        out.setdefault(fields[0].upper(), []).append(
            (fields[2], _degrees(coords[:split]), _degrees(coords[split:])))
    return {code: tuple(rows) for code, rows in out.items()}


def _degrees(value: str) -> float:
    """ISO 6709 ±DDMM[SS] or ±DDDMM[SS] as degrees."""
    sign = -1.0 if value[0] == "-" else 1.0
    digits = value[1:]
    head = 2 if len(digits) in (4, 6) else 3
    deg, minutes = int(digits[:head]), int(digits[head:head + 2])
    seconds = int(digits[head + 2:head + 4] or 0)
    return sign * (deg + minutes / 60 + seconds / 3600)


@cache
def _offsets(zone: str) -> tuple[object, ...]:
    """The UTC offsets of ``zone`` at :data:`~veille.extract.timezones._PROBES` (winter
    and summer), remembered: a vote asks them of every place's clock, and there are a few
    hundred zones (issue #13: a tenth of a capture's extraction went to these lookups)."""
    return tuple(p.astimezone(ZoneInfo(zone)).utcoffset() for p in _PROBES)


def _nearest_clock(country: str, lat: float | None, lon: float | None) -> str:
    """The zone of ``country``'s ``zone.tab`` line nearest (lat, lon), given as the first of
    its country's zones keeping the same offsets (Monterrey → America/Mexico_City: one clock,
    one vote); "" without a point."""
    rows = _zone_points().get(country, ())
    if not rows or lat is None or lon is None or math.isnan(lat) or math.isnan(lon):
        return ""
    zone = min(rows, key=lambda row: (row[1] - lat) ** 2
               + ((row[2] - lon) * math.cos(math.radians(lat))) ** 2)[0]
    news = country_zone(country)
    if news and _offsets(news) == _offsets(zone):
        return news
    return next(name for name, _, _ in rows if _offsets(name) == _offsets(zone))


def rule_clock(country: str, subdivision: str, lat: float | None = None,
               lon: float | None = None) -> str:
    """The zone the module's rule gives a place of ``country`` in ``subdivision`` (ISO
    3166-2 suffix, or "") at (``lat``, ``lon``) when known: its subdivision's main clock,
    its country's one clock, or the nearest ``zone.tab`` zone's (module docstring)."""
    zone = SUBDIVISION_ZONES.get(f"{country}-{subdivision}")
    return zone or _one_clock_countries().get(country, "") or _nearest_clock(country, lat, lon)


def _point_key(country: str, lat: float, lon: float) -> tuple[str, str, str]:
    return country, f"{lat:.5f}", f"{lon:.5f}"


@built_once
def _edge_clocks() -> dict[tuple[str, str, str], str]:
    """(country, lat, lon as five-decimal strings) → zone, of ``data/place_clocks.tsv``:
    the shipped settlements :func:`rule_clock` puts on another clock than GeoNames' zone
    for them (El Paso: Mountain time, not Texas's Central; ``scripts/gen_place_clocks.py``,
    GeoNames CC BY 4.0). Malformed rows and zones tzdata lacks are skipped."""
    text = resources.files("veille.extract").joinpath("data", "place_clocks.tsv").read_text(
        "utf-8")
    out = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) != 5:
            continue
        try:
            ZoneInfo(fields[4])
            out[_point_key(fields[1], float(fields[2]), float(fields[3]))] = fields[4]
        except (ValueError, OSError):
            continue
    return out


def several_clocks_any(country: str) -> bool:
    """Whether ``country`` (upper case) keeps more than one clock in ``zone.tab`` (its
    zones' offsets differ winter or summer; Spain with the Canaries, the United States)."""
    return country not in _one_clock_countries() and any(
        code.upper() == country for code, _ in _zone_tab())


@lru_cache(maxsize=CLOCKS_CACHED)
def place_clock(country: str, subdivision: str, lat: float | None = None,
                lon: float | None = None) -> str:
    """The zone of a place of ``country`` in ``subdivision`` (ISO 3166-2 suffix, or "") at
    (``lat``, ``lon``) when known: GeoNames' zone for a shipped settlement at that point
    on the edge of a clock (:func:`_edge_clocks`: El Paso, Pensacola, Nuevo Laredo), else
    :func:`rule_clock`'s."""
    if lat is not None and lon is not None and not (math.isnan(lat) or math.isnan(lon)):
        edge = _edge_clocks().get(_point_key(country, lat, lon))
        if edge:
            return edge
    return rule_clock(country, subdivision, lat, lon)


def _clock(place: object) -> str:
    country = str(getattr(place, "country", "") or "")
    pid = str(getattr(place, "id", ""))
    if pid.startswith("iso3166-2:"):
        sub = pid.split(":", 1)[1].partition("-")[2]
    else:
        admin1 = str(getattr(place, "admin1", "") or "")
        sub = _GEONAMES_ADMIN1.get(country, {}).get(admin1, admin1)
    kind = getattr(place, "kind", "")
    point = kind in {"city", "capital", "commune"}  # a region's point says nothing of its clock
    return place_clock(country, sub, getattr(place, "lat", None) if point else None,
                       getattr(place, "lon", None) if point else None)


@cache
def _language_countries(language: str) -> frozenset[str]:
    """The countries (upper case) where CLDR gives ``language`` an official status."""
    from babel.core import get_global

    return frozenset(
        territory.upper() for territory, languages in get_global("territory_languages").items()
        if (languages.get(language) or {}).get("official_status") in _OFFICIAL)


@cache
def _zone_country(zone: str) -> str:
    """The country (upper case) of ``zone``'s ``zone.tab`` line, "" when none; remembered
    (a scan of the table's few hundred lines otherwise, at each vote)."""
    return next((country.upper() for country, name in _zone_tab() if name == zone), "")


class _Unknown(Exception):
    """A name the shipped names index cannot answer for (:func:`veille.enrich.place_names.
    places` gave ``None``): the vote is taken again with the gazetteer."""


class _Names:
    """What the vote asks of a name: its voting places (the gazetteer's candidates of the
    kinds :data:`~veille.enrich.place_names.VOTING`, France's communes of
    :data:`MIN_COMMUNE` inhabitants at least) and the minor towns and villages abroad so
    named; from the shipped names index (``gazetteer`` None) or the gazetteer."""

    def __init__(self, gazetteer: object = None) -> None:
        self.gazetteer = gazetteer

    def voting(self, name: str) -> list[Spot]:
        found = self._voting(name)
        if not found and is_cyrillic(name):
            # the press declines a Russian place name: "в Новосибирске", "мэр
            # Новосибирска" are Новосибирск (t-final56 A7: an ngs.ru page on Novosibirsk
            # was read on Moscow's clock, its places unread)
            for form in nominatives(name):
                if found := self._voting(form):
                    break
        return found

    def _voting(self, name: str) -> list[Spot]:
        if self.gazetteer is None:
            return list(self._indexed(name)[0])
        return [p for p in self.gazetteer.candidates(name)  # type: ignore[attr-defined]
                if p.kind in VOTING and (p.kind != "commune" or p.population >= MIN_COMMUNE)]

    def others(self, name: str) -> list[Spot]:
        if self.gazetteer is None:
            return list(self._indexed(name)[1])
        return [*self.gazetteer.minor_towns(name),  # type: ignore[attr-defined]
                *self.gazetteer.villages_named(name)]  # type: ignore[attr-defined]

    @staticmethod
    def _indexed(name: str) -> tuple[tuple[Spot, ...], tuple[Spot, ...]]:
        found = places(name)
        if found is None:
            raise _Unknown(name)
        return found


def _runs(text: str, names: _Names) -> list[tuple[int, str]]:
    """(offset, words) of the runs of ``text`` the vote reads: its capitalised runs
    (:data:`_NAME`) and, Arabic having no capitals, the Arabic names of voting places
    (:func:`~veille.enrich.arabic_forms.arabic_spans`), bare of their particles
    ("بوهران": وهران; h-arabic53)."""
    runs = [(m.start(), m.group()) for m in _NAME.finditer(text)]
    if is_arabic(text):
        for start, end, _ in arabic_spans(text, lambda name: bool(names.voting(name))):
            form = next(f for f in bare_forms(text[start:end]) if names.voting(f))
            runs.append((start, form))
    return sorted(runs)


def _longest(names: _Names, words: list[str], start: int) -> tuple[int, list[Spot]]:
    """(size, places) of the longest run of ``words`` from ``start`` that names voting
    places."""
    for size in range(len(words) - start, 0, -1):
        found = names.voting(" ".join(words[start:start + size]))
        if found:
            return size, found
    return 0, []


def _person_run(names: _Names, words: list[str]) -> bool:
    """Whether the capitalised run ``words`` is a person's name: a known given name
    (:func:`_given_name`) then one or more capitalised words, the run from its first word
    naming no place as a whole ("Marián Cano", "João Lisboa": no vote for Kano or Lisbon;
    "Adelaide Hills" stays a place). Its words do not vote (t-final56b A3)."""
    if len(words) < 2 or not _given_name(words[0]):
        return False
    return _longest(names, words, 0)[0] < len(words)


GLUED_KINDS = frozenset({"department", "region"})
"""The kinds of place whose one-word name, glued before a capitalised word that names no
place, is a part of a longer name (:func:`_glued`)."""


def _glued(names: _Names, words: list[str], after: int, found: list[Spot],
           lower: set[str]) -> bool:
    """Whether the one-word subdivision name just read, ``words[after - 1]`` (its places
    ``found``, all of :data:`GLUED_KINDS`), opens a longer name: a capitalised word follows
    it in its run (``words[after]``, written in lower case nowhere in the text: ``lower``)
    that starts no place. "Aïn Zara" and "Ain Shams" are districts of Tripoli and Cairo,
    "Nord Stream" a pipeline: none is the French département Ain or Nord, and none votes
    for its clock (t-final61 #12). A city's or a capital's name stays ("Helsinki Mayor",
    "Tunis Carthage"), and so does a subdivision's followed by another place ("Savoie Mont
    Blanc")."""
    if after >= len(words) or not all(p.kind in GLUED_KINDS for p in found):
        return False
    following = words[after]
    if not following[:1].isupper() or following.lower() in lower:
        return False
    return not _longest(names, words, after)[1]


def _dominant(found: list[Spot]) -> list[Spot]:
    """The places of one name, or the one of them :data:`DOMINANT` times more populous than
    all the others put together ("Madrid": Spain's capital, not Colombia's town; "San
    Antonio": Texas's, not Chile's)."""
    if len({p.country for p in found}) == 1:
        return found
    top = max(found, key=lambda p: p.population or 0)
    rest = sum(p.population or 0 for p in found if p.country != top.country)
    return [p for p in found if p.country == top.country] \
        if (top.population or 0) >= DOMINANT * max(rest, 1) else found


def zone_by_places(text: str, language: str = "", assumed: str = "",
                   within: str = "") -> tuple[str, list[str]]:
    """(zone, the names that voted for it, as the text prints them) of the clock the places
    ``text`` names point to (module docstring); ("", []) when they name none, or no clear
    majority. ``assumed`` is the zone chosen so far when it is ``language``'s own (the
    language's zone, :func:`~veille.extract.timezones.language_zone`): only places of its
    country and of the countries writing that language may then move it. ``within``: a
    country code (upper case) whose places alone vote (:func:`zone_within_country`)."""
    zone, named, _ = places_vote(text, language, assumed, within)
    return zone, named


def split_said(split: list[tuple[str, list[str]]]) -> str:
    """The words the time zone evidence adds when the places split their votes (issue 16:
    the user saw only "assumed (UTC)"): "places split between America/Chicago (Chicago,
    Milwaukee) and Europe/Paris (Paris, Lyon), none a clear majority"; '' when ``split``
    holds fewer than two clocks."""
    if len(split) < 2:
        return ""
    said = [f"{zone} ({', '.join(names[:3])})" for zone, names in split[:4]]
    return ("places split between " + ", ".join(said[:-1]) + " and " + said[-1]
            + ", none a clear majority")


_SPLIT = re.compile(r"places split between (?P<zones>.+?), none a clear majority")


def split_zones(how: str) -> list[str]:
    """The clocks, each with its places, that an ``evidence["timezone"]`` sentence says the
    text's places split between (:func:`split_said`): ["America/Chicago (Chicago,
    Milwaukee)", "Europe/Paris (Paris, Lyon)"]; [] when it says no split."""
    found = _SPLIT.search(how)
    if found is None:
        return []
    return re.split(r", (?=[A-Z][\w+-]*/)| and (?=[A-Z][\w+-]*/)", found.group("zones"))


def places_vote(text: str, language: str = "", assumed: str = "", within: str = ""
                ) -> tuple[str, list[str], list[tuple[str, list[str]]]]:
    """:func:`zone_by_places`'s (zone, names) and, when no clock wins, the clocks that
    split the votes, most votes first, each with the names that voted for it ([] when one
    clock or none had votes). Two clocks with as many votes each are a split: no name
    shared by places of both moves to either (the vote's first clock would win by the
    order of the text)."""
    return places_reading(text, language, assumed, within)[:3]


def places_reading(text: str, language: str = "", assumed: str = "", within: str = ""
                   ) -> tuple[str, list[str], list[tuple[str, list[str]]], str, str]:
    """:func:`places_vote`'s (zone, names, split), then, when the places split, the clock
    the text's times are read on and why (:func:`split_reading`; ("", "") otherwise)."""
    try:
        zone, named, split, counts = _vote(text, language, assumed, _Names(), within)
    except _Unknown:
        from veille.enrich.places import shipped

        zone, named, split, counts = _vote(text, language, assumed, _Names(shipped()), within)
    read_on, why = split_reading(counts, assumed, language) if split else ("", "")
    return zone, named, split, read_on, why


def split_reading(counts: list[tuple[str, int]], assumed: str = "", language: str = ""
                  ) -> tuple[str, str]:
    """(zone, why) the times of a text whose places split between the clocks ``counts``
    (zone, votes; most votes first, the text's first on a tie) are read on, rather than UTC,
    wrong for every one of them (t-final51b A4). Clocks keeping the same offsets winter and
    summer (El Paso's America/Denver, Ciudad Juárez's America/Ciudad_Juarez) are one clock:
    when all are, the offset is known; else the clock of most votes, the one of the place the
    text names first on a tie. The language's zone ``assumed`` (French: Paris) stays when it
    keeps one of those clocks: ("", why). On a tie, a clock of a country where the text's
    ``language`` is official (CLDR) wins over the text's order: a Spanish text naming
    Girona and a street's "San" (San, Mali) is read on Madrid's clock (t-final64 #1)."""
    groups: dict[tuple[object, ...], list[tuple[str, int]]] = {}
    for zone, count in counts:
        groups.setdefault(_offsets(zone), []).append((zone, count))
    ranked = sorted(groups.values(), key=lambda g: -sum(c for _, c in g))  # stable: text order
    top = sum(c for _, c in ranked[0])
    tied = len(ranked) > 1 and sum(c for _, c in ranked[1]) == top
    spoken = _language_countries(language.lower().split("-")[0]) if language else frozenset()
    if tied and spoken:
        leaders = [g for g in ranked if sum(c for _, c in g) == top]
        native = [g for g in leaders if any(_zone_country(z) in spoken for z, _ in g)]
        if len(native) == 1 and native[0] is not ranked[0]:
            ranked.remove(native[0])
            ranked.insert(0, native[0])
            best = next(z for z, _ in native[0] if _zone_country(z) in spoken)
            why = (f"read on {best}, the clock of the place in a country of the text's "
                   "language (votes tied)")
            if assumed and assumed != "UTC" and _offsets(assumed) in groups:
                return "", f"{assumed}, the language's, kept: one of their clocks"
            return best, why
    best = ranked[0][0][0]
    if len(ranked) == 1:
        why = "their clocks keep the same offsets"
    elif not tied:
        why = f"read on {best}, the clock most of their mentions keep"
    else:
        why = f"read on {best}, the clock of the place the text names first (votes tied)"
    if assumed and assumed != "UTC" and _offsets(assumed) in groups:
        return "", f"{assumed}, the language's, kept: one of their clocks"
    return best, why


def _vote(text: str, language: str, assumed: str, names: _Names, within: str = ""
          ) -> tuple[str, list[str], list[tuple[str, list[str]]], list[tuple[str, int]]]:
    """:func:`places_vote` with ``names`` answering for the gazetteer, and the votes of each
    clock of a split (most first, the text's order on a tie; [] without a split)."""
    text = text[:20000]
    # each word tested once: a text writes most of its words many times (r-html58)
    lower = {w for w in set(_WORD.findall(text)) if w.islower()}
    allowed: frozenset[str] = frozenset({within}) if within else frozenset()
    home = _zone_country(assumed) if assumed and not within else ""
    if home and language:
        allowed = _language_countries(language.lower().split("-")[0]) | {home}
    votes: Counter[str] = Counter()
    named: dict[str, list[str]] = {}
    shared: list[tuple[str, str, set[str], int]] = []  # each name, its vote, its clocks, weight
    lone = False  # the last vote was a lone place's that may decide alone
    unplaced: list[tuple[int, int, tuple[str, ...]]] = []  # (run, word, words from it) no
    # voting place bears ("Elvas", "Campo Maior")
    countries_named: set[str] = set()
    mentions: Counter[str] = Counter()  # each clock's mentions, unweighted
    headline_end = text.find("\n") if "\n" in text else 0
    for run_start, run in _runs(text, names):
        if feast_span(text, run_start, run_start + len(run), language):
            continue  # "o concerto de Natal": Christmas, no vote for Natal (t-final55 A4)
        words = run.split()
        if _person_run(names, words):
            continue  # "la consellera Marián Cano": a person, no vote for Kano (t-final56b A3)
        weight = HEADLINE_WEIGHT if run_start < headline_end else 1
        if _PERSON_PARTICLE_AFTER.match(text, run_start + len(run)) and \
                _given_name(words[-1]):
            words = words[:-1]  # "François d'Assise": a person, no vote for Le François
            if not words:
                continue
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
        start = 0
        while start < len(words):
            # the longest run from this word that is a place ("Broken Arrow voters" → "Broken
            # Arrow"; "Desde Madrid" → "Madrid")
            size, found = _longest(names, words, start)
            if not found:
                if words[start].lower() not in lower:
                    unplaced.append((run_start, start, tuple(words[start:start + 4])))
                start += 1
                continue
            name = " ".join(words[start:start + size])
            if size == 1 and all(p.kind == "country" for p in found):
                countries_named |= {p.country for p in found}
            start += size
            if _glued(names, words, start, found, lower):
                continue  # "Aïn Zara", "Ain Shams", "Nord Stream": no Ain, no Nord
            if size == 1 and name.isupper() and len(name) <= 3 and \
                    not any(p.kind == "country" for p in found):
                continue  # an acronym ("The WA Premier"), not the town Wa (t-final50b A4)
            every = {_clock(p) for p in [*found, *names.others(name)]} - {""}
            voted = ""
            found = _dominant(found)
            clocks = {_clock(p) for p in found}
            countries = {p.country for p in found}
            if len(countries) == 1 and clocks != {""}:
                clocks.discard("")  # Porto the district (no point) beside Porto the city
            if (len(clocks) == 1 and "" not in clocks
                    and not (size == 1 and name.lower() in lower)
                    and (not allowed or countries <= allowed)):
                clock = voted = clocks.pop()
                votes[clock] += weight
                mentions[clock] += 1
                lone = (start == len(words) and len(countries) == 1
                        and _one_clock_countries().get(next(iter(countries))) == clock
                        and any(p.kind in {"capital", "city"}
                                and (p.population or 0) >= LONE_POPULATION for p in found))
                if name not in named.setdefault(clock, []):
                    named[clock].append(name)
            if not (size == 1 and name.lower() in lower):
                shared.append((name, voted, every, weight))
    _minor_dissent(votes, named, unplaced, countries_named, mentions)
    if not votes:
        return "", [], [], []
    ranked = votes.most_common()
    zone, count = ranked[0]
    if sum(mentions.values()) == 1 and lone:
        return zone, named[zone], [], []
    tied = len(ranked) > 1 and ranked[1][1] == count
    if mentions[zone] >= MIN_VOTES and not tied:
        # a name shared by places of several countries is the one on the clock the text's
        # other places agree on: "Ipswich" beside Brisbane is Queensland's, not England's
        # (its vote moves), "Logan" (Utah's or Queensland's) votes Queensland (t-final50 A6)
        for name, voted, clocks, weight in shared:
            if voted == zone or zone not in clocks or (
                    allowed and _zone_country(zone) not in allowed):
                continue
            if voted:
                votes[voted] -= weight
                mentions[voted] -= 1
            votes[zone] += weight
            mentions[zone] += 1
            if name not in named[zone]:
                named[zone].append(name)
        votes = +votes
        count = votes[zone]
    if mentions[zone] < MIN_VOTES or count < MAJORITY * sum(votes.values()):
        split = [(clock, named[clock]) for clock, _ in votes.most_common()]
        return ("", [], split, votes.most_common()) if len(split) > 1 else ("", [], [], [])
    if mentions[zone] < MAJORITY * sum(mentions.values()):
        return zone, [*named[zone], HEADLINE_SAID], [], []  # won by the headline's weight
    return zone, named[zone], [], []


def _minor_dissent(votes: Counter[str], named: dict[str, list[str]],
                   unplaced: list[tuple[int, int, tuple[str, ...]]], countries: set[str],
                   mentions: Counter[str]) -> None:
    """Add to ``votes`` (and ``named``) the minor towns (``minor_towns.tsv.gz``: 5,000 to
    49,999 people) among ``unplaced`` that lie in a country the text names (``countries``)
    other than the leading clock's, each of one clock: "between Badajoz and Elvas … Spain
    and Portugal" is a Madrid/Lisbon split, not Madrid's (t-final51b A12; the enrichment
    reads such a town where its country is named). Read only when a country of another
    clock than the leader's is named. In place."""
    if not votes or not unplaced:
        return
    abroad = countries - {_zone_country(votes.most_common(1)[0][0])}
    if not abroad:
        return
    from veille.enrich.minor_towns import shipped_index
    from veille.enrich.places import loose

    towns = shipped_index()
    taken: set[tuple[int, int]] = set()
    for run, at, tail in unplaced:
        if (run, at) in taken:
            continue
        for size in range(len(tail), 0, -1):  # the longest name: "Campo Maior", not "Campo"
            word = " ".join(tail[:size])
            found = [p for p in towns.get(loose(word), []) if p.country in abroad]
            if found:
                break
        clocks = {_clock(p) for p in found}
        if len(clocks) == 1 and "" not in clocks:
            taken.update((run, at + k) for k in range(size))
            clock = clocks.pop()
            votes[clock] += 1
            mentions[clock] += 1
            if word not in named.setdefault(clock, []):
                named[clock].append(word)


MIN_COUNTRY_CLOCKS = 3
"""Clocks (offsets winter and summer) a country's mainland must span, at least, for the
places a text names within it to choose among them (:func:`zone_within_country`): the
United States, Canada, Australia, Russia, Brazil, Mexico, Indonesia; not Spain or Portugal,
whose second clock is an archipelago's (a Madrid paper's story on the Canaries is on
Madrid's clock, as a Paris paper's on Guadeloupe is on Paris's)."""


@cache
def several_clocks(country: str) -> bool:
    """Whether ``country`` (upper case) keeps :data:`MIN_COUNTRY_CLOCKS` clocks or more in
    ``zone.tab`` (tzdata; two zones are one clock when their offsets agree winter and
    summer)."""
    zones = [name for code, name in _zone_tab() if code.upper() == country]
    return len({_offsets(name) for name in zones}) >= MIN_COUNTRY_CLOCKS


#: How a zone was chosen (:func:`~veille.extract.timezones.page_zone`) when it is a
#: country's main clock, not an outlet's known home: a locale's region, the domain's
#: country, an address naming its country, the language.
_COUNTRY_GUESSES = ("assumed from locale", "assumed from the domain", "assumed from the address",
                    "assumed from language")


def zone_within_country(key: str, text: str, language: str) -> tuple[str, list[str]]:
    """(zone, the places read) of the clock the places ``text`` names *within* the country
    of the zone named ``key`` agree on (:func:`zone_by_places`, places abroad not voting),
    when that country spans several clocks (:func:`several_clocks`) and that clock is
    another; ("", []) otherwise. ``key`` is the country's main clock guessed from an
    address, a locale or a language (abc.net.au: Australia/Sydney), not the outlet's city:
    a story on Brisbane is on Queensland's clock, which keeps no summer time (r-mast51,
    issue 16), one on Auckland stays on Sydney's."""
    country = _zone_country(key)
    if not country or not several_clocks(country):
        return "", []
    placed, named = zone_by_places(text, language, within=country)
    if not placed or _offsets(placed) == _offsets(key):
        return "", []
    return placed, named


def zone_or_places(zone: tzinfo, how: str, text: str, language: str) -> tuple[tzinfo, str]:
    """(zone, how) of an input whose times carry no offset, given what
    :func:`~veille.extract.timezones.page_zone` chose (``zone``, ``how``): when that was only
    the language's zone or UTC (no locale region, source setting, outlet of the table, or
    address naming a country), the places ``text`` names decide (:func:`zone_by_places`).
    One rule for HTML pages, JSON records (the write API, JSON Lines) and wire items
    (ninjs, NewsML-G2)."""
    key = str(getattr(zone, "key", ""))
    if how.startswith(_COUNTRY_GUESSES):
        inside, named = zone_within_country(key, text, language)
        if inside:
            return ZoneInfo(inside), country_places_said(inside, key, named)
    if not how.startswith(("assumed from language", "assumed UTC")):
        return zone, how
    placed, named, split, read_on, why = places_reading(
        text, language, "" if how.startswith("assumed UTC") else key)
    if placed and placed != key:
        return ZoneInfo(placed), places_said(placed, named)
    if split:
        return split_zone(zone, how, split, read_on, why)
    return zone, how


def split_zone(zone: tzinfo, how: str, split: list[tuple[str, list[str]]], read_on: str,
               why: str) -> tuple[tzinfo, str]:
    """(zone, how) of an input whose places split between clocks (:func:`places_reading`):
    the clock :func:`split_reading` chose (``read_on``), said "assumed" with the split and
    the rule, else the zone so far (``zone``, ``how``) with them."""
    if read_on and read_on != str(getattr(zone, "key", "")):
        return ZoneInfo(read_on), f"assumed ({read_on}): {split_said(split)}; {why}"
    return zone, f"{how}; {split_said(split)}; {why}"
