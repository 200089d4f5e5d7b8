"""Articles given as JSON records (one line of a JSON Lines file).

Field names vary between exporters, so each field accepts its common spellings:
``text``/``body``/``content``/``paragraphs``, ``published``/``date``/``datePublished``,
``authors``/``author``, and so on. Unknown fields are ignored here; the raw line stays
in the store, so nothing is lost.
"""

from __future__ import annotations

import json
from typing import Any

from veille.collect.urls import safe_url
from veille.errors import ExtractionError, InputError
from veille.extract.dates import publication, published_and_updated
from veille.extract.encoding import decode_bytes
from veille.extract.language import assumed_zone, detect_language
from veille.record import DAY, TIME, Content

MAX_PARAGRAPHS = 2000


def _first(record: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


def _as_text_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()][:MAX_PARAGRAPHS]
    if isinstance(value, str):
        blocks = value.split("\n\n") if "\n\n" in value else value.split("\n")
        return [" ".join(b.split()) for b in blocks if b.strip()][:MAX_PARAGRAPHS]
    return []


def _authors(value: Any) -> list[str]:
    if isinstance(value, str):
        return [a.strip() for a in value.replace(";", ",").split(",") if a.strip()]
    if isinstance(value, list):
        names = []
        for item in value:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                names.append(name.strip())
        return names
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return [value["name"]]
    return []


def parse_record_line(line: bytes | str, *, origin: str = "") -> dict[str, Any]:
    """Parse one JSON Lines line into a dict, or raise a one-line :class:`InputError`.

    Bytes are decoded like any text input (BOM, cp1252 or latin-1 given as UTF-8, mojibake),
    so a JSON Lines file written in a legacy code page reads as well as a UTF-8 one.
    """
    if isinstance(line, bytes):
        line = decode_bytes(line, origin=origin).text
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"broken JSON line ({exc})", origin=origin, reason="bad-json",
                         hint="fix the line or remove it; the other lines were read") from None
    if not isinstance(record, dict):
        raise InputError("JSON line is not an object", origin=origin, reason="bad-json",
                         hint="each line must be a JSON object with at least title and text")
    return record


def _unwrap_export(record: dict[str, Any]) -> dict[str, Any]:
    """A line of ``veille export`` keeps its fields in a ``content`` object; lift them up,
    so that veille reads its own export back (to move a store, or merge two)."""
    content = record.get("content")
    if not isinstance(content, dict):
        return record
    lifted = {k: v for k, v in record.items() if k != "content"}
    lifted.update({k: v for k, v in content.items() if v not in (None, "", [])})
    return lifted


def record_to_content(record: dict[str, Any], *, origin: str = "") -> Content:
    """Map a JSON article record onto :class:`Content`."""
    record = _unwrap_export(record)
    title = str(_first(record, "title", "headline", "name") or "").strip()
    paragraphs = _as_text_list(_first(record, "paragraphs", "text", "body", "content",
                                      "articleBody", "maintext"))
    if not title and not paragraphs:
        raise ExtractionError("record has neither title nor text", origin=origin,
                              reason="no-text", hint="give each record a title and a text")
    lang = str(_first(record, "language", "lang", "inLanguage") or "") or detect_language(
        " ".join([title, *paragraphs[:4]]))
    zone = assumed_zone(lang)

    def date(*keys: str) -> Any:
        value = _first(record, *keys)
        return published_and_updated(str(value), default_zone=zone)[0] if value else None

    value = _first(record, "published", "date", "datePublished", "date_publish", "pubDate")
    published = publication(str(value), default_zone=zone) if value else None

    return Content(
        title=title,
        lead=str(_first(record, "lead", "description", "summary", "standfirst") or "")
        or (paragraphs[0] if paragraphs else ""),
        paragraphs=paragraphs,
        authors=_authors(_first(record, "authors", "author", "byline")),
        published=published.value if published else None,
        published_precision=TIME if published is None or published.has_time else DAY,
        updated=date("updated", "modified", "dateModified", "date_modify"),
        language=lang[:8],
        site_name=str(_first(record, "source", "site", "site_name", "sitename") or ""),
        url=safe_url(_first(record, "url", "link", "canonical_url")),  # checked: issue #11
        extractor="json-record",
    )
