"""A line of ``veille export`` read back as the content its store held (issue 14).

An export line carries the article's whole ``content`` object (docs/record.md). Read as a
foreign JSON record (:func:`veille.extract.records.record_to_content`), it was extracted
again from the few fields such a record has: the evidence it did not know was dropped (a
wire item's ``ed_note`` and ``disclosure: corrected``, a text capture's ``lead``, which
marks its printed standfirst for the enrichment), the extractor became ``json-record``,
and the description, section and image were lost (t-final54 A6). Here every field of
``Content`` is taken from the line, each checked for its type and bounded, so that
export → fresh store → export gives the same ``content``.

All input is untrusted: a value of the wrong type is left at its default, texts are
bounded (:data:`MAX_FIELD_CHARS`, :data:`MAX_EVIDENCE_KEYS`; the body by the article
bound that every extractor's output passes after), a date must be ISO 8601 and not later
than the reading of the record, by the rule of its first ingest (the record's own
``raw.fetched_at``/``read_at``, the clock skew, the zones' width when its zone was
assumed: :mod:`veille.extract.reading_time`; else it is dropped, and
``evidence.dates_rejected`` says so; t-final55b A14), a URL must be http(s)
(:func:`veille.collect.urls.safe_url`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from veille.collect.urls import safe_url
from veille.extract.reading_time import (
    ahead_of_reading,
    iso_time,
    note_ahead_of_reading,
    record_reading,
    zone_assumed,
)
from veille.extract.records import paragraphs_cut
from veille.record import DAY, NO_DATE, TIME, Content

MAX_FIELD_CHARS = 10_000
"""Characters kept of one short text field (title, lead, an evidence value...)."""
MAX_EVIDENCE_KEYS = 100
"""Evidence entries kept of one line (veille writes a few dozen at most)."""
MAX_LIST_ITEMS = 200
"""Authors, subjects or author roles kept of one line."""


def is_exported_content(record: dict[str, Any]) -> bool:
    """Whether ``record`` is a line of ``veille export``: an ``id`` of 16 characters and a
    ``content`` object holding its body as a list of ``paragraphs``."""
    content = record.get("content")
    ident = record.get("id")
    return (isinstance(content, dict) and isinstance(ident, str) and len(ident) == 16
            and isinstance(content.get("paragraphs"), list))


def exported_content(content: dict[str, Any], *, fetched_at: datetime,
                     raw: object = None) -> Content:
    """The :class:`Content` a line's ``content`` object holds (see the module), its dates
    bounded by the reading of the record (its ``raw``'s, :func:`~veille.extract.
    reading_time.record_reading`; ``fetched_at``, aware, when the line gives none) as
    at its first ingest (:func:`~veille.extract.reading_time.ahead_of_reading`)."""
    evidence = _evidence(content.get("evidence"))
    reading = record_reading(raw) or fetched_at
    published = _date(content.get("published"), "published", reading, evidence)
    precision = content.get("published_precision")
    read = Content(
        title=_text(content.get("title")),
        lead=_text(content.get("lead")),
        paragraphs=paragraphs_cut(_texts(content.get("paragraphs"), None), evidence),
        authors=_texts(content.get("authors"), MAX_LIST_ITEMS),
        author_roles=_roles(content.get("author_roles")),
        published=published,
        updated=_date(content.get("updated"), "updated", fetched_at, evidence),
        published_precision=(NO_DATE if published is None
                             else precision if precision in (DAY, TIME) else TIME),
        language=_text(content.get("language"))[:35],
        site_name=_text(content.get("site_name")),
        url=safe_url(content["url"]) if isinstance(content.get("url"), str) else None,
        truncated=content.get("truncated") is True,
        extractor=_text(content.get("extractor"))[:40],
        evidence=evidence,
        guid=_text(content.get("guid"))[:500],
        version=_whole(content.get("version"), 0, 2**31 - 1) or 0,
        subjects=[s[:200] for s in _texts(content.get("subjects"), MAX_LIST_ITEMS)],
        urgency=_whole(content.get("urgency"), 1, 9),
        section=_text(content.get("section")),
        description=_text(content.get("description")),
        image=_text(content.get("image")),
    )
    note_ahead_of_reading(read, reading)
    return read


def _text(value: object) -> str:
    return value[:MAX_FIELD_CHARS] if isinstance(value, str) else ""


def _texts(value: object, most: int | None) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str)][:most]


def _roles(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    pairs = [(k, v) for k, v in value.items() if isinstance(k, str) and isinstance(v, str)]
    return {k[:200]: v[:500] for k, v in pairs[:MAX_LIST_ITEMS]}


def _evidence(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    pairs = [(k, v) for k, v in value.items() if isinstance(k, str) and isinstance(v, str)]
    return {k[:100]: v[:MAX_FIELD_CHARS] for k, v in pairs[:MAX_EVIDENCE_KEYS]}


def _whole(value: object, low: int, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def _date(value: object, key: str, fetched_at: datetime,
          evidence: dict[str, str]) -> datetime | None:
    """``value`` read as an ISO 8601 time (UTC when it gives no offset), or None when it is
    none, unreadable, or later than the reading ``fetched_at`` by more than the skew
    allowed (:func:`~veille.extract.reading_time.ahead_of_reading`, the zones' width when
    ``evidence`` says the zone was assumed; said in ``evidence``)."""
    found = iso_time(value)
    if found is None:
        return None
    if ahead_of_reading(found, fetched_at, zone_given=not zone_assumed(evidence)):
        note = f"{key} {value}: later than the reading of the record"
        earlier = evidence.get("dates_rejected")
        evidence["dates_rejected"] = f"{earlier}; {note}" if earlier else note
        return None
    return found
