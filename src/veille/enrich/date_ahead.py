"""Dates mentioned that lie ahead though the clause is in the past, or has no tense
(t-final32 #8): the end of a span ("jusqu'à dimanche", "until Friday", "through
Thursday"), the day of what is expected, forecast, due or scheduled ("more rain was
expected on Tuesday", "de fortes pluies étaient attendues mardi"), a month in a clause that
does not assert the event happened ("a hike in April was not ruled out"), and the start of
a coming season whose first month has already begun ("renvoyée au printemps" written on 3
March is the spring that starts on the equinox, 20 March).

The words are closed classes, each with its source:

- the prepositions of a limit in time: French "jusqu'à" (Grevisse, *Le Bon Usage*,
  § 1072, the limit; TLFi "jusque"), English "until", "till", "through" in its American
  sense "up to and including" (Merriam-Webster, "through", sense 4; CGEL ch. 7 §5);
- the verbs and adjectives of expectation and forecast, whose complement is still to come
  when they are said, whatever their own tense: English "expected", "forecast",
  "predicted", "anticipated", "projected", "due", "scheduled", "slated", "set to",
  "poised to", "likely to" (CGEL ch. 3 §5.2, the lexical expressions of futurity: *be
  due to*, *be set to*, *be expected to*); French "attendu", "prévu", "prévoir", "annoncé
  pour", "programmé", "censé", "pronostiqué" (TLFi: "attendre" B, "prévoir" 1);
- the markers of an irrealis clause (a possibility, a likelihood, a thing not ruled out:
  nothing is said to have happened): the modal auxiliaries "could", "would", "might",
  "should" (CGEL ch. 3 §9, a closed class), "ruled out", "excluded", "likely",
  "unlikely", "possible", "probable"; French "pourrait/pourraient", "devrait/devraient",
  "exclu", "envisagé", "évoqué", "possible", "probable" (Grevisse § 889, the modal
  auxiliaries "pouvoir", "devoir").
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from veille.enrich.date_english import _SAYING
from veille.enrich.prospective import _SAYING_PAST as SAYING_PAST

UNTIL_DAY = re.compile(r"(?i)(?:\bjusqu['’]\s*(?:à|a)\s+|\b(?:until|till|through|thru)\s+)"
                       r"(?:(?:ce|this)\s+)?$")
"""A preposition of a limit in time right before a weekday ("jusqu'à dimanche", "until
Friday", "through Thursday"): the end of a span, which lies ahead unless the clause tells of
a span already over with a past verb of duration ("la grève a duré jusqu'à jeudi")."""

EXPECTING = re.compile(
    r"(?i)\b(?:expected|forecast|forecasted|predicted|anticipated|projected|scheduled|"
    r"due(?=\s+(?:on|for|back|out|in|at)\b|\s+to\s+(?:be|re\w+|start|begin|open|close|end|"
    r"finish|arrive|meet|hold|sit|vote|rule|decide|report|launch|take|make|appear)\b)|"
    r"slated|set\s+to|poised\s+to|likely\s+to|"
    r"attendu|attendue|attendus|attendues|prévu|prévue|prévus|prévues|"
    r"prévoi[st]|prévoient|prévoyai[st]|prévoyaient|prévoyons|prévoyez|"
    r"programmé|programmée|programmés|programmées|censé|censée|censés|censées|"
    r"pronostiqué|pronostiquée|pronostiqués|pronostiquées)\b")
"""A word of expectation or forecast in the clause before a weekday: the day it names is
ahead of the expectation, itself before publication, so the past tense of the clause does
not put it in the past: the nearest such day ("was expected on Tuesday", "étaient
attendues mardi", "Météo-France prévoyait des orages samedi")."""

FOREWARNING = re.compile(
    r"(?i)\b(?:warn(?:ed|s|ing)?|warnings?|braced?|bracing|"
    r"mis(?:e|es)?\s+en\s+garde|met(?:tent)?\s+en\s+garde)\s+(?:of|about|for|against|contre)\b")
"""A warning of, or bracing for, what is to come ("forecasters warned of more flooding over
the weekend", "braced for more snow on Saturday", "a mis en garde contre de nouvelles crues
ce week-end"): the time of its complement lies ahead of the warning, whatever the tense of
the verb (t-final55 A7: "over the weekend" was read as the weekend gone by). A warning
given on a day ("warned on Monday that…") has no "of" before that day's noun phrase."""

IRREALIS = re.compile(
    r"(?i)\b(?:could|would|might|should|ruled\s+out|excluded|likely|unlikely|possible|"
    r"probable|pourrait|pourraient|devrait|devraient|exclu|exclue|exclus|exclues|"
    r"envisag\w*|évoqu\w*)\b")
"""A marker of an irrealis clause ("was not ruled out", "could not be excluded", "was
likely", "avait évoqué une réouverture en octobre"): the clause does not say the event
happened, so its past verb does not put a month said without its year in the past."""


EXTENDING = re.compile(
    r"(?i)\b(?:prolong\w*|prorog\w*|recondu\w*|renouvel\w*|extended|extends?|prolonged|"
    r"renewed)\b")
"""The verbs of extending a term (TLFi "proroger": prolonger, reconduire, renouveler;
English extend, prolong, renew): a past act that moves the end of a span, which then lies
ahead ("a été prolongé jusqu'à dimanche", "has been extended until Saturday")."""


def ahead_of_limit(before: str, past: bool, past_durative: bool) -> bool:
    """Whether a weekday right after ``before`` (its clause up to the mention) ends a span
    that lies ahead: after "jusqu'à", "until", "through" in a clause that is not past
    ("se poursuit jusqu'à dimanche"), or past with a verb of extending the term; not when
    the clause is past with a verb of duration (``past_durative``: the span is over), and
    not after another past verb ("the road was closed until Monday": the nearest day)."""
    if not UNTIL_DAY.search(before) or past_durative:
        return False
    return not past or bool(EXTENDING.search(before))


def expected_ahead(before: str) -> bool:
    """Whether the clause before a weekday expects, forecasts or warns of what it names
    (:data:`EXPECTING`, :data:`FOREWARNING`)."""
    return bool(EXPECTING.search(before) or FOREWARNING.search(before))


def irrealis(clause: str) -> bool:
    """Whether ``clause`` (the words around a month mention, in its clause) says what may,
    could or was not ruled out to happen rather than what happened."""
    return bool(IRREALIS.search(clause))


_TROPICAL_YEAR = 365.242189
"""The mean tropical year, in days (Meeus, *Astronomical Algorithms*, ch. 27, 2000.0)."""
_SEASON_STARTS_2000 = {3: datetime(2000, 3, 20, 7, 35, tzinfo=UTC),
                       6: datetime(2000, 6, 21, 1, 48, tzinfo=UTC),
                       9: datetime(2000, 9, 22, 17, 27, tzinfo=UTC),
                       12: datetime(2000, 12, 21, 13, 37, tzinfo=UTC)}
"""The equinoxes and solstices of 2000 (UTC, as the US Naval Observatory's tables give them):
each later one is a whole number of mean tropical years away, within about an hour from
1950 to 2100."""


def astronomical_moment(meteorological: date) -> datetime:
    """The instant (UTC) of the equinox or solstice that starts the season whose
    meteorological first day (1 March, 1 June, 1 September, 1 December) is given."""
    years = meteorological.year - 2000
    return _SEASON_STARTS_2000[meteorological.month] + timedelta(days=years * _TROPICAL_YEAR)


def astronomical_start(meteorological: date) -> date:
    """The day (UTC) a season starts by the calendar of equinoxes and solstices, given its
    meteorological first day: the start French and English usage give a season ("le
    printemps commence le 20 mars"); the article's own zone may put it a day either side
    (:func:`veille.enrich.date_clues.seasons_in_zone`)."""
    return astronomical_moment(meteorological).date()


def coming_season_start(meteorological: date, published: date) -> date:
    """A coming season's start as a date mentioned: its meteorological first day, unless
    that day is not after ``published`` while its equinox or solstice is (a season written
    as coming on 3 March, "renvoyé au printemps", starts on 20 March, not before the
    article)."""
    if meteorological > published:
        return meteorological
    start = astronomical_start(meteorological)
    return start if start > published else meteorological


SPAN_START = re.compile(r"(?i)(?:\bdès|\bà\s+partir\s+d[e'’]|\bà\s+compter\s+d[e'’]|"
                        r"\bdepuis|\bfrom|\bsince|\bas\s+of|\bstarting(?:\s+on)?)\s*$")
"""A preposition opening a span right before a weekday (TLFi "dès", "à partir de",
"depuis"; English "from", "since", "as of", "starting"): the day a state or a measure
begins, which a past act may have set later the same day (t-final33 #3)."""

DIRECTIVE = re.compile(
    r"(?i)\b(?:appel(?:é|ée|és|ées|le|lent|ait|aient)|demand(?:é|ée|és|ées|e|ent|ait|aient)|"
    r"invit(?:é|ée|és|ées|e|ent|ait|aient)|exhort(?:é|ée|és|ées|e|ent|ait|aient)|"
    r"incit(?:é|ée|és|ées|e|ent|ait|aient)|enjoin(?:t|te|ts|tes|t)|"
    r"conseill(?:é|ée|és|ées|e|ent|ait|aient)|recommand(?:é|ée|és|ées|e|ent|ait|aient)|"
    r"urg(?:ed|es?)|ask(?:ed|s)?|call(?:ed|s)?\s+on|invit(?:ed|es?)|encourag(?:ed|es?)|"
    r"advis(?:ed|es?)|told|tells?|order(?:ed|s)?|instruct(?:ed|s)?|"
    r"appels?|calls?(?=\s+(?:for|to|on)\b))\b"
    r"[^.;:!?]*?(?:\bà|\bde|\bd['’]|\bto)\s+(?:«\s*)?[^\W\d_]+(?:er|ir|re|oir)?\b"
    r"[^.;!?]*$")
"""A directive verb (asking, calling, inviting, urging, advising, ordering someone to do
something: the *verba voluntatis* whose infinitive complement tells what is wanted, later
than the asking) or its noun ("un appel à", "a call for … to"): Grevisse, *Le Bon Usage*,
§ 904, "verbes exprimant une volonté"; CGEL ch. 14 §5.4, the "directive" complements of
*ask*, *urge*, *tell*, *order*; followed, in the same sentence, by "à"/"de"/"to" and an
infinitive: the weekday in that infinitive's complement is the day of what is asked."""


def asked_from(before: str) -> bool:
    """Whether a weekday right after ``before`` (its sentence up to the mention) opens a
    span ("dès lundi", "from Monday") in the complement of a directive verb ("a appelé
    les deux parties à « reprendre le dialogue dès lundi »", "urged parents to keep
    children at home from Monday"): what is asked for starts after the asking, so the
    day is strictly ahead of publication, the week after when it is publication's own
    weekday (an appeal for today says "dès aujourd'hui", "from today")."""
    return bool(SPAN_START.search(before)) and DIRECTIVE.search(before) is not None \
        and not re.search(r"(?i)\b(?:depuis|since)\s*$", before)


def started_at(before: str) -> bool:
    """Whether a weekday right after ``before`` is the start of a span ("ont été
    suspendus à partir de mardi soir", "en grève depuis jeudi matin"): a past act told at
    noon may set it for the evening of the same day, so a part of the day later than the
    writing time does not move it a week back."""
    return SPAN_START.search(before) is not None


CALL_NOUN = re.compile(r"(?i)(?<![\w-])(?:appels?\s+(?:à|au|aux)|calls?\s+(?:for|to|on))\b")
"""The noun of a call to act, with the preposition of what it calls for ("un appel à
manifester", "l'appel à la grève", "a call for drivers to walk out"): the noun of the
directive verbs "appeler à", "call for/on … to" (Grevisse § 904; CGEL ch. 14 §5.4), whose
complement, like theirs, is wanted later than the call (t-final33 #3, issue 16)."""
_CALL_OVER = re.compile(r"(?i)\b(?:depuis|après|suite\s+à|since|after|following)\s+"
                        r"(?:(?:l['’]|le|les|la|son|sa|ses|leur|leurs|un|une|the|its|their|"
                        r"a|an)\s*)?$")


_CALLED_ACT = re.compile(
    r"(?i)\s*(?:(?:les?|la|l['’]|une?|des|du|a|an|the|all|[\w'’-]+\s+)?\s*"
    r"(?:grèves?|manifestations?|mobilisations?|rassemblements?|débrayages?|boycotts?|"
    r"blocages?|marches?|journées?\s+d['’]action|strikes?|walkouts?|protests?|rally|"
    r"rallies|demonstrations?|stoppages?)\b|"
    r"(?:(?:ne\s+pas|se|s['’]|les?|la|l['’])\s*)?[^\W\d_]+(?:er|ir|re|oir)\b|"
    r"(?:[\w'’-]+\s+){0,3}to\s+[^\W\d_]+)")
"""What a call calls for, right after its noun: an infinitive ("appel à manifester", "call
for drivers to walk out", "call to strike") or the noun of a collective act (strike,
demonstration, rally, boycott: "l'appel à la grève", "a call for a strike"); not "un
appel à témoins", whose complement is no act with a day (the weekday is the call's)."""
_PARTICIPLE_LAST = re.compile(r"(?i)\b[^\W\d_]{3,}(?:é|ée|és|ées|ed)\s+(?:on\s+)?$")
"""A participle right before the weekday ("l'appel à la grève lancé lundi", "issued on
Monday"): the day of the call's own act."""


def called_for(before: str) -> bool:
    """Whether a weekday right after ``before`` (its clause up to the mention) is in the
    complement of a call noun ("ont lancé un appel à manifester samedi", "a renouvelé
    son appel à la grève mardi", "issued a call for drivers to walk out on Thursday"):
    the day of what is called for, ahead of the call; not when the call itself is put
    before another time ("depuis l'appel à la grève", "after the call for …")."""
    before = re.split(r"[;\n]|[.!?…]\s", before)[-1]
    call = max(CALL_NOUN.finditer(before), key=lambda m: m.start(), default=None)
    if call is None or _CALL_OVER.search(before, 0, call.start()):
        return False
    wanted = before[call.end():]
    return _CALLED_ACT.match(wanted) is not None and _PARTICIPLE_LAST.search(wanted) is None


THANKS_FOR = re.compile(r"(?i)\b(?:merci|remerci\w*|thanks?|grateful|reconnaissan\w*)\b"
                        r"[^.;!?]*?(?:\b(?:pour|for)\s+$|(?:\bd['’]|\bde\s+)(?:avoir|être)\s"
                        r"[^.;!?]*$|\bfor\s+[^\W\d_]+ing\b[^.;!?]*$)")
"""Thanks for a day ("Merci à tous pour samedi", "Thank you for Sunday", "vous remercie
d'être venus samedi", "thanks for coming on Saturday"): what one thanks for has happened
(TLFi "remercier" A: "pour ce que l'on a reçu"; Grevisse § 1039 gives "pour" the term
aimed at only after an act that sets it), so the day is gone by, unlike "annulés pour
jeudi" (t-final31 F5)."""


SAYING_ANY = re.compile(rf"(?i)\b(?:{_SAYING}|selon|d['’]après|according\s+to)\b|"
                        r"(?<![\w'’-])(?:précise|indique|rappelle|explique|souligne|"
                        r"affirme|assure|annonce|ajoute|prévient)\s+(?:le|la|les|l['’])")
"""A saying verb or source in a sentence (English past or present, "selon", a French
present incise: ", rappelle la mairie")."""
HAD_UNTIL = re.compile(r"(?i)\b(?:avait|avaient|had)\s+(?:jusqu['’]\s*(?:à|a)|until|till)\s+$")
"""The imperfect of "avoir jusqu'à", "had until": a deadline told in the past tense."""


def reported_deadline(before: str, sentence: str) -> bool:
    """Whether a deadline in the imperfect ("avaient jusqu'à lundi pour …", "had until
    Friday to …", ``before`` ending there) is in reported speech, a saying verb in its
    ``sentence`` (", a précisé la préfecture", "the council said", "selon …"): the
    sequence of tenses puts the speaker's present ("ont jusqu'à lundi") in the imperfect
    (Grevisse § 869, concordance des temps; CGEL ch. 17 §10.2, backshift), so the
    deadline is as the speaker said it, ahead. Told as a fact with no saying ("avaient
    jusqu'à samedi ; 312 l'ont fait") it keeps its nearest reading."""
    return HAD_UNTIL.search(before) is not None and (
        SAYING_PAST.search(sentence) is not None or SAYING_ANY.search(sentence) is not None)


WANTING = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"demand\w*|appel(?:é|ée|és|ées|le|lent|ait|aient)|invit\w*|exhort\w*|incit\w*|"
    r"enjoin\w*|conseill\w*|recommand\w*|ordonn\w*|somm(?:é|ée|és|ées|e|ent)|"
    r"propos\w*|décid\w*|prévu|prévoi\w*|prévoyai\w*|engag\w*|promi[st]\w*|"
    r"promett\w*|accept\w*|résol[uv]\w*|envisag\w*|projet(?:é|ée|és|ées|te|tent)|"
    r"ask(?:ed|s)?|urg(?:ed|es?)|call(?:ed|s)?\s+on|invit(?:ed|es?)|encourag(?:ed|es?)|"
    r"advis(?:ed|es?)|told|tells?|order(?:ed|s)?|instruct(?:ed|s)?|"
    r"decid(?:ed|es?)|agree(?:d|s)?|plan(?:s|ned)?|pledg(?:ed|es?)|promis(?:ed|es?)|"
    r"vow(?:ed|s)?|propos(?:ed|es?)|offer(?:ed|s)?|intend(?:ed|s)?|aim(?:ed|s)?|"
    r"resolv(?:ed|es?)|undert(?:ook|akes?)|committ?(?:ed|s)?|"
    r"wants?|hop(?:es?|ing)|wish(?:es)?|seeks?|means?|prepar(?:es|ing)|about(?=\s+to\b)|"
    r"intentions?|prépar(?:e|ent|ons|ez))\b")
"""The verbs whose infinitive complement tells what is wanted, decided or promised, to be
done after they are said (a closed class): the *verba voluntatis* and verbs of
commitment, Grevisse, *Le Bon Usage*, § 904 ("verbes exprimant une volonté",
"s'engager à", "promettre de", "décider de", "proposer de", "prévoir de"); CGEL ch. 14
§5.4, the "directive" and "commissive" complements (ask, urge, tell, order; decide,
agree, plan, pledge, promise, vow, offer, intend, undertake), and in the present the
verbs of wanting and hoping with "to" (want, hope, wish, seek, mean: CGEL ch. 14 §5.3,
the "volitional" catenatives; r-dates36: "wants to reopen the pool on Monday"), of
preparing ("is preparing to", "is about to", "se prépare à": an act at hand) and the noun
of intent ("a l'intention de", "the intention to")."""
_INFINITIVE = re.compile(
    r"(?i)(?:(?<![\w'’])(?:de|d['’]|à)\s*"
    r"(?:(?:ne\s+pas|ne\s+plus|se|s['’]|les?|la|l['’]|leur|lui|y|en|nous|vous)\s*)*"
    r"(?P<fr>[^\W\d_]{2,}(?:er|ir|re|oir))\b|"
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|your|my|"
    r"be\s+\w+ed)\b)(?P<en>[a-z]{2,})\b)")
"""An infinitive opening a complement: French "de"/"à" + (clitics) + a verb in -er, -ir,
-re, -oir ("de réduire", "d'annuler", "à rembourser", "de les accueillir"); English "to" +
a bare verb ("to cut", "to finish"), not a noun phrase ("to the press")."""
_NEW_CLAUSE = re.compile(
    r"(?i)(?<![\w'’])(?:a|ont|avait|avaient|eut|eurent)\s+(?:été\s+)?[^\W\d_]{2,}"
    r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)\b|"
    r"(?<![\w'’])(?:qui|que|qu['’]|où|lorsque|quand|dont|mais)(?![\w'’])|"
    r"\b(?:was|were|had|has|have|did|which|who|whom|where|when|but)\b")
