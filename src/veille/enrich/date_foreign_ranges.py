"""Ranges of days in Spanish, Italian and German: "desde el viernes por la noche hasta el
lunes por la mañana", "da venerdì sera a lunedì mattina", "von Freitagabend bis Montagfrüh".

Two faults read such a range as gone by (t-final52b A9, a road closed "von Freitagabend bis
Montagfrüh" in an article of Friday afternoon):

- the range's first preposition ("desde", "da") is also the one of "since" (RAE *Nueva
  gramática* §29.6h, Serianni *Grammatica italiana* VIII.94: "desde … hasta", "da … a" mark
  a span's two bounds), and a day "since" is past; with its second bound after it, it is
  the span's start, whose tense is its clause's;
- Italian "chiusa da venerdì" read "da venerdì" as the agent of a passive participle
  ("approvata dal Senato", :data:`veille.enrich.date_foreign._BY_AGENT`): a day or a month
  is no agent;

and a span's end is never before its start (a weekday resolved to the one gone by while its
start is today: the end moves a week ahead); a start of no tense on or after the
publication's day, its end ahead, is ahead too ("von Freitagabend bis Montagfrüh" written
on the Friday afternoon: the evening to come, as the French "de vendredi soir à lundi
matin" joined into one span is).

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

RANGE_TO = {"es": r"\s*(?:,\s*)?(?:hasta|a|al)\s+(?:el\s+|la\s+)?",
            "it": r"\s*(?:,\s*)?(?:fino\s+)?(?:a|al|alla)\s+",
            "de": r"\s*(?:,\s*)?(?:bis\s+(?:zum\s+|zur\s+|in\s+den\s+|am\s+)?|auf\s+)",
            "pt": r"\s*(?:,\s*)?(?:até|a|para)\s+(?:o\s+|a\s+|à\s+|ao\s+)?"}
"""The second bound's preposition of a span, between its two days (closed classes:
"hasta", "a", "al", "fino a", "bis"; and the night's "von Samstag auf Sonntag", "de sábado
para domingo", "del sábado al domingo": h-dates65, where the Sunday was read before the
Saturday when written on a Sunday)."""
_AGENT = re.compile(r"(?i)\b(?:por|da|dal|dallo|dalla|dai|dagli|dalle|dall['’])\s*"
                    r"(?P<rest>(?:(?:el|la|il|lo)\s+)?[^\W_][\w'’]*)[^\n]{0,80}$")


def range_follows(text: str, end: int, code: str, words: tuple[str, ...]) -> bool:
    """Whether a span's second bound follows the mention ending at ``end``: its preposition
    (:data:`RANGE_TO`) then one of ``words`` (the language's weekday and month names, or a
    day's number)."""
    found = re.match(RANGE_TO.get(code, "(?!)"), text[end:end + 40], re.IGNORECASE)
    if found is None:
        return False
    rest = text[end + found.end():end + found.end() + 30].lower()
    return bool(re.match(r"\d", rest)) or any(rest.startswith(w.lower()) for w in words)


def agent_is_a_date(clause: str, words: tuple[str, ...]) -> bool:
    """Whether the complement after the last "por"/"da" of ``clause`` (the text before a
    mention) is a day, a month or a date (one of ``words``, or a number), not an agent."""
    found = next(reversed(list(_AGENT.finditer(clause))), None)
    if found is None:
        return False
    rest = re.sub(r"(?i)^(?:el|la|il|lo)\s+", "", found.group("rest")).lower()
    return rest[:1].isdigit() or any(rest.startswith(w.lower()) for w in words)


def ends_after_starts(text: str, found: list[MentionedDate], code: str,
                      published: date) -> list[MentionedDate]:
    """``found`` with each day that ends a span of days ("hasta el lunes", after "desde el
    viernes") moved a week ahead when it was read before the span's start (its tense
    follows its new side of ``published``), and the span's start of no tense told future
    when it is not before ``published`` and its end is future."""
    out = list(found)
    for i in range(1, len(out)):
        first, last = out[i - 1], out[i]
        if first.granularity != "day" or last.granularity != "day" or first.until or \
                not re.fullmatch(RANGE_TO.get(code, "(?!)"), text[first.end:last.start],
                                 re.IGNORECASE):
            continue
        start, end = date.fromisoformat(first.value), date.fromisoformat(last.value)
        if end < start:
            end += timedelta(days=7 * ((start - end).days // 7 + 1))
            out[i] = last = replace(last, value=end.isoformat(),
                                    tense="future" if end > published else last.tense)
        if not first.tense and start >= published and last.tense == "future":
            out[i - 1] = replace(first, tense="future")  # a span from this evening on
    return out
