"""Picking one value per metadata field from the candidates, by the written rules.

The rules (docs/html-extraction.md has the table): the first candidate in the order of
trust wins, with three corrections learnt from real pages:

- **title**: a metadata title that is the ``<h1>`` plus a site suffix ("Titre - Le
  Monde") gives way to the ``<h1>``; the ``<title>`` tag loses its site suffix;
- **dates**: a value that does not parse is skipped, not trusted; a modified date earlier
  than the published date is a page bug (CMS templates fill it with the date only), and
  it is dropped: the published date is the one readers see;
- **authors**: URLs and the site's own name are not people; a byline is split into names.

Every winner records its source in ``evidence``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from veille.collect.urls import safe_url
from veille.extract.dates import find_dates
from veille.extract.html.sources import Candidates
from veille.extract.language import assumed_zone
from veille.extract.text_capture import parse_byline
from veille.extract.textshape import fold

_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")
_LANG = re.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")


@dataclass(slots=True)
class Metadata:
    """The chosen values, and for each the source it came from."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    site_name: str = ""
    section: str = ""
    description: str = ""
    image: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    language: str = ""
    url: str = ""
    evidence: dict[str, str] = field(default_factory=dict)


def first(found: Candidates, name: str) -> tuple[str, str]:
    """(value, source) of the most trusted candidate, or ("", "")."""
    values = found.get(name)
    return (values[0][1], values[0][0]) if values else ("", "")


def _strip_site(title: str, site: str) -> str:
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site and fold(parts[-1]) in fold(site) or (site and fold(site) in fold(parts[-1])):
        return _SEPARATORS.split(title)[0] if len(parts) == 2 else title.rsplit(parts[-1])[0]
    return title


def choose_title(found: Candidates, site: str) -> tuple[str, str]:
    h1s = [v for _, v in found.get("h1", [])]
    for source, value in found.get("title", []):
        folded = fold(value)
        for h1 in h1s:
            if fold(h1) == folded:
                return h1, f"{source}, same as h1"
            if len(h1) > 10 and folded.startswith(fold(h1)) and len(h1) >= len(value) * 0.4:
                return h1, f"h1 ({source} has a suffix)"
        if source == "title tag":
            return _strip_site(value, site).strip(" -|–—"), source
        return value, source
    if h1s:
        return h1s[0], "h1"
    return "", ""


def parse_date(value: str, zone: tzinfo) -> datetime | None:
    """An ISO 8601 date (or a date printed in words), aware; ``zone`` when it gives none."""
    text = value.strip()
    if not text:
        return None
    iso = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
    try:
        parsed = datetime.fromisoformat(iso.replace("Z", "+00:00") if iso.endswith("Z")
                                        else iso)
    except ValueError:
        if re.fullmatch(r"\d{10}(?:\d{3})?", text):
            from datetime import UTC

            seconds = int(text[:10])
            return datetime.fromtimestamp(seconds, UTC) if seconds > 0 else None
        dates = find_dates(text[:200], default_zone=zone)
        return dates[0].value if dates else None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def choose_date(found: Candidates, names: tuple[str, ...], zone: tzinfo
                ) -> tuple[datetime | None, str]:
    for name in names:
        for source, value in found.get(name, []):
            parsed = parse_date(value, zone)
            if parsed is not None:
                return parsed, source
    return None, ""


def choose_authors(found: Candidates, site: str) -> tuple[list[str], str]:
    site_folded = fold(site)
    for name in ("authors", "byline"):
        candidates = found.get(name, [])
        if not candidates:
            continue
        source = candidates[0][0]
        names: list[str] = []
        # Only the first byline element: later ones belong to teasers of other articles.
        for src, value in candidates[:1] if name == "byline" else candidates:
            if src != source or value.startswith(("http://", "https://", "@")):
                continue
            for person in (parse_byline(value) or [value]) if name == "byline" else [value]:
                if fold(person) != site_folded and person not in names and len(person) < 80:
                    names.append(person)
        if names:
            return names, source
    return [], ""


def language_code(value: str) -> str:
    match = _LANG.match(value.strip())
    return match.group(0).lower() if match else ""


def declared_language(found: Candidates, *, with_source: bool = False) -> Any:
    """The page's declared language code (and its source when asked), or empty."""
    for source, value in found.get("language", []):
        code = language_code(value)
        if code:
            return (code, source) if with_source else code
    return ("", "") if with_source else ""


def choose_url(found: Candidates, base_url: str | None) -> tuple[str, str]:
    """The canonical link first (it is the one search engines obey), then the others;
    relative values are resolved against the page's URL; only http(s) URLs count."""
    candidates = sorted(found.get("url", []), key=lambda c: c[0] != "canonical link")
    for source, value in candidates:
        resolved = safe_url(value, base=base_url or None)  # the one URL check (issue #11)
        if resolved:
            return resolved, source
    return "", ""


def choose(found: Candidates, *, fallback_language: str = "",
           base_url: str | None = None) -> Metadata:
    """Winners for every field, with their sources; ``fallback_language`` (detected from
    the text) when the page declares none, for the time zone of naive dates."""
    meta = Metadata()
    ev = meta.evidence
    meta.site_name, ev["site_name"] = first(found, "site_name")
    meta.title, ev["title"] = choose_title(found, meta.site_name)
    meta.language, ev["language"] = declared_language(found, with_source=True)
    zone = assumed_zone(meta.language or fallback_language)
    meta.published, ev["published"] = choose_date(found, ("published", "time"), zone)
    meta.modified, ev["modified"] = choose_date(found, ("modified",), zone)
    if meta.published and meta.modified and meta.modified < meta.published:
        meta.modified, ev["modified"] = None, ""
    meta.authors, ev["authors"] = choose_authors(found, meta.site_name)
    meta.section, ev["section"] = first(found, "section")
    meta.description, ev["description"] = first(found, "description")
    meta.image, ev["image"] = first(found, "image")
    meta.url, ev["url"] = choose_url(found, base_url)
    meta.evidence = {k: v for k, v in ev.items() if v}
    return meta