"""A finite verb in a compound past, or a relative or coordinate clause, between a
complement's infinitive and the day: the day then belongs to that other clause."""


WANTING_BARE = re.compile(
    r"(?i)(?<![\w'’-])(?:veu[xt]|veulent|voulons|voulez|voudr\w+|entend(?:s|ent|ons|ez)?|"
    r"compt(?:e|es|ent|ons|ez|era|eront|erait|eraient)|espèr(?:e|es|ent)|espér(?:ons|ez)|"
    r"souhait(?:e|es|ent|ons|ez|erait|eraient)|désir(?:e|es|ent|ons|ez)|"
    r"pens(?:e|es|ent|ons|ez)|aimerai[st]|aimeraient|doi[st]|doivent|devons|devez|peu[xt]|"
    r"peuvent|pouvons|pouvez|faut|faudra|faudrait)"
    r"(?:\s+(?:ne\s+pas|ne\s+plus|pas|plus|aussi|encore|bien|désormais|déjà)(?![\w'’-]))*"
    r"\s+(?:(?:se|s['’]|les?|la|l['’]|leur|lui|y|en|nous|vous)\s*)*"
    r"(?P<fr>[^\W\d_]{2,}(?:er|ir|re|oir))(?![\w'’-])")
"""A French verb of wanting, intending or hoping, or a modal, in the present (or the
future and conditional), with a bare infinitive: "veut rouvrir", "entend réformer",
"compte annoncer", "souhaite lancer", "pense jouer", "doit voter", "peut reprendre". These
semi-auxiliary constructions (Grevisse, *Le Bon Usage*, § 821 and § 904: "vouloir",
"compter", "entendre", "espérer", "souhaiter", "désirer", "penser" + infinitive, the
intention, "aimerait" its conditional; "devoir", "pouvoir" + infinitive, § 821 b, the
modal auxiliaries; "il faut" + infinitive, the necessity) tell what is
meant or due to be done: a day in the infinitive's complement is ahead (r-dates36). Not
the imperfect ("voulait rouvrir lundi"), a past intention whose day a narrative may have
seen go by."""


