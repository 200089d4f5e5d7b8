"""Weekdays anchored by their neighbours rather than by the publication day alone.

Three faults of issue 16 (t-final24 F6, t-enrich24 E13) came from resolving each weekday
on its own against the publication day:

- **Coordinated weekdays** ("lundi et mardi", "samedi ou dimanche", "lundi, mardi et
  mercredi") name consecutive days of one week, in the order written: "étaient attendues
  lundi et mardi" in an article of Tuesday 17 February is 16-17 February, never Monday 23
  and Tuesday 17. :func:`coordinated_weeks` moves a group whose days are not in one week
  to the week its tense points to.
- **A weekday beside its full date** in one paragraph ("Mise à jour mercredi 2 décembre :
  … privés d'électricité mercredi matin") is that date: the paragraph has named the day
  it speaks of. :func:`named_in_paragraph`.
- **An update's text** ("Mise à jour mercredi 2 décembre :", "MAJ jeudi 12 mars :",
  "Actualisé le …") was written on the update's day: :func:`update_marks` gives each
  marked stretch of text its own reference day, which the caller resolves the stretch
  against.

Rules written by hand from the conventions of the French press (an update's dateline,
coordinated days of one event), not from any benchmark.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
            "samedi": 5, "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
            "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_BARE_WEEKDAY = re.compile(
    r"(?i)^(?P<wd>" + "|".join(WEEKDAYS) + r")(?:\s+(?:matin|soir|midi|après-midi|"
    r"morning|evening|afternoon|night))?$")
"""A weekday alone, with a part of the day at most: no "dernier", "prochain", day of month."""
_FULL_DATE = re.compile(r"(?i)^(?P<wd>" + "|".join(WEEKDAYS) + r")\s+\d{1,2}(?:er)?\s+\w+")
"""A weekday with its day of month ("mercredi 2 décembre", "jeudi 4 juin 2026")."""
_LINK = re.compile(r"(?i)^\s*(?:,|et|ou|and|or|,\s*(?:et|ou|and|or))\s*$")
"""What joins coordinated weekdays: "lundi et mardi", "samedi ou dimanche", "lundi, mardi"."""
_UPDATE = re.compile(
    r"(?i)(?:^|(?<=\n)|(?<=[.!?»]\s))\s*(?:\(?\s*)(?:mise\s+à\s+jour|mis\s+à\s+jour|maj|"
    r"actualis[ée]e?|actualisation|update[d]?)\b\s*(?:le\s+|du\s+|on\s+|:\s*)?")
"""An update marker opening a paragraph or a sentence ("Mise à jour mercredi 2 décembre :",
"MAJ jeudi 12 mars :", "Actualisé le lundi 12 octobre :", "Updated Monday, June 1:")."""
UPDATE_REACH_DAYS = 62
"""How long after publication an update's own date may be (a longer gap is no update of
this article's text but a date the text names)."""


def _weekday(mention: MentionedDate) -> int | None:
    found = _BARE_WEEKDAY.match(" ".join(mention.text.split()))
    if found is None or mention.granularity != "day" or mention.until:
        return None
    return WEEKDAYS[found.group("wd").lower()]


def _groups(text: str, found: list[MentionedDate]) -> list[list[int]]:
    """Indexes of runs of bare weekdays joined by "et", "ou" or commas."""
    groups: list[list[int]] = []
    run: list[int] = []
    for i, mention in enumerate(found):
        if _weekday(mention) is None:
            if len(run) > 1:
                groups.append(run)
            run = []
            continue
        if run and _LINK.match(text[found[run[-1]].end:mention.start]):
            run.append(i)
            continue
        if len(run) > 1:
            groups.append(run)
        run = [i]
    if len(run) > 1:
        groups.append(run)
    return groups


