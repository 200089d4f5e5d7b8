"""Is a predicted publication date right? To the day, or to the minute.

Shared by bench/extraction.py and bench/dates.py so both score dates the same way.
"""

from __future__ import annotations

from datetime import datetime


def date_ok(predicted: str | None, gold: str, *, to_minute: bool) -> bool:
    """Same day (in the gold's offset when both have one, else each one's own wall
    clock), or the same instant to the minute (wall clocks when either is naive). A
    missing prediction is wrong."""
    if not predicted:
        return False
    try:
        pred = datetime.fromisoformat(predicted.replace("Z", "+00:00"))
        true = datetime.fromisoformat(gold.replace("Z", "+00:00"))
    except ValueError:
        return False
    if to_minute:
        if pred.tzinfo is None or true.tzinfo is None:
            pred, true = pred.replace(tzinfo=None), true.replace(tzinfo=None)
        return abs((pred - true).total_seconds()) < 60
    if true.tzinfo is not None and pred.tzinfo is not None:
        pred = pred.astimezone(true.tzinfo)
    return pred.date() == true.date()
