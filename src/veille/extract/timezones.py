"""The time zone a page's times are written in, when a time gives no offset of its own.

Rule, most specific first (docs/html-extraction.md, "Time zones"):

1. the region of the page's locale (``fr-CA``, ``og:locale`` ``fr_BE``): a country;
2. the country of the page's domain (``.be``, ``.ch``, ``.ca``, ``.fr``, ...);
3. the language's main zone (French: Europe/Paris);
4. UTC.

A country spanning several zones gets the zone where most of its news is written
(Canada: America/Toronto, the zone of Montréal and Toronto; the United States:
America/New_York). The answer says which rule decided, for ``evidence``.
"""

from __future__ import annotations

import re
from datetime import UTC, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

#: Country (ISO 3166 alpha-2, lowercase) to the zone most of its news is written in.
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
    "co": "America/Bogota", "pe": "America/Lima",
}
#: Languages whose main zone the country rule refines (English has none of its own).
_LANGUAGES = {"fr": "Europe/Paris", "de": "Europe/Berlin", "es": "Europe/Madrid",
              "it": "Europe/Rome", "pt": "Europe/Lisbon", "nl": "Europe/Amsterdam",
              "ja": "Asia/Tokyo", "pl": "Europe/Warsaw",
              "sv": "Europe/Stockholm", "da": "Europe/Copenhagen", "fi": "Europe/Helsinki",
              "el": "Europe/Athens", "tr": "Europe/Istanbul", "ko": "Asia/Seoul"}
#: Generic or commercial top-level domains say nothing about a country.
_GENERIC = frozenset("com org net info biz io co tv fm me example test local".split())
_TAG = re.compile(r"^(?P<lang>[a-zA-Z]{2,3})(?:[-_](?:[A-Za-z]{4}[-_])?(?P<region>[A-Za-z]{2}))?"
                  r"(?:$|[-_.])")


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):  # a system without that zone's data
        return UTC


def page_zone(locales: list[str], url: str | None = None) -> tuple[tzinfo, str]:
    """(zone, how it was chosen) for a page whose locale tags are ``locales`` (``<html
    lang>``, ``og:locale``, ``inLanguage``..., most trusted first) and whose address is
    ``url``. ``how`` reads like "assumed from locale fr-CA (America/Toronto)"."""
    languages: list[str] = []
    for tag in locales:
        match = _TAG.match(tag.strip())
        if not match:
            continue
        languages.append(match.group("lang").lower())
        region = (match.group("region") or "").lower()
        if region in COUNTRY_ZONES:
            name = COUNTRY_ZONES[region]
            return _zone(name), f"assumed from locale {tag.strip()} ({name})"
    host = (urlsplit(url).hostname or "") if url else ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if tld and tld not in _GENERIC and tld in COUNTRY_ZONES:
        name = COUNTRY_ZONES[tld]
        return _zone(name), f"assumed from the domain .{tld} ({name})"
    for language in languages:
        if language in _LANGUAGES:
            name = _LANGUAGES[language]
            return _zone(name), f"assumed from language {language} ({name})"
    return UTC, "assumed UTC (no locale, country or language with one zone)"
