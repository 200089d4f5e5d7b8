"""The time zone a capture's text places it in, read from the places it names.

A capture with no address and no outlet of veille's table (``data/outlet_zones.tsv``) prints
"Published Dec. 3, 2026, 4:10 p.m." with no zone: the language's zone, or UTC for English,
was assumed (r-pubdates36, still wrong). A local paper names its own places: "Broken Arrow",
"Tulsa County", "Saskatoon", "Godoy Cruz". Each name of veille's gazetteer
(``veille.enrich.places``) that is a single place, or places of one clock, votes for that
clock; a clear majority (:data:`MIN_VOTES` mentions, :data:`MAJORITY` of the votes) is the
zone the page is read in, said "inferred from the places the text names".

A place's clock: its first-level subdivision's in :data:`SUBDIVISION_ZONES` for the
countries of several clocks a place's subdivision decides (United States, Canada,
Australia; a closed class: the tz database's zones of those countries, the zone most of the
state's people live in, as tzdata's ``zone1970.tab`` comments describe them), else the
country's one clock (``zone.tab`` gives one zone, or all its zones keep the same offsets
winter and summer: Argentina). A country of several clocks without a subdivision (Russia,
Brazil, Mexico, a US place with no state) says nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from zoneinfo import ZoneInfo

from veille.extract.timezones import _PROBES, _zone_tab, country_zone

MIN_VOTES = 2
"""Mentions of places of one clock needed to infer it (one name may be a person's)."""
MAJORITY = 0.75
"""Share of the place mentions that must be of the winning clock."""

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

_KINDS = frozenset({"country", "region", "capital", "city", "department"})
_NAME = re.compile(r"\b[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de\s+|del\s+)?[A-ZÀ-Þ][\w'’-]+){0,2}")
"""A run of one to three capitalised words ("Broken Arrow", "Luján de Cuyo")."""


@cache
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


def place_clock(country: str, subdivision: str) -> str:
    """The zone of a place of ``country`` in ``subdivision`` (ISO 3166-2 suffix, or "")."""
    zone = SUBDIVISION_ZONES.get(f"{country}-{subdivision}")
    return zone or _one_clock_countries().get(country, "")


def clock_of(country: str, pid: str, admin1: str) -> str:
    """The clock (:func:`place_clock`) of a place of ``country`` whose id is ``pid`` and
    first-level code ``admin1``: an ISO 3166-2 id names its subdivision, GeoNames' codes
    are read through ``_GEONAMES_ADMIN1``."""
    if pid.startswith("iso3166-2:"):
        sub = pid.split(":", 1)[1].partition("-")[2]
    else:
        sub = _GEONAMES_ADMIN1.get(country, {}).get(admin1, admin1)
    return place_clock(country, sub)


def _clock(place: object) -> str:
    return clock_of(str(getattr(place, "country", "") or ""), str(getattr(place, "id", "")),
                    str(getattr(place, "admin1", "") or ""))


def _clocks(name: str) -> set[str]:
    """The clocks of the places of :data:`_KINDS` named ``name`` (the gazetteer's
    candidates), read from the names index (:mod:`veille.enrich.place_names`) without
    building the gazetteer when it can tell them."""
    from veille.enrich.place_names import regions

    found = regions(name)
    if found is not None:
        return {clock_of(country, pid, admin1) for kind, country, pid, admin1 in found
                if kind in _KINDS}
    from veille.enrich.places import shipped

    return {_clock(p) for p in shipped().candidates(name) if p.kind in _KINDS}


def zone_by_places(text: str) -> tuple[str, list[str]]:
    """(zone, the names that voted for it) of the clock the places ``text`` names point
    to (module docstring); ("", []) when they name none, or no clear majority."""
    votes: Counter[str] = Counter()
    named: dict[str, list[str]] = {}
    for match in _NAME.finditer(text[:20000]):
        words = match.group().split()
        # the longest run of the match that is a place ("Broken Arrow voters" → "Broken Arrow")
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            clocks = _clocks(name)
            if clocks:
                if len(clocks) == 1 and "" not in clocks:
                    clock = clocks.pop()
                    votes[clock] += 1
                    if name not in named.setdefault(clock, []):
                        named[clock].append(name)
                break
    if not votes:
        return "", []
    zone, count = votes.most_common(1)[0]
    if count < MIN_VOTES or count < MAJORITY * sum(votes.values()):
        return "", []
    return zone, named[zone]
