"""A weekday of habit in the Romance languages: "le samedi", "il sabato", "el domingo",
"no domingo" when they say every such day (issue 16; t-final55 A9, t-final55b A0b, A7).

French and Italian name a weekday of habit with the definite article and a given day
without it ("les bus gratuits le samedi", "chiude due ore prima il sabato" against
"samedi", "sabato": Grevisse, *Le Bon Usage* § 588; Serianni, *Grammatica italiana*
IV.33): the article alone marks the habit. Spanish and Portuguese name a given day with
the article too ("el domingo", "no domingo": RAE, *Nueva gramática* §17.4k; Cunha & Cintra
cap. 9) and the habit mostly with the plural ("los domingos", "aos domingos"); their
singular is a habit when its clause says so: a present (no past nor future read in it)
with an adverb of frequency or of restriction, or "soler"/"costumar" (RAE §28.14,
§30.8: "que siempre se reúnen el viernes", "que abren el domingo solo en Navidad", "que
sempre abre no domingo", :data:`FREQUENCY`). One rule, two strengths: in all four, the
article before the weekday; in French and Italian it suffices, in Spanish and Portuguese
the clause's habitual present is asked for as well. A weekday followed by what singles
one day out ("le samedi 5", "il sabato successivo", "el domingo siguiente", "no domingo
passado": :data:`ONE_DAY_AFTER`) stays a date.

French is read by :mod:`veille.enrich.dates` (``_HABIT_ARTICLE``, ``_DAY_OF_A_TOLD_WEEK``);
this module serves Italian, Spanish and Portuguese (:mod:`veille.enrich.date_foreign`).
Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

HABIT_ARTICLE = {
    "it": re.compile(r"(?i)(?:^|[^\w'’])(?:il|la)\s+$"),
    "es": re.compile(r"(?i)(?:^|[^\w'’])el\s+$"),
    "pt": re.compile(r"(?i)(?:^|[^\w'’-])(?:o|no)\s+$"),
    "ca": re.compile(r"(?i)(?:^|[^\w'’-])(?:el|els|cada)\s+$"),
}
"""The singular definite article right before a weekday (with Portuguese "em" + "o")."""
ARTICLE_SUFFICES = frozenset({"it"})
"""The languages whose article alone marks the habit (French too, in ``dates``)."""
PLURAL_ARTICLE = {"ca": re.compile(r"(?i)(?:^|[^\w'’-])els\s+$")}
"""The plural article before a weekday whose name does not change in the plural ("els
dimecres": on Wednesdays, IEC *Gramàtica* §13.4): a habit whatever the clause, as
Italian's singular article."""
ONE_DAY_AFTER = {
    "it": re.compile(r"(?i)\s*(?:\d|successiv|seguent|precedent|prima\b|dopo\b|stess|scors|"
                     r"prossim)"),
    "es": re.compile(r"(?i)\s*(?:\d|siguiente|anterior|mism|pasad|próxim|que\s+viene|"
                     r"de\s+(?:la|esta)\s+semana)"),
    "pt": re.compile(r"(?i)\s*(?:[(\d]|seguinte|anterior|mesm|passad|próxim|que\s+vem|"
                     r"d[ae]\s+(?:semana|esta\s+semana))"),
    "ca": re.compile(r"(?i)\s*(?:[(\d]|següent|anterior|mateix|passat|pròxim|proper|vinent|"
                     r"que\s+ve|d['’]?aquesta\s+setmana|de\s+la\s+setmana)"),
}
"""What names one day after a weekday: its day number, "next", "last", "following", "same"
(closed classes of the grammars cited above)."""
FREQUENCY = {
    "it": re.compile(r"(?i)\b(?:sempre|mai|spesso|solitamente|abitualmente|normalmente|"
                     r"generalmente|ogni|di\s+solito|solo|soltanto|soltanto)\b"),
    "es": re.compile(r"(?i)\b(?:siempre|nunca|jamás|normalmente|habitualmente|"
                     r"generalmente|usualmente|frecuentemente|a\s+menudo|a\s+veces|cada|"
                     r"suel[eo]n?|solía[n]?|solo|sólo|solamente|únicamente|"
                     r"por\s+lo\s+general)\b"),
    "pt": re.compile(r"(?i)\b(?:sempre|nunca|jamais|normalmente|habitualmente|geralmente|"
                     r"frequentemente|às\s+vezes|cada|costuma[mv]?|costumava[m]?|só|"
                     r"somente|apenas|unicamente|em\s+geral)\b"),
    "ca": re.compile(r"(?i)\b(?:sempre|mai|sovint|normalment|habitualment|generalment|"
                     r"freqüentment|de\s+vegades|a\s+vegades|cada|sol|solen|solia|solien|"
                     r"només|tan\s+sols|únicament|en\s+general)\b"),
}
"""Adverbs of frequency and restriction, and "soler"/"costumar" (RAE §30.8, §28.14;
Serianni XII.28; Cunha & Cintra cap. 14; closed classes): with one, a present clause
tells a habit."""


def weekday_of_habit(language: str, before: str, after: str, clause_before: str,
                     clause_after: str, tensed: bool) -> bool:
    """Whether a weekday is one of habit, no date: ``before`` is the text right before it,
    ``after`` the text from its end on, ``clause_before``/``clause_after`` its clause on
    either side (to the nearest comma), ``tensed`` whether a past or a future is read in
    that clause. False for a language this module does not read."""
    article = HABIT_ARTICLE.get(language)
    if article is None or not article.search(before) or ONE_DAY_AFTER[language].match(after):
        return False
    if language in ARTICLE_SUFFICES or (
            (plural := PLURAL_ARTICLE.get(language)) is not None and plural.search(before)):
        return True
    return not tensed and bool(FREQUENCY[language].search(clause_before)
                               or FREQUENCY[language].search(clause_after))