LIEU = re.compile(r"\s+lieu(?![\w'’-])")
"""The noun of "avoir lieu" (to take place) after "avoir": "doivent avoir lieu lundi" is
the infinitive of the locution, not a perfect infinitive ("doit avoir quitté")."""

PLANNED_THEN = re.compile(
    r"(?i)(?<![\w'’-])(?:devait|devaient|allait|allaient|voulait|voulaient|comptait|"
    r"comptaient|pensait|pensaient|was\s+due\s+to|were\s+due\s+to|was\s+to|were\s+to)"
    r"(?:\s+(?:bien|encore|alors|aussi|également|initialement|normalement|pourtant)"
    r"(?![\w'’-]))*\s+(?:(?:se|s['’]|les?|la|l['’]|leur|lui|y|en)\s*)*"
    r"(?:[^\W\d_]{2,}(?:er|ir|re|oir)(?:\s+lieu)?|take\s+place|[^\W\d_]{2,})"
    r"(?:\s+[^\W\d_'’]+){0,3}\s+$")
"""A plan in the imperfect right before a day ("devait se tenir mardi", "devait avoir lieu
jeudi", "allait reprendre lundi", "was due to take place on Thursday"): the semi-auxiliary
of the future seen from a past moment (Grevisse, *Le Bon Usage*, § 821; CGEL ch. 3 §5.3,
"was to"), whose day lies on either side of the writing unless the sentence goes on to
tell its outcome (the caller's: :func:`veille.enrich.dates._prospective`)."""


