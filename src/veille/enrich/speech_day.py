"""The day words were said, for the relative dates inside a quote.

"« Nous annoncerons notre décision demain », avait déclaré vendredi le ministre": the
quote's "demain" is the day after that Friday, not after the publication day; "Le maire
l'avait promis dimanche : « Les travaux commenceront lundi. »" means the Monday after
that Sunday (t-enrich23 E8: both were counted from publication, turning past days into
future ones). A relative date inside a quote counts from the day the text outside the
quote (the incise after it, or the clause introducing it, within the sentence) says the
words were said: a weekday of the past ("vendredi", "dimanche dernier") or "hier" next
to a verb in a compound past ("a déclaré", "avait promis", "ont assuré"). None when the
sentence dates no speech: the words are then counted from publication, as before. Rules
written by hand from the reporting conventions of the French press (reported speech
dated by its incise), not from any benchmark.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
            "samedi": 5, "dimanche": 6}
RELATIVE = re.compile(
    r"(?i)^(?:(?:après-|avant-)?demain|aujourd['’]hui|(?:avant-)?hier|ce\s+soir|"
    r"(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:prochain|soir|matin))?)$")
"""The relative dates a speech day re-anchors: the days counted from the day they were
said ("demain", "lundi", "lundi prochain"); dates with a month or a year are left
alone."""
_OPEN = "«“"
_CLOSE = "»”"
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_COMPOUND_PAST = re.compile(
    r"(?i)(?<![\w'’])(?:a|ont|avait|avaient|avons|avez|avions|aviez|l['’]a|l['’]avait|"
    r"l['’]avaient|l['’]ont)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|t)\b")
"""A verb in a compound past ("a déclaré", "avait promis", "l'avait promis", "a-t-il
dit"): the speech it reports is over."""
_SPEECH_WEEKDAY = (r"(?P<wd>" + "|".join(WEEKDAYS) + r"|hier)(?:\s+(?:dernier|soir|matin|"
                   r"après-midi))?(?![\w'’-])(?!\s+prochain)")
_DAY_AFTER_VERB = re.compile(r"(?i)\s*(?:[\w'’-]+\s+){0,2}?" + _SPEECH_WEEKDAY)
""""avait déclaré vendredi", "a dit hier soir", "a assuré à l'AFP lundi": the day right
after the verb (two words at most between)."""
_DAY_BEFORE_VERB = re.compile(r"(?i)(?<![\w'’-])" + _SPEECH_WEEKDAY +
                              r"(?:\s*,)?\s+(?:[\w'’-]+\s+){0,2}$")
""""Vendredi, le ministre a déclaré", "hier, il avait promis": the day right before it."""


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(open, close)``: the offsets of the French or curly quotation marks around
    ``text[start:end]`` within its paragraph; None when it is not inside one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(c, line_start, start) for c in _OPEN)
    if opening < 0 or max(text.rfind(c, opening, start) for c in _CLOSE) >= 0:
        return None
    closes = [i for c in _CLOSE if (i := text.find(c, end, line_end)) >= 0]
    return (opening, min(closes)) if closes else None


def _day_in(segment: str, published: date) -> date | None:
    """The past day ``segment`` (the text outside a quote) says its speech was made on:
    a weekday or "hier" next to a verb in a compound past; None when there is none, or
    it is the day of publication."""
    for verb in _COMPOUND_PAST.finditer(segment):
        found = _DAY_AFTER_VERB.match(segment, verb.end()) or \
            _DAY_BEFORE_VERB.search(segment, max(0, verb.start() - 40), verb.start())
        if found is None:
            continue
        day = found.group("wd").lower()
        delta = 1 if day == "hier" else (published.weekday() - WEEKDAYS[day]) % 7
        return published - timedelta(days=delta) if delta else None
    return None


def speech_day(text: str, start: int, end: int, published: date) -> date | None:
    """The day the quote holding ``text[start:end]`` was said, when its sentence dates
    it (the incise after the closing mark, else the clause before the opening one, up
    to the sentence's ends); None when the mention is in no quote, is no relative date
    (:data:`RELATIVE`), or the sentence dates no past speech."""
    if not RELATIVE.match(" ".join(text[start:end].split())):
        return None
    quote = _quote_around(text, start, end)
    if quote is None:
        return None
    opening, closing = quote
    after_end = _SENTENCE_END.search(text, closing + 1)
    after = text[closing + 1:after_end.start() if after_end else len(text)]
    if "«" in after or "“" in after:
        after = after[:min(i for i in (after.find("«"), after.find("“")) if i >= 0)]
    before_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, opening)),
                       default=0)
    before = text[before_start:opening]
    return _day_in(after, published) or _day_in(before, published)
