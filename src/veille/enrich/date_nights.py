"""A night between two weekdays ("dans la nuit de lundi à mardi", "en la noche del lunes al
martes", "nella notte tra lunedì e martedì", "na noite de segunda para terça-feira", "in
der Nacht von Montag auf Dienstag", "on the night of Monday to Tuesday"): one mention, from
its first evening to the next day.

A night told as over ends on or before the day of writing: written on a Monday, "the night
of Monday to Tuesday" that a past verb tells is the one a week before (t-final66 F7: read
as the coming night and labelled "past", its end tomorrow). The first weekday was read
alone (the last Monday on or before publication: that very Monday), the second was the
next such day or a mention of its own; here both ends are one range, moved back a week
when its end is after the day of writing and its tense is past. Where each weekday is a
mention of its own (the Spanish, Italian, German and English readings) both stay, on the
night's two days.

Pure functions; nothing here raises on any text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from veille.extract.dates import WEEKDAYS

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

_SHORT = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
"""Portuguese weekdays without "-feira", read only inside a night's phrase ("de segunda
para terça-feira")."""
_DAYS = {**WEEKDAYS, **_SHORT}
_DAY = "|".join(sorted((re.escape(d) for d in _DAYS), key=len, reverse=True))
_NIGHT = re.compile(
    r"(?i)(?<!\w)(?:nuit|noche|notte|noite|nacht|night)\s+"
    r"(?:d[eu]|del|de|da|do|tra|fra|von|vom|of|from)\s+(?:el\s+|la\s+|a\s+|o\s+|the\s+)?"
    rf"(?P<a>{_DAY})(?!\w)\s+"
    r"(?:à|au|a|al|e|para|pra|auf|zum|zu|bis|to|into)\s+(?:el\s+|la\s+|a\s+|o\s+|den\s+)?"
    rf"(?P<b>{_DAY})(?!\w)"
    rf"|(?<!\w)(?P<a2>{_DAY})\s+night\s+(?:into|to)\s+(?P<b2>{_DAY})(?!\w)")


def _covering(found: list[MentionedDate], at: int) -> int | None:
    return next((i for i, d in enumerate(found) if d.start <= at < d.end), None)


def _clause_tense(text: str, start: int, end: int, language: str) -> str:
    from veille.enrich.date_foreign import clause_tense
    from veille.enrich.date_foreign import reads as reads_foreign
    from veille.enrich.dates import tense_near

    if reads_foreign(language):
        return clause_tense(text, start, end, language)
    return tense_near(text, start, end)


def night_ranges(text: str, found: list[MentionedDate], published: date,
                 language: str = "") -> list[MentionedDate]:
    """``found`` with each night between two weekdays of ``text`` on its two days: one
    mention from the first weekday's day to the next (``until``) when one mention covered
    both or only one weekday was read, else the two mentions on the two days; moved back
    a week when told ``past`` and ending after ``published``; ``language`` reads the
    clause's tense when only the second weekday was a mention. Mentions that do not name
    a night, or whose days do not follow each other, are left as they are."""
    out = list(found)
    for match in _NIGHT.finditer(text):
        a, b = ("a", "b") if match.group("a") else ("a2", "b2")
        first_day = _DAYS[match.group(a).lower()]
        if (_DAYS[match.group(b).lower()] - first_day) % 7 != 1:
            continue
        i = _covering(out, match.start(a))
        j = _covering(out, match.start(b))
        if i is None and j is None:
            continue
        head = out[i] if i is not None else out[j]  # type: ignore[index]
        try:
            value = date.fromisoformat(head.value)
        except ValueError:
            continue
        if i is None:
            value -= timedelta(days=1)
        # the second weekday alone was read after its preposition ("para terça-feira":
        # ahead); the night's tense is its clause's
        tense = head.tense if i is not None else _clause_tense(
            text, match.start(a), match.end(a), language) or head.tense
        if head.granularity != "day" or value.weekday() != first_day:
            continue
        back = tense == "past" and value + timedelta(days=1) > published
        if back:
            value -= timedelta(days=7)
        if i is not None and j is not None and i != j:
            # each weekday its own mention (the Spanish, Italian, German reading): kept
            # so, both on the night's days, told as over when it is
            second = out[j]
            out[i] = replace(out[i], value=value.isoformat(), tense=tense)
            if back or tense == "past" or \
                    second.value != (value + timedelta(days=1)).isoformat():
                # "para domingo" read alone was ahead; the night is told as over
                out[j] = replace(second, value=(value + timedelta(days=1)).isoformat(),
                                 tense="past" if tense == "past" else second.tense)
            continue
        start = min([match.start(a)] + [out[k].start for k in (i, j) if k is not None])
        end = max([match.end(b)] + [out[k].end for k in (i, j) if k is not None])
        night = replace(head, start=start, end=end, text=text[start:end],
                        value=value.isoformat(), until=(value + timedelta(days=1)).isoformat(),
                        tense=tense)
        keep = [d for k, d in enumerate(out) if k not in (i, j)]
        out = sorted([*keep, night], key=lambda d: d.start)
    return out
