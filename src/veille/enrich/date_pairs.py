"""Two weekdays joined by "and" share one reading (issue 16, t-final56b A6).

"huelga el lunes y el martes", "sciopero lunedì e martedì", "grève lundi et mardi",
"Monday and Tuesday": coordinated weekdays name days of one span told in order, the second
after the first (the iconic order of coordinated time adverbials; CGEL ch. 15 §2.1 on
coordination of like constituents, which share their role and so their time reference).
Each bare weekday is otherwise resolved alone to its nearest side, so that written on a
Friday "el lunes" went to the coming Monday and "el martes" to the Tuesday gone by, four
days before its partner. Here the second of a pair takes the first such weekday after the
first's day, when it is not already in the week after it. Only bare days (no digit, no
"next"/"last" of their own: the mention's text is a weekday name with at most an article,
a preposition or a part of the day) are joined, by a conjunction alone ("y", "e", "et",
"and", "und", "и", "و", with an article or a preposition repeated).

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from veille.enrich.dates import MentionedDate

_JOINED = re.compile(
    r"(?i)^\s*(?:y|e|et|and|und|и|[وف]|ou|or|o|oder|или|أو)\s+"
    r"(?:(?:el|la|le|il|lo|l['’]|am|an|the|on|no|na|em|в|во|يوم|al|del|dal|au|du)\s+)?$")
"""A coordinating conjunction between two mentions, with an article or preposition."""
_RELATIVE_WORDS = re.compile(
    r"(?i)\b(?:prochain|dernier|passé|next|last|this|ce|cette|que\s+viene|pasad\w*|"
    r"próxim\w*|prossim\w*|scors\w*|passat\w*|nächste\w*|letzte\w*|kommende\w*|"
    r"vergangene\w*|следующ\w*|прошл\w*|المقبل|القادم|الماضي)\b")
_MAX_WORDS = 4
"""The longest mention (words) read as a bare weekday with its article or part."""


def _bare(d: MentionedDate) -> bool:
    return d.granularity == "day" and not d.until and not re.search(r"\d", d.text) and \
        len(d.text.split()) <= _MAX_WORDS and _RELATIVE_WORDS.search(d.text) is None


def coordinated_weekdays(text: str, found: list[MentionedDate], published: date
                         ) -> list[MentionedDate]:
    """``found`` (sorted by start) with the second of two bare days joined by a
    conjunction (:data:`_JOINED`) set to the first day after its partner's that has its
    weekday, unless it already lies in the seven days after the partner's; its tense is
    then its side of ``published`` (the partner's on that very day)."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if not (_bare(first) and _bare(second)) or \
                _JOINED.match(text[first.end:second.start]) is None:
            continue
        try:
            one, two = date.fromisoformat(first.value), date.fromisoformat(second.value)
        except ValueError:
            continue
        if 0 < (two - one).days <= 7:
            continue
        after = one + timedelta(days=(two.weekday() - one.weekday()) % 7 or 7)
        tense = "future" if after > published else "past" if after < published else \
            first.tense
        out[i] = replace(second, value=after.isoformat(), tense=tense)
    return out
