"""The time zone a page's times are written in, when a time gives no offset of its own.

Rule, most specific first (docs/html-extraction.md, "Time zones"):

0. the source's own time zone setting (``veille sources add ... --timezone
   Pacific/Noumea``: an overseas outlet on a ``.fr`` domain whose pages say only
   ``lang="fr"``), when the input came from a registered source that has one;
1. the region of the page's locale (``fr-CA``, ``og:locale`` ``fr_BE``, ``fr-MQ``): a
   country or territory;
1b. the home of an outlet veille's table knows (``data/outlet_zones.tsv``: scmp.com,
   Asia/Hong_Kong; al.com, America/Chicago), by its host, or for a text capture by the
   name its masthead prints (:func:`outlet_home_zone`);
2. the country of the page's domain (``.be``, ``.ch``, ``.ca``, ``.nc``, ...);
3. the language's main zone (French: Europe/Paris; any language whose countries share
   one clock, by CLDR: :func:`language_zone`);
4. UTC.

A country or territory with one zone gets it from the tz database's ``zone.tab`` (the
pinned ``tzdata`` package): every one of them, overseas France included (Martinique,
Nouvelle-Calédonie, Mayotte...). One spanning several zones gets the zone where most of
its news is written, from :data:`COUNTRY_ZONES` (Canada: America/Toronto, the zone of
Montréal and Toronto; the United States: America/New_York; French Polynesia:
Pacific/Tahiti); one with several zones and no entry there decides nothing, and the next
rule answers. The answer says which rule decided, for ``evidence``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from veille.collector import built_once
from veille.extract.agencies import agency_of_host

#: Zone abbreviations feeds and pages write after a time, to their fixed offset in hours:
#: RFC 822's North American ones (EST, EDT, CST, CDT, MST, MDT, PST, PDT, section 5) and
#: the tz database's (tzdata ``zdump``; the US list is 15 U.S.C. 260 and 49 CFR 71: Atlantic,
#: Eastern, Central, Mountain, Pacific, Alaska, Hawaii-Aleutian, Samoa, Chamorro). French
#: forms are Canada's (HNE, "heure normale de l'Est"; HAE, "heure avancée de l'Est"...).
#: An abbreviation with several meanings is resolved by :func:`resolve_abbreviation`:
#: its entry here is the one it has without context (CST: US Central, as RFC 822 reads it;
#: AST: Atlantic, as the tz database's America/Halifax and Puerto Rico write it; BST:
#: British Summer Time); one with no such default (IST) is in :data:`AMBIGUOUS_ONLY`.
ZONE_ABBREVIATIONS: dict[str, float] = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1,
    "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "HNEC": 1, "HAEC": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "TRT": 3,
    "HNA": -4, "HAA": -3, "HNE": -5, "HAE": -4, "HNC": -6, "HAC": -5,
    "HNR": -7, "HAR": -6, "HNP": -8, "HAP": -7, "AST": -4, "ADT": -3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "HDT": -9, "CHST": 10,
    "NST": -3.5, "NDT": -2.5, "AKST": -9, "AKDT": -8, "HST": -10,
    "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AWST": 8, "ACST": 9.5, "ACDT": 10.5,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "WAT": 1, "CAT": 2, "EAT": 3,
    "SAST": 2,
    # German forms (Duden; the Einheiten- und Zeitgesetz names mitteleuropäische Zeit and
    # Sommerzeit): Mitteleuropäische (Sommer)Zeit, Osteuropäische, Westeuropäische.
    "MEZ": 1, "MESZ": 2, "OEZ": 2, "OESZ": 3, "WEZ": 0, "WESZ": 1,
    # The tz database's other alphabetic abbreviations (zone.tab's zones, 2026): Pakistan,
    # Indonesia's three zones. With these, every one it writes is here but Samoa's SST
    # (above), IST/IDT (:data:`AMBIGUOUS_ONLY`) and ChST (read by ``dates``); the tests
    # check the table against the pinned tzdata.
    "PKT": 5, "WIB": 7, "WITA": 8, "WIT": 9,
}
#: Abbreviations too ambiguous to read without context, with no default meaning: IST is
#: India (+5:30), Irish Summer Time (+1) and Israel (+2) in the tz database. Read only
#: when the page's presumed zone writes it (:func:`resolve_abbreviation`), else refused.
AMBIGUOUS_ONLY = frozenset({"IST", "IDT"})
#: The other meanings of an ambiguous abbreviation, as offsets in hours, for a page whose
#: presumed zone is on that offset at that date but writes a numeric abbreviation in the
#: tz database ("+03" for Asia/Riyadh, "+06" for Asia/Dhaka): AST is also Arabia Standard
#: Time, BST Bangladesh Standard Time (CST, IST: the zones that mean them write them).
#: SST (Samoa, or Singapore informally) is left out altogether.
ALTERNATIVES: dict[str, tuple[float, ...]] = {"AST": (3,), "BST": (6,)}
#: North American zones named without standard/daylight ("5:00 PM CT"): the zone's clock
#: on that date (tz database).
NAMED_ABBREVIATIONS = {"ET": "America/New_York", "CT": "America/Chicago",
                       "MT": "America/Denver", "PT": "America/Los_Angeles",
                       "AKT": "America/Anchorage"}


def resolve_abbreviation(name: str, naive: datetime, context: tzinfo) -> tzinfo | None:
    """The zone an abbreviation printed after ``naive`` means on a page presumed written
    in ``context`` (:func:`page_zone`): ``context`` itself when the tz database says that
    zone writes ``name`` at that date (CST on a Chinese page is China Standard Time, +8;
    IST on an Indian one, +5:30; CST on a Cuban one, -5), or, being a zone the tz database
    names by its offset alone ("+03"), is on one of the abbreviation's other offsets then
    (:data:`ALTERNATIVES`: AST on a Saudi page, +3), else the abbreviation's meaning
    without context (:data:`ZONE_ABBREVIATIONS`, :data:`NAMED_ABBREVIATIONS`); None for
    an unknown one, or an ambiguous one with no default (:data:`AMBIGUOUS_ONLY`): then no
    zone was read."""
    upper = name.upper()
    if isinstance(context, ZoneInfo) and upper not in NAMED_ABBREVIATIONS:
        try:
            written = context.tzname(naive)
        except (OverflowError, ValueError):  # pragma: no cover - far dates
            written = None
        if written is not None and written.upper() == upper:
            return context
        offset = context.utcoffset(naive)
        if (written is not None and written[:1] in "+-" and offset is not None
                and offset.total_seconds() / 3600 in ALTERNATIVES.get(upper, ())):
            return context  # a zone the tz database names by its offset only
    if upper in NAMED_ABBREVIATIONS:
        return ZoneInfo(NAMED_ABBREVIATIONS[upper])
    return zone_of_abbreviation(upper)


def zone_of_abbreviation(name: str) -> tzinfo | None:
    """The fixed offset :data:`ZONE_ABBREVIATIONS` gives ``name`` (any case), or None."""
    hours = ZONE_ABBREVIATIONS.get(name.upper())
    return None if hours is None else timezone(timedelta(hours=hours))


#: Country (ISO 3166 alpha-2, lowercase) to the zone most of its news is written in: the
#: countries spanning several zones, and a few whose one zone is kept here for readers
#: (every other country's one zone comes from ``zone.tab``, :func:`country_zone`).
COUNTRY_ZONES = {
    "fr": "Europe/Paris", "be": "Europe/Brussels", "ch": "Europe/Zurich",
    "lu": "Europe/Luxembourg", "mc": "Europe/Monaco", "ca": "America/Toronto",
    "de": "Europe/Berlin", "at": "Europe/Vienna", "it": "Europe/Rome", "es": "Europe/Madrid",
    "pt": "Europe/Lisbon", "nl": "Europe/Amsterdam", "gb": "Europe/London",
    "uk": "Europe/London", "ie": "Europe/Dublin", "us": "America/New_York",
    "au": "Australia/Sydney", "nz": "Pacific/Auckland", "in": "Asia/Kolkata",
    "jp": "Asia/Tokyo", "cn": "Asia/Shanghai", "kr": "Asia/Seoul", "br": "America/Sao_Paulo",
    "mx": "America/Mexico_City", "ar": "America/Argentina/Buenos_Aires",
    "sn": "Africa/Dakar", "ci": "Africa/Abidjan", "ma": "Africa/Casablanca",
    "dz": "Africa/Algiers", "tn": "Africa/Tunis", "cm": "Africa/Douala",
    "ht": "America/Port-au-Prince", "re": "Indian/Reunion", "pl": "Europe/Warsaw",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "ru": "Europe/Moscow", "ua": "Europe/Kyiv",
    "tr": "Europe/Istanbul", "gr": "Europe/Athens", "il": "Asia/Jerusalem",
    "za": "Africa/Johannesburg", "ng": "Africa/Lagos", "ke": "Africa/Nairobi",
    "eg": "Africa/Cairo", "sg": "Asia/Singapore", "hk": "Asia/Hong_Kong",
    "ph": "Asia/Manila", "id": "Asia/Jakarta", "pk": "Asia/Karachi", "cl": "America/Santiago",
    "co": "America/Bogota", "pe": "America/Lima", "pf": "Pacific/Tahiti",
    "cd": "Africa/Kinshasa", "ec": "America/Guayaquil", "kz": "Asia/Almaty",
}
#: Languages whose main zone the country rule refines (English has none of its own).
_LANGUAGES = {"fr": "Europe/Paris", "de": "Europe/Berlin", "es": "Europe/Madrid",
              "it": "Europe/Rome", "pt": "Europe/Lisbon", "nl": "Europe/Amsterdam",
              "ja": "Asia/Tokyo", "pl": "Europe/Warsaw",
              "sv": "Europe/Stockholm", "da": "Europe/Copenhagen", "fi": "Europe/Helsinki",
              "el": "Europe/Athens", "tr": "Europe/Istanbul", "ko": "Asia/Seoul",
              # Russian: Moscow's clock, where most Russian news is written, as French's
              # is Paris's (r-mast51: Russian captures were read on UTC)
              "ru": "Europe/Moscow"}
#: Generic or commercial top-level domains say nothing about a country, nor do the
#: country codes sold worldwide as words or abbreviations (.io, .ai, .ly, .tv...).
_GENERIC = frozenset("com org net info biz example test local io co tv fm me ai ly gg to sh am"
                     " ws cc nu tk cx la ms vc gl so st ag bz ml ga cf gq eu asia".split())
_TAG = re.compile(r"^(?P<lang>[a-zA-Z]{2,3})(?:[-_](?:[A-Za-z]{4}[-_])?(?P<region>[A-Za-z]{2}))?"
                  r"(?:$|[-_.])")


@built_once
def _zone_tab() -> tuple[tuple[str, str], ...]:
    """``(country code, zone name)`` of each line of the tz database's ``zone.tab`` (the
    pinned ``tzdata`` package), the country code in capitals as written there."""
    try:
        text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text("ascii")
    except (ModuleNotFoundError, OSError):  # pragma: no cover - tzdata is a pinned dependency
        return ()
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return tuple((fields[0], fields[2]) for fields in rows if len(fields) >= 3)


@built_once
def _single_zones() -> dict[str, str]:
    """Country code (lowercase) to its zone, for the countries ``zone.tab`` gives one zone."""
    zones: dict[str, list[str]] = {}
    for country, name in _zone_tab():
        zones.setdefault(country.lower(), []).append(name)
    return {code: names[0] for code, names in zones.items() if len(names) == 1}


def country_zone(code: str) -> str | None:
    """The zone name most news of country ``code`` (ISO 3166 alpha-2, any case) is written
    in: :data:`COUNTRY_ZONES`, else the country's one zone in ``zone.tab``; None for an
    unknown code or a country of several zones without an entry."""
    code = code.lower()
    return COUNTRY_ZONES.get(code) or _single_zones().get(code)


_OFFICIAL = frozenset({"official", "de_facto_official"})
_PROBES = (datetime(2026, 1, 15, 12, tzinfo=UTC), datetime(2026, 7, 15, 12, tzinfo=UTC))
"""A winter and a summer instant: two zones agree when their offsets agree at both."""


@cache
def language_zone(language: str) -> str | None:
    """The zone a page in ``language`` (ISO 639-1, lower case) is read in when nothing
    more specific says: :data:`_LANGUAGES` (French: Europe/Paris), else the zone of the
    language's likely territory (CLDR's likely subtags through Babel: ``he`` → IL,
    ``cs`` → CZ, ``th`` → TH) when every territory where CLDR gives the language an
    official status keeps the same clock as that one, winter and summer (Serbian in
    Serbia, Bosnia, Montenegro: all on Central European time); None for a language whose
    countries span several clocks (English, Arabic, Swahili, Malay...) or an unknown one
    (newuser16b C6: Hebrew, Norwegian, Czech... were read as UTC)."""
    if language in _LANGUAGES:
        return _LANGUAGES[language]
    from babel.core import get_global  # CLDR data, pinned with Babel; loaded on first use

    likely = str(get_global("likely_subtags").get(language, ""))
    parts = likely.split("_")
    if len(parts) < 2 or not parts[-1].isalpha() or len(parts[-1]) != 2:
        return None
    main = country_zone(parts[-1])
    if main is None:
        return None
    clock = [ZoneInfo(main).utcoffset(at) for at in _PROBES]
    for territory, languages in get_global("territory_languages").items():
        info = languages.get(language)
        if not info or info.get("official_status") not in _OFFICIAL:
            continue
        name = country_zone(territory)  # None: a territory zone.tab does not list (XK)
        if name is not None and [ZoneInfo(name).utcoffset(at) for at in _PROBES] != clock:
            return None
    return main


_OVERSEAS = {"FR": ("RE", "GP", "MQ", "GF", "YT", "PM", "NC", "PF", "WF", "BL", "MF", "TF"),
             "GB": ("FK", "GI", "BM", "KY", "VG", "MS", "TC", "AI", "SH", "PN"),
             "NL": ("AW", "CW", "SX", "BQ"), "DK": ("GL", "FO"), "US": ("PR", "GU", "VI",
                                                                       "AS", "MP")}
"""Countries whose press writes for territories on other clocks (France's overseas
departments and collectivities, the Caribbean Netherlands...): their pages may print any
of these clocks."""


ISLAND_NAMES: dict[str, frozenset[str]] = {
    "Atlantic/Canary": frozenset({"canarias", "canaria", "tenerife", "lanzarote",
                                  "fuerteventura", "las palmas", "la palma", "canarias7"}),
    "Atlantic/Azores": frozenset({"acores", "acoriano", "ponta delgada"}),
    "Pacific/Galapagos": frozenset({"galapagos"}),
    "Pacific/Easter": frozenset({"rapa nui", "isla de pascua"}),
}
"""Folded names of an outlying island zone (:func:`outlying_clocks`) that ``zone.tab``
does not give: the islands' names in their own language ("Canarias", "Açores"), their
main islands and towns, and an outlet named after them ("Canarias7")."""

#: A ``zone.tab`` comment naming islands ("Canary Islands", "Sakhalin Island", "Queensland
#: (Whitsunday Islands)").
_ISLAND_COMMENT = re.compile(r"(?i)\b(?:island|islands|isles)\b")
#: An ocean's area in the tz database ("Atlantic/Canary", "Pacific/Honolulu").
_OCEANS = frozenset({"Atlantic", "Pacific", "Indian"})


@built_once
def outlying_clocks() -> dict[str, frozenset[str]]:
    """A country's own islands on their own zone, each with the folded words by which an
    outlet names them, derived from the tz database's ``zone.tab`` (the pinned ``tzdata``):
    a zone of a country of several zones whose comment names islands ("Canary Islands",
    "Chatham Islands", "Sakhalin Island") or whose area is an ocean while another of the
    country's zones is on land (Atlantic/Azores, Pacific/Honolulu), unless every zone of
    the country is so (Kiribati, French Polynesia: no mainland); a zone whose comment says
    "most of" the country is its main clock ("most of Marshall Islands", "most of New
    Zealand"). The words are the zone's city, the comment's place
    folded ("canary islands", "hawaii", "whitsunday islands"), and :data:`ISLAND_NAMES`.

    Like the overseas territories of :data:`_OVERSEAS`, such a clock is one an outlet may
    print only when it names it (:func:`outlet_zones`): a Valencian paper's zone-less 09:02
    is Madrid's, not possibly the Canaries' (t-final66 F6: Levante-EMV's 08:35 and Las
    Provincias' 09:02, both read in Europe/Madrid, were "in no known order", and the later
    copy became the original). A time assumed in the island's own zone keeps the
    mainland's clock among its siblings. The hand list of four zones this replaces left
    Hawaii, the Chathams, Lord Howe, Fernando de Noronha... as mainland siblings
    (h-copies66b "still wrong" 4, h-copies67)."""
    try:
        text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text("ascii")
    except (ModuleNotFoundError, OSError):  # pragma: no cover - tzdata is pinned
        return dict(ISLAND_NAMES)
    rows: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if line and line[0] != "#" and len(fields) >= 3:
            rows.setdefault(fields[0], []).append(
                (fields[2], fields[3] if len(fields) > 3 else ""))
    found: dict[str, frozenset[str]] = {}
    for zones in rows.values():
        if len(zones) < 2:
            continue
        on_land = any(name.split("/", 1)[0] not in _OCEANS for name, _ in zones)
        islands = [(name, comment) for name, comment in zones
                   if not comment.lower().startswith("most")  # the country's main clock
                   and (_ISLAND_COMMENT.search(comment)
                        or (on_land and name.split("/", 1)[0] in _OCEANS))]
        if len(islands) == len(zones):
            continue  # every zone an island's: none set apart
        for name, comment in islands:
            place = comment.rsplit(" - ", 1)[-1]
            inner = re.search(r"\(([^()]*)\)", place)  # "Queensland (Whitsunday Islands)"
            place = inner.group(1) if inner else place
            said = _outlet_words(place).strip()
            city = _outlet_words(name.rsplit("/", 1)[-1]).strip()
            found[name] = frozenset(filter(None, {city, said, *ISLAND_NAMES.get(name, ())}))
    return found


OVERSEAS_PRESS: dict[str, tuple[str, ...]] = {
    "FR": ("1ere", "la1ere", "outre mer", "outremer", "dom tom", "domtom", "ultramarin"),
}
"""Folded words by which a country's overseas press names itself without naming one
territory: France Télévisions' overseas stations are "Réunion La 1ère", "Martinique La
1ère"... (``la1ere.francetvinfo.fr``, the network "Outre-mer La 1ère"); "outre-mer",
"DOM-TOM" and "ultramarin" are the French words for the overseas territories as a whole.
Such an outlet may print any clock of :data:`_OVERSEAS`."""


def sibling_offsets(zone: tzinfo, at: datetime, outlet: str | None = None, *,
                    home_only: bool = False) -> frozenset[timedelta]:
    """The offsets, at instant ``at``, of the clocks of the country of ``zone`` (a tz
    database zone) and of its territories on other clocks (:data:`_OVERSEAS`): the clocks
    its press may print (Europe/Paris: Paris, La Réunion, Nouméa, Papeete...). Empty for a
    zone of no country (UTC, a fixed offset).

    ``outlet``: what names the outlet (its source, address and site name, any order), when
    known: only the clocks *that outlet* may print count (:func:`outlet_zones`: the
    country's own, and a territory's only when the outlet names it or names itself as the
    overseas press): a Paris daily's zone-less "09:30" is Paris time, an assumption the
    pages say (t-final27 F7), a ``la1ere.francetvinfo.fr/martinique/`` page's may be
    Martinique's. ``None``: an outlet unknown, any of the country's clocks.

    ``home_only``: ``zone`` is the outlet's home city's clock (:data:`HOME_ASSUMED`), so
    the country's other zones do not count, only the territories ``outlet`` names
    (t-final66 F6: Levante-EMV's 08:35 spanned the Canaries' clock)."""
    offsets = (at.astimezone(other).utcoffset()
               for other in outlet_zones(getattr(zone, "key", ""), outlet,
                                         home_only=home_only))
    return frozenset(offset for offset in offsets if offset is not None)


def outlet_zones(key: str, outlet: str | None, *,
                 home_only: bool = False) -> tuple[ZoneInfo, ...]:
    """The zones an outlet whose times were assumed in the zone named ``key`` may print
    (:func:`sibling_offsets`): with ``outlet`` None, every zone of the country and of its
    territories on other clocks; else the country's own zones, plus each territory's that
    ``outlet`` names (by the tz database's city of its zone, "reunion", "noumea",
    "martinique", or a French name of its clock in :data:`NAMED_CLOCKS`, "nouvelle
    caledonie", "polynesie", "guyane"; as words, or run together as in an address path,
    ``/nouvellecaledonie/``), or all of them when it names itself as its country's overseas
    press (:data:`OVERSEAS_PRESS`). ``home_only``: of the country's own zones, ``key``'s
    alone (an outlet's home city's clock, :func:`sibling_offsets`)."""
    home, territories = _sibling_zones(key)
    if home_only:
        home = tuple(zone for zone in home if zone.key == key) or home
    if outlet is None:
        return home + tuple(zone for zone, _ in territories)
    words = _outlet_words(outlet)
    if not words.strip():
        return home
    joined = frozenset(words.split())
    countries = {country for country, name in _zone_tab() if name == key}
    if any(_names(marker, words, joined) for country in countries
           for marker in OVERSEAS_PRESS.get(country, ())):
        return home + tuple(zone for zone, _ in territories)
    return home + tuple(zone for zone, names in territories
                        if any(_names(name, words, joined) for name in names))


def named_territory(key: str, outlet: str) -> str:
    """The zone of the one territory on another clock (:data:`_OVERSEAS`) of the country of
    the zone named ``key`` that ``outlet`` (its masthead, name or address) names by its
    place ("Réunion la 1ère", "Guadeloupe la 1ère", "Le Quotidien de La Réunion",
    "la1ere.francetvinfo.fr/martinique/"), as :func:`outlet_zones` reads it; "" when it
    names none, or several on different clocks. Such an outlet writes its times there
    (t-final33: Réunion la 1ère's "14h10" was read as Paris time)."""
    if not outlet.strip():
        return ""
    words = _outlet_words(outlet)
    joined = frozenset(words.split())
    _, territories = _sibling_zones(key)
    named = {zone.key for zone, names in territories
             if any(_names(name, words, joined) for name in names)}
    return next(iter(named)) if len(named) == 1 else ""


def _names(name: str, words: str, joined: frozenset[str]) -> bool:
    """Whether ``words`` (:func:`_outlet_words`) has the folded ``name`` as whole words, or
    run together in one word (an address path's ``nouvellecaledonie``)."""
    return f" {name} " in words or name.replace(" ", "") in joined


def _outlet_words(outlet: str) -> str:
    """``outlet`` lowercased, accents removed, cut into words at anything not a letter or
    digit, with a space at both ends ("la1ere.francetvinfo.fr/nouvellecaledonie/x" →
    " la1ere francetvinfo fr nouvellecaledonie x ")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", outlet.lower())
                    if not unicodedata.combining(c))
    return " " + " ".join(re.split(r"[^a-z0-9]+", plain)).strip() + " "


@cache
def _sibling_zones(key: str) -> tuple[tuple[ZoneInfo, ...],
                                      tuple[tuple[ZoneInfo, frozenset[str]], ...]]:
    """The zones of :func:`sibling_offsets` for the zone named ``key``: the country's own,
    and its territories' on other clocks (:data:`_OVERSEAS`) each with the folded names an
    outlet may call it by (:func:`outlet_zones`), read once per zone from ``zone.tab`` and
    kept (``ZoneInfo`` keeps only its 8 last zones loaded, and France's are 14: each call
    read them from disk again; story lists ask it for every row read in an assumed
    zone)."""
    countries = {country for country, name in _zone_tab() if name == key}
    overseas = {other for country in countries for other in _OVERSEAS.get(country, ())}
    own = dict.fromkeys(name for country, name in _zone_tab() if country in countries)
    islands = outlying_clocks()
    home = tuple(ZoneInfo(name) for name in own if name == key or name not in islands)
    named: dict[str, set[str]] = {
        name: set(islands[name]) for name in own if name != key and name in islands}
    for country, name in _zone_tab():
        if country in overseas and name not in named:
            city = _outlet_words(name.rsplit("/", 1)[-1]).strip()
            named[name] = {city, city.replace("st ", "saint ")} | {
                _outlet_words(said).strip() for said, zone in NAMED_CLOCKS.items()
                if zone == name}
    return home, tuple((ZoneInfo(name), frozenset(names)) for name, names in named.items())


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):  # a system without that zone's data
        return UTC


MAX_ZONE_NAME = 64
"""The longest zone name accepted (the tz database's are under 40 characters)."""


def zone_names() -> frozenset[str]:
    """The zone names of the pinned ``tzdata`` package (IANA tz database)."""
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def check_zone(name: str) -> str:
    """``name`` (surrounding spaces removed) when it is a zone of the tz database shipped
    in the pinned ``tzdata`` package ("Pacific/Noumea", "America/Martinique", "UTC"), else
    ``ValueError`` with a message saying what to write. Case matters, as in the database."""
    zone = name.strip()
    if zone in zone_names() and len(zone) <= MAX_ZONE_NAME:
        return zone
    folded = {z.lower(): z for z in zone_names()}
    close = folded.get(zone.lower())
    hint = f"did you mean {close}?" if close else (
        "write an IANA zone name, Area/City, such as Europe/Paris, Pacific/Noumea, "
        "America/Martinique, Indian/Reunion (the list: python -c 'import zoneinfo; "
        "print(sorted(zoneinfo.available_timezones()))')")
    raise ValueError(f"unknown time zone {zone[:80]!r}: {hint}")


def page_zone(locales: list[str], url: str | None = None, *,
              setting: str = "", names: tuple[str, ...] = ()) -> tuple[tzinfo, str]:
    """(zone, how it was chosen) for a page whose locale tags are ``locales`` (``<html
    lang>``, ``og:locale``, ``inLanguage``..., most trusted first) and whose address is
    ``url``; ``setting`` is its source's time zone setting (a tz database name, checked
    when the source was registered), which comes first; ``names`` are the outlet's names
    the input gives (a record's ``source``), looked up in veille's table of outlets after
    its address. ``how`` reads like "assumed from locale fr-CA (America/Toronto)"."""
    if setting:
        return _zone(setting), f"the source's time zone setting ({setting})"
    languages: list[str] = []
    for tag in locales:
        match = _TAG.match(tag.strip())
        if not match:
            continue
        languages.append(match.group("lang").lower())
        region = (match.group("region") or "").lower()
        name = country_zone(region) if region else None
        if name:
            return _zone(name), f"assumed from locale {tag.strip()} ({name})"
    host = (urlsplit(url).hostname or "") if url else ""
    home, outlet = outlet_home_zone(host)
    if home:
        return _zone(home), home_said(home, outlet)
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    name = country_zone(tld) if len(tld) == 2 and tld not in _GENERIC else None
    if name:
        return _zone(name), f"assumed from the domain .{tld} ({name})"
    named = host_country_zone(host)
    if named:
        return _zone(named), f"assumed from the address {host}, which names its country ({named})"
    home, outlet = outlet_home_zone("", *names) if names else ("", "")
    if home:
        return _zone(home), home_said(home, outlet)
    for language in languages:
        name = language_zone(language)
        if name:
            return _zone(name), f"assumed from language {language} ({name})"
    return UTC, "assumed UTC (no locale, country or language with one zone)"


#: The countries an ambiguous abbreviation (:data:`AMBIGUOUS_ONLY`: IST, IDT) may mean, by
#: the words an outlet's address names them with (Ireland: irishtimes.com,
#: irishexaminer.com; India: timesofindia, indianexpress, hindustantimes; Israel:
#: timesofisrael, jpost is not named). A closed class: the tz database's zones writing
#: IST/IDT (Europe/Dublin, Asia/Kolkata, Asia/Jerusalem).
_HOST_COUNTRIES = {"irish": "Europe/Dublin", "ireland": "Europe/Dublin",
                   "india": "Asia/Kolkata", "indian": "Asia/Kolkata",
                   "hindustan": "Asia/Kolkata", "israel": "Asia/Jerusalem",
                   "israeli": "Asia/Jerusalem"}


def host_country_zone(host: str) -> str:
    """The zone of the country an address's site name names, among :data:`_HOST_COUNTRIES`,
    as a newspaper's name does: the country's word alone, or with a title word of
    :data:`_PAPER_WORDS` before or after it ("irishtimes.com", "timesofisrael.com",
    "indianexpress.com": Europe/Dublin, Asia/Jerusalem, Asia/Kolkata); "" for any other
    ("indiana.edu", "indianapolis...": no title word)."""
    labels = [label for label in host.lower().split(".") if label and label != "www"]
    if len(labels) < 2:
        return ""
    site = (labels[-3] if len(labels) >= 3 and len(labels[-2]) <= 3 else labels[-2])
    site = site.replace("-", "")
    for word, zone in _HOST_COUNTRIES.items():
        for rest in (site[len(word):] if site.startswith(word) else None,
                     site[:-len(word)] if site.endswith(word) else None):
            if rest is None:
                continue
            rest = rest.removeprefix("the").removesuffix("of").removesuffix("the")
            if rest == "" or rest in _PAPER_WORDS:
                return zone
    return ""


#: Words of newspapers' titles ("The Irish Times", "Times of India", "Irish Examiner").
_PAPER_WORDS = frozenset("times news examiner express independent post herald star mirror "
                         "daily today tribune chronicle standard telegraph journal gazette "
                         "observer sun voice".split())


def keep_locale(tag: str, language: str, evidence: dict[str, str]) -> None:
    """Keep a locale tag that says more than its ``language`` (``fr-CA`` for ``fr``) in
    ``evidence["locale"]``, so that the region a record, feed or wire item gave is not lost
    when the stored language keeps only the primary subtag (BCP 47, RFC 5646)."""
    tag = tag.strip()[:35]
    if tag and tag.replace("_", "-").lower() != language.lower() and _TAG.match(tag):
        evidence["locale"] = tag


#: The clocks a French page names after a time ("10h15 (heure de Paris)", "06h15 (heure de
#: Martinique)", "10h00, heure de La Réunion", "heure de métropole"): overseas and
#: international outlets print them because their pages are read on several clocks
#: (newuser13a C11, h2 C18). Folded names (lower case, no accents, "-" and "'" as spaces)
#: to tz database zones; the places are France's overseas collectivities, Paris and the
#: French-speaking capitals whose papers print their clock so.
NAMED_CLOCKS: dict[str, str] = {
    "paris": "Europe/Paris", "france": "Europe/Paris", "metropole": "Europe/Paris",
    "la metropole": "Europe/Paris", "france metropolitaine": "Europe/Paris",
    "martinique": "America/Martinique", "la martinique": "America/Martinique",
    "guadeloupe": "America/Guadeloupe", "la guadeloupe": "America/Guadeloupe",
    "antilles": "America/Martinique", "guyane": "America/Cayenne",
    "la guyane": "America/Cayenne", "cayenne": "America/Cayenne",
    "reunion": "Indian/Reunion", "la reunion": "Indian/Reunion",
    "mayotte": "Indian/Mayotte", "noumea": "Pacific/Noumea",
    "nouvelle caledonie": "Pacific/Noumea", "la nouvelle caledonie": "Pacific/Noumea",
    "tahiti": "Pacific/Tahiti", "papeete": "Pacific/Tahiti", "polynesie": "Pacific/Tahiti",
    "saint pierre et miquelon": "America/Miquelon", "wallis et futuna": "Pacific/Wallis",
    "montreal": "America/Toronto", "quebec": "America/Toronto", "l est": "America/Toronto",
    "bruxelles": "Europe/Brussels", "geneve": "Europe/Zurich", "dakar": "Africa/Dakar",
    "abidjan": "Africa/Abidjan", "alger": "Africa/Algiers", "tunis": "Africa/Tunis",
    "rabat": "Africa/Casablanca", "beyrouth": "Asia/Beirut",
}


#: The zone named in brackets: a tz database name, or "UTC" ("assumed (UTC)", a page with
#: no locale, domain or language zone: its times were printed unmarked, t-final31 F2).
_ASSUMED_ZONE = re.compile(r"\((?P<zone>UTC|[A-Za-z]+(?:/[A-Za-z0-9_+-]+)+)\)")


def assumed_zone_name(how: str) -> str:
    """The tz database zone an ``evidence["timezone"]`` sentence says was *assumed* for a
    time printed without one ("assumed (Europe/Paris)", "assumed from language fr
    (Europe/Paris)", "assumed from the domain .fr (Europe/Paris)", :func:`page_zone`;
    "UTC" for "assumed UTC ..." and "assumed (UTC)"), "" otherwise: a zone given by the
    page, record, capture or listing, or the source's own time zone setting (the user said
    so), is no assumption."""
    if not how.startswith("assumed"):
        return ""
    if how.startswith("assumed UTC"):
        return "UTC"
    found = _ASSUMED_ZONE.search(how)
    return found.group("zone") if found else ""


def is_generic_tld(host: str) -> bool:
    """Whether ``host``'s top-level domain says no country (:data:`_GENERIC`)."""
    return host.rsplit(".", 1)[-1].lower() in _GENERIC


@built_once
def _outlet_table() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """(host → zone, folded name → (zone, name as written)) of ``data/outlet_zones.tsv``;
    a name two rows give different zones is left out."""
    text = resources.files("veille.extract").joinpath("data", "outlet_zones.tsv").read_text(
        "utf-8")
    hosts: dict[str, str] = {}
    names: dict[str, set[tuple[str, str]]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2:
            continue
        hosts[cols[0].strip().lower()] = cols[1].strip()
        for name in (cols[2].split("|") if len(cols) > 2 else []):
            if _name_key(name):
                names.setdefault(_name_key(name), set()).add((cols[1].strip(), name.strip()))
    return hosts, {key: next(iter(found)) for key, found in names.items()
                   if len({zone for zone, _ in found}) == 1}


def outlet_names() -> tuple[str, ...]:
    """The outlets' names as ``data/outlet_zones.tsv`` writes them ("Sud Ouest", "El País",
    "The Guardian"), each once: the masthead names of veille's outlet table, for readers
    that need to know an outlet's name in running text
    (:func:`veille.enrich.cited_outlets.is_outlet_name`)."""
    return tuple(sorted({name for _, name in _outlet_table()[1].values()}))


def _name_key(name: str) -> str:
    """An outlet's name folded for the table: words of any script, lowercase, no accents,
    no leading "the" ("The Straits Times" → "straits times", "Коммерсантъ" → "коммерсантъ":
    r-mast51, a Cyrillic masthead folded to nothing)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower())
                    if not unicodedata.combining(c))
    words = re.split(r"[\W_]+", plain)
    words = [w for w in words if w]
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def outlet_home_zone(host: str, *names: str) -> tuple[str, str]:
    """(zone, what named it) of an outlet of ``data/outlet_zones.tsv`` (the times it
    prints without a zone are its home city's): by ``host`` or a parent domain of it
    ("www.scmp.com"), else by one of ``names`` (a masthead, a ``--source`` name) written
    whole ("South China Morning Post", "The Straits Times"), or a news agency's own host
    (``afp.com``: its home country's clock, :func:`country_zone`); ("", "") when none is
    known."""
    hosts, by_name = _outlet_table()
    labels = host.lower().strip(".").split(".") if host else []
    for i in range(len(labels) - 1):
        zone = hosts.get(".".join(labels[i:]))
        if zone:
            return zone, ".".join(labels[i:])
    agency = agency_of_host(host) if host else None
    if agency is not None and len(agency.country) == 2:
        # a news agency's own site (afp.com: a .com naming no country) is published from
        # its home country (data/news_agencies.tsv; t-final51b A11: an AFP page read on
        # Istanbul's clock from the places of its dispatch)
        zone = country_zone(agency.country)
        if zone:
            return zone, host.lower().strip(".")
    for name in names:
        found = by_name.get(_name_key(name)) if name and len(name) <= 80 else None
        if found is None and name and "." in name and " " not in name.strip():
            found = next(((z, name) for z in [outlet_home_zone(name.strip())[0]] if z), None)
        if found is not None:
            return found[0], found[1]
    return "", ""


HOME_ASSUMED = "assumed from the source's home"
"""How ``evidence["timezone"]`` begins for a time read on the outlet's home clock
(:func:`home_said`): the one zone veille's table of outlets gives it, so no other clock of
its country counts (``dedup.published_order.zone_slack``; t-final66 F6: Levante-EMV's 08:35
and Las Provincias' 09:02, both read on Madrid's clock from the table, were "in no known
order" by the Canaries' clock, and the later copy became the original)."""


def home_said(zone: str, outlet: str) -> str:
    """``evidence["timezone"]`` for a time read on an outlet's home clock (inferred from
    the source, not printed: still "assumed", with the zone in brackets for
    :func:`assumed_zone_name`)."""
    return (f"{HOME_ASSUMED} ({zone}): {outlet}, in veille's table of "
            "outlets (data/outlet_zones.tsv), inferred from the source")


def places_said(zone: str, places: list[str]) -> str:
    """``evidence["timezone"]`` for a time read on the clock of the places the text names
    (:func:`veille.extract.place_zones.zone_by_places`): inferred, not printed, so still
    "assumed", the zone in brackets for :func:`assumed_zone_name`."""
    return (f"assumed ({zone}): inferred from the places the text names "
            f"({', '.join(places[:4])}), the page printing no zone and no address or outlet "
            "saying its country")


def country_places_said(zone: str, main: str, places: list[str]) -> str:
    """``evidence["timezone"]`` for a time read on the clock of the places the text names
    within its outlet's country of several clocks
    (:func:`veille.extract.place_zones.zone_within_country`): still "assumed", the zone in
    brackets for :func:`assumed_zone_name`."""
    return (f"assumed ({zone}): inferred from the places the text names within the "
            f"country ({', '.join(places[:4])}), a country of several clocks whose main one "
            f"({main}) its address, locale or language gave")


#: Places that tell which country an ambiguous "IST"/"IDT" is (:data:`AMBIGUOUS_ONLY`):
#: the countries' names and adjectives, beside their first-level subdivisions' names
#: (ISO 3166-2 through pycountry: Ireland's counties and provinces, India's states and
#: territories) and Israel's districts' English names (pycountry gives them in Arabic
#: transliteration). A closed class: the three zones writing IST/IDT in the tz database.
_IST_COUNTRIES = {
    "IE": ("Europe/Dublin", ("ireland", "irish", "eire")),
    "IN": ("Asia/Kolkata", ("india", "indian", "mumbai", "new delhi", "bengaluru",
                            "bangalore", "kolkata", "chennai", "hyderabad")),
    "IL": ("Asia/Jerusalem", ("israel", "israeli", "jerusalem", "tel aviv", "haifa",
                              "beersheba", "knesset")),
}


@built_once
def _ist_places() -> dict[str, tuple[str, str]]:
    """Folded place word(s) → (country code, zone) for :func:`ambiguous_zone_by_text`."""
    import pycountry

    out: dict[str, tuple[str, str]] = {}
    for code, (zone, words) in _IST_COUNTRIES.items():
        for word in words:
            out[word] = (code, zone)
        if code == "IL":
            continue
        subdivisions = pycountry.subdivisions.get(  # type: ignore[no-untyped-call]
            country_code=code)
        # by code: pycountry gives a set, whose order moved with the process's hash seed,
        # and with it the places an article's time zone evidence lists (r-speed49)
        for sub in sorted(subdivisions or (), key=lambda sub: str(sub.code)):
            key = _outlet_words(sub.name).strip()
            if len(key) >= 4 and key not in ("punjab", "ulster"):  # Punjab: Pakistan's too
                out.setdefault(key, (code, zone))
    return out


def ambiguous_zone_by_text(text: str) -> tuple[str, list[str]]:
    """(zone, the places read) of the one country among Ireland, India and Israel whose
    places ``text`` names (:data:`_IST_COUNTRIES`: "Galway County Council", "Dublin Road",
    "Maharashtra", "Tel Aviv"), to read an "IST" it prints; ("", places) when it names
    none or places of two of them."""
    words = _outlet_words(text[:20000])
    seen: dict[str, list[str]] = {}
    for key, (_code, zone) in _ist_places().items():
        if f" {key} " in words:
            seen.setdefault(zone, []).append(key)
    if len(seen) == 1:
        zone, places = next(iter(seen.items()))
        return zone, places
    return "", [p for places in seen.values() for p in places]