def _an_infinitive(word: re.Match[str]) -> bool:
    """Whether :data:`_INFINITIVE`'s word is a verb, not a noun of the same ending: in
    lower case ("de Pierre" is a name), not a French noun in -ure other than "-clure"
    ("de la fermeture"), not an English plural ("to commuters")."""
    verb = word.group("fr") or word.group("en") or ""
    if not verb[:1].islower():
        return False
    if word.group("fr"):
        return not verb.endswith("ure") or verb.endswith("clure")
    return not (verb.endswith("s") and not verb.endswith("ss"))


_PAST_FORM = re.compile(r"(?i)(?:ed|é|ée|és|ées|is|ise|ises|ait|aient|u|ue|us|ues|old|ook|"
                        r"ought|èrent)$")
"""The ending of a past form of :data:`WANTING` ("decided", "a décidé", "promis",
"demandait", "told", "undertook"): a want or a decision told as past."""


def wanted_later(before: str, present: bool = False) -> bool:
    """Whether :func:`wanted_when` finds a want, a decision or a modal governing the day."""
    return bool(wanted_when(before, present))


_PAST_AUXILIARY = re.compile(r"(?i)\b(?:avait|avaient|avais|avions|aviez|eut|eurent|had)\s+"
                             r"(?:(?:not|pas|already|déjà|bien|finally|enfin|the|an)\s+)*(?:l['’]\s*)?$")
