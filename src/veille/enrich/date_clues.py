"""Clues that fix a mentioned date the clause's tense alone gets wrong (t-enrich20 E4-E7,
E16), for :mod:`veille.enrich.dates` and the date stage.

- :func:`clause_before`: a clause longer than the tense window ("Emmanuel Macron, …,
  recevra les délégations indépendantistes et loyalistes à l'Élysée le 20 octobre, a
  indiqué dimanche la présidence") has its verb further back than the window reads; the
  mention takes its own clause's verb, not the incise of saying after it (E4).
- :func:`caused_by`: a weekday in the noun complement of a cause ("en raison des
  inondations de mercredi", "à la suite de l'attaque de mardi", "après les violentes
  rafales de jeudi") names a day before the clause's act: a cause precedes its effect,
  whatever the tense of the clause ("restera fermée … après les rafales de jeudi"; E6).
- :func:`weeks_of`: "la semaine du 28 septembre" is one date, the week of 28 September,
  not also "la semaine", this week (E7).
- :func:`not_yet_come`: a past-tense day the latest writing time (the publication, or
  the page's update when later) has not reached yet ("s'est imposé vendredi soir" in a
  paper of Friday noon) is the week before's (E16; the update and the stated hour:
  t-final25 F4).
- :func:`overlong_years`: a day and month followed by a number of five digits or more
  ("le 1er janvier 10000") has a year no calendar of the news holds: no date rather than
  the day in the nearest year (E16).

Pure functions on strings and :class:`veille.enrich.dates.MentionedDate`; nothing raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from veille.enrich.date_ahead import astronomical_moment, started_at
from veille.enrich.date_english import SAYING_AFTER

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

CLAUSE_REACH = 240
"""How far back (characters) a mention's own clause is read for its verb when the tense
window (``dates.WINDOW``) cut it: a long object, never past the clause's start."""


def clause_before(text: str, start: int, line: int, clause_end: re.Pattern[str]) -> str:
    """The words of the clause holding the mention at ``start``, from its start (after
    the last ``clause_end`` match, never before ``line`` nor ``CLAUSE_REACH`` characters
    back) to the mention."""
    before = text[max(line, start - CLAUSE_REACH):start]
    return clause_end.split(before)[-1]


_FRENCH_SAYING = (r"précis|indiqu|annonc|ajout|déclar|affirm|expliqu|soulign|assur|confirm|"
                  r"rappel|estim|prévenu|prévien|insist|détaill|martel|répét|avert|fait\s+savoir|"
                  r"dit|dis|écrit|écri|jug")
FRENCH_SAYING_AFTER = re.compile(
    r"(?i)\s*,\s*(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on))?\s+(?:[^\W\d_]+\s+)?"
    rf"(?:{_FRENCH_SAYING})[^\W\d_]*|(?:{_FRENCH_SAYING})[^\W\d_]*(?:-t-(?:il|elle|on)|"
    r"\s+(?:le|la|les|l['’]|[A-ZÀ-Ý])))")
"""A French incise of saying right after a mention, its subject inverted: ", a précisé
Matignon", ", ont annoncé mardi les syndicats", ", a-t-il ajouté", ", indique la
préfecture" (Grevisse § 380, the "incise" of a reporting verb): it dates the saying, not
the mention before it (t-final61 #8)."""


def verb_before_incise(text: str, start: int, line: int, after: str, english: bool,
                       sentence_part: re.Pattern[str]) -> str | None:
    """The sentence part before the mention at ``start`` (from its last ``sentence_part``
    break, never before ``line`` nor :data:`CLAUSE_REACH` characters back) when ``after``,
    the words after it, is an incise of saying (French :data:`FRENCH_SAYING_AFTER`, or
    English ``saying_after``'s shape with ``english``): "présenté … le 6 février, avant un
    examen à partir du lundi 12 février, a précisé Matignon": the verbless piece holding
    the mention hangs on the clause before it, whose verb ("sera présenté") dates it; the
    incise ("a précisé") only the saying. None otherwise."""
    pattern = SAYING_AFTER if english else FRENCH_SAYING_AFTER
    if pattern.match(after) is None:
        return None
    return sentence_part.split(text[max(line, start - CLAUSE_REACH):start])[-1]


_NOUN_COMPLEMENT = (r"(?:(?:le|la|les|l['’]|du|des|un|une|ce|cette|ces)\s*)"
                    r"(?:[^\W\d_]+[\s'’-]+){0,3}?(?:de|d['’])\s*$")
"""A determiner, up to three words (the noun and its adjectives), "de", before a
weekday: "les violentes rafales de ", "l'attaque de "."""
_CAUSE = re.compile(
    r"(?i)(?<![\w'’])(?:en\s+raison|à\s+cause|a\s+cause|à\s+la\s+suite|a\s+la\s+suite|"
    r"suite|du\s+fait|au\s+lendemain|consécutive?s?|consecutive?s?)\s+(?:de\s+|d['’]\s*|"
    r"des\s+|du\s+|à\s+|aux?\s+)?" + _NOUN_COMPLEMENT)
