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

from veille.enrich.date_foreign import reads as reads_foreign
from veille.enrich.date_scripts import reads as reads_scripts
from veille.enrich.dates import find_dates, french_count
from veille.extract.language import detect_language

DAY = "day:"
"""The prefix of a day key ("day:2026-02-10")."""
BACK = DAY + "back"
"""Among an article's own days when its lead refers back to an earlier event."""
FRESH = DAY + "fresh"
"""Added by the story stage (:func:`veille.dedup.stories.terms`) to an article's own days when
its lead states its own day and does not refer back: a story holding one such member is not
exempt from the day rule by another member's :data:`BACK` (f-stories26)."""
FOREIGN = DAY + "foreign"
"""Among an article's own days when it is read in a language other than French: its days
refer back (:data:`REFERRED`) and date its event for :data:`veille.dedup.stories.
DAY_THREADS`, but :func:`days_differ` does not part it by them. Follow-ups in those
languages state their own new day without a back-reference as often as French ones, and
the rules that keep French ones together (counted days, threads, lasting kinds) read
French: a Tomsk heating burst "в среду" and the heat back "в четверг"
(r-stories58's test), a footbridge "shut since Thursday" (t-final29's) were parted when
they were asked (r-stories59)."""
REFERRED = DAY + "ref:"
"""The prefix of the key, among the days an article names, of a day it refers back to by a
since-word or a day counted back from publication (:data:`_SINCE`, :data:`_RELATIVE_BACK`:
"depuis mardi", "the depot gutted yesterday", "ayer", "вчера"), before its publication day:
what :data:`veille.dedup.stories.DAY_THREADS` reads (r-stories59). No own day nor day
named: :func:`days_differ` never meets it."""
DAY_RECALLED = DAY + "recall:"
"""The prefix of the key, among the days an article names, of a day it recalls an earlier act
on in so many words (:func:`_recalled`: "La fermeture, décidée lundi", "el pasado lunes",
"die am Montag verhängte Sperrung"; :data:`_DAY_AFTER`: "Au lendemain de l'annonce"), before
its publication day; such a day is :data:`REFERRED` too. What
:data:`veille.dedup.stories.RECALLED_THREADS` reads (h-follow64)."""
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
_FOREIGN_DAY_WORD = re.compile(
    r"(?i)\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|ayer|anteayer|"
    r"anoche|hoy|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|"
    r"venerdi|domenica|ieri|oggi|segunda|terça|terca|quarta|quinta|sexta|ontem|anteontem|"
    r"hoje)\b|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"gestern|vorgestern|heute|понедельн|вторник|сред[аыуе]|четверг|пятниц|суббот|"
    r"воскресен|вчера|позавчера|сегодня|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|"
    r"الجمعة|السبت|الأحد|الاحد|أمس|امس|اليوم)")
""":data:`_DAY_WORD` in the other languages whose dates veille reads (English, Spanish,
Italian, Portuguese, German, Russian, Arabic: :func:`veille.enrich.dates.find_dates` with
their ``language``): a weekday or a day counted from publication ("yesterday", "ayer",
"ieri", "ontem", "gestern", "вчера", "أمس"). German and Russian words are matched as
prefixes ("Montagabend", "в среду"), Arabic ones anywhere in the mention ("الاثنين" after
"يوم")."""
_SINCE = re.compile(
    r"(?i)(?:\b(?:depuis|since|desde|seit|sin\s+da|da|dal|dalla|dallo|с|со)|منذ)\s*$")
"""What makes a day mention a **reference back** (:data:`REFERRED`) when it just precedes
it: "fermée depuis mardi", "stuck on rocks since Tuesday", "cerrada desde el lunes" ("el"
read with the day), "la strada chiusa da lunedì", "seit Montag gesperrt", "с понедельника",
"منذ الاثنين": the day a state began. It may be the article's own event's ("rappelés depuis
mardi": f-stories24 D3), so it stays an own day as before."""
_RELATIVE_BACK = re.compile(
    r"(?i)\b(?:hier|avant-hier|yesterday|ayer|anteayer|anoche|ieri|ontem|anteontem)\b|"
    r"(?:gestern|vorgestern|вчера|позавчера|أمس|امس)")
"""A day counted back from publication ("hier", "yesterday", "ayer", "ieri", "ontem",
"gestern", "вчера", "أمس"): a reference back (:data:`REFERRED`) when it is before the
publication day."""
_LAST_WEEKDAY = re.compile(
    r"(?i)\b(?:pasad[oa]|passat[oa]|vergangenen|letzten|last|dernier|dernière)\b")
