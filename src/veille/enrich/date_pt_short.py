"""Portuguese weekdays without "-feira" followed by their day of the month: "na segunda
(30)", "na sexta (4)", "terça (dia 1)" (issue 16, r-lang54's "Still wrong", r-lang55).

Brazilian and Portuguese papers shorten "segunda-feira" … "sexta-feira" to the ordinal
("segunda", "terça", "quarta", "quinta", "sexta": the CLDR wide names without "-feira"),
which is also an ordinal adjective ("pela segunda vez", "a quarta edição"). A short form is
read only when the day of the month follows it in brackets, the Brazilian press's style
("na segunda (30)"; *Manual de Redação da Folha de S. Paulo*, "dias da semana"), and that
day, taken in the month of publication or the one before or after, falls on that weekday
within four weeks of publication; else nothing is read (the date cannot be checked).
Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from babel import Locale

from veille.collector import built_once

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

__all__ = ["short_weekdays"]

_REACH = timedelta(days=28)
"""How far from publication a short weekday's day is looked for."""


@built_once
def _pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    names = {name.removesuffix("-feira").lower(): n
             for n, name in Locale.parse("pt").days["format"]["wide"].items()
             if name.endswith("-feira")}
    alternation = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?P<wd>{alternation})(?![\w-])\s*"
                      rf"\((?:dia\s+)?(?P<day>[0-3]?\d)\)"), names


def _day_near(weekday: int, day: int, published: date) -> date | None:
    from veille.enrich.dates import _safe_date

    for step in (0, -1, 1):
        index = published.year * 12 + published.month - 1 + step
        candidate = _safe_date(index // 12, index % 12 + 1, day)
        if candidate is not None and candidate.weekday() == weekday and \
                abs(candidate - published) <= _REACH:
            return candidate
    return None


def short_weekdays(text: str, published: date, found: list[MentionedDate]
                   ) -> list[MentionedDate]:
    """``found`` with each short weekday of ``text`` (module docstring) that no date of
    ``found`` overlaps added, in text order."""
    from veille.enrich.dates import MentionedDate
    from veille.enrich.text import sentence_at, sentences

    pattern, names = _pattern()
    spans = list(sentences(text))
    added = list(found)
    for m in pattern.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        value = _day_near(names[m.group("wd").lower()], int(m.group("day")), published)
        if value is None:
            continue
        sentence = sentence_at(spans, m.start())
        tense = "future" if value > published else "past" if value < published else ""
        added.append(MentionedDate(m.start(), m.end(), m.group(), value.isoformat(), "day",
                                   sentence.text if sentence else "", tense))
    return sorted(added, key=lambda d: d.start)
