"""The side of the writing a resolved date lies on, and the tense it may carry (issue 16).

Every rule that reads a tense chooses a day with it; some rules then keep a tense the day
they chose contradicts: "Il a convoqué une table ronde le 16 janvier, sans résultat" written
on 19 January resolves to 16 January (the nearest, within a week) but was tagged
``future`` by the verb of summoning; "La réforme, adoptée en mars 2023, entrera …" kept the
main verb's future on a month three years gone (t-final51b A17). A mention whose every day
is before the day of writing is told as gone by, whatever tense chose it: ``past``. The
Spanish, Italian and German reading (:mod:`veille.enrich.date_foreign`) applies the same
rule with this module's :func:`last_day`.

Pure functions; nothing here raises on a well-formed :class:`MentionedDate`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

_MONTHS_LONG = {"month": 1, "season": 3, "quarter": 3, "year": 12}
"""How many months a mention of each coarse granularity covers from its first day."""


def last_day(first: date, granularity: str, until: str = "") -> date:
    """The last day a mention covers: ``until`` when it has one (a range, an ``either``
    pair), else its first day's week (7 days), weekend (2), month, season or quarter (3
    months) or year; the day itself for ``day`` and ``vague``."""
    if until:
        return date.fromisoformat(until)
    if granularity == "week":
        return first + timedelta(days=6)
    if granularity == "weekend":
        return first + timedelta(days=1)
    months = _MONTHS_LONG.get(granularity)
    if months is None:
        return first
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1) - timedelta(days=1)


def past_when_over(mention: MentionedDate, published: date) -> MentionedDate:
    """``mention`` told ``past`` when its last day (:func:`last_day`) is before
    ``published`` and its tense says otherwise (``future``, or none); unchanged else.
    A malformed value is left as it is."""
    if mention.tense == "past":
        return mention
    try:
        first = date.fromisoformat(mention.value)
        end = last_day(first, mention.granularity, mention.until)
    except ValueError:
        return mention
    return replace(mention, tense="past") if end < published else mention