_UNSCHEDULED = (
    r"(?:rafales?|temp[êe]tes?|orages?|intemp[ée]ries|inondations?|crues?|s[ée]ismes?|"
    r"incendies?|explosions?|accidents?|attaques?|attentats?|fusillades?|agressions?|"
    r"incidents?|drames?|collisions?|effondrements?|[ée]boulements?|pannes?|naufrages?|"
    r"[ée]meutes?|violences|heurts|d[ée]faites?|victoires?|chutes?|d[ée]c[èe]s|"
    r"meurtres?|bagarres?|affrontements?|coupures?|d[ée]couvertes?|fuites?|disparitions?|"
    r"d[ée]raillements?|glissements?)")
"""Nouns of an event nobody schedules (a storm, an attack, an accident, a defeat), whose
day is known only once it happened."""
_AFTER_EVENT = re.compile(
    r"(?i)(?<![\w'’])après\s+(?:(?:le|la|les|l['’]|ce|cette|ces)\s*)"
    r"(?:[^\W\d_]+[\s'’-]+){0,2}?" + _UNSCHEDULED +
    r"(?:(?:[\s'’-]+[^\W\d_]+){0,2}?\s+(?:de|d['’])\s*|"
    r"\s+(?:de|d['’]|du|des)\s*(?:(?:la|le|les|l['’]|un|une)\s*)?[^\W\d_]+"
    r"(?:[\s-]+[^\W\d_]{3,})?\s+)$")
"""After an event nobody schedules (a storm, an attack, an accident, a defeat, a
discovery), the day of which is known only once it happened: "après les violentes rafales
de jeudi", and the weekday after the noun's own complement, "après la découverte d'une
fuite jeudi soir" (t-final56b A6: read as the coming Thursday under "restera fermée")."""


_UNSCHEDULED_BEFORE = re.compile(
    r"(?i)(?<!\w)" + _UNSCHEDULED + r"(?:[\s'’-]+[^\W\d_]+){0,2}?\s+(?:de|d['’])\s*$")


def unscheduled(before: str) -> bool:
    """Whether the weekday after ``before`` complements the noun of an event nobody
    schedules ("des orages de", "l'éboulement de"): a cause that has happened, even of
    what is still to come ("restera fermée en raison de l'éboulement de mercredi"), where
    a scheduled one may be ahead ("sera coupée en raison du marathon de dimanche"); after
    "après", the noun's own complement may stand between ("après la découverte d'une
    fuite jeudi soir")."""
    return bool(_UNSCHEDULED_BEFORE.search(before) or _AFTER_EVENT.search(before))


def caused_by(before: str) -> bool:
    """Whether the weekday after ``before`` (the 80 characters before it) is in the noun
    complement of a cause ("en raison des inondations de", "à la suite de l'attaque de")
    or of an unscheduled event after "après" ("après les rafales de"): a day before the
    clause's act, past."""
    return bool(_CAUSE.search(before) or _AFTER_EVENT.search(before))


def weeks_of(text: str, found: Sequence[MentionedDate]) -> list[MentionedDate]:
    """``found`` with each "la semaine" mention right before "du" and a day mention
    merged with it: one mention, the whole phrase, the week of that day (granularity
    ``week``, the day's value: "la semaine du 28 septembre" is 2026-09-28)."""
    out: list[MentionedDate] = []
    skip: set[int] = set()
    for k, d in enumerate(found):
        if k in skip:
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and d.granularity == "week" and nxt.granularity == "day" and \
                re.fullmatch(r"\s*(?:du|de\s+l['’]|des)\s*", text[d.end:nxt.start], re.I):
            out.append(replace(nxt, start=d.start, text=text[d.start:nxt.end],
                               granularity="week"))
            skip.add(k + 1)
            continue
        out.append(d)
    return out


PART_STARTS = {"morning": 6, "noon": 12, "afternoon": 12, "evening": 18, "night": 21}
"""The hour (local) each part of a day begins at, as French and English news mean them."""
PART_SLACK_HOURS = 2
"""How many hours a part of the day or a stated hour may start after the latest writing
time before the day is moved a week back: parts of the day are fuzzy at their edges ("le
soir" is said of the late afternoon, "le matin" of the small hours: Trésor de la langue
française, "soir" A: "fin de l'après-midi et début de la nuit"), and publication stamps
are rounded; a day told of in a piece dated that weekday is that day far more often than
the week before's, which French writes "mercredi dernier" (t-final25 F4)."""
_WEEKDAY_WORD = re.compile(
    r"(?i)(?<!\w)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    r"s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|"
    r"domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"segunda|ter[çc]a|quarta|quinta|sexta|понедельник|вторник|сред[аыу]|четверг|"
    r"пятниц[аыу]|суббот[аыу]|воскресень[ея]|[اأإ]لاثنين|الثلاثاء|الأربعاء|الاربعاء|"
    r"الخميس|الجمعة|السبت|الأحد|الاحد)")
