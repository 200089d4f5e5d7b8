"""A publication time later than the reading of its input: one rule for every path.

A date is bounded by the time its input was read (:func:`veille.extract.dates.after_fetch`:
the clock skew allowed, :data:`~veille.extract.dates.CLOCK_SKEW`, plus the width of the
world's zones, :data:`~veille.extract.dates.ASSUMED_ZONE_SKEW`, when the date's zone was
assumed rather than given). A capture "Publié le 06/12/2026 à 09h20" read at 03:39 Paris
time, its zone assumed (Europe/Paris), is kept by that rule: on another clock (Nouméa's)
09:20 had passed. Two faults followed (t-final55b A14):

- the line of ``veille export`` holding it was read back against the time of the
  re-ingest with no margin at all, so the same record was refused ("later than the
  reading") and the round trip lost its date; the reading of an exported line is now the
  record's own (its ``raw.fetched_at``, or ``raw.hints.read_at`` when later:
  :func:`record_reading`) and the bound the same (:func:`ahead_of_reading`);
- nothing said that the time kept was still to come on the clock assumed: the article's
  evidence now says so (:func:`note_ahead_of_reading`, ``evidence["published_ahead"]``),
  and the views that show the time say its zone was assumed (they already did).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from veille.extract.dates import ASSUMED_ZONE_SKEW, CLOCK_SKEW
from veille.record import READ_AT_HINT, Content

AHEAD_KEY = "published_ahead"
"""The evidence key saying a kept publication time is later than the reading."""


def zone_assumed(evidence: Mapping[str, str]) -> bool:
    """Whether the dates of an article whose evidence is ``evidence`` are on an assumed
    clock: ``evidence["timezone"]`` present and not "given by ..." (the words every
    extractor writes: docs/record.md, *evidence*)."""
    how = evidence.get("timezone", "")
    return bool(how) and not how.startswith("given by")


def ahead_of_reading(value: datetime, reading: datetime, *, zone_given: bool) -> bool:
    """Whether ``value`` lies after ``reading`` by more than the skew allowed (the clock
    skew, plus the zones' width when its zone was assumed): the rule of
    :func:`veille.extract.dates.after_fetch`, against ``reading`` alone. Naive times are
    read as UTC."""
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    reading = reading if reading.tzinfo else reading.replace(tzinfo=UTC)
    margin = CLOCK_SKEW + (timedelta(0) if zone_given else ASSUMED_ZONE_SKEW)
    return value > reading + margin


def record_reading(raw: object) -> datetime | None:
    """The time the input of an exported article was read: its ``raw.fetched_at``, or
    ``raw.hints.read_at`` when later (:func:`veille.record.capture_bound`'s rule), aware;
    None when the line carries neither (a hand-written or older line)."""
    if not isinstance(raw, Mapping):
        return None
    hints = raw.get("hints")
    found = [iso_time(raw.get("fetched_at")),
             iso_time(hints.get(READ_AT_HINT) if isinstance(hints, Mapping) else None)]
    known = [t for t in found if t is not None]
    return max(known) if known else None


def iso_time(value: object) -> datetime | None:
    """``value`` read as an ISO 8601 time (UTC when it gives no offset); None when it is no
    string, empty, over 64 characters or unreadable."""
    if not isinstance(value, str) or not value or len(value) > 64:
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def note_ahead_of_reading(content: Content, reading: datetime) -> None:
    """Say in ``content.evidence[AHEAD_KEY]`` that its publication time, kept, lies after
    ``reading`` (by more than the clock skew), and why it was kept (its zone assumed:
    on another clock it had passed); remove a stale note otherwise."""
    published = content.published
    reading = reading if reading.tzinfo else reading.replace(tzinfo=UTC)
    if published is None or not published > reading + CLOCK_SKEW:
        content.evidence.pop(AHEAD_KEY, None)
        return
    minutes = int((published - reading).total_seconds() // 60)
    why = ("kept: its zone is assumed, on another clock that time had passed"
           if zone_assumed(content.evidence) else "kept within the clock skew allowed")
    content.evidence[AHEAD_KEY] = (
        f"{published.isoformat()} is {minutes // 60} h {minutes % 60:02d} min after the "
        f"reading of the input ({reading.astimezone(UTC).isoformat()}); {why}")