"""A weekday said to be last week's or the last one: "el pasado lunes", "lunedì scorso" (read
in the mention by :func:`veille.enrich.dates.find_dates`), "lundi dernier", "last Monday",
"vergangenen Montag": a reference back (:data:`REFERRED`) when before publication (h-follow64;
read in the mention and in the 24 characters before it)."""
_PARTICIPLE_BEFORE = re.compile(
    r"(?i)(?:^|[\s,;(«\"])(?P<aux>[\w'’-]+\s+)?(?P<pp>[\w-]{3,}(?:é|ée|és|ées|ata|ato|ate|ati|"
    r"ada|ado|adas|ados|ida|ido|idas|idos|uta|uto|ita|ito))\s+(?:le\s+|el\s+|il\s+)?$")
"""A past participle just before a weekday, the clause's verb not a tense of its own: "La
fermeture, décidée lundi", "l'ordinanza firmata martedì", "la huelga convocada el lunes":
the day of an earlier act the article recalls (h-follow64, t-final63 #12). With an auxiliary
before it ("a été décidée lundi", "ha firmato martedì", "fue aprobada el lunes": group
``aux``, :data:`_AUXILIARY`) it is the clause's own tense and tells nothing."""
_AUXILIARY = re.compile(
    r"(?i)^(?:a|ai|as|avons|avez|ont|avait|avaient|aura|auront|est|sont|été|était|étaient|"
    r"sera|seront|fut|ha|han|he|hemos|había|habían|fue|fueron|sido|è|sono|hanno|ho|era|"
    r"erano|stata|stato|state|stati|n['’]a|s['’]est|l['’]a|y|et|qui)\s+$")
""":data:`_PARTICIPLE_BEFORE`'s words that make the participle a verb of its own clause (a
compound tense or passive: "a levé vendredi", "ha firmato martedì"; "et", "qui", "y" start a
clause whose verb is the participle's own when elided)."""
_GERMAN_ATTRIBUTE = re.compile(
    r"(?i)\b(?:die|der|das|den|dem|des|eine[nmrs]?)\s+(?:am|vom|seit)\s+$")
"""A German weekday inside an attribute ("die am Montag verhängte Sperrung", "der vom
Dienstag …"): the day of an earlier act the article recalls (h-follow64)."""
_DAY_AFTER = re.compile(
    r"(?i)\b(?:au\s+lendemain\s+d|le\s+lendemain\s+d|the\s+day\s+after\s+the|"
    r"(?:un|al)\s+día\s+(?:después|siguiente)\s+de|il\s+giorno\s+dopo|all['’]indomani\s+d|"
    r"einen\s+tag\s+nach\s+(?:dem|der|den))")
"""The day after an event the article recalls, by no date: "Au lendemain de l'annonce d'un
report" (t-final63 #12), "un día después de", "il giorno dopo", "all'indomani del",
"einen Tag nach der Sperrung", "the day after the": the day before publication is referred
back to (:data:`REFERRED`; read in the headline and the lead, :data:`LEAD_CHARS`)."""