def coordinated_weeks(text: str, found: list[MentionedDate], published: date
                      ) -> list[MentionedDate]:
    """``found`` with each group of coordinated weekdays ("lundi et mardi") put in one
    week, in the order written: when the days resolved apart do not follow each other
    within seven days, the group takes the week, among those its members' readings give,
    that the group's tense points to (a past tense: the last one ending on or before
    publication; a future: the first one starting on or after it; none: the nearest)."""
    out = list(found)
    for group in _groups(text, found):
        days = [_weekday(found[i]) for i in group]
        offsets = [0]
        for previous, day in zip(days, days[1:], strict=False):
            step = ((day or 0) - (previous or 0)) % 7
            offsets.append(offsets[-1] + step)
        if any(b <= a for a, b in zip(offsets, offsets[1:], strict=False)) or offsets[-1] >= 7:
            continue  # "samedi et vendredi": not one week in order
        values = [date.fromisoformat(found[i].value) for i in group]
        if all((v - values[0]).days == k for v, k in zip(values, offsets, strict=True)):
            continue
        starts = sorted({v - timedelta(days=k) for v, k in zip(values, offsets, strict=True)})
        tenses = {found[i].tense for i in group}
        last = offsets[-1]
        start: date | None = None
        if "past" in tenses and "future" not in tenses:
            start = max((s for s in starts if s + timedelta(days=last) <= published),
                        default=None)
        elif "future" in tenses and "past" not in tenses:
            start = min((s for s in starts if s >= published), default=None)
        if start is None:
            start = min(starts, key=lambda s: abs((s + timedelta(days=last / 2) -
                                                   published).days))
        for i, k in zip(group, offsets, strict=True):
            out[i] = replace(found[i], value=(start + timedelta(days=k)).isoformat())
    return out


def named_in_paragraph(text: str, found: list[MentionedDate], published: date | None = None
                       ) -> list[MentionedDate]:
    """``found`` with each bare weekday that follows, in the same paragraph, a full date
    of the same weekday ("Mise à jour mercredi 2 décembre : … mercredi matin") given that
    date, when the two readings are a whole number of weeks apart (the weekday alone was
    put in another week) and the weekday's tense does not put it on the other side of the
    publication day ``published``: "Les Lunellois retrouveront leurs halles le samedi 6
    juin. La municipalité a dévoilé samedi matin le calendrier…" (published Saturday 14
    February) is the publication day, a past act, never 6 June (t-final63 #9)."""
    out = list(found)
    for i, mention in enumerate(found):
        day = _weekday(mention)
        if day is None:
            continue
        paragraph_start = text.rfind("\n", 0, mention.start) + 1
        for earlier in reversed(found[:i]):
            if earlier.start < paragraph_start:
                break
            full = _FULL_DATE.match(" ".join(earlier.text.split()))
            if full is None or WEEKDAYS[full.group("wd").lower()] != day or \
                    not earlier.weekday_ok or earlier.granularity != "day":
                continue
            gap = (date.fromisoformat(mention.value) - date.fromisoformat(earlier.value)).days
            if published is not None and _other_side(mention.tense, earlier.value, published):
                break
            if gap and gap % 7 == 0:
                out[i] = replace(mention, value=earlier.value)
            break
    return out


#: Days from publication within which a full date may still be the day of an update's
#: past acts ("Mise à jour mercredi 2 décembre : … privés d'électricité mercredi matin",
#: published on the 1st): :func:`_other_side` does not judge it.
UPDATE_WEEK = 7


def _other_side(tense: str, value: str, published: date) -> bool:
    """Whether the day ``value`` (ISO), more than :data:`UPDATE_WEEK` days from
    ``published``, lies on the side of it a clause of ``tense`` cannot speak of: after it
    for a past act, before it for a future one."""
    day = date.fromisoformat(value)
    if abs((day - published).days) <= UPDATE_WEEK:
        return False
    return (tense == "past" and day > published) or (tense == "future" and day < published)


def printed_week_ahead(found: list[MentionedDate], published: date) -> list[MentionedDate]:
    """``found`` with each bare weekday read as the publication day itself, in a clause
    not in the past ("Guingamp reçoit Lorient samedi" written on a Saturday), given the
    date a week later when the article prints that weekday with that date elsewhere
    ("Samedi 12 décembre", t-final50 A2): a programme announces the coming week's
    fixtures, and a writer names the day of writing "aujourd'hui" or "ce samedi", not
    "samedi" alone. Only that case: a bare weekday ahead of publication, or a printed
    date further off, keeps its reading (one Saturday may open a market and another
    close a programme)."""
    if not any(_FULL_DATE.match(" ".join(d.text.split())) for d in found):
        return found
    ahead = published + timedelta(days=7)
    printed = {WEEKDAYS[full.group("wd").lower()] for d in found
               if (full := _FULL_DATE.match(" ".join(d.text.split()))) is not None
               and d.weekday_ok and d.granularity == "day" and d.value == ahead.isoformat()}
    return [replace(d, value=ahead.isoformat(), tense="future")
            if _weekday(d) in printed and d.value == published.isoformat()
            and d.tense != "past" else d for d in found]