"""A pluperfect's auxiliary right before a verb or a noun of intent ("avaient prévu",
"had planned", "avait l'intention")."""


_IMPERFECT = re.compile(r"(?i)(?:ait|aient|ais|ions|iez)$")
"""The ending of a French imperfect ("prévoyait", "demandaient"): a past of duration."""


def wanted_when(before: str, present: bool = False) -> str:
    """Whether the day right after ``before`` (its sentence up to the mention) is in the
    infinitive complement of a verb of wanting, deciding or committing (:data:`WANTING`,
    :data:`_INFINITIVE`): "la DGAC a demandé aux compagnies de réduire leurs vols jeudi",
    "le maire a décidé de fermer le marché mardi", "urged airlines to cut flights on
    Monday", "pledged to finish the stand by Christmas". What is asked, decided or
    promised is done after the asking, so the day is ahead of the verb whatever the
    verb's tense (t-final34 A2). Not when the day comes before the complement ("a demandé
    lundi aux préfets de renforcer …": the day of the asking), nor when another finite
    clause stands between the infinitive and the day (:data:`_NEW_CLAUSE`: "… de voter
    le texte, qui a été adopté jeudi"). With ``present``, only a verb in the present
    ("veut rouvrir le pont en mars", "hopes to reopen the bridge in the spring"): for a
    month or a season, which a past decision may have named months ago ("avait décidé de
    lancer les travaux en mars"), only a present want puts it ahead (r-dates36).

    Returns '' (none), ``"now"`` (a want or modal in the present, future or conditional:
    the day is ahead of the writing), ``"told"`` (a want or decision in the perfect or
    the preterite, "a décidé de fermer le site mardi", "urged airlines to cut flights
    on Monday": the news perfect, an act just done whose object is ahead of it, so ahead
    unless the sentence goes on narrating in the past: the caller's) or ``"then"`` (the
    pluperfect or the imperfect, "avaient prévu de voter jeudi", "had planned to reopen
    on Monday", "prévoyait de …": a plan seen from a past moment, its day gone by unless
    the sentence goes on in the future; Grevisse § 872, the pluperfect's "passé dans
    le passé"; CGEL ch. 3 §5.3, the past perfect; issue 16, r-dates49, r-dates50)."""
    before = re.split(r"[;\n«»“”]|[.!?…]\s", before)[-1]
    bare = max(WANTING_BARE.finditer(before), key=lambda m: m.start(), default=None)
    if bare is not None and _an_infinitive(bare) and (
            bare.group("fr").lower() != "avoir" or LIEU.match(before, bare.end())) and \
            not re.search(r"[,:]\s", before[bare.end():]) and \
            _NEW_CLAUSE.search(before, bare.end()) is None:
        return "now"
    for verb in reversed(list(WANTING.finditer(before))):
        earlier = bool(_PAST_AUXILIARY.search(before[:verb.start()])) or \
            bool(_IMPERFECT.search(verb.group()))
        past = earlier or bool(_PAST_FORM.search(verb.group()))
        if present and past:
            continue
        rest = before[verb.end():]
        inf = next((m for m in _INFINITIVE.finditer(rest) if _an_infinitive(m)), None)
        if inf is None or inf.start() > 60 or re.search(r"[,:]\s", rest[:inf.start()]):
            continue
        if _NEW_CLAUSE.search(rest, inf.end()) is not None:
            return ""
        return "then" if earlier else "told" if past else "now"
    return ""


