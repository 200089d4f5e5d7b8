"""The weekday of a headline in the historical present, read from the body that tells its
event.

News headlines tell past events in the present ("Storm kills three in Texas on Monday",
"Police arrest suspect Tuesday", French "Un incendie ravage un entrepôt dimanche": the
headline present, Swan, *Practical English Usage* § 597 "headlines"; the présent
journalistique, Grevisse § 850), and scheduled ones in the same present ("The summit opens
Monday", "Le sommet s'ouvre lundi": the present of a timetable, Huddleston & Pullum ch. 3
§4.2.3). The headline's verb alone cannot tell them apart; the body, which tells the same
event in full tenses, can (one sense per discourse, Gale, Church and Yarowsky 1992):

- **the body names the same weekday** with a tense of its own ("Wildfire closes
  Interstate 15 on Sunday" / "forced authorities to close Interstate 15 … on Sunday" read
  past; "Museum reopens Saturday" / "will reopen … on Saturday"): the headline's weekday
  is that day, whatever words come with it ("prend fin vendredi" / "a pris fin vendredi
  soir"), when every such tensed mention agrees;
- **the body names no such weekday but its lead tells the headline's verb in the past**
  ("Flash floods kill four … on Wednesday" / "Flash floods … killed four people"; "Un
  incendie ravage …" / "Un incendie a ravagé …"): the event is over, the weekday is the
  last one on or before publication.

Otherwise the headline's own reading stands: the nearest such day, or the coming one
after a verb of a timetable (:data:`veille.enrich.date_plans.SCHEDULED_PRESENT`). Only a
headline's bare weekday whose tense is none or that timetable present's is read again
("last Monday", "lundi prochain", "is to meet Friday" keep theirs).

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Mapping

    from veille.enrich.dates import MentionedDate

from veille.enrich.date_plans import SCHEDULED_PRESENT, SCHEDULED_PRESENT_FR
from veille.enrich.english_past import ENGLISH_PAST

HEADLINE_MAX = 200
"""The longest first line (characters) read as a headline."""

WEEKDAY_NAMES = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
                 "samedi": 5, "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
                 "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
"""French and English weekdays, 0 = Monday."""

_FRENCH_PAST = re.compile(
    r"(?i)\b(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se\s+sont)\s+"
    r"(?:[^\W\d_]+ment\s+)?(?P<verb>[^\W\d_]+)")
"""A French compound past ("a ravagé", "ont détruit", "s'est abattu", an adverb in
"-ment" between): its participle in ``verb``."""
_WORD = re.compile(r"[^\W\d_]{3,}")
_PARTICIPLE_BEFORE = re.compile(r"(?i)[^\W\d_]{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|"
                                r"t|te|ts|tes)\s+$")
"""A French participle right before a headline's weekday, with no auxiliary in the
headline ("les écoles fermées jeudi", "un cycliste tué samedi"): the verbless headline
tells a measure ahead as often as an event gone by, so the body's day for the same weekday
decides when it gives one (t-final56 A4: "les écoles fermées jeudi" over a body saying "a
décidé de fermer les écoles jeudi")."""


def headline_end(text: str) -> int:
    """Where the headline of ``text`` (the enrichment text: the title, a blank line, the
    body) ends: its first line when that line is at most :data:`HEADLINE_MAX` characters,
    does not end a sentence (".", "!", "…") and text follows; 0 when there is none."""
    end = text.find("\n")
    head = text[:max(end, 0)].rstrip()
    if end <= 0 or end > HEADLINE_MAX or not head or head[-1] in ".!…" or \
            not text[end:].strip():
        return 0
    return end


def timetable_blanked(text: str, end: int) -> str:
    """``text`` with the timetable verbs (:data:`SCHEDULED_PRESENT`, French
    :data:`~veille.enrich.date_plans.SCHEDULED_PRESENT_FR`) of its first ``end``
    characters (the headline) replaced by as many spaces: the headline's tense without
    them."""
    head = text[:end]
    for verbs in (SCHEDULED_PRESENT, SCHEDULED_PRESENT_FR):
        head = verbs.sub(lambda m: " " * len(m.group()), head)
    return head + text[end:]


def bare_weekday(words: str) -> int | None:
    """The weekday (0 = Monday) a mention opens with when it has no digit ("Monday",
    "dimanche soir"; not "lundi 30 novembre"), else None."""
    first = words.split()[0].lower() if words.split() else ""
    return None if re.search(r"\d", words) else WEEKDAY_NAMES.get(first)


def _lead(text: str, end: int) -> str:
    """The first paragraph after the headline."""
    return text[end:].strip().split("\n", 1)[0]


def _past_forms(headword: str) -> set[str]:
    """The past forms a verb written ``headword`` in the present takes: English regular
    preterites ("kill" → "killed", "destroys" → "destroyed", "ends" → "ended", "stops" →
    "stopped", "tries" → "tried") and French participles ("ravage" → "ravagé",
    "ravagent" → "ravagés", "tue" → "tué", "détruit" → "détruit")."""
    word = headword.lower()
    stems = {word}
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stems.add(word[:-len(ending)] + ("y" if ending == "ies" else ""))
    forms: set[str] = set()
    for stem in stems:
        if stem.endswith("y"):
            forms.add(stem[:-1] + "ied")
        forms.update({stem + "ed", stem + "d", stem + stem[-1] + "ed"})
    for ending in ("ent", "e"):  # "se tue" / "s'est tué"
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            forms.update(word[:-len(ending)] + e for e in ("é", "ée", "és", "ées"))
    forms.add(word)  # "détruit" / "a détruit"
    return forms


def told_in_past(headline: str, lead: str) -> bool:
    """Whether ``lead`` tells in the past a verb ``headline`` writes in the present: an
    English preterite (:data:`veille.enrich.english_past.ENGLISH_PAST`) or a French
    compound past (:data:`_FRENCH_PAST`) of one of the headline's words
    (:func:`_past_forms`), weekdays left out."""
    past = {m.group().lower() for m in ENGLISH_PAST.finditer(lead)}
    past |= {m.group("verb").lower() for m in _FRENCH_PAST.finditer(lead)}
    return any(_past_forms(word) & past for word in _WORD.findall(headline)
               if word.lower() not in WEEKDAY_NAMES)


DATED_REACH_DAYS = 6
"""How far (days) from publication a body's full date may lie to give a headline's bare
weekday its day: within the week on either side, where the weekday names one day."""


def _dated_in_body(found: list[MentionedDate], end: int, weekday: int,
                   published: date) -> set[str]:
    """The days (ISO) the body (mentions from ``end`` on) gives in full with the weekday
    ``weekday`` ("mardi 8 décembre", its weekday and day agreeing) within
    :data:`DATED_REACH_DAYS` of ``published``: the headline's "mardi" is that day when
    there is one (t-final56 A4: "le métro de Marseille fermé mardi" over a body saying
    "ne circuleront pas mardi 8 décembre" was read as the Tuesday gone by)."""
    days: set[str] = set()
    for b in found:
        words = b.text.split()
        if b.start < end or b.granularity != "day" or not b.weekday_ok or not words or \
                WEEKDAY_NAMES.get(words[0].lower()) != weekday or \
                not re.search(r"\d", b.text):
            continue
        try:
            value = date.fromisoformat(b.value)
        except ValueError:
            continue
        if value.weekday() == weekday and abs((value - published).days) <= DATED_REACH_DAYS:
            days.add(b.value)
    return days


def headline_days(text: str, found: list[MentionedDate], published: date,
                  timetable: frozenset[int] = frozenset()) -> list[MentionedDate]:
    """``found`` with each bare weekday of the headline (:func:`headline_end`) whose
    tense is none, or the future of a timetable verb (its start in ``timetable``), read
    from the body: the body's day for the same weekday when its tensed mentions agree,
    else the last such day on or before ``published`` when the lead tells the headline's
    verb in the past (:func:`told_in_past`); unchanged otherwise."""
    end = headline_end(text)
    if not end:
        return found
    out: list[MentionedDate] = []
    for d in found:
        day = bare_weekday(d.text) if d.start < end and d.granularity == "day" else None
        participle = d.tense == "past" and _FRENCH_PAST.search(text[:end]) is None and \
            _PARTICIPLE_BEFORE.search(text, max(0, d.start - 24), d.start) is not None
        if day is None or not (not d.tense or d.tense == "future" and d.start in timetable
                               or participle):
            out.append(d)
            continue
        same = [b for b in found if b.start >= end and b.granularity == "day"
                and bare_weekday(b.text) == day]
        told = {(b.value, b.tense) for b in same if b.tense in ("past", "future")}
        dated = _dated_in_body(found, end, day, published)
        if len({value for value, _ in told}) == 1:
            value, tense = min(told)
            d = replace(d, value=value, tense=tense, weekday_ok=True)
        elif participle:
            pass  # a participle's past stands unless the body tells the day (above)
        elif not told and len(dated) == 1:
            value = dated.pop()
            tense = "future" if value > published.isoformat() else \
                "past" if value < published.isoformat() else ""
            d = replace(d, value=value, tense=tense, weekday_ok=True)
        elif not same and told_in_past(text[:end], _lead(text, end)):
            back = published - timedelta(days=(published.weekday() - day) % 7)
            d = replace(d, value=back.isoformat(), tense="past", weekday_ok=True)
        out.append(d)
    return out


def body_weekdays(text: str, found: list[MentionedDate],
                  names: Mapping[str, int],
                  weekday_of: Callable[[str], int | None] | None = None
                  ) -> list[MentionedDate]:
    """``found`` (the dates of a text in a language other than French and English, whose
    weekdays ``names`` gives in lower case, 0 = Monday) with each bare weekday of the
    headline (:func:`headline_end`) set to the day the body gives the same weekday, when
    every bare mention of it in the body agrees: the first rule of the module, for every
    language (t-final55b A11, A14: "Paralisação … iniciada no domingo deixa São Paulo sem
    metrô" was read as the coming Sunday while its lead's "iniciada no domingo" was the
    one gone by; "il vertice previsto per giovedì salta" likewise). A foreign mention's
    tense is its side of the writing once resolved, so the headline's own reading is not
    asked for: the body, which tells the event in full, decides; unchanged otherwise.
    ``weekday_of`` reads the weekday of a mention's words where the first word is not it
    (Arabic "يوم الأحد", Russian "в субботу": :mod:`veille.enrich.date_scripts`,
    t-final56b A6)."""
    end = headline_end(text)
    if not end:
        return found

    def bare(words: str) -> int | None:
        if weekday_of is not None:
            return None if re.search(r"\d", words) else weekday_of(words)
        first = words.split()[0].lower() if words.split() else ""
        return None if re.search(r"\d", words) else names.get(first)

    out: list[MentionedDate] = []
    for d in found:
        day = bare(d.text) if d.start < end and d.granularity == "day" else None
        same = [b for b in found if b.start >= end and b.granularity == "day"
                and bare(b.text) == day] if day is not None else []
        if same and len({b.value for b in same}) == 1 and same[0].value != d.value:
            d = replace(d, value=same[0].value, tense=same[0].tense, weekday_ok=True)
        out.append(d)
    return out
