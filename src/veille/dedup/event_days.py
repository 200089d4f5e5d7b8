"""The day an article's event happened, as its lead says it against its publication date.

News leads say their event's day in relative words: "Deux personnes ont été tuées mardi à
l'aube", "s'est renversé jeudi en fin d'après-midi", "dans la nuit de dimanche à lundi",
"hier", "ce matin". Two articles whose leads each state their own event's day, resolved
against each one's publication date, and whose days differ, with neither naming the other's
day nor referring back to an earlier event, tell two events, whatever words, places,
organisations and kind of event they share: a car and a lorry colliding on the A7 on
Tuesday and a coach of skiers overturning on the A7 on Thursday; a jewellery shop robbed in
Geneva on Friday and an exchange office robbed there on Sunday; two strikes in one city on
Tuesday and on Wednesday (issue #14, f-stories24). A follow-up either states the first
event's day ("le braquage de mardi", "l'accident qui a fait trois morts mardi"), counts back
from its own ("deux jours après l'incendie", "la veille"), or refers back to an earlier event
("après l'accident", "au lendemain de l'incendie"): each keeps the two together.
:mod:`veille.dedup.event_dates` reads only calendar dates written out ("19 août 2012") and
keeps dates within a week together: this module reads the day itself.

:func:`event_days` reads, with :func:`veille.enrich.dates.find_dates` (the enrichment's
resolution: a weekday is the last one on or before publication in a past clause, the next
one in a future clause; "la nuit de mardi à mercredi" is both days), the days of the headline
and of the body's first :data:`MENTION_CHARS` characters:

- the **own days**: the first day the headline or the lead (the body's first
  :data:`LEAD_CHARS` characters) names (:data:`_DAY_WORD`) in a past or present clause
  (both days of a range: a night); a future day ("reprendra vendredi") is no event's yet,
  and a day after publication in a clause of no clear tense is no day at all (which Monday
  is not known);
- the **days named**: every day, a coming one too ("le CERN annoncera mercredi 4 juillet"),
  less the publication day unless it is an own day (a follow-up's "mis en examen jeudi",
  said the day it is published, is its news, not the earlier event's), plus the days
  counted back from the own day ("deux jours après", "trois jours plus tôt", "après
  seulement 2 jours de mer") and the own days;
- :data:`BACK` among the own days when the headline or the lead's first sentence refers
  back to an earlier event (:data:`_BACK`): the rule does not part it from anything.

Pure function, no I/O: the publication date is given by the caller (the story stage reads it
from the article). Keys: :data:`DAY` + ISO date ("day:2026-02-10").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from veille.enrich.dates import find_dates, french_count

DAY = "day:"
"""The prefix of a day key ("day:2026-02-10")."""
BACK = DAY + "back"
"""Among an article's own days when its lead refers back to an earlier event."""
FRESH = DAY + "fresh"
"""Added by the story stage (:func:`veille.dedup.stories.terms`) to an article's own days when
its lead states its own day and does not refer back: a story holding one such member is not
exempt from the day rule by another member's :data:`BACK` (f-stories26)."""
LEAD_CHARS = 400
"""Characters of the body read with the headline for the own days: the lead's first
sentences, where a dispatch says when its event happened."""
MENTION_CHARS = 800
"""Characters of the body read for the days named (the lead and the next paragraphs, where a
follow-up recalls its event's day)."""
_COUNT = r"(?P<n>\d{1,2}|[a-zéèêû-]+)"
_COUNTED_BACK = re.compile(
    r"(?i)\b(?:" + _COUNT + r"\s+jours?\s+(?:après|plus\s+tard|plus\s+tôt|avant)\b|"
    r"après\s+(?:seulement\s+|à\s+peine\s+|plus\s+de\s+|moins\s+de\s+)?" +
    _COUNT.replace("?P<n>", "?P<m>") + r"\s+jours?\b)")
"""A day counted from another event's: "deux jours après l'incendie", "trois jours plus
tôt", "après seulement 2 jours de mer" (a race started two days before)."""
_BACK = re.compile(
    r"(?i)(?<!peu )(?<!juste )(?<!sitôt )\b(?:après|suite\s+à|à\s+la\s+suite|au\s+lendemain|"
    r"dans\s+la\s+foulée)\s+(?:l['’]|le\s|la\s|les\s|du\s|des\s|de\s+la\s|de\s+l['’])")
"""A reference back to an earlier event, in the headline or the lead's first sentence:
"après l'accident", "au lendemain du vote", "suite à la fusillade" (an article after it, so
that "après avoir percuté" is none; "peu après l'ouverture" is a time of day)."""
_OWN_MISHAP = re.compile(r"(?i)[\w-]+\s+(?:de|d['’])\s*(?:leur|leurs|son|sa|ses)\b")
"""What follows "après le/la" when it tells the subject's own mishap, the event itself and
not an earlier one: "31 migrants secourus après le chavirage de leur bateau", "hospitalisé
après la chute de son cheval" (q-stories25 R3: read as a back-reference, it kept a second
capsizing three days later from being parted by its day)."""


def _refers_back(text: str) -> bool:
    """Whether ``text`` refers back to an earlier event (:data:`_BACK`), not to the
    subject's own mishap told in the same clause (:data:`_OWN_MISHAP`)."""
    return any(not _OWN_MISHAP.match(text, match.end()) for match in _BACK.finditer(text))


_DAY_WORD = re.compile(
    r"(?i)\d|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|"
    r"veille|lendemain)\b")