def update_marks(text: str, found: list[MentionedDate], published: date,
                 updated: date | None = None) -> list[tuple[int, int, date]]:
    """``(start, end, day)`` for each stretch of ``text`` an update marker opens with its
    own full date ("Mise à jour mercredi 2 décembre :"), or with none ("Mise à jour :")
    when the page gives its ``updated`` day: from the marker to the next one or the end
    of the text, written on ``day``. Only a day after publication and within
    :data:`UPDATE_REACH_DAYS` of it counts."""
    marks: list[tuple[int, date]] = []
    for marker in _UPDATE.finditer(text):
        dated = next((d for d in found if marker.end() <= d.start <= marker.end() + 3), None)
        if dated is None:
            if updated is None or not text[marker.start():marker.end()].rstrip().endswith(":"):
                continue
            day = updated
        elif dated.granularity != "day" or dated.until:
            continue
        else:
            day = date.fromisoformat(dated.value)
        if 0 < (day - published).days <= UPDATE_REACH_DAYS:
            marks.append((marker.start(), day))
    return [(start, marks[n + 1][0] if n + 1 < len(marks) else len(text), day)
            for n, (start, day) in enumerate(marks)]


_PLUPERFECT = re.compile(
    r"(?i)\b(?:avais|avait|avions|aviez|avaient|étais|était|étions|étiez|étaient|had|"
    r"había|habían|aveva|avevano|era|erano|hatte|hatten|war|waren)\b[^.!?;\n]*$")
"""A pluperfect's auxiliary before a mention in its sentence ("Le préfet avait été reçu
mercredi"): a time before the telling, which an update does not move."""


def told_by_update(found: list[MentionedDate], published: date,
                   updated: date | None, text: str = "") -> list[MentionedDate]:
    """``found`` with each bare weekday told in the past ("s'est rendu sur place vendredi
    matin") moved to the day of that name between the publication (excluded) and the
    page's ``updated`` day (included), when the update came less than a week after
    publication and only one version was read: the text read is the updated one, so a
    past act may be the update's own, and a weekday read against the publication alone
    would land almost a week before it (t-final53 A3: a fire of Thursday evening, the
    mayor on site "vendredi matin", updated Friday 08:30, was read as the Friday of the week
    before). A weekday with "dernier", "last" or a day of month is no bare weekday and
    keeps its reading, and so does one told in the pluperfect (:data:`_PLUPERFECT`, read
    in ``text`` before the mention)."""
    if updated is None or not 0 < (updated - published).days < 7:
        return found
    out: list[MentionedDate] = []
    for mention in found:
        weekday = _weekday(mention)
        if weekday is not None and mention.tense == "past" and \
                date.fromisoformat(mention.value) < published and \
                not _PLUPERFECT.search(text[max(0, mention.start - 120):mention.start]):
            day = updated - timedelta(days=(updated.weekday() - weekday) % 7)
            if day > published:
                mention = replace(mention, value=day.isoformat())
        out.append(mention)
    return out


_SENTENCE = re.compile(r"[^\n.!?…]+(?:[.!?…]+(?=\s|$)|(?=\n)|$)")
"""A sentence, or a line without final punctuation (a headline)."""


def added_sentences(text: str, first: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` (a later version of an article) that
    its first version ``first`` does not hold, spaces aside: what the update wrote
    (t-final34 A3). A sentence only reworded ("de 30 %" → "de 50 %") counts as new: the
    update wrote it again, on its own day."""
    held = " ".join(first.split())
    out: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(text):
        words = " ".join(sentence.group().split())
        if len(words) > 3 and words not in held:
            out.append((sentence.start() + len(sentence.group()) - len(sentence.group().lstrip()),
                        sentence.end()))
    return out
