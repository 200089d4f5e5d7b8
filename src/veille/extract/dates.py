"""Find and parse the dates a page prints about itself ("Publié le 12/03/2024 à 14h05").

Pages print dates in a handful of shapes: ISO 8601, day/month/year with a clock time, and
written dates with a month name ("12 mars 2024", "March 3, 2024"). This module parses those
shapes in French and English (month names in a few more languages), attaches the time zone
the text gives or the one assumed for the page, and says which kind of date it is
(published or updated) from the words just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "janvier january jan janv januar enero gennaio janeiro",
        "février fevrier february feb fév fev févr fevr februar febrero febbraio fevereiro",
        "mars march mar märz marzo março marco",
        "avril april apr avr abril aprile",
        "mai may mayo maggio maio",
        "juin june jun junio giugno junho",
        "juillet july jul juil juli julio luglio julho",
        "août aout august aug agosto",
        "septembre september sep sept septiembre settembre setembro",
        "octobre october oct oktober octubre ottobre outubro",
        "novembre november nov noviembre novembro",
        "décembre decembre december dec déc dezember diciembre dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _num

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_TIME = (
    r"(?:\s*(?:à|a|at|,|-|um|às|alle)?\s*"
    r"(?P<hh>[01]?\d|2[0-3])\s*(?:h|:|H)\s*(?P<mm>[0-5]\d)?(?::(?P<ss>[0-5]\d))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
)
_ZONE = r"(?:\s*(?P<zone>UTC|GMT|CET|CEST|ET|EST|EDT|PT|PST|PDT|Z|[+-]\d{2}:?\d{2}))?"

_PATTERNS = [
    re.compile(
        r"(?P<y>(?:19|20)\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
        r"(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\.\d+)?"
        r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
    ),
    re.compile(
        r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d{2})\b" + _TIME + _ZONE,
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|\.)?\s+(?P<mon>" + _MONTH_RE + r")\.?\s+"
        r"(?P<y>(?:19|20)\d{2})\b" + _TIME + _ZONE,
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
        r"(?P<y>(?:19|20)\d{2})\b" + _TIME + _ZONE,
        re.IGNORECASE,
    ),
]
_TIME_ONLY = re.compile(r"\b(?:à|at)\s+(?P<hh>[01]?\d|2[0-3])\s*(?:h|:)\s*(?P<mm>[0-5]\d)?"
                        r"\s*(?P<ampm>[ap]\.?\s?m\.?)?" + _ZONE, re.IGNORECASE)
_UPDATED_WORDS = re.compile(
    r"(mis\s+à\s+jour|mise\s+à\s+jour|màj|maj|actualis|modifi|updated|update|last\s+modified|"
    r"aktualisiert|actualizado|aggiornato|atualizado)(?:\s+(?:le|on|the|am|el|il|em))?\W*$",
    re.IGNORECASE,
)
_ZONES: dict[str, tzinfo] = {
    "UTC": UTC, "GMT": UTC, "Z": UTC,
    "CET": timezone(timedelta(hours=1)), "CEST": timezone(timedelta(hours=2)),
    "EST": timezone(timedelta(hours=-5)), "EDT": timezone(timedelta(hours=-4)),
    "PST": timezone(timedelta(hours=-8)), "PDT": timezone(timedelta(hours=-7)),
}
_NAMED_ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles"}


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date printed on the page, with its span and whether it reads as an update."""

    value: datetime
    start: int
    end: int
    updated: bool
    has_time: bool
    zone_given: bool


def _zone(name: str | None, naive: datetime, default: tzinfo) -> tuple[tzinfo, bool]:
    if not name:
        return default, False
    upper = name.upper()
    if upper in _ZONES:
        return _ZONES[upper], True
    if upper in _NAMED_ZONES:
        return ZoneInfo(_NAMED_ZONES[upper]), True
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", name)
    if match and int(match.group(2)) <= 14 and int(match.group(3)) < 60:
        sign = -1 if match.group(1) == "-" else 1
        delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
        return timezone(sign * delta), True
    return default, False


def _build(groups: dict[str, str | None], default: tzinfo) -> tuple[datetime, bool, bool] | None:
    try:
        year = int(groups["y"] or 0)
        month_name = (groups.get("mon") or "").lower().rstrip(".")
        month = MONTHS.get(month_name) or int(groups.get("m") or 0)
        day = int(groups["d"] or 0)
        hour = int(groups.get("hh") or 0)
        minute = int(groups.get("mm") or 0)
        second = int(groups.get("ss") or 0)
        ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        naive = datetime(year, month, day, hour, minute, second)
    except (ValueError, TypeError):
        return None
    zone, given = _zone(groups.get("zone"), naive, default)
    return naive.replace(tzinfo=zone), groups.get("hh") is not None, given


def find_dates(text: str, *, default_zone: tzinfo = UTC) -> list[FoundDate]:
    """Every date in ``text``, in order. A bare clock time after a date ("mis à jour à
    15h30") is read as that day's time."""
    text = text[:2000]
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            built = _build(match.groupdict(), default_zone)
            if built is None:
                continue
            value, has_time, given = built
            before = text[max(0, match.start() - 40): match.start()]
            found.append(FoundDate(value, match.start(), match.end(),
                                   bool(_UPDATED_WORDS.search(before)), has_time, given))
            taken.append((match.start(), match.end()))
    found.sort(key=lambda f: f.start)
    if found:
        for match in _TIME_ONLY.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            anchor = [f for f in found if f.end <= match.start()]
            if not anchor:
                continue
            base = anchor[-1]
            groups = {"y": str(base.value.year), "m": str(base.value.month),
                      "d": str(base.value.day), **match.groupdict()}
            built = _build(groups, base.value.tzinfo or default_zone)
            if built is None:
                continue
            before = text[max(0, match.start() - 40): match.start()]
            found.append(FoundDate(built[0], match.start(), match.end(),
                                   bool(_UPDATED_WORDS.search(before)), True, built[2]))
        found.sort(key=lambda f: f.start)
    return found


def published_and_updated(
    text: str, *, default_zone: tzinfo = UTC
) -> tuple[datetime | None, datetime | None]:
    """The first date not marked as an update is the publication; the last update wins."""
    dates = find_dates(text, default_zone=default_zone)
    published = next((d.value for d in dates if not d.updated), None)
    updates = [d.value for d in dates if d.updated]
    return published, (updates[-1] if updates else None)


def date_coverage(text: str) -> float:
    """Share of the text's characters covered by dates: high for a dateline, low for prose."""
    if not text:
        return 0.0
    covered = sum(d.end - d.start for d in find_dates(text))
    return covered / len(text)