MODAL_AHEAD = re.compile(
    r"(?i)\b(?:may|might|should|can|must|shall|will|(?:is|are)\s+(?:set|due|"
    r"expected|likely|going)\s+to|pourra|pourront|devra|devront|pourrait|pourraient|"
    r"devrait|devraient)\s+(?:(?:not|pas|also|aussi|again|still|then|only|soon|well)\s+)*"
    r"(?!have\b|avoir\b|been\b)[^\W\d_]{2,}\b")
"""A modal auxiliary with a bare verb ("may increase", "should return", "could burst",
"pourrait reprendre"): what may or should happen is not told as done, so a day in its
clause is ahead (CGEL ch. 3 §9, the modal auxiliaries, a closed class; Grevisse § 889,
"pouvoir", "devoir"); not the perfect of a modal ("should have closed", "aurait pu"), which
looks back, nor "could", also the past of "can" ("could not find the suspect on
Monday", "could see the smoke on Monday")."""


def modal_ahead(piece: str) -> bool:
    """Whether the clause before a day (``piece``) has a modal with a bare verb and no
    compound past after it (t-final34 A2: "said it may increase discharges again on
    Thursday", "pickups should return to normal schedules by Monday")."""
    modal = max(MODAL_AHEAD.finditer(piece), key=lambda m: m.start(), default=None)
    return modal is not None and _NEW_CLAUSE.search(piece, modal.end()) is None


