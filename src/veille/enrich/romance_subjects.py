"""The subject of a Spanish, Italian or Portuguese speech verb in a compound tense, read
by the French rule forms (issue 16, t-final53 A6).

No model is loaded for it/es/pt (``stage.READ_LANGUAGES``): their quotes are read by the
French rules (subject + auxiliary + participle + quote). Two shapes of these languages
are not French and misled them:

- the auxiliary of the compound past: Italian "ha"/"hanno" ("ha detto", "hanno chiesto"),
  Spanish "ha"/"han" ("ha dicho", "han pedido"), Portuguese "tem"/"têm" (the "pretérito
  perfeito composto", "tem dito"), and the pluperfect's "aveva", "había", "tinha"; the
  French rules strip "a"/"ont"/"avait", not these, so the speaker kept them ("Giuseppe
  Sala ha");
- the definite article opening a sentence, Italian "Il"/"Lo"/"Gli", Spanish "El"/"Los",
  Portuguese "O"/"A": "Il sindaco …" was read as the French pronoun "Il" (its speaker then
  the previous one, an entity of an earlier sentence).

:func:`as_french_shapes` rewrites these words, in a sentence whose verb is such a compound
or a Spanish/Italian/Portuguese speech form (``ROMANCE_SPEECH_FORMS``), into the French
words of the same length and role ("ha" → " a", "hanno" → "  ont", "Il" → "Le", "O" →
"L’"), so that the offsets of every quote and speaker are those of the text. A French
sentence is never rewritten: its auxiliaries are French words, none of the ones above,
and a French "Il" is followed by its verb, not by a noun and then a name.
"""

from __future__ import annotations

import re

from veille.enrich.organisation_heads import is_organisation_head
from veille.enrich.quotes_refs import ROLE
from veille.enrich.romance_sources import as_french_sources
from veille.enrich.romance_speech import ROMANCE_SPEECH_FORMS
from veille.enrich.subject_pronouns import SUBJECT_PRONOUNS
from veille.enrich.text import TITLE_NOUNS, fold

__all__ = ["as_french_shapes"]

_AUXILIARIES = {"ha": " a", "hanno": "  ont", "han": "ont", "tem": "  a", "têm": "ont",
                "aveva": "avait", "había": "avait", "tinha": "avait"}
"""Romance auxiliaries of the compound past and pluperfect (3rd persons) → French ones of
the same length (Serianni, *Grammatica italiana*, XI § 42; RAE, *Nueva gramática*, § 23.7;
Cunha and Cintra, ch. 13, "tempos compostos")."""

_FRENCH_HOMOGRAPHS = frozenset({"insiste", "commenta", "avisa", "lamenta", "manifesta"})
"""Forms of ``ROMANCE_SPEECH_FORMS`` that are French words too ("il insiste", the passé
simple "il commenta"): no sign that a sentence is not French."""

_ARTICLES = {"Il": "Le", "Lo": "Le", "El": "Le", "Los": "Les", "Las": "Les", "Gli": "Les",
             "O": "L’", "A": "L’", "I": "L’"}
"""Sentence-opening definite articles that French lacks or reads otherwise → French ones
of the same length; a one-letter article (Portuguese "O"/"A", Italian "I") and the space
after it become the elided "L’" ("O presidente" → "L’presidente")."""

_COMPOUND = re.compile(
    r"(?<![\w'’-])(" + "|".join(sorted(_AUXILIARIES, key=len, reverse=True)) +
    r")(?=[ \xa0]+(?:[a-zà-ÿ]+mente[ \xa0]+)?([a-zà-ÿñ]+)\b)")
"""An auxiliary before a participle (an adverb in -mente may stand between)."""

