"""An event announced for a date: ahead, whatever the tense of the announcing (issue 16).

"L'intersyndicale a annoncé hier soir une nouvelle journée de grève le 6 février",
written on 2 December: the past of "a annoncé" dates the telling, not the strike it
announces, which lies ahead of the telling (t-final51 A1; before, 6 February of the year
gone by). The same holds in a present headline ("les syndicats appellent à une journée de
grève le 6 février") and in English, Spanish, Italian and German ("announced a day of
walkouts on June 18", "convocaron una huelga el 25 de mayo", "hanno indetto uno sciopero il
20 giugno", "rief zu einem Warnstreik am 18. Juni auf").

The shape read (:func:`announced_event`): in the mention's sentence, before it,

1. a verb of announcing, calling, deciding or setting a date (a closed class, stems by
   language in :data:`_VERBS`: Gross, *Méthodes en syntaxe*, 1975, the verbs of
   communication and decision taking an event as object; the same class as
   :data:`veille.enrich.prospective.ANNOUNCING_LEMMAS`, less the verbs that move an event,
   which :mod:`veille.enrich.date_moved` reads),
2. then, in its object, the noun of an event that is held on a day (a strike, a
   demonstration, a vote, an election, a summit, a trial: :data:`_EVENTS`),
3. with no subordinate clause between them and the date ("a annoncé que …", "qui",
   "that": the subordinate's own verb dates what it says), no pluperfect on the verb
   ("avait annoncé": a plan seen from a past moment, read elsewhere) and no other
   preposition of time than the date's own.

"a annoncé le 6 juin sa démission" (no event between the verb and the date: the day of the
announcing) and "Le 6 février, la grève a paralysé…" (no announcing verb) keep their past.
What the sentence tells after the date as done ("…, qui a rassemblé 200 000 personnes")
is checked by the caller, which has the tense markers.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

REACH = 240
"""How far back (characters) the sentence before a mention is read for the verb: an incise
between commas may stand between the verb and its object ("a fixé hier après-midi, à
l'issue d'une longue concertation, la date de l'élection au 21 juin")."""

_VERBS = {
    "fr": r"\b(?:annonc\w*|appel(?:le|lent|é|ée|és|ées|lera|leront)\b|convoqu\w*|"
          r"programm\w*|fix(?:e|ent|é|ée|és|ées)|prévoi\w*|prévu\w*|planifi\w*|officialis\w*|confirm\w*|décid\w*|"
          r"appel\s+(?:à|a)|donn\w*\s+rendez-vous|dévoil\w*)\b",
    "en": r"\b(?:announc\w*|call(?:s|ed)?\s+(?:for|a|an)|set|sets|schedul\w*|plan(?:s|ned|ning)?|"
          r"confirm\w*|unveil\w*|decided\s+to\s+hold)\b",
    "es": r"\b(?:anunci\w*|convoc\w*|convoqu\w*|llam\w*\s+a|fij\w*|program\w*|prev\w*|"
          r"confirm\w*|decidi\w*)\b",
    "it": r"\b(?:annunci\w*|proclam\w*|indett\w*|indic(?:e|ono)|indir\w*|convoca\w*|fissa\w*|"
          r"programma\w*|previst\w*|prevede\w*|conferma\w*|chiamat\w*\s+a|deciso)\b",
    "de": r"\b(?:kündig\w*|angekündigt|ruf\w*|rief\w*|aufgerufen|berief\w*|einberufen|"
          r"plan\w*|geplant|setzt\w*|angesetzt|bestätig\w*|beschloss\w*|terminiert\w*)\b",
}
"""Verbs of announcing, calling, summoning, setting, planning, confirming or deciding, by
language (stems: every tense and person, and the past participle)."""
_EVENTS = {
    "fr": r"\b(?:grèves?|journées?|manifestations?|mobilisations?|rassemblements?|marches?|"
          r"mouvements?|débrayages?|sommets?|réunions?|rencontres?|conférences?|congrès|"
          r"assemblées?|séances?|sessions?|votes?|scrutins?|élections?|référendums?|"
          r"consultations?|procès|audiences?|cérémonies?|hommages?|visites?|déplacements?|"
          r"débats?|négociations?|concertations?|tables?\s+rondes?|inaugurations?|"
          r"réouvertures?|festivals?|salons?|concerts?|matchs?|finales?|opérations?|"
          r"blocages?|opérations?\s+escargot)\b",
    "en": r"\b(?:strikes?|walkouts?|stoppages?|protests?|demonstrations?|marches?|rall(?:y|ies)|"
          r"days?\s+of\s+action|votes?|ballots?|elections?|by-elections?|referendums?|"
          r"summits?|meetings?|talks|conferences?|congress|hearings?|trials?|sessions?|"
          r"debates?|ceremon(?:y|ies)|visits?|inaugurations?|festivals?|concerts?|"
          r"matche?s?|finals?)\b",
    "es": r"\b(?:huelgas?|paros?|jornadas?|manifestaci\w+|movilizaci\w+|concentraci\w+|"
          r"marchas?|cumbres?|reuni\w+|encuentros?|conferencias?|congresos?|votaci\w+|"
          r"elecciones|referéndum|juicios?|vistas?|sesi\w+|pleno|debates?|ceremonias?|"
          r"visitas?)\b",
    "it": r"\b(?:scioper\w+|giornat\w+|manifestazion\w+|mobilitazion\w+|presidi\w*|cortei?|"
          r"vertic\w+|riunion\w+|incontr\w+|conferenz\w+|congress\w+|vot\w+|elezion\w+|"
          r"referendum|process\w+|udienz\w+|sedut\w+|session\w+|dibattit\w+|cerimoni\w+|"
          r"visit\w+)\b",
    "de": r"(?:[Ss]treik\w*|[Ww]arnstreik\w*|[Aa]usstand|[Pp]rotest\w*|[Dd]emonstration\w*|"
          r"[Kk]undgebung\w*|[Gg]ipfel\w*|[Tt]reffen|[Ss]itzung\w*|[Kk]onferenz\w*|"
          r"[Kk]ongress\w*|[Aa]bstimmung\w*|[Ww]ahl\w*|[Vv]olksentscheid\w*|[Pp]rozess\w*|"
          r"[Vv]erhandlung\w*|[Aa]ktionstag\w*|[Zz]eremonie\w*|[Bb]esuch\w*|[Dd]ebatte\w*)",
}
"""Nouns of an event held on a day (a closed class by language: the events news announces
with their date)."""
_BREAK = {
    "fr": r"(?i)(?:\b(?:qu['’]|que|qui|dont|où|lorsqu\w*|quand|après(?!-)|depuis|lors|pendant|"
          r"durant|avait|avaient|était|étaient)\b|[.!?;:«»\"“”()\n])",
    "en": r"(?i)(?:\b(?:that|which|who|where|when|after|since|during|had)\b|[.!?;:\"“”()\n])",
    "es": r"(?i)(?:\b(?:que|quien|donde|cuando|después|desde|durante|había|habían)\b|"
          r"[.!?;:«»\"“”()\n])",
    "it": r"(?i)(?:\b(?:che|cui|dove|quando|dopo|durante|aveva|avevano)\b|"
          r"[.!?;:«»\"“”()\n])",
    "de": r"(?i)(?:,\s*(?:dass|der|die|das|wo|als|nachdem|seit)\b|\b(?:nachdem|seit|während)\b|"
          r"[.!?;:«»„\"“”()\n])",
}
"""What ends the reach of the verb before the date: a subordinate clause (its own verb
dates what it says), a preposition of another time ("depuis", "lors de", "after"), a
pluperfect auxiliary (a plan seen from a past moment: :mod:`veille.enrich.date_plans`),
a sentence's or quotation's end."""
_PLUPERFECT_BEFORE = {
    "fr": r"(?i)\b(?:avait|avaient|avais|avions|aviez|était|étaient)\s+(?:\w+\s+)?$",
    "en": r"(?i)\bhad\s+(?:\w+\s+)?$",
    "es": r"(?i)\b(?:había|habían)\s+(?:\w+\s+)?$",
    "it": r"(?i)\b(?:aveva|avevano|era|erano)\s+(?:\w+\s+)?$",
    "de": r"(?!)",
}
_DE_PLUPERFECT = re.compile(r"\b(?:hatte|hatten)\b")


def _compiled(table: dict[str, str], flags: int = re.IGNORECASE) -> dict[str, re.Pattern[str]]:
    return {code: re.compile(pattern, flags) for code, pattern in table.items()}


_VERB = _compiled(_VERBS)
_EVENT = {code: re.compile(pattern, 0 if code == "de" else re.IGNORECASE)
          for code, pattern in _EVENTS.items()}
_STOP = _compiled(_BREAK, 0)
_HAD = _compiled(_PLUPERFECT_BEFORE, 0)


def announced_event(text: str, start: int, language: str = "fr") -> bool:
    """Whether the mention at ``start`` dates an event announced, called or set by a verb
    before it in its sentence (see the module): ``language`` one of fr, en, es, it, de
    (any other: False)."""
    verbs, events = _VERB.get(language), _EVENT.get(language)
    if verbs is None or events is None:
        return False
    head = text[max(0, start - REACH):start]
    cut = list(re.finditer(r"[.!?…](?:\s|$)|\n", head))
    piece = head[cut[-1].end():] if cut else head
    calls = list(verbs.finditer(piece))
    if language == "de" and _DE_PLUPERFECT.search(piece):
        return False
    for call in reversed(calls):
        between = _INCISE.sub(" ", piece[call.end():])
        if _STOP[language].search(between) or _HAD[language].search(piece, 0, call.start()):
            continue
        event = events.search(between)
        if event is not None and len(_WORD.findall(between[:event.start()])) <= MAX_WORDS \
                and len(_WORD.findall(between[event.end():])) <= MAX_WORDS and \
                not _ASIDE.search(between[:event.start()]):
            return True
    return False


MAX_WORDS = 10
"""At most this many words between the verb and the event's noun (its determiner,
adjectives, a time adverb: "a annoncé hier soir une nouvelle journée"), and between that
noun and the date (its complements: "journée de grève et de manifestations le"): further
apart, the noun is another phrase's, not the verb's object."""
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
_INCISE = re.compile(r",[^,]{1,80},")
"""An incise between commas ("a fixé hier, à l'issue d'une concertation, la date de …"):
left out of the words counted."""
_ASIDE = re.compile(r"(?i)\b(?:en\s+marge|à\s+l['’]occasion|au\s+cours|contre|à\s+propos|"
                    r"on\s+the\s+sidelines|at|against|about|"
                    # the aftermath of an event held: its toll, results, turnout, victims
                    r"bilans?|suites?|conséquences?|résultats?|victimes?|morts?|blessés?|"
                    r"dégâts|participation|succès|échec|chiffres?|annulation|invalidation|"
                    r"violences?|incidents?|heurts|affrontements|enquêtes?|"
                    r"toll|results?|turnout|victims?|dead|injured|damage|aftermath|outcome|"
                    r"annulment|violence|clashes|investigation|probe)\b")
"""A preposition before the event's noun that makes it the circumstance or the topic of
what the verb tells ("a confirmé l'interpellation de trois personnes en marge de la
manifestation du 6 juin"), or a noun of its aftermath ("a annoncé le bilan de la
manifestation du 6 juin", "a confirmé l'annulation des élections du 15 mars", "une
enquête sur les violences de la manifestation du 6 juin": the event is over), not the
verb's object."""
