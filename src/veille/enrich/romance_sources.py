"""The attribution preposition of Italian, Spanish and Portuguese ("Secondo il sindaco X,
…", "Según el portavoz X, …", "Segundo o presidente do sindicato, X, …") written as the
French one, so that the French "selon X" rules read it (t-final55b A6).

No model is loaded for it/es/pt (``stage.READ_LANGUAGES``): their quotes are read by the
French rules. French "selon X" / "d'après X" and English "according to X" name the source
of the statement that follows (Grevisse, *Le Bon Usage*, § 1045: "selon" introduces the
source of an assertion); Italian "secondo" (Treccani, "secondo", prep. 3: "stando a,
come dice"), Spanish "según" (RAE, *Diccionario*, "según", 1: "conforme o con arreglo a",
"con relación a otra persona") and Portuguese "segundo" (Houaiss, "segundo", prep.: "de
acordo com, conforme o que diz") are the same preposition. Unread, the quote after them
was given the previous speaker (or none).

"Secondo" and "segundo" are also ordinals ("il secondo giorno", "o segundo dia", "por
segundo día"), so they are read as the preposition only where a source stands: opening a
sentence or after a comma, semicolon or colon ("Segundo dia de greve", "o segundo dia"
stay ordinals); "según" is no ordinal and is read wherever it stands. Each is read only
before a definite article and a word or before a capitalised name ("según informó la
empresa", "secondo me" are left alone). The definite article after the preposition is
written as the French one ("il" → "le", "el" → "le", "o" → "l’", "a" → "l’"), each
rewrite of the same length, so that the offsets of every quote and speaker hold.
The locutions "en/por palabras de X" (es), "nas palavras de X" (pt), "nelle parole di X"
(it) are read as "selon X" too (t-final56 A3: "Por palabras de X" gave no speaker).
"""

from __future__ import annotations

import re

__all__ = ["as_french_sources"]

_PREPOSITIONS = {"Secondo": "D'après", "secondo": "d'après", "Segundo": "D'après",
                 "segundo": "d'après", "Según": "Selon", "según": "selon"}
"""The attribution prepositions → French ones of the same length."""

_ARTICLES = {"il": "le", "lo": "le", "el": "le", "gli": "les", "los": "les", "las": "les",
             "os": "les", "as": "les", "o": "l’", "a": "l’", "i": "l’"}
"""Definite articles French lacks or reads otherwise (Portuguese "a" is the French
preposition, "o" no word) → French ones of the same length; a one-letter article and the
space after it become the elided "l’" ("o presidente" → "l’presidente")."""

_SOURCE = re.compile(
    r"(?<![\w'’-])(?P<prep>Secondo|secondo|Segundo|segundo|Según|según)[ \xa0]+"
    r"(?:(?P<article>il|lo|la|gli|le|el|los|las|o|a|os|as|i)[ \xa0]+(?=[a-zà-ÿñA-ZÀ-Ý])"
    r"|(?P<elided>l['’])(?=[a-zà-ÿñA-ZÀ-Ý])"
    r"|(?=[A-ZÀ-Ý][a-zà-ÿñ]))")
"""An attribution preposition before a definite article and a word, or before a
capitalised name."""
_ORDINAL_FREE = frozenset({"Según", "según"})
"""The prepositions that are no ordinal, read wherever they stand."""


_IN_WORDS = re.compile(
    r"(?<![\w'’-])(?:[Ee]n|[Pp]or|[Nn]as|[Nn]elle)[ \xa0]+(?:palabras|palavras|parole)"
    r"[ \xa0]+(?P<link>del|della|dello|de|di|do|da)[ \xa0]+"
    r"(?:(?P<article>il|lo|la|el|o|a)[ \xa0]+)?(?=[a-zà-ÿñA-ZÀ-Ý])")
""""En palabras de X", "Por palabras de X" (es), "Nas palavras do X" (pt), "Nelle parole
di X" (it): the words quoted are X's, as after "selon" (RAE, *Diccionario*, "palabra",
locution "en palabras de"); the link word may hold the article ("del", "do", "della")."""
_CONTRACTED = {"del": "le", "dello": "le", "do": "le", "della": "la", "da": "la"}
"""A preposition contracted with the definite article → the French article."""


def _in_words(text: str, out: list[str]) -> bool:
    """Write each "en palabras de" shape of ``text`` (:data:`_IN_WORDS`) into ``out`` as
    "Selon", spaces and the French article, of the same length; whether any was."""
    changed = False
    for match in _IN_WORDS.finditer(text):
        link = match.group("link")
        article = match.group("article")
        lead_end = match.end("link")
        if link in _CONTRACTED:
            french = _CONTRACTED[link]
            lead = "Selon".ljust(lead_end - match.start() - len(french)) + french
        else:
            lead = "Selon".ljust(lead_end - match.start())
        if match.group()[:1].islower():
            lead = lead.lower()
        out[match.start():lead_end] = lead
        if article is not None:
            replaced = _ARTICLES.get(article.lower(), article)
            span = match.start("article")
            out[span:span + len(replaced)] = replaced
        changed = True
    return changed


def _opens_source(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence or follows a comma, semicolon or colon (see the
    module)."""
    before = text[:at].rstrip(" \xa0")
    return not before or before[-1] in ".!?…\n,;:"


def as_french_sources(text: str) -> str:
    """``text`` of the same length with each Italian, Spanish or Portuguese attribution
    preposition, and the definite article after it, written as the French ones (see the
    module); ``text`` itself when there is none."""
    if "egundo" not in text and "econdo" not in text and "egún" not in text and \
            "alabras" not in text and "alavras" not in text and "parole" not in text:
        return text
    out = list(text)
    changed = _in_words(text, out)
    for match in _SOURCE.finditer(text):
        prep = match.group("prep")
        if prep not in _ORDINAL_FREE and not _opens_source(text, match.start()):
            continue
        french = _PREPOSITIONS[prep]
        out[match.start():match.start() + len(french)] = french
        word = match.group("article")
        if word is not None:
            replaced = _ARTICLES.get(word.lower(), word)
            span = match.start("article")
            out[span:span + len(replaced)] = replaced  # "o " → "l’": the space is taken
        changed = True
    return "".join(out) if changed else text
