"""A local time read in an assumed zone that the zone's clocks skipped or showed twice.

A page that prints ``2026-03-29T02:30:00`` without an offset, read in Europe/Paris, names
a time those clocks never showed (they went from 02:00 to 03:00 that night); its
``2026-10-25T02:30:00`` was shown twice (at +02:00, then at +01:00). Either reading is a
guess: veille takes the earlier offset (Python's ``fold=0``, PEP 495) and says so in
``evidence["timezone"]``, so that the hour, which may be off by one, is not taken as read
(newuser16c N2).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from veille.record import Content


def _offset(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta()).total_seconds() // 60)
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def clock_change(value: datetime) -> str:
    """What is odd about ``value``'s wall time in its zone (a :class:`~zoneinfo.ZoneInfo`;
    a fixed offset has no clock changes): ``""`` when nothing; else one sentence saying
    the time was skipped (clocks put forward) or shown twice (put back), and the offset
    taken. The rule: two readings (``fold`` 0 and 1) with different offsets are a gap or
    an overlap; a gap's time does not come back from UTC unchanged (PEP 495)."""
    zone = value.tzinfo
    if not isinstance(zone, ZoneInfo):
        return ""
    wall = value.replace(tzinfo=None)
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return ""
    shown = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    when = f"{wall:%Y-%m-%d %H:%M}"
    if shown != wall:
        return (f"{when} does not exist in {zone.key} (its clocks were put forward "
                f"that night): read at {_offset(first.utcoffset())}, the hour may be off by one")
    return (f"{when} happened twice in {zone.key} (its clocks were put back that night): "
            f"the first, at {_offset(first.utcoffset())}, taken; the hour may be off by one")


def note_clock_changes(content: Content) -> None:
    """Add :func:`clock_change`'s sentence for the publication and update times to
    ``content.evidence["timezone"]`` when their zone was assumed (not given by the page,
    the record or the capture), once per distinct sentence."""
    how = content.evidence.get("timezone", "")
    if not how or how.startswith("given by"):
        return
    notes = [note for value in (content.published, content.updated)
             if value is not None and (note := clock_change(value))]
    for note in dict.fromkeys(notes):
        how = f"{how}; {note}"
    content.evidence["timezone"] = how
