"""The clock of a capture whose only zone is its language's, read from the places it names.

A capture pasted without ``--source`` or address gets its language's zone (French: Paris).
But French is written on other clocks too (Québec, Ontario's francophone press): a capture
whose masthead is "La Presse" and whose text names Montréal, Sherbrooke and Hydro-Québec,
and no place of France, was written in Montréal (t-final49 A4). The rule, inferred and said
so in ``evidence``:

- only the countries where the language is official (CLDR's territory languages, through
  Babel) on another clock than the assumed zone's country are candidates;
- the places are the gazetteer's countries, first-level regions and cities of at least
  :data:`MIN_POPULATION` inhabitants (``veille/enrich/data/gazetteer.tsv``, GeoNames and
  Wikidata), a name read only when all its rows are of one country (Laval, London,
  Hamilton are of several: they say nothing);
- a name counts capitalised, and not when the text also writes it as a lower-case word
  (Portuguese "para", Pará's name);
- one candidate country with at least :data:`MIN_PLACES` distinct places, and no place of
  the assumed zone's own country, decides (a French paper's text about Montréal names
  Paris, France or "nos" places rarely, but when it does, the capture stays on Paris);
- the zone is the country's news zone (:data:`~veille.extract.timezones.COUNTRY_ZONES`:
  Canada, America/Toronto, Montréal's), else its one zone, else the ``zone.tab`` zone
  nearest the first city the text names.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache
from importlib import resources

from veille.extract.timezones import COUNTRY_ZONES, _outlet_words, _zone_tab

__all__ = ["MIN_PLACES", "MIN_POPULATION", "zone_by_places"]

#: Cities smaller than this are left out (villages share names across countries).
MIN_POPULATION = 50_000
#: How many distinct places of one other country the text must name.
MIN_PLACES = 2
_KINDS = frozenset({"country", "region", "city", "capital"})
_OFFICIAL = frozenset({"official", "de_facto_official"})


@cache
def _places() -> dict[str, tuple[str, float, float]]:
    """Folded place name → (country code, lat, lon) for names of one country only (lat/lon
    NaN for a country or a region without a point)."""
    text = resources.files("veille.enrich").joinpath("data", "gazetteer.tsv").read_text("utf-8")
    seen: dict[str, set[str]] = {}
    point: dict[str, tuple[float, float]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 8 or cols[2] not in _KINDS or not cols[3]:
            continue
        if cols[2] in {"city", "capital"} and int(cols[7] or 0) < MIN_POPULATION:
            continue
        key = _outlet_words(cols[1]).strip()
        if len(key) < 4:
            continue
        seen.setdefault(key, set()).add(cols[3].upper())
        if cols[2] in {"city", "capital"} and key not in point:
            try:
                point[key] = (float(cols[5]), float(cols[6]))
            except ValueError:
                pass
    nan = float("nan")
    return {key: (next(iter(codes)), *point.get(key, (nan, nan)))
            for key, codes in seen.items() if len(codes) == 1}


@cache
def _other_clocks(language: str, home: str) -> frozenset[str]:
    """The countries where ``language`` is official, ``home`` (the assumed zone's country)
    left out."""
    from babel.core import get_global

    return frozenset(
        territory.upper() for territory, languages in get_global("territory_languages").items()
        if (languages.get(language) or {}).get("official_status") in _OFFICIAL
        and territory.upper() != home)


@cache
def _zone_points() -> tuple[tuple[str, str, float, float], ...]:
    """(country, zone, lat, lon) of each ``zone.tab`` line."""
    text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text("ascii")
    out = []
    for line in text.splitlines():
        fields = line.split("\t")
        if not line or line[0] == "#" or len(fields) < 3:
            continue
        coords = fields[1]
        split = max(coords.rfind("+"), coords.rfind("-"))
        lat, lon = _degrees(coords[:split]), _degrees(coords[split:])
        out.append((fields[0], fields[2], lat, lon))
    return tuple(out)


def _degrees(value: str) -> float:
    """ISO 6709 ±DDMM[SS] or ±DDDMM[SS] as degrees."""
    sign = -1.0 if value[0] == "-" else 1.0
    digits = value[1:]
    head = 2 if len(digits) in (4, 6) else 3
    deg, minutes = int(digits[:head]), int(digits[head:head + 2])
    seconds = int(digits[head + 2:head + 4] or 0)
    return sign * (deg + minutes / 60 + seconds / 3600)


def _tokens(text: str) -> list[str]:
    """The words of ``text``, accents removed, case kept (a place's name is capitalised)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    return re.findall(r"[A-Za-z0-9]+", plain)


def _country_of_zone(zone: str) -> str:
    return next((country for country, name in _zone_tab() if name == zone), "")


def _nearest_zone(country: str, lat: float, lon: float) -> str:
    """The country's news zone, else its one zone, else the zone.tab zone nearest (lat,
    lon); "" when none."""
    news = COUNTRY_ZONES.get(country.lower())
    if news:
        return news
    zones = [(c, z, la, lo) for c, z, la, lo in _zone_points() if c == country]
    if len(zones) <= 1 or math.isnan(lat):
        return zones[0][1] if len(zones) == 1 else ""
    return min(zones, key=lambda row: (row[2] - lat) ** 2
               + ((row[3] - lon) * math.cos(math.radians(lat))) ** 2)[1]


def zone_by_places(language: str, assumed: str, text: str) -> tuple[str, list[str]]:
    """(zone, the places read) for a capture in ``language`` whose time zone is only the
    language's assumed one (``assumed``, a tz database name) when its ``text`` names places
    of one other country writing that language on another clock (module docstring);
    ("", []) otherwise."""
    home = _country_of_zone(assumed)
    primary = language.lower().split("-")[0]
    if not home or not primary:
        return "", []
    candidates = _other_clocks(primary, home)
    if not candidates:
        return "", []
    places = _places()
    tokens = _tokens(text[:20000])
    words = [t.lower() for t in tokens]
    # A name that the text also writes in lower case is a word there ("para" is Pará's
    # name and Portuguese's "for"; "natal", "santos"): it names no place.
    lower = {t for t in tokens if t.islower()}
    found: dict[str, list[str]] = {}
    first_point: dict[str, tuple[float, float]] = {}
    i = 0
    while i < len(words):  # the longest name first, left to right ("trois rivieres")
        for n in (3, 2, 1):
            key = " ".join(words[i:i + n])
            hit = places.get(key) if len(words) - i >= n else None
            if hit is not None:
                break
        if hit is None or not tokens[i][:1].isupper() or (n == 1 and key in lower):
            i += 1
            continue
        i += n
        country, lat, lon = hit
        if country == home:
            return "", []
        if country in candidates and key not in found.get(country, []):
            found.setdefault(country, []).append(key)
            if not math.isnan(lat) and country not in first_point:
                first_point[country] = (lat, lon)
    decided = [c for c, keys in found.items() if len(keys) >= MIN_PLACES]
    if len(decided) != 1:
        return "", []
    country = decided[0]
    lat, lon = first_point.get(country, (float("nan"), float("nan")))
    zone = _nearest_zone(country, lat, lon)
    if not zone or zone == assumed:
        return "", []
    return zone, found[country]
