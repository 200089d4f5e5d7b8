"""Authors and dates of a text capture, from the blocks around its headline and body.

Bylines give the authors (person names only), datelines the published and updated times,
with JSON-LD as the fallback for each. The headline and standfirst are chosen in
:mod:`~veille.extract.capture_head`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from veille.extract import textshape as ts
from veille.extract.dates import (
    FoundDate,
    after_fetch,
    day_only,
    find_dates,
    published_and_updated,
)

_SUFFIX_SPLIT = re.compile(r"\s+[-|–—·>»/]\s+")


@dataclass(slots=True)
class CaptureMeta:
    """Authors and dates found around the body, and where each came from."""

    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    published_has_time: bool = True
    """False when the dateline gives only the day ("12 mars 2024")."""


def _ld_values(json_ld: list[dict[str, Any]], key: str) -> list[str]:
    values: list[str] = []
    for obj in json_ld:
        value = obj.get(key)
        if isinstance(value, str):
            values.append(value)
    return values


_BYLINE_PREFIX = re.compile(
    r"^(?:par|by|von|por|di|door|de|texte|text|written by|reporting by|propos recueillis par)"
    r"\s*:?\s+", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|de|da|van|von|"
                   r"del|le|la|du|di|bin|ibn)){1,4}$")


#: News agencies: credited with a byline ("Le Monde avec AFP"), never its authors.
_AGENCY = re.compile(
    r"(?i)^(?:l['’]\s*)?(?:AFP|AP|Reuters|dpa|ANSA|EFE|Belga|ATS|Keystone-ATS|Keystone|Kyodo|"
    r"Xinhua|PA|UPI|Bloomberg|Associated Press|Agence France-Presse|Press Association)\.?$")
#: "avec AFP", "with Reuters": what follows is a credit, not a co-author.
_WITH = re.compile(r"\s+(?:avec|with|mit|con)\s+", re.IGNORECASE)
#: A name opening with an article is a publication's ("Le Monde", "The Guardian").
ARTICLE_WORDS = frozenset("le la les l the der die das el los".split())


def split_byline(text: str) -> tuple[list[str], list[str]]:
    """(people, agencies) from a byline: "Par Laura Bénichou et Jean Dupont" gives two
    people; "Le Monde avec AFP et Reuters" gives no one and the agencies AFP and Reuters
    ("Le Monde" is the publisher, not an author: docs/record.md)."""
    body = _BYLINE_PREFIX.sub("", text.strip(), count=1)
    body = re.split(r"\s+[-|–—]\s+|\s*\|\s*|\s+(?:le|on|publié|published|updated|mis à jour)\s",
                    body, maxsplit=1)[0]
    names: list[str] = []
    agencies: list[str] = []
    for part in re.split(r",|;|\s+(?:et|and|und|y|e|en)\s+|\s*&\s*|" + _WITH.pattern,
                         body, flags=re.IGNORECASE):
        part = part.strip(" .()")
        first_word = re.split(r"[\s'’]", part, maxsplit=1)[0].lower()
        if _AGENCY.match(part):
            agencies.append(part.removeprefix("l'").removeprefix("l’").strip())
        elif _NAME.match(part) and not part.isupper() and first_word not in ARTICLE_WORDS:
            names.append(part)
    return names, agencies


def parse_byline(text: str) -> list[str]:
    """Person names from "Par Marie Dupont et Jean Martin" or "By John Smith, Reuters"
    (agencies and publishers left out: :func:`split_byline`)."""
    return split_byline(text)[0]


def _ld_authors(json_ld: list[dict[str, Any]]) -> list[str]:
    names: list[str] = []
    for obj in json_ld:
        author = obj.get("author")
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"])
            elif isinstance(item, str):
                names.append(item)
    return names


def _dateline_evidence(found: FoundDate) -> str:
    if found.relative:
        return "relative dateline"
    if found.year_inferred:
        return "dateline without a year (the most recent such day before the fetch)"
    return "dateline"


def byline_and_dates(meta_blocks: list[str], json_ld: list[dict[str, Any]], *,
                     zone: tzinfo, now: datetime | None = None) -> CaptureMeta:
    """Authors from bylines, dates from datelines; JSON-LD fills what the text lacks.

    ``now`` is the fetch time (aware; the current time when None): relative datelines
    ("Publié hier à 18h30, mis à jour il y a 2 heures") are resolved against it on the
    calendar of ``zone``, and a date after it (beyond the clock skew of
    :func:`~veille.extract.dates.after_fetch`) is refused and kept in ``evidence``.
    """
    meta = CaptureMeta()
    credits: list[str] = []
    for block in meta_blocks:
        if ts.is_byline(block):
            people, agencies = split_byline(block)
            meta.authors.extend(a for a in people if a not in meta.authors)
            credits.extend(a for a in agencies if a not in credits)
    if credits:  # the record has no field for them: docs/record.md
        meta.evidence["credit"] = ", ".join(credits)
    if meta.authors:
        meta.evidence["authors"] = "byline"
    elif _ld_authors(json_ld):
        meta.authors = _ld_authors(json_ld)
        meta.evidence["authors"] = "JSON-LD"
    reference = now or datetime.now(UTC)
    published: FoundDate | None = None
    updated: FoundDate | None = None
    rejected: list[str] = []
    for block in meta_blocks:
        for found in find_dates(block, default_zone=zone, now=reference):
            if after_fetch(found.value, reference, zone_given=found.zone_given):
                rejected.append(f"{found.value.isoformat()} (dateline): after the fetch time")
            elif found.updated:
                updated = found
            elif published is None:
                published = found
    if published is not None:
        meta.published = published.value
        meta.published_has_time = published.has_time
        meta.evidence["published"] = _dateline_evidence(published)
    else:
        for value in _ld_values(json_ld, "datePublished"):
            meta.published, _ = published_and_updated(value, default_zone=zone)
            meta.published_has_time = not day_only(value)
            if meta.published is not None and after_fetch(meta.published, reference):
                rejected.append(f"{meta.published.isoformat()} (JSON-LD): after the fetch time")
                meta.published = None
                continue
            meta.evidence["published"] = "JSON-LD"
            break
    if updated is not None:
        meta.updated = updated.value
        meta.evidence["updated"] = _dateline_evidence(updated)
    if meta.published and meta.updated and meta.updated < meta.published:
        meta.updated = None
        meta.evidence.pop("updated", None)
    dated = published or updated
    if dated is not None:
        meta.evidence["timezone"] = ("given by the capture" if dated.zone_given
                                     else f"assumed ({zone})")
    if rejected:
        meta.evidence["dates_rejected"] = "; ".join(rejected)
    return meta
