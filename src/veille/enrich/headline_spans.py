"""A body's bare weekday inside the coming week or weekend its headline names.

A headline that names a span still to come ("Médecins : les cabinets fermés en fin de
semaine", "Agriculteurs : mobilisation ce week-end", "Farmers rally this weekend") tells
when the article's event is; the body then names its day with a bare weekday ("Les
agriculteurs manifestent dimanche à Paris"). The headline and the body tell one event
(one sense per discourse, Gale, Church and Yarowsky 1992; the headline as the summary of
the lead, van Dijk 1988, *News as Discourse*, ch. 2), so a weekday whose own clause gives
no tense is that span's day, not the nearest such day behind publication (issue 16).

Only a body weekday with no tense of its own whose nearest reading lies before
publication moves, and only to a day of the span on or after publication; a span of the
headline already over ("ont manifesté ce week-end", read in the past) moves nothing.

Pure functions; nothing here raises.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from veille.enrich.headline_days import bare_weekday, headline_end

if TYPE_CHECKING:  # pragma: no cover
    from veille.enrich.dates import MentionedDate

SPAN_DAYS = {"week": 7, "weekend": 2}
"""Days in the spans a headline may name (a week from its Monday, a weekend from its
Saturday)."""


def _coming_spans(found: list[MentionedDate], end: int,
                  published: date) -> list[tuple[date, date]]:
    """(first, last) days of the week and weekend mentions of the headline (before
    ``end``) not read in the past and not over at ``published``."""
    spans = []
    for d in found:
        if d.start >= end or d.granularity not in SPAN_DAYS or d.tense == "past":
            continue
        try:
            first = date.fromisoformat(d.value[:10])
        except ValueError:
            continue
        last = first + timedelta(days=SPAN_DAYS[d.granularity] - 1)
        if last >= published:
            spans.append((first, last))
    return spans


def headline_span_days(text: str, found: list[MentionedDate],
                       published: date) -> list[MentionedDate]:
    """``found`` with each bare weekday of the body (after :func:`headline_end`) whose
    tense is none and whose day is before ``published`` moved to the day of that weekday
    in a coming span its headline names (:func:`_coming_spans`), when that day is on or
    after ``published`` and only one span holds it; unchanged otherwise."""
    end = headline_end(text)
    spans = _coming_spans(found, end, published) if end else []
    if not spans:
        return found
    out: list[MentionedDate] = []
    for d in found:
        day = bare_weekday(d.text) if d.start >= end and d.granularity == "day" else None
        if day is not None and not d.tense and d.value < published.isoformat():
            ahead = {first + timedelta(days=(day - first.weekday()) % 7)
                     for first, last in spans}
            ahead = {a for a in ahead if published <= a and
                     any(first <= a <= last for first, last in spans)}
            if len(ahead) == 1:
                d = replace(d, value=ahead.pop().isoformat(), tense="future",
                            weekday_ok=True)
        out.append(d)
    return out