"""What a mention must hold to be an own day: a weekday, a date's number or a day counted
from publication ("hier"); "dans la nuit", "ce soir" say which part of a day, not which."""
_BARE_WEEKDAY = re.compile(
    r"(?i)(?:(?:ce|le|la|dès|depuis)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)(?:\s+(?:matin|midi|après-midi|soir|soirée))?")
"""A weekday named without its date ("vendredi", "ce vendredi soir"): its week is read from
the tense of its clause."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
FIRST_SENTENCE_MIN = 40
"""Characters the lead's first sentence holds at least: a dateline's full stop ("23 juin
2012. - Une semaine après les élections …") ends no sentence."""
LASTING_KINDS = frozenset({"justice"})
"""Kinds of event (:mod:`veille.dedup.event_kinds`) whose one event spans days: a trial opens
on Monday and its verdict falls on Wednesday. When both sides name one, days do not part
them (a crash and, two days later, its driver charged: only the second names justice)."""
THREADS = ("arg:", "person:", "object:", "part:")
"""Key prefixes of what an event happens to or who holds it (an argument of
:mod:`veille.dedup.arguments`, a person or an object person of :mod:`veille.dedup.people`,
a participant): one side's lead key of these named in the other side's texts is one thread
of news (a strike at Latécoère on Tuesday and its outcome on Thursday), whatever the days."""


def _days(value: str, until: str) -> list[date]:
    """The days from ``value`` to ``until`` (ISO; ``until`` '' for one day), at most 3."""
    first = date.fromisoformat(value)
    last = date.fromisoformat(until) if until else first
    span = min(max((last - first).days, 0), 2)
    return [first + timedelta(days=k) for k in range(span + 1)]


def event_days(title: str, body: str, published: date) -> tuple[frozenset[str], frozenset[str]]:
    """``(own, named)`` day keys of an article (module docstring): ``title`` its headline,
    ``body`` its text, ``published`` its publication date (local day). Never raises on any
    text; an article that states no day has no own day."""
    head = f"{title}\n\n"
    text = head + body[:MENTION_CHARS]
    lead_end = len(head) + LEAD_CHARS
    own: list[date] = []
    named: set[date] = set()
    for mention in find_dates(text, published):
        if mention.granularity != "day":
            continue
        try:
            days = _days(mention.value, mention.until)
        except ValueError:
            continue
        if days[0] > published and mention.tense != "future":
            continue  # a weekday of no clear tense read ahead ("Le feu parti lundi est
            # fixé", published on Sunday): which Monday is not known
        if not own and mention.start < lead_end and mention.tense != "future" and \
                _DAY_WORD.search(mention.text):
            own = days
        named.update(days)  # a coming day too: "le CERN annoncera mercredi 4 juillet"
        if days[0] > published and _BARE_WEEKDAY.fullmatch(mention.text.strip()):
            # a bare weekday read ahead may be the last one: its week hangs on a tense a
            # longer sentence hides ("remboursera les billets de la soirée de vendredi,
            # écourtée par les orages", the Friday past): it names that one too, as the
            # days named only keep texts together (t-reader24 s10c, a follow-up split off)
            named.update(d - timedelta(days=7) for d in days)
    if not own:
        return frozenset(), frozenset()
    named.discard(published)
    named.update(own)
    for match in _COUNTED_BACK.finditer(text[:lead_end]):
        count = match.group("n") or match.group("m")
        n = int(count) if count.isdigit() else french_count(count.lower())
        if n is not None and 0 < n < 30:
            named.update(d - timedelta(days=n) for d in own)
    keys = {DAY + d.isoformat() for d in own}
    first = _SENTENCE_END.search(body, FIRST_SENTENCE_MIN)
    if _refers_back(title) or _refers_back(body[:first.end() if first else LEAD_CHARS]):
        keys.add(BACK)
    return frozenset(keys), frozenset(DAY + d.isoformat() for d in named)


def _thread_named(keys: Iterable[str], named: frozenset[str]) -> bool:
    """Whether one of ``keys`` (a side's lead keys) of :data:`THREADS` is in ``named`` (the
    other side's), an object person's as a person's too."""
    for key in keys:
        if key.startswith(THREADS) and not key.endswith("*"):
            if key in named or (key.startswith("object:") and
                                "person:" + key.removeprefix("object:") in named):
                return True
    return False


def days_differ(ours: frozenset[str], our_named: frozenset[str], theirs: frozenset[str],
                their_named: frozenset[str], kinds: Iterable[str] = ()) -> bool:
    """Whether two sides (an article or a story: ``ours``/``theirs`` their lead keys,
    ``our_named``/``their_named`` the keys their texts name; ``kinds`` the kinds of event
    both name) tell two events: both state own days (:data:`DAY` keys), the arriving side
    (``ours``: an article, or a story merged in) does not refer back (:data:`BACK`), nor does
    ``theirs`` unless one of its members states its own day without referring back
    (:data:`FRESH`: a follow-up in a story holding the first report does not keep the story
    from being parted from another event, q-stories25 R3), no own day of either is among the
    days the other names, neither
    names a kind of :data:`LASTING_KINDS`, and no lead key of :data:`THREADS` of one side is
    named by the other."""
    our_days = {k for k in ours if k.startswith(DAY) and k != FRESH}
    their_days = {k for k in theirs if k.startswith(DAY) and k != FRESH}
    if not our_days or not their_days or BACK in our_days or \
            (BACK in their_days and FRESH not in theirs):
        return False
    their_days.discard(BACK)
    if not (our_days.isdisjoint(their_named) and their_days.isdisjoint(our_named)):
        return False
    if not LASTING_KINDS.isdisjoint(kinds):
        return False
    return not _thread_named(ours, their_named) and not _thread_named(theirs, our_named)