_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿñ]+(?![\w'’-])")

_OPENING = re.compile(
    r"(" + "|".join(_ARTICLES) +
    r")[ \xa0]+(?=[a-zà-ÿ][\w’'-]*(?:[ \xa0]+(?:[a-zà-ÿ][\w’'-]*))*?[ \xa0]+[A-ZÀ-Ý])")
"""A sentence-opening article before a lower-case noun (and its complements) and then a
capitalised name: "Il sindaco Giuseppe Sala", "O primeiro-ministro Luís Montenegro"."""

_BODY_OPENING = re.compile(
    r"(" + "|".join(_ARTICLES) + r")[ \xa0]+(?=([A-ZÀ-Ý][\w’'-]+))")
"""A sentence-opening article before a capitalised body's head noun ("Il Comune di Milano
ha dichiarato che", "El Ayuntamiento de Tarazona ha explicado", "A Câmara Municipal do
Porto afirmou": ``organisation_heads``): "Il" is the article, never the French pronoun,
whose reading left the quote to the previous speaker (t-check62 #3)."""


def _body_opening(text: str, at: int) -> re.Match[str] | None:
    """The article of ``_BODY_OPENING`` at ``at`` when a body's head noun follows it."""
    m = _BODY_OPENING.match(text, at)
    return m if m is not None and any(
        is_organisation_head(m.group(2), lang) for lang in ("it", "es", "pt", "ca")) else None


_POSTPOSED_ARTICLES = {"el": "le", "il": "le", "lo": "le", "o": "l’", "a": "l’", "los": "les",
                       "las": "les"}
"""Definite articles of a subject inverted after its speech verb → French ones of the same
length (the one-letter Portuguese article and its space become the elided "l’")."""

_POSTPOSED = re.compile(
    r"(?<![\w'’-])([a-zà-ÿ]+)[ \xa0]+(" + "|".join(_POSTPOSED_ARTICLES) +
    r")[ \xa0]+(?=([a-zà-ÿ][\w’'-]{2,}))")
"""A speech verb, then the definite article of its inverted subject and a lower-case noun:
'", dijo el alcalde', '», ha detto il sindaco', '", disse a ministra' (RAE, *Nueva
gramática*, § 40.3; Serianni XI § 12; Cunha and Cintra ch. 7: the subject after the verb of
saying in an incise)."""

_DETERMINERS_AFTER_A = frozenset(
    "este esta estos estas ese esa aquel aquella aquest aquesta questo questa quel quella "
    "la el los las lo il gli su sus un una uno nuestro nuestra".split())
"""Determiners that follow the preposition "a", never the Portuguese article "a" (which
stands before a noun): "a este diario", "a la prensa", "a su entorno"."""

_TITLED_COLON = re.compile(
    r"(?<![\w'’-])(Il|il|Lo|lo|El|el|O|o)[ \xa0]+([a-zà-ÿ][\w’'-]+)[ \xa0]+"
    r"(?:(?:d[aeiou]\w{0,3}|de)[ \xa0]+[\w’'-]+[ \xa0]+)?"
    r"[A-ZÀ-Ý][\w’'-]+(?:[ \xa0]+[A-ZÀ-Ý][\w’'-]+){0,2}[ \xa0]*:[ \xa0]*[«“\"„]")
"""A headline's colon introduction by a role and its holder, opened by an Italian,
Spanish or Portuguese article: 'Il ministro Vasseur: "…"', "Lecco, il sindaco Ferrante:
"…"" (t-final59: no speaker; the French rules read "Il"/"il" as the pronoun): the article
is rewritten as the French one, the role noun being one of
:data:`veille.enrich.quotes_refs.ROLE` that is no French title ("ministro", "sindaco",
"alcalde"; r-quotes60)."""
_BODY_COLON = re.compile(
    r"(?<![\w'’-])(" + "|".join(_ARTICLES) + r")[ \xa0]+([A-ZÀ-Ý][\w’'-]+)"
    r"(?:[ \xa0]+[\w’'-]+){0,4}?[ \xa0]*:[ \xa0]*[«“\"„]")
"""A colon introduction by a body opened by an Italian, Spanish or Portuguese article
(a headline's or standfirst's 'Il Comune: "Verifiche…"', 'El Ayuntamiento: "…"', 'A Câmara
do Porto: "…"'): the article is rewritten as the French one when the noun heads a body's
name (``organisation_heads``), so "Il" is no French pronoun leaving the quote with no
speaker (t-final63 #10)."""
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")


def _romance_sentence(sentence: str) -> bool:
    """Whether a sentence's verb is a Spanish, Italian or Portuguese speech form."""
    return any(m.group() in ROMANCE_SPEECH_FORMS and m.group() not in _FRENCH_HOMOGRAPHS
               for m in _WORD.finditer(sentence))


def as_french_shapes(text: str) -> str:
    """``text`` of the same length with, in each sentence whose verb is a Spanish,
    Italian or Portuguese speech form, the compound tense's auxiliary and the opening
    definite article written as their French equivalents (see the module), and the
    attribution prepositions "secondo", "según", "segundo" as "d'après"/"selon"
    (:func:`~veille.enrich.romance_sources.as_french_sources`); the text itself when no
    sentence is such."""
    text = as_french_sources(text)
    out = list(text)
    changed = False
    for match in _TITLED_COLON.finditer(text):
        if re.fullmatch(ROLE, match.group(2), re.IGNORECASE) is None or \
                fold(match.group(2)) in TITLE_NOUNS:
            continue  # (a French title: "le ministre X :" needs no rewriting)
        french = _ARTICLES.get(match.group(1)) or \
            _POSTPOSED_ARTICLES.get(match.group(1).lower(), "")
        french = french if match.group(1)[:1].isupper() else french.lower()
        if french and text[match.start(1):match.start(1) + len(french)] != french:
            out[match.start(1):match.start(1) + len(french)] = french
            changed = True
    for match in _BODY_COLON.finditer(text):
        if any(is_organisation_head(match.group(2), lang) for lang in ("it", "es", "pt", "ca")):
            french = _ARTICLES[match.group(1)]
            out[match.start(1):match.start(1) + len(french)] = french
            changed = True
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group()
        if not _romance_sentence(body):
            continue
        for match in _COMPOUND.finditer(body):
            if match.group(2) not in ROMANCE_SPEECH_FORMS:
                continue
            french = _AUXILIARIES[match.group(1)]
            begin = sentence.start() + match.start(1)
            out[begin:begin + len(french)] = french
            changed = True
        for match in _POSTPOSED.finditer(body):
            if match.group(1) not in ROMANCE_SPEECH_FORMS or \
                    match.group(1) in _FRENCH_HOMOGRAPHS or \
                    match.group(3).lower() in SUBJECT_PRONOUNS or (
                        match.group(2) == "a" and (match.group(3).endswith("s")
                                                   or match.group(3) in _DETERMINERS_AFTER_A)):
                continue  # "disse a ele", "disse a jornalistas": "a" is the preposition
                # (and "ha explicado a este diario", "a la prensa": an article or a
                # demonstrative follows no article; h-speakers65)
            french = _POSTPOSED_ARTICLES[match.group(2)]
            begin = sentence.start() + match.start(2)
            out[begin:begin + len(french)] = french
            changed = True
        at = sentence.start() + len(body) - len(body.lstrip())
        opening = _OPENING.match(text, at) or _body_opening(text, at)
        if opening is not None:
            french = _ARTICLES[opening.group(1)]
            out[opening.start(1):opening.start(1) + len(french)] = french
            changed = True
    return "".join(out) if changed else text