"""A weekday's name in the languages whose dates veille reads (CLDR's wide names: French,
English, Spanish, Italian, German, Portuguese, Russian with its accusative, Arabic with or
without the hamza), at a word's start only: the German writes the part of the day into it
("Dienstagabend"). Issue 16 (h-dates64): "se reunió el martes por la noche", "si è
riunito martedì sera", "hat am Dienstagabend", "во вторник вечером", "مساء الثلاثاء" told
at noon of that Tuesday stayed on that day, only French and English moving a week back."""
_STATED_HOUR = re.compile(
    r"(?i)\s*,?\s*(?:à|vers|dès|peu\s+(?:avant|après)|at|around|about|shortly\s+"
    r"(?:before|after))\s+(?P<hour>[01]?\d|2[0-3])\s*(?:(?:h|heures?)(?![^\W\d_])\s*"
    r"(?P<minute>[0-5]\d)?|(?::(?P<min2>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?)")
"""An hour said right after a day ("vendredi à 22 heures", "mardi vers 19h30", "on
Monday at 10 p.m."), read as the local hour the act took place at."""


def stated_hour(text: str, end: int) -> int | None:
    """The hour (0-23) said right after a mention ending at ``end`` (:data:`_STATED_HOUR`),
    or ``None``."""
    match = _STATED_HOUR.match(text, end)
    if match is None:
        return None
    hour = int(match.group("hour"))
    ampm = (match.group("ampm") or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    return hour


def latest_writing(published: datetime, updated: datetime | None) -> datetime:
    """The latest moment the stored text may have been written at: the page's update
    when it is later than its publication (the text was changed then, and holds what was
    added: t-final25 F4), else the publication; in the publication's own offset."""
    if updated is None:
        return published
    if (updated.tzinfo is None) != (published.tzinfo is None):
        return published  # one clock with an offset, one without: not comparable
    if updated.tzinfo is not None and published.tzinfo is not None:
        updated = updated.astimezone(published.tzinfo)
    return updated if updated > published else published


def not_yet_come(found: Sequence[MentionedDate], published: datetime,
                 updated: datetime | None = None, text: str = "") -> list[MentionedDate]:
    """``found`` with each past-tense weekday resolved to the publication's day, whose
    part of the day ("s'est imposé vendredi soir" published Friday at noon) or stated
    hour ("placé en garde à vue vendredi à 22 heures", read in ``text`` after the
    mention) starts more than :data:`PART_SLACK_HOURS` after the latest writing time,
    moved to the week before: what is told as done cannot lie after the time it is told
    at. The latest writing time is the page's update when later than its publication
    (:func:`latest_writing`): an update of the same day told of its evening after that
    evening ("a prévenu mercredi soir", updated Wednesday 22:30) keeps the day; an update
    on a later day keeps the publication's day as the anchor (the value is still counted
    from the publication) and never moves it. The publication's own local time is used
    (its offset as given)."""
    latest = latest_writing(published, updated)
    out: list[MentionedDate] = []
    for d in found:
        starts = PART_STARTS.get(d.part)
        if text and 0 <= d.end <= len(text):
            hour = stated_hour(text, d.end)
            starts = hour if hour is not None else starts
        if d.tense == "past" and d.granularity == "day" and starts is not None and \
                d.value == published.date().isoformat() and _WEEKDAY_WORD.search(d.text) \
                and latest.date() == published.date() and \
                latest.hour + latest.minute / 60 < starts - PART_SLACK_HOURS and \
                not (text and started_at(text[max(0, d.start - 24):d.start])):
            # (not the start of a span: "ont été suspendus à partir de mardi soir" told at
            # noon sets the evening of the same day, t-final33 #3)
            d = replace(d, value=(published.date() - timedelta(days=7)).isoformat())
        out.append(d)
    return out


_OVERLONG_YEAR = re.compile(r"[ \t\u00a0]*\d{5,}(?!\d)")


def overlong_years(text: str, found: Sequence[MentionedDate]) -> list[MentionedDate]:
    """``found`` less the day-and-month mentions followed by a number of five digits or
    more ("le 1er janvier 10000"): a year out of any calendar the news uses, which read as
    no year at all gave a false date."""
    return [d for d in found if not _OVERLONG_YEAR.match(text, d.end)]



def seasons_in_zone(found: Sequence[MentionedDate], published: datetime) -> list[MentionedDate]:
    """``found`` with each season dated by its equinox or solstice
    (:func:`veille.enrich.date_ahead.coming_season_start`, a day counted in UTC) dated in
    the publication's own zone instead (its offset as given): the December solstice of
    2026, 21 December 20:50 UTC, is 22 December in Sydney or Tokyo; the September one,
    23 September 00:05 UTC, is 22 September in New York (issue 16). A naive
    ``published`` changes nothing."""
    zone = published.tzinfo
    if zone is None:
        return list(found)
    out: list[MentionedDate] = []
    for d in found:
        if d.granularity == "season" and len(d.value) == 10 and d.value[8:] != "01":
            first = date(int(d.value[:4]), int(d.value[5:7]), 1)
            if first.month in (3, 6, 9, 12):
                moment = astronomical_moment(first)
                local = moment.astimezone(zone).date()
                if moment.date().isoformat() == d.value and local > published.date():
                    d = replace(d, value=local.isoformat())
        out.append(d)
    return out
