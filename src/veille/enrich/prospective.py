"""What makes a date mentioned in a past clause lie ahead of the act it is told with
(``enrich/dates.py``; issue 16, newuser16a H9).

A past verb dates the act, not always the date it speaks of. Four general shapes:

- **A verb of announcing, confirming, keeping, setting or moving a date** with an object
  before the date ("ont confirmé lundi leur préavis de grève du 18 décembre", "a maintenu
  sa réunion du 3 mars", "a annoncé un sommet le 6 février"): the act is past, the event
  named is not said to be. The verbs are a list of lemmas (:data:`ANNOUNCING_LEMMAS`),
  each -er lemma giving its four participles, the others listed with theirs; a lexicon
  of the language has no class "verb of announcing", so the class is written once here,
  by lemma, not form by form (Gross, *Méthodes en syntaxe*, 1975: the verbs of
  communication and decision taking an event as object).
- **A noun of a coming event or a deadline** governing the date ("la date limite du 5
  mars", "un préavis pour le 18 décembre", "l'échéance du 1er juillet"): such a noun
  names what is set ahead of the moment it is told (:data:`PROSPECTIVE_NOUNS`).
- **The imperfect of a completive after a past verb of saying** ("a annoncé jeudi
  qu'il renonçait à augmenter les tarifs au 1er juillet"): the sequence of tenses turns
  the reported present into an imperfect (Grevisse, *Le Bon Usage*, § 869, "concordance
  des temps"): it marks no past of its own.
- **A weekday spelled out by its date in apposition** ("dès lundi, soit le 15 février",
  "lundi (15 février)"): the date says which Monday it is.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

ANNOUNCING_LEMMAS = (
    "annoncer", "réannoncer", "confirmer", "reconfirmer", "programmer", "reprogrammer",
    "fixer", "reporter", "repousser", "décaler", "proposer", "inviter", "convoquer",
    "planifier", "officialiser", "valider", "entériner", "acter", "avancer",
    "maintenir", "promettre", "convenir", "prévoir", "demander", "réclamer", "exiger",
    "dévoiler",
)
"""Lemmas of the verbs whose object is an event set at a date: to announce, confirm, keep,
schedule, set, move, propose, invite, summon, plan, make official, validate, promise,
agree on, ask for, demand ("a demandé un débat dès la session de décembre": the debate
asked for is ahead of the asking), unveil ("a dévoilé lundi les premiers noms de son
édition de juillet": the coming July's; q-dates25). Their past participle with an object
before a date leaves the date's own tense unknown (the nearest such day)."""
_IRREGULAR = {"maintenir": "maintenu", "promettre": "promis", "convenir": "convenu",
              "prévoir": "prévu"}
"""Past participles (masculine singular) of the lemmas that are not regular -er verbs."""


def participles(lemma: str) -> str:
    """A regular expression alternative matching the four past participles of ``lemma``
    ("annoncer" → "annonc(?:é|ée|és|ées)", "maintenir" → "maintenu(?:e|s|es)?",
    "promettre" → "promis(?:e|es)?"). Raises ``KeyError`` for a lemma neither in -er nor
    in :data:`_IRREGULAR`."""
    if lemma in _IRREGULAR:
        masculine = _IRREGULAR[lemma]
        return masculine + ("(?:e|es)?" if masculine.endswith("s") else "(?:e|s|es)?")
    if not lemma.endswith("er"):
        raise KeyError(lemma)
    return lemma[:-2] + "(?:é|ée|és|ées)"


ANNOUNCING = "|".join(participles(lemma) for lemma in ANNOUNCING_LEMMAS)
"""The past participles of :data:`ANNOUNCING_LEMMAS`, as one alternation."""

PROSPECTIVE_NOUNS = (r"préavis|date\s+limite|dates\s+limites|date\s+butoir|dates\s+butoirs|"
                     r"échéances?|ultimatums?|deadline|délai|délais")
"""Nouns of a coming event or a deadline: a notice of a strike, a time limit, a term."""
_NOUN_BEFORE = re.compile(
    rf"(?i)\b(?:{PROSPECTIVE_NOUNS})(?:\s+(?:de|d['’])\s*[^\W\d_]+)?\s+"
    r"(?:du|au|pour\s+le|fixée?s?\s+au|le)\s+$")
"""Such a noun, with a complement of its own ("préavis de grève"), right before a date it
governs ("du 18 décembre", "pour le 5 mars", "fixée au 3 juin")."""


def governed_by_prospective_noun(before: str) -> bool:
    """Whether ``before`` (the text of the clause up to a date) ends with a noun of a
    coming event or deadline governing the date ("leur préavis de grève du ", "la date
    limite du "), see :data:`PROSPECTIVE_NOUNS`."""
    return _NOUN_BEFORE.search(before) is not None


_SAYING_PAST = re.compile(
    r"(?i)\b(?:a|ont|avait|avaient)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:annonc|indiqu|précis|expliqu|affirm|assur|déclar|confirm|estim|rappel|répét|"
    r"fait\s+savoir|dit|écrit|promis|répondu|admis|reconnu|souligné|ajouté|prévenu|"
    r"averti|jugé|considéré|fait\s+valoir)[^\W\d_]*\b")
"""A past verb of saying or announcing (compound past), the head of a completive."""
_IMPERFECT = re.compile(r"(?i)\b[^\W\d_]{2,}(?<!r)(?:ait|aient)\b"
                        r"(?!(?:(?<=\bavait)|(?<=\bétait)|(?<=\bavaient)|(?<=\bétaient))"
                        r"\s+(?:déjà\s+|bien\s+|aussi\s+)?[^\W\d_]+(?:é|ée|és|ées|i|is|"
                        r"u|us|ert|erts|it|its)\b)")
"""An imperfect ("renonçait", "abandonnaient"), not a conditional ("serait", "aurait lieu",
"s'achèveraient": a future in the past, which keeps looking forward), nor the auxiliary of a
pluperfect ("avaient alerté dès décembre": a past before the saying, Grevisse § 870,
t-enrich25 E8)."""
_COMPLETIVE_END = re.compile(r"(?i)(?<![\w'’-])(?:qu['’]|que(?![\w'’-]))\s*[^\W\d_]*\s*$")


def reported_present(head: str, own: str) -> str:
    """``own`` (the words of a completive before a mention) with its imperfects blanked
    out when ``head`` (the words before the clause's "que") ends with a past verb of
    saying: "a annoncé ce jeudi qu'" + "il renonçait à augmenter les tarifs au " — the
    imperfect is the reported present of the sequence of tenses (Grevisse § 869), which
    dates nothing. ``own`` unchanged otherwise (same length either way)."""
    if not _COMPLETIVE_END.search(head) or not _SAYING_PAST.search(head):
        return own
    return _IMPERFECT.sub(lambda m: " " * len(m.group()), own)


_APPOSITION = re.compile(r"(?i)\s*[»”\"]?\s*(?:,\s*soit\s+(?:le\s+)?|\(\s*(?:le\s+)?)$")


def spelled_out_by(between: str) -> bool:
    """Whether ``between`` (the text from a weekday's end to a day-and-month's start) puts
    the day and month in apposition to the weekday: "lundi, soit le ", "lundi », soit le
    ", "lundi (". The date then says which weekday it is."""
    return _APPOSITION.fullmatch(between) is not None


HOPING_FORMS = ("espère", "espèrent", "espérons", "espérez", "souhaite", "souhaitent",
                "compte", "comptent", "envisage", "envisagent", "table", "tablent",
                "vise", "visent", "ambitionne", "ambitionnent", "escompte", "escomptent")
"""Present forms of the verbs of hoping, expecting and aiming ("espérer", "souhaiter",
"compter", "envisager", "tabler sur", "viser", "ambitionner", "escompter"): what they
govern lies ahead of the moment of speaking (Gross, 1975: verbs with a prospective
complement)."""
_HOPING_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:" + "|".join(HOPING_FORMS) + r")(?![\w'’-])[^.!?;:«»\"]{0,80}$")


def hoped_for(before: str) -> bool:
    """Whether the words ``before`` a date, in its sentence, hold a present verb of hoping
    or aiming that governs it ("espère une réouverture complète à l'automne", "vise un
    retour au printemps"; newuser17a H11: the autumn was last year's)."""
    return _HOPING_BEFORE.search(before) is not None


_ALREADY_DONE = re.compile(
    r"(?i)(?<![\w'’-])déjà\s+[^\W\d_]{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s+$")


def already_done(before: str) -> bool:
    """Whether "déjà" and a past participle come right before a date ("une formule déjà
    employée au printemps"): the thing was done then, a date behind publication
    (newuser17a H11: it was next spring)."""
    return _ALREADY_DONE.search(before) is not None


_PURPOSE_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:pour\s+|afin\s+d(?:e\s+|['’]\s*)|en\s+vue\s+d(?:e\s+|['’]\s*))"
    r"(?:(?:se|y|en|leur|lui|nous|vous)\s+|s['’]\s*)?"
    r"(?!(?:avoir|être|etre)(?![\w'’-]))[^\W\d_]{3,}(?:er|ir|re|oir)(?![\w'’-])"
    r"[^.!?;:«»\"\n]{0,60}$")
"""A purpose clause, "pour", "afin de" or "en vue de" and an infinitive, before a date
in its sentence ("pour affronter l'Irlande ", "afin de rencontrer les syndicats "); not
a past infinitive ("pour avoir frappé", which tells what was done); never across a
paragraph (a headline's "pour se prononcer" governs nothing in the lead's "ne s'est pas
prononcé jeudi")."""


def purpose_ahead(before: str) -> bool:
    """Whether the words ``before`` a weekday, in its sentence, open a purpose clause
    (:data:`_PURPOSE_BEFORE`) that governs it: what one acts for lies after the act, so
    "a annoncé mardi une équipe inchangée pour affronter l'Irlande samedi" is the
    Saturday after the past announcement (t-enrich21 E13; Grevisse, *Le Bon Usage*,
    § 1147: the final clause tells an aim, posterior to the main verb)."""
    return _PURPOSE_BEFORE.search(before) is not None
