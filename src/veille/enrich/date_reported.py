"""Days whose side of publication a past verb of reporting does not decide (t-final27 F2, F3).

A dispatch tells of an act of saying, deciding or allowing in the past ("ont confirmé
mercredi", "a autorisé jeudi", "announced on Tuesday") and, in its object, of an event on a
day: the act's tense dates the act, not the event (Grevisse, *Le Bon Usage*, § 869, the
sequence of tenses: the reported event keeps its own time). Three readings follow:

- **"ce jeudi", "this Friday"**: the demonstrative points to the day of the current week
  (Grevisse, § 617: the demonstrative refers to the speaker's time), Monday to Sunday
  around publication, whatever the clause's verb; only a future clause moves a day already
  gone to the next week ("il sera jugé ce lundi" written on a Sunday). :func:`this_week_day`.
- **An event named after a past act that has its own day** ("Les syndicats ont confirmé
  mercredi une grève de 24 heures jeudi", "a autorisé jeudi une manifestation samedi"):
  what is announced, confirmed, voted, allowed or banned is after (or on) the act, so the
  event's weekday is the first such day on or after the act's day
  (:func:`reported_event_day`). Without a day of the act, the act is the news of the
  dispatch, told in the compound past of the present ("ont annoncé une grève vendredi",
  "have announced a strike on Friday": the *passé composé* and the present perfect link a
  past act to the time of writing, Grevisse § 887, Quirk et al. § 4.20), so the event is
  the first such weekday on or after publication (f-enrich28 D1), when the event's noun
  is indefinite, new information (:data:`_NEW_EVENT`; "ont voté la grève jeudi" dates the
  vote on a strike already known), or definite but anchored by a complement after a verb
  of announcing ("ont annoncé la fermeture des cabinets vendredi": :data:`_ANCHORED_EVENT`,
  f-dates29); after an English present perfect of any verb but those whose event takes
  place at the act ("have organised a tractor rally on Sunday": :data:`_EN_PERFECT`); and
  after a present act of announcing or planning ("Farmers plan a rally on Sunday",
  "appellent à une grève jeudi", the headline's "to hold": :data:`_PRESENT_ACT`). A
  pluperfect act ("avaient
  annoncé", "had announced") is told from a past time and keeps the rules of
  :mod:`veille.enrich.dates` (the nearest day).
- **Whole words after a mention**: the few words read after a date for its tense are cut
  at a word's end, so that a cut word ("administra" of "administratif") is not taken for a
  passé simple (:func:`whole_words`).

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from veille.enrich.prospective import ANNOUNCING

THIS_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:ce|this)\s+$")
"""A demonstrative right before a weekday: "ce jeudi", "this Friday"."""


def this_week_day(weekday: int, published: date, tense: str) -> date:
    """The day ``weekday`` (0 = Monday) of the week (Monday to Sunday) holding
    ``published``; a week later when ``tense`` is "future" and that day is before
    ``published``, a week earlier when ``tense`` is "past" and it is after ("a eu lieu ce
    dimanche" written on a Monday). The caller gives '' for the tense of a verb of
    reporting whose object is the event ("ont voté mardi une grève ce jeudi": the past
    is the vote's; :func:`after_an_act`). With no tense, a day already gone by this week
    is the next one when that is nearer to ``published`` (ahead on a tie)."""
    day = published + timedelta(days=weekday - published.weekday())
    if tense == "future" and day < published:
        return day + timedelta(days=7)
    if not tense and day < published and (day + timedelta(days=7) - published
                                          <= published - day):
        # No tense tells which: the nearer of this week's day, gone by, and the next one,
        # ahead on a tie. "More is forecast for this Wednesday" written on a Sunday is in
        # three days, not four days ago; "ce vendredi" written on a Saturday stays the day
        # before (f-dates32; the British "this Friday" for the coming one, see
        # :mod:`veille.enrich.date_english`)
        return day + timedelta(days=7)
    return day - timedelta(days=7) if tense == "past" and day > published else day


_ACT = re.compile(
    rf"(?i)\b(?:{ANNOUNCING}|appel(?:é|ée|és|ées)\s+(?:à|a)|autoris(?:é|ée|és|ées)|"
    r"lanc(?:é|ée|és|ées)\s+(?:un|leur|son)\s+appel|"
    r"interdit(?:e|s|es)?|vot(?:é|ée|és|ées)|décid(?:é|ée|és|ées)|"
    r"announced|confirmed|called(?!\s+off\b)(?:\s+for)?|voted\s+for|approved|authori[sz]ed|banned|"
    r"scheduled|planned)\b")
"""Past participles and English preterites of the acts whose object is an event to come:
announcing, confirming and the other verbs of :data:`veille.enrich.prospective.ANNOUNCING`,
calling for, allowing, banning, voting, deciding. Not "organisé", "dispersé", "tenu": their
event takes place at the act."""
_DURATION = (r"(?:de\s+|d['’]\s*)(?:\d{1,3}|une?|deux|trois|quatre|cinq|vingt-quatre|"
             r"quarante-huit|soixante-douze)\s*(?:heures?|h|jours?|journées?)")
_EVENT_NOUN = (
    r"(?:grève|réunion|sommet|rencontre|séance|audience|vote|scrutin|manifestation|"
    r"mobilisation|rassemblement|marche|journée|table\s+ronde|conférence|"
    r"consultation|négociation|assemblée\s+générale|préavis|mouvement(?:\s+de\s+grève)?|"
    r"débrayage|blocage|barrage|opération|fermeture|réouverture|inauguration|"
    r"strike|walkout|meeting|summit|talks|vote|hearing|protest|rally|"
    r"march|demonstration|closure|reopening|shutdown)s?")
"""The nouns of an event set at a time: a strike, a meeting, a vote, a protest, a day of
action, a road block, a closure…"""
_MODIFIERS = (r"(?:[\w-]+-(?:hour|day)\s+)?"
              r"(?:(?!(?:une?|la|le|les|des|de|du|d|à|au|aux|a|an|the|of|on|at|in|to|for|"
              r"and|et|ce|cette|this|off)\b)[^\W\d_][\w-]*\s+){0,2}")
"""Up to two words before the event's noun: a length ("48-hour"), an English noun or
adjective ("a tractor rally", "a national strike"), a French adjective set before
("une grande manifestation"); never a determiner or a preposition."""
_OBJECT_TAIL = (
    rf"(?:\s+{_DURATION}|\s+(?:de\s+la|de\s+l['’]|à\s+la|à\s+l['’])\s*[^\W\d_]+|"
    r"\s+(?!(?:le|la|les|ce|cette|lors|pendant|during|at|on|en|dans)\b)"
    r"[^\W\d_]+){0,3}"
    r"\s*,?\s*(?:(?:à\s+partir\s+d[eu]|dès|pour|starting(?:\s+on)?|beginning(?:\s+on)?|"
    r"from|on)\s+)?(?:(?:ce|this)\s+)?$")
"""What may follow the event's noun up to the weekday: up to three words of its own or a
length, then "à partir de", "starting", "on"."""
_EVENT_OBJECT = re.compile(
    r"(?i)(?:^|\s)(?:une?|la|le|l['’]|les|des|sa|son|ses|leur|leurs|nouvelle|nouveau|"
    rf"a|an|the|its|their|new)\s*{_MODIFIERS}{_EVENT_NOUN}{_OBJECT_TAIL}")
"""The object of such an act ending right before the weekday: a determiner, the noun of an
event (:data:`_EVENT_NOUN`, after :data:`_MODIFIERS`) with up to three words of its own
("de la rocade", "des cabinets") or a length ("de 24 heures"), then an optional "à partir
de", "starting", "on"."""
_CLAUSE_START = re.compile(r"[;:«»\"“”()\n]|[.!?…]\s")
"""Where the sentence piece holding the act and its object begins."""
REACH = 160
"""How far back (characters) the act may be from the weekday."""


def _piece_start(text: str, start: int) -> int:
    """Where the sentence piece holding the character ``start`` begins (at most
    :data:`REACH` back)."""
    piece_start = max(0, start - REACH)
    cut = list(_CLAUSE_START.finditer(text, piece_start, start))
    return cut[-1].end() if cut else piece_start


_EN_PERFECT = re.compile(
    r"(?i)(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=['’]ve\s))"
    r"(?!(?:held|staged|attended|joined|ended|finished|been)\b)[a-z]+(?:ed|en)\b|"
    r"(?:(?<=\bhas\s)|(?<=\bhave\s))set\b")
"""The participle of an English present perfect ("have organised", "has arranged", "have
set"): a perfect takes no adverbial of a definite past time ("*Farmers have organised a
rally on Sunday" for a Sunday gone by is not English: Quirk et al. 1985, *A Comprehensive
Grammar of the English Language*, § 4.22; Huddleston & Pullum 2002, ch. 3 § 5.2), so a
weekday after its event object is that event's. Not "held", "staged", "attended",
"joined": their event takes place at the act."""
_PRESENT_ACT = re.compile(
    r"(?i)\b(?:plans?|planning|calls?\s+for|calls?|calling(?:\s+for)?|announces?|"
    r"announcing|organi[sz]es|organi[sz]ing|schedules|scheduling|arranges|arranging|"
    r"to\s+(?:hold|stage|organi[sz]e|call|plan)|"
    r"annoncen?t?|prévoi(?:en)?t|appellen?t?\s+(?:à|a)|organisen?t?|préparen?t?|"
    r"programmen?t?|convoquen?t?|lancen?t?\s+(?:un|leur|son)\s+appel\s+(?:à|a))(?=\s)")
"""A present act of announcing, planning or calling ("Farmers plan a rally", "are
planning", "appellent à une grève", "prévoient une manifestation") and the infinitive of
a headline's future ("Farmers to hold rally": Swan, *Practical English Usage* § 597): the
act is now, so the event it names, and that event's weekday, is on or after publication
(the present of a plan or arrangement, Quirk et al. § 4.29)."""
_BARE_OBJECT = re.compile(
    rf"(?i)\b(?:{_PRESENT_ACT.pattern[4:]})\s+{_MODIFIERS}{_EVENT_NOUN}{_OBJECT_TAIL}")
"""A present act and its event object without a determiner, as headlines write them
("Farmers to hold tractor rally on Sunday", "Unions call strike Friday")."""
_DECIDING = re.compile(r"(?i)(?:vot|décid|autoris|interdit|approved|authori|banned)")
"""The acts of :data:`_ACT` that decide or allow rather than announce: their day is often
the one told ("ont voté la grève jeudi")."""


def _act_and_event(text: str, start: int) -> tuple[int, list[re.Match[str]], int] | None:
    """(start of the sentence piece, the act (its readings, one per pattern, all at the
    same place: "has confirmed" is an act of :data:`_ACT` and a perfect), start of the
    event's object) when the text
    right before ``start`` is the object of a past act of announcing (:data:`_ACT`, or an
    English present perfect, :data:`_EN_PERFECT`; :data:`_EVENT_OBJECT`); None
    otherwise."""
    piece_start = _piece_start(text, start)
    event = _EVENT_OBJECT.search(text, piece_start, start)
    if event is None:
        bare = _BARE_OBJECT.search(text, piece_start, start)
        act = _PRESENT_ACT.match(text, bare.start()) if bare else None
        return (piece_start, [act], act.end()) if bare and act else None
    acts = [a for pattern in (_ACT, _EN_PERFECT, _PRESENT_ACT)
            for a in pattern.finditer(text, piece_start, start) if a.end() <= event.start() + 1]
    if not acts:
        return None
    last = max(a.start() for a in acts)
    return piece_start, [a for a in acts if a.start() == last], event.start()


def after_an_act(text: str, start: int) -> bool:
    """Whether a past act of announcing, calling, allowing or voting (:data:`_ACT`) comes
    before the character ``start`` in its sentence piece ("a annoncé lundi la tenue d'un
    sommet ce vendredi"): the clause's past is then the act's, not the day's."""
    return _ACT.search(text, _piece_start(text, start), start) is not None


_PLUPERFECT = re.compile(r"(?i)\b(?:avai(?:s|t|ent)|avions|aviez|had)\s+(?:[^\W\d_]+\s+){0,2}$")
"""The auxiliary of a pluperfect right before an act ("avaient annoncé", "had already
announced"): the act is told from a past time, not from the time of writing."""


_NEW_EVENT = re.compile(r"(?i)[^\W\d_]+(?:\s+(?:un|son|leur)\s+appel)?\s+"
                        r"(?:une?|des|de\s+nouvel(?:le)?s?|d['’]autres|a|an|new|another)\b")
"""An act whose object opens with an indefinite determiner ("ont annoncé une grève",
"have called a strike", "ont lancé un appel à"): the event is new information, its day
part of what is announced (the indefinite introduces a new referent, the definite one
already known: Lambrecht 1994, *Information structure and sentence form*, ch. 3); "ont
voté la grève jeudi" tells the day of the vote on a strike already spoken of."""


_ANCHORED_EVENT = re.compile(
    r"(?i)[^\W\d_]+\s+(?:la\s+|le\s+|l['’]\s*|les\s+)"
    rf"{_MODIFIERS}{_EVENT_NOUN}\s+(?:de|du|des|d['’])(?:\s|(?<=['’]))")
"""A French act whose definite object is anchored by a complement of its own ("ont
annoncé la fermeture des cabinets"): a new referent made definite by its complement, not
one already spoken of (Prince 1981, "Toward a taxonomy of given-new information":
"brand-new anchored"; Lambrecht 1994, ch. 3), so the event is what is announced, with its
day. French only: the passé composé is the news's past of the present, while an English
preterite takes the act's own past day ("announced the closure of the line on Tuesday")."""


_DIRECT = re.compile(r"(?i)\s*(?:(?:à|a|for|to)\s*)?$")
"""What may stand between an act and its event object: nothing, or the preposition of a
call ("lancé un appel à la grève", "calls for a strike")."""


def _object_is_new(text: str, act: re.Match[str], event_at: int) -> bool:
    """Whether the event object after ``act`` (starting at ``event_at``) is news the act
    brings, whose weekday is the event's, when it is the act's direct object
    (:data:`_DIRECT`, not "a man died at a protest"): an indefinite one (:data:`_NEW_EVENT`), an
    anchored definite one after an act of announcing (:data:`_ANCHORED_EVENT`, not
    :data:`_DECIDING`), or any event object right after an English present perfect
    (:data:`_EN_PERFECT`) or a present act (:data:`_PRESENT_ACT`)."""
    if not _DIRECT.match(text[act.end():event_at]):
        return False  # "have confirmed a man died at a protest on Saturday"
    if act.re is not _ACT:
        return True
    return bool(_NEW_EVENT.match(text, act.start())) or (
        not _DECIDING.match(act.group()) and bool(_ANCHORED_EVENT.match(text, act.start())))


def reported_event_day(text: str, start: int, weekday: int,
                       days: list[tuple[int, str, str]],
                       published: date | None = None) -> date | None:
    """The day of the weekday ``weekday`` (0 = Monday) at character ``start`` of ``text``
    when it is the day of an event in the object of a past act of announcing, calling,
    allowing or voting (:data:`_ACT`, :data:`_EVENT_OBJECT`): when the act's own day is
    said between the act and the event, the first such weekday on or after the act's day;
    when it is not, the act is not a pluperfect and its object is indefinite, the first
    such weekday on or after ``published`` (the module's docstring). ``days`` are the
    dates found before, as (start, ISO value, granularity). None otherwise."""
    found = _act_and_event(text, start)
    if found is None:
        return None
    piece_start, acts, event_at = found
    act_from = acts[0].start()
    act_days = [value for at, value, granularity in days
                if granularity == "day" and max(piece_start, act_from - 40) <= at < event_at]
    if not act_days:
        if published is None or _PLUPERFECT.search(text, max(0, act_from - 40), act_from) \
                or not any(_object_is_new(text, act, event_at) for act in acts):
            return None
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    try:
        act_day = date.fromisoformat(act_days[-1])
    except ValueError:
        return None
    return act_day + timedelta(days=(weekday - act_day.weekday()) % 7)


_WORD_CUT = re.compile(r"[^\W_][\w'’-]*$")


def whole_words(text: str, start: int, stop: int) -> str:
    """``text[start:stop]`` without a word the end cuts (the part of "administratif" that
    fits); the whole when ``stop`` falls between words or at the end of ``text``."""
    piece = text[start:stop]
    if stop < len(text) and re.match(r"[^\W_]", text[stop]):
        cut = _WORD_CUT.search(piece)
        if cut is not None:
            return piece[:cut.start()]
    return piece


_SETTING = re.compile(
    r"(?i)\b(?:plac(?:é|ée|és|ées)|déclench(?:é|ée|és|ées)|émis(?:e|es)?|"
    r"ordonn(?:é|ée|és|ées)|décrét(?:é|ée|és|ées)|impos(?:é|ée|és|ées)|"
    r"instaur(?:é|ée|és|ées)|pris\s+(?:[^\W\d_]+\s+){0,2}?(?:un|une|des|l['’]|le|la|les)\s*"
    r"(?:arrêtés?|décrets?|décisions?|mesures?|dispositions?)|"
    r"issued|ordered|imposed|declared|placed|put)\b")
"""Past participles and English preterites of the acts that set a measure for a time to
come: placing under a warning ("a placé … en vigilance orange"), triggering, issuing,
ordering, decreeing, imposing, instituting, taking a decree or a decision ("a pris
dimanche un arrêté"). With :data:`_ACT` (announcing, deciding, banning, allowing), the
performative acts whose object is a measure or an event (Austin, *How to Do Things with
Words*, 1962, lecture XII, the "exercitives": appointing, ordering, decreeing, warning;
a closed class of the verbs, not of any text's words)."""
_BOUND_BEFORE = re.compile(
    r"(?i)(?:\bà\s+partir\s+d[eu']|\bà\s+compter\s+d[eu']|\bdès|\bjusqu['’]\s*(?:à|au)|"
    r"\bstarting(?:\s+(?:on|from))?|\bbeginning(?:\s+on)?|\buntil|\btill|"
    r"\b(?P<from>de|from))\s*$")
"""The start or the end of a span right before a weekday ("à partir de jeudi 6 heures",
"dès lundi", "jusqu'à vendredi", "starting Monday", "until Friday"); "de", "from" only
as a range's first day (:func:`bound_after_act`)."""
_RANGE_TO = re.compile(
    r"(?i)(?:\s+[^\W\d_]+){0,2}?\s+(?:à|au|jusqu['’]\s*(?:à|au)|to|until|till|through)\s+"
    r"(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b")
"""The second day of a range after its first ("… soir à vendredi matin", "… evening until
Friday")."""
_OWN_PAST = re.compile(
    r"(?i)\b(?:a|ont|avait|avaient|avoir|être|est|sont|était|étaient|has|have|had|was|"
    r"were)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:é|ée|és|ées|i|is|it|u|us|ed|en)\b")
"""A compound past after the act, before the day: the day's own verb, past ("a annoncé
avoir fermé l'usine de mercredi à vendredi")."""
_COMPOUND_ACT = re.compile(r"(?i)\b(?:a|ont|avons|avez|ai|as|est|sont|has|have)\s+"
                           r"(?:[^\W\d_]+\s+){0,2}$")
"""The auxiliary of a compound past right before an act (the French passé composé, the
English present perfect): a past of the present, whose measure is news now."""


_ACT_DAY = re.compile(
    r"(?i)^\s*(?:(?:ce|this|on|dès|last)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:matin|soir|midi|morning|evening|night))?\b")
"""The act's own day right after it ("a placé lundi …")."""
_NO_OBJECT = re.compile(r"(?i)(?:à|au|aux|dans|en|pour|sur|avec|par|lors|pendant|après|avant|"
                        r"to|in|at|during|after|before|by|with)\b")
"""A preposition opening what follows the act: an adverbial of the act ("a annoncé à la
presse dans la nuit de vendredi à samedi"), not the object whose span the day opens."""


def bound_after_act(text: str, start: int, end: int, weekday: int,
                    days: list[tuple[int, str, str]],
                    published: date | None = None) -> date | None:
    """The day of the weekday ``weekday`` (0 = Monday) at ``text[start:end]`` when it opens
    or closes a span ("à partir de jeudi", "dès lundi", "jusqu'à vendredi", "de mercredi
    soir à vendredi matin", "from Wednesday evening until Friday morning") set by a past
    act of announcing, deciding, banning (:data:`_ACT`) or setting a measure
    (:data:`_SETTING`) earlier in its sentence piece, with no past verb of its own between
    (t-final50 A1: "Météo-France a placé lundi le Nord en vigilance orange de mercredi soir
    à vendredi matin"): what the act sets runs from the act's time forward, so the day is
    the first such weekday after the act's day (a day said within 40 characters of the
    act, ``days`` as in :func:`reported_event_day`), else, after a compound past ("a
    annoncé l'interdiction … à partir de jeudi"), after ``published``: a span from the
    act's own day would be "dès aujourd'hui", "dès ce lundi" (t-enrich24 E14). None
    otherwise (a pluperfect act, an English preterite with no day, a range whose own verb
    is past: "a fermé ses pistes de mercredi à vendredi")."""
    bound = _BOUND_BEFORE.search(text, max(0, start - 24), start)
    if bound is None or (bound.group("from") and not _RANGE_TO.match(text, end)):
        return None
    piece_start = _piece_start(text, start)
    acts = [a for pattern in (_ACT, _SETTING)
            for a in pattern.finditer(text, piece_start, bound.start())]
    if not acts:
        return None
    act = max(acts, key=lambda a: a.end())
    between = _ACT_DAY.sub("", text[act.end():bound.start()], count=1).strip()
    if (not between and not act.group().lower().startswith("pris")) or \
            _NO_OBJECT.match(between):
        return None  # "a demandé dès vendredi", "a annoncé à la presse dans la nuit de …"
    if _OWN_PAST.search(text, act.end(), bound.start()) or \
            _PLUPERFECT.search(text, max(0, act.start() - 40), act.start()):
        return None
    act_days = [value for at, value, granularity in days if granularity == "day" and
                max(piece_start, act.start() - 40) <= at < start and at < act.end() + 40]
    if act_days:
        try:
            act_day = date.fromisoformat(act_days[-1])
        except ValueError:
            return None
    elif published is not None and _COMPOUND_ACT.search(
            text, max(0, act.start() - 40), act.start()):
        act_day = published
    else:
        return None
    if weekday == act_day.weekday() and same_day_span(text, end):
        return act_day  # "a placé … à partir de samedi 16 heures" told that Saturday
    return act_day + timedelta(days=(weekday - act_day.weekday() - 1) % 7 + 1)


_LATER_THAT_DAY = re.compile(
    r"(?i)\s*(?:(?:à|at|from)\s+)?(?:\d{1,2}\s*(?:h|heures?)(?![\w])|"
    r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|(?:en\s+)?(?:fin\s+d['’]\s*)?"
    r"(?:matinée|matin|après-midi|midi|soir|soirée|nuit|morning|afternoon|noon|evening|"
    r"night)\b)")
"""A clock time or a part of the day right after a weekday ("samedi 16 heures", "samedi
soir", "Saturday 6pm")."""
_RANGE_END_AFTER = re.compile(
    r"(?i)^[^.;!?\n]{0,60}?\b(?:à|au|jusqu['’]\s*(?:à|au)|to|until|till|through)\s+"
    r"(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b")
"""A range's other weekday within the sentence after its first ("… samedi 16 heures et
jusqu'à dimanche 10 heures")."""


def same_day_span(text: str, end: int) -> bool:
    """Whether a span that opens on the writing's own weekday (the mention ending at
    ``end``) opens that very day: when a clock time or a part of the day follows ("à partir
    de samedi 16 heures", told on Saturday morning: a weather warning, a closure set for
    the afternoon; t-final56b A5), or when the range's other weekday follows, which would
    come before a start a week on (a range's start cannot follow its end). Otherwise a
    span set by a past act on that weekday opens a week on ("dès lundi" told on a Monday
    would be "dès aujourd'hui", t-enrich24 E14)."""
    return _LATER_THAT_DAY.match(text, end) is not None or \
        _RANGE_END_AFTER.match(text[end:end + 90]) is not None