def _recalled(text: str, mention_text: str, start: int, end: int) -> bool:
    """Whether the day mention ``mention_text`` at ``start:end`` of ``text`` recalls an earlier
    act rather than telling the clause's own day: last week's (:data:`_LAST_WEEKDAY`, in the
    mention, the 24 characters before or the 12 after), after a bare participle
    (:data:`_PARTICIPLE_BEFORE` without :data:`_AUXILIARY`) or inside a German attribute
    (:data:`_GERMAN_ATTRIBUTE`). Linear in the mention; h-follow64."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 12]
    if _LAST_WEEKDAY.search(mention_text) or _LAST_WEEKDAY.search(before[-24:]) and \
            re.search(r"(?i)\b(?:pasad[oa]|vergangenen|letzten|last)\s+(?:el\s+)?$",
                      before) or re.match(r"(?i)\s+(?:dernier|passé|scorso)\b", after):
        return True
    if _GERMAN_ATTRIBUTE.search(before):
        return True
    match = _PARTICIPLE_BEFORE.search(before)
    return bool(match and not (match.group("aux") and _AUXILIARY.match(match.group("aux"))))


_SINCE_ARTICLE = re.compile(r"(?i)\s*(?:el|la|le|il|lo|o|a|the|dem|den)?\s*$")
"""An article between a since-word and its day ("desde el lunes", "da lunedì")."""
FOREIGN_BACK = re.compile(
    r"(?i)\b(?:(?:after|following|in\s+the\s+wake\s+of)\s+(?:the|last|yesterday['’]s)\s|"
    r"(?:tras|después\s+de|luego\s+de)\s+(?:el|la|los|las)\s|después\s+del\s|"
    r"dopo\s+(?:il|lo|la|i|gli|le|l['’])|(?:após|depois\s+d)[oa]s?\s|"
    r"nach\s+(?:dem|der|den)\s|"
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:straight\s+|consecutive\s+)?day|"
    r"(?:segund|tercer|terceir|quart|quint)[oa]?\s+(?:día|dia|jornada)|"
    r"(?:second|terz|quart|quint)o\s+giorno|(?:zweit|dritt|viert|fünft)en\s+Tag)|"
    r"(?<![\w-])после\s|(?:втор|трет|четвёрт|пят)[а-я]*\s+(?:д[ен]|сутк)|"
    r"(?<!\w)بعد\s+(?:ال|أن)|اليوم\s+(?:الثاني|الثالث|الرابع)")
""":data:`_BACK` in the other languages veille reads: "after the fire", "tras el
incendio", "dopo l'incendio", "após o incêndio", "nach dem Brand", "после пожара",
"بعد الحريق", and a day counted in an event's days ("the second day of the dockers'
strike", "segundo día de huelga", "am zweiten Tag", "второй день", "اليوم الثاني":
h-stories58 H2)."""
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


def _language(text: str) -> str:
    """The language :func:`event_days` reads ``text`` in (:func:`reading_language` of CLD2's
    answer: :func:`veille.extract.language.detect_language`, ~50 µs)."""
    return reading_language(detect_language(text))


def reading_language(language: str) -> str:
    """The language :func:`event_days` reads an article written in ``language`` (an ISO
    639-1 code, "" unknown) in: "" (French, as before r-stories59, and any language whose
    dates veille does not read) or one of English, Spanish, Italian, Portuguese, German,
    Russian, Arabic."""
    if language == "en" or reads_foreign(language) or reads_scripts(language):
        return language
    return ""


def _since(text: str, start: int) -> bool:
    """Whether the day mention at ``start`` of ``text`` follows a since-word
    (:data:`_SINCE`), an article between them or not."""
    before = text[max(0, start - 24):start]
    bare = _SINCE_ARTICLE.sub("", before)
    return bool(_SINCE.search(bare) or _SINCE.search(before))


def event_days(title: str, body: str, published: date, language: str | None = None
               ) -> tuple[frozenset[str], frozenset[str]]:
    """``(own, named)`` day keys of an article (module docstring): ``title`` its headline,
    ``body`` its text, ``published`` its publication date (local day), ``language`` the
    language it is read in ("" French; ``None``: read from the text, :func:`_language`). In
    a language other than French the day words are :data:`_FOREIGN_DAY_WORD`'s and the
    references back :data:`FOREIGN_BACK`'s; in every language a day after a since-word
    (:data:`_SINCE`: "depuis mardi", "since Tuesday", "seit Montag") is named, never own, and
    refers back (:data:`BACK`; r-stories59). Never raises on any text; an article that
    states no day has no own day."""
    head = f"{title}\n\n"
    text = head + body[:MENTION_CHARS]
    lead_end = len(head) + LEAD_CHARS
    if language is None:
        language = _language(text)
    day_word = _FOREIGN_DAY_WORD if language else _DAY_WORD
    own: list[date] = []
    named: set[date] = set()
    referred: set[date] = set()
    recalled: set[date] = set()
    for mention in find_dates(text, published, language=language):
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
                day_word.search(mention.text):
            own = days
        if days[0] < published and _recalled(text, mention.text, mention.start, mention.end):
            recalled.update(days)  # "décidée lundi", "el pasado lunes"
        if days[0] < published and (_since(text, mention.start) or
                                    _RELATIVE_BACK.search(mention.text)):
            referred.update(days)  # "depuis mardi", "yesterday", "ayer", "вчера"
        named.update(days)  # a coming day too: "le CERN annoncera mercredi 4 juillet"
        if days[0] > published and _BARE_WEEKDAY.fullmatch(mention.text.strip()):
            # a bare weekday read ahead may be the last one: its week hangs on a tense a
            # longer sentence hides ("remboursera les billets de la soirée de vendredi,
            # écourtée par les orages", the Friday past): it names that one too, as the
            # days named only keep texts together (t-reader24 s10c, a follow-up split off)
            named.update(d - timedelta(days=7) for d in days)
    if not own:
        return frozenset(), frozenset()
    if _DAY_AFTER.search(text[:lead_end]):
        recalled.add(published - timedelta(days=1))  # "au lendemain de l'annonce"
    referred |= recalled
    named.discard(published)
    named.update(own)
    for match in _COUNTED_BACK.finditer(text[:lead_end]):
        count = match.group("n") or match.group("m")
        n = int(count) if count.isdigit() else french_count(count.lower())
        if n is not None and 0 < n < 30:
            named.update(d - timedelta(days=n) for d in own)
    keys = {DAY + d.isoformat() for d in own}
    if language:
        keys.add(FOREIGN)
    first = _SENTENCE_END.search(body, FIRST_SENTENCE_MIN)
    opening = body[:first.end() if first else LEAD_CHARS]
    if _refers_back(title) or _refers_back(opening) or \
            (language and (FOREIGN_BACK.search(title) or FOREIGN_BACK.search(opening))):
        keys.add(BACK)
    return frozenset(keys), frozenset(DAY + d.isoformat() for d in named) | \
        frozenset(REFERRED + d.isoformat() for d in referred) | \
        frozenset(DAY_RECALLED + d.isoformat() for d in recalled)


def _thread_named(keys: Iterable[str], named: frozenset[str]) -> bool:
    """Whether one of ``keys`` (a side's lead keys) of :data:`THREADS` is in ``named`` (the
    other side's), an object person's as a person's too."""
    for key in keys:
        if key.startswith(THREADS) and not key.endswith("*"):
            if key in named or (key.startswith("object:") and
                                "person:" + key.removeprefix("object:") in named):
                return True
    return False


APPOINTMENTS = True
"""**An appointment both sides announce keeps them together**: when the days both name
include one later than every own day of either (:func:`appointment_shared`: "la
consultation publique ouvrira le mardi 10 février", "the public meeting on 15 October",
"la consulta vecinal del 22 de octubre"), two articles stating their own days (the plan
presented on Monday, the traders marching on Wednesday) are one story's announcement and
follow-up, and :func:`days_differ` does not part them (t-final59 #9a, r-stories60's
held-out L pairs). Two events of one town the same week announce no common day ahead.
Every other rule is asked as before. False: as before."""


def appointment_shared(our_days: Iterable[str], our_named: Iterable[str],
                       their_days: Iterable[str], their_named: Iterable[str]) -> bool:
    """Whether both sides name a calendar day later than every own day of either
    (``our_days``/``their_days``: own day keys; ``our_named``/``their_named``: the keys
    their texts name, day keys and stated dates': :data:`_NAMED_DAY`): an appointment both
    announce (:data:`APPOINTMENTS`). False when neither side has a dated own day. Linear in
    the keys."""
    own = [k[len(DAY):] for k in (*our_days, *their_days) if _ISO_DAY.fullmatch(k)]
    if not own:
        return False
    last = max(own)  # ISO dates order as strings

    def ahead(keys: Iterable[str]) -> set[str]:
        days = set()
        for key in keys:
            match = _NAMED_DAY.fullmatch(key)
            if match is not None:
                day = match.group(1) or last[:4] + "-" + match.group(2)
                if day > last:
                    days.add(day)
        return days

    return not ahead(our_named).isdisjoint(ahead(their_named))


_ISO_DAY = re.compile(r"day:\d{4}-\d{2}-\d{2}")
_NAMED_DAY = re.compile(r"(?:day|date):(?:(\d{4}-\d{2}-\d{2})|--(\d{2}-\d{2}))")
"""A day key (:data:`DAY`) or a stated date's (:data:`veille.dedup.event_dates.DATE`: a
full date, or a day of a year not written, read in the year of the latest own day)."""


def days_differ(ours: frozenset[str], our_named: frozenset[str], theirs: frozenset[str],
                their_named: frozenset[str], kinds: Iterable[str] = ()) -> bool:
    """Whether two sides (an article or a story: ``ours``/``theirs`` their lead keys,
    ``our_named``/``their_named`` the keys their texts name; ``kinds`` the kinds of event
    both name) tell two events: neither is read in a language other than French
    (:data:`FOREIGN`), both state own days (:data:`DAY` keys), the arriving side
    (``ours``: an article, or a story merged in) does not refer back (:data:`BACK`), nor does
    ``theirs`` unless one of its members states its own day without referring back
    (:data:`FRESH`: a follow-up in a story holding the first report does not keep the story
    from being parted from another event, q-stories25 R3), no own day of either is among the
    days the other names, neither
    names a kind of :data:`LASTING_KINDS`, and no lead key of :data:`THREADS` of one side is
    named by the other."""
    our_days = {k for k in ours if k.startswith(DAY) and k != FRESH}
    their_days = {k for k in theirs if k.startswith(DAY) and k != FRESH}
    if FOREIGN in our_days or FOREIGN in their_days:
        return False
    if not our_days or not their_days or BACK in our_days or \
            (BACK in their_days and FRESH not in theirs):
        return False
    their_days.discard(BACK)
    if not (our_days.isdisjoint(their_named) and their_days.isdisjoint(our_named)):
        return False
    if APPOINTMENTS and appointment_shared(our_days, our_named, their_days, their_named):
        return False
    if not LASTING_KINDS.isdisjoint(kinds):
        return False
    return not _thread_named(ours, their_named) and not _thread_named(theirs, our_named)
