"""The part of a month a mention names: "fin janvier", "mi-février", "début mars", "Ende
Januar", "late January", "a fine gennaio", "a finales de enero".

Such a mention was read as the month's first day (t-final52b B3: "fin janvier" shown as
January, sorted and compared with the publication as 1 January). TimeML writes it as the
month with a modifier (ISO 24617-1, TIMEX3: ``value="2026-01" mod="END"``, the modifiers
``START``, ``MID`` and ``END``); veille keeps the month's granularity, names the part in
``part`` (``start``, ``mid``, ``end``: the TIMEX3 modifier, lower-cased) and gives its days
in ``value`` and ``until``: the month's dekad (WMO, *Guide to Agricultural Meteorological
Practices*, WMO-No. 134, § 2.2: a month is split into three dekads, days 1–10, 11–20 and 21
to its last day): "début" is days 1–10, "mi-" 11–20, "fin" 21 to the end.

The words are each language's own, before the month's name (or "mois"/"month" in "la fin
du mois", "the end of next month"), within the mention or just before it ("à la fin de
janvier"): French début, commencement, mi-, fin; English early, beginning, start, mid(-),
middle, late, end; German Anfang, Mitte, Ende; Italian inizio, primi, metà, fine; Spanish
principios, comienzos, inicios, primeros, mediados, finales, fines; Portuguese início,
princípio, começo, meados, fim, final, finais (h-dates66b). A text of unknown
language ('', read by :mod:`veille.enrich.dates`) takes the French and English words.

Pure functions; nothing here raises.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from veille.collector import built_once

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

MONTH_PARTS = ("start", "mid", "end")
"""The parts of a month a mention may have in ``part`` (TIMEX3 ``mod`` START, MID, END)."""

DEKADS = {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}
"""The days of each part (WMO dekads; the last one ends on the month's last day)."""

_WORDS = {
    "fr": {"start": r"début|commencement", "mid": r"mi", "end": r"fin"},
    "en": {"start": r"early|beginning|start", "mid": r"mid|middle", "end": r"late|end"},
    "de": {"start": r"Anfang", "mid": r"Mitte", "end": r"Ende"},
    "it": {"start": r"inizio|primi", "mid": r"metà", "end": r"fine"},
    "es": {"start": r"principios|comienzos|inicios|primeros", "mid": r"mediados",
           "end": r"finales|fines"},
    "pt": {"start": r"início|princípio|começo", "mid": r"meados", "end": r"fim|final|finais"},
}
_LINKS = (r"de|du|des|di|del|della|dello|of(?:\s+the)?|d['’]|\s*-")
"""What may stand between the part's word and the month: "fin de janvier", "mi-mars",
"the end of", "alla fine di", "a finales de"."""
_TAIL = re.compile(r"(?i)(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d|\s+['’]?\d\d|"
                   r"\s+(?:dernier|prochain|passé|prochaine|dernière))$")
"""What may follow the month's name in a mention: a year, "dernier", "prochain"."""
_HEAD = re.compile(r"(?i)[^\W\d_]+$")
_MONTH_NOUNS = frozenset({"mois", "month", "monats", "mese", "mes"})
"""The word "month" in each language ("la fin du mois", "the end of the month")."""


@built_once
def _month_names() -> frozenset[str]:
    """Every month's name (wide, both contexts) in French, English, German, Italian and
    Spanish (CLDR through Babel), lower-cased, and the month nouns."""
    from babel import Locale

    names = {str(name).lower() for code in _WORDS for kind in ("format", "stand-alone")
             for name in Locale.parse(code).months[kind]["wide"].values()}
    return frozenset(names | _MONTH_NOUNS | {"fevrier", "aout", "decembre"})
_REACH = 40
"""How far before the mention (characters) its part's word may be ("à la fin du mois de
janvier")."""


def _before(language: str) -> re.Pattern[str]:
    langs = [language] if language in _WORDS and language not in ("fr", "en") else \
        ["fr", "en"]
    groups = "|".join(
        f"(?P<{part}>{'|'.join(_WORDS[lang][part] for lang in langs)})" for part in MONTH_PARTS)
    return re.compile(rf"(?i)(?<![\w-])(?:{groups})(?:\s*(?:{_LINKS}))?\s*"
                      r"(?:(?:la|le|this|next|last|mois\s+de)\s+)?$")


def month_part(words: str, language: str = "") -> str:
    """The part ("start", "mid", "end") the words right before a month's name give it, ''
    when none: ``month_part("à la fin de")`` is "end", ``month_part("Mitte", "de")`` is
    "mid"."""
    found = _before(language).search(words)
    if found is None:
        return ""
    return next(part for part in MONTH_PARTS if found.group(part))


def with_month_parts(text: str, found: list[MentionedDate],
                     language: str = "") -> list[MentionedDate]:
    """``found`` with each month mention (one month, no range) whose words name a part of
    it given that part and its days (:data:`DEKADS`); every other mention unchanged."""
    out: list[MentionedDate] = []
    for d in found:
        if d.granularity != "month" or d.until or d.part:
            out.append(d)
            continue
        said = _TAIL.sub("", d.text)
        head = _HEAD.search(said)
        if head is None or head.group().lower() not in _month_names():
            out.append(d)  # "the end of the year": December, no part of it
            continue
        cut = head.start()
        part = month_part(text[max(0, d.start - _REACH):d.start] + said[:cut], language)
        try:
            first = date.fromisoformat(d.value)
        except ValueError:
            part = ""
        if not part:
            out.append(d)
            continue
        low, high = DEKADS[part]
        last = min(high, calendar.monthrange(first.year, first.month)[1])
        out.append(replace(d, value=first.replace(day=low).isoformat(), part=part,
                           until=first.replace(day=last).isoformat()))
    return out