COULD_AHEAD = re.compile(
    r"(?i)\bcould\s+(?:(?:also|again|still|then|only|soon|well|even)\s+)*"
    r"(?!not\b|never\b|have\b|be\s+seen\b|see\b|hear\b|feel\b|smell\b|finally\b|"
    r"already\b|at\s+last\b|barely\b|hardly\b)[^\W\d_]{2,}\b")
""""could" with a bare verb, not negated nor perfect ("construction could start", "the
strike could spread to the ports on Monday"): before a season, a month named alone or a
weekday, a possibility to come, not a past ability (t-final35 A8, r-dates36; "could not
find", "could have opened", the verbs of perception and "could finally/already/at last/
barely/hardly", whose "could" is the past of "can", an ability told as attained or
missed, are left out)."""


def could_ahead(piece: str) -> bool:
    """Whether the clause before a season, a month or a weekday (``piece``) has "could"
    with a bare verb and no compound past after it ("said construction could start in
    the autumn", "could spread to the ports on Monday")."""
    modal = max(COULD_AHEAD.finditer(piece), key=lambda m: m.start(), default=None)
    return modal is not None and _NEW_CLAUSE.search(piece, modal.end()) is None


FEAST_UNTIL = re.compile(
    r"(?i)(?:\bjusqu['’]\s*(?:à|a|au|aux)|\b(?:until|till|by))\s+"
    r"(?:(?:la|le|les|l['’]|the)\s*)?"
    r"(?:(?:vacances|fêtes|congés|trêve|holidays?|break|season)\s+(?:de|d['’]|du|of)\s*)?"
    r"(?:(?:la|le|l['’])\s*)?$")
""""jusqu'à"/"until"/"by" right before a feast, perhaps through its holidays ("jusqu'aux
vacances de Noël", "until the Christmas holidays", "by Christmas"): the end of a span or
a deadline, ahead unless the clause tells a span already over with a verb of duration."""
