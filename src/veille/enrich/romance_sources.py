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
(it) are read as "selon X" too (t-final56 A3: "Por palabras de X" gave no speaker), and so
are "de acuerdo con X" (es; RAE, *Diccionario*, "acuerdo", locution "de acuerdo con":
"conforme a") and "de acordo com X" (pt; Houaiss, "acordo": "de acordo com", "segundo")
(t-final62 #2: "De acordo com o presidente …, Carlos Moedas, «…»" gave the previous
quote's speaker). A possessive after the preposition ("según su portavoz X", "segundo a
sua porta-voz X", "secondo il suo portavoce X") is written as the French one ("son"/"sa"/
"ses"), as "selon son porte-parole X" is read (t-final62 #2: "según su portavoz Ana María
de los Santos, «…»" gave the previous quote's speaker). German "laut" (Duden, "laut",
Präposition: "nach Angabe von, gemäß") before "dem"/"der" is written "selon le"/"selon la"
of the same length (t-final62 #2; "laut" is also the adjective "loud", so only these
shapes opening a sentence or after a comma are read).
"""

from __future__ import annotations

import re

__all__ = ["as_french_sources"]

_PREPOSITIONS = {"Secondo": "D'après", "secondo": "d'après", "Segundo": "D'après",
                 "segundo": "d'après", "Según": "Selon", "según": "selon",
                 "Segons": "Selon ", "segons": "selon "}
"""The attribution prepositions → French ones of the same length."""

_ARTICLES = {"il": "le", "lo": "le", "el": "le", "gli": "les", "los": "les", "las": "les",
             "os": "les", "as": "les", "o": "l’", "a": "l’", "i": "l’"}
"""Definite articles French lacks or reads otherwise (Portuguese "a" is the French
preposition, "o" no word) → French ones of the same length; a one-letter article and the
space after it become the elided "l’" ("o presidente" → "l’presidente")."""

_SOURCE = re.compile(
    r"(?<![\w'’-])(?P<prep>Secondo|secondo|Segundo|segundo|Según|según|Segons|segons)[ \xa0]+"
    r"(?:(?:(?P<article>il|lo|la|gli|le|el|los|las|o|a|os|as|i)[ \xa0]+)?"
    r"(?P<possessive>sus|su|seus|suas|seu|sua|suoi|sue|suo)[ \xa0]+(?=[a-zà-ÿñA-ZÀ-Ý])"
    r"|(?P<bare>il|lo|la|gli|le|el|los|las|o|a|os|as|i)[ \xa0]+(?=[a-zà-ÿñA-ZÀ-Ý])"
    r"|(?P<elided>l['’])(?=[a-zà-ÿñA-ZÀ-Ý])"
    # "según fuentes de la Consejería", "secondo fonti del ministero": the plural noun of
    # sources and its body (h-speakers65), read as French "selon sources de …"
    r"|(?=(?:fuentes|fonti|fontes|fonts)[ \xa0]+(?:de|del|di|dal|della|do|da|dels)[ \xa0'’])"
    r"|(?=[A-ZÀ-Ý][a-zà-ÿñ]))")
"""An attribution preposition before a possessive (after an optional definite article) and
a word, before a definite article and a word, or before a capitalised name."""
_POSSESSIVES = {"su": "sa", "sus": "ses", "seu": "son", "sua": "son", "seus": "ses ",
                "suas": "ses ", "suo": "son", "suoi": "ses ", "sue": "ses"}
"""A third-person possessive → the French one, of the same length (a space pads)."""
_ORDINAL_FREE = frozenset({"Según", "según"})
# Catalan "segons" (IEC, *Diccionari*, "segons", prep. 2: "d'acord amb el que diu") is also
# the plural ordinal ("els segons classificats"): read only where a source stands, as
# "secondo" (h-speakers65: "«…», segons el Servei Català de Trànsit" gave the previous
# quote's speaker); "Segons"/"segons" → "Selon "/"selon " (a space pads)
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


_ACCORDING = re.compile(
    r"(?<![\w'’-])(?P<lead>[Dd]e[ \xa0]+acuerdo[ \xa0]+con|[Dd]e[ \xa0]+acordo[ \xa0]+com)"
    r"[ \xa0]+(?:(?P<article>el|la|los|las|o|a|os|as)[ \xa0]+(?=[a-zà-ÿñA-ZÀ-Ý])"
    r"|(?=[A-ZÀ-Ý][a-zà-ÿñ]))")
""""De acuerdo con X" (es), "de acordo com X" (pt) before a definite article and a word or
before a capitalised name: "selon X" (see the module)."""


def _according(text: str, out: list[str]) -> bool:
    """Write each "de acuerdo con" shape of ``text`` (:data:`_ACCORDING`) opening a sentence
    or after a comma ("está de acuerdo con el alcalde" is agreement, no source) into ``out``
    as "Selon", spaces and the French article, of the same length; whether any was."""
    changed = False
    for match in _ACCORDING.finditer(text):
        if not _opens_source(text, match.start()):
            continue
        lead = "Selon".ljust(match.end("lead") - match.start())
        out[match.start():match.end("lead")] = lead if match.group()[0].isupper() else \
            lead.lower()
        article = match.group("article")
        if article is not None:
            replaced = _ARTICLES.get(article, article)
            span = match.start("article")
            out[span:span + len(replaced)] = replaced
        changed = True
    return changed


_LAUT = re.compile(r"(?<![\w'’-])(?P<lead>[Ll]aut[ \xa0]+d(?:em|er))[ \xa0]+(?=[A-ZÄÖÜ])")
""""Laut dem X" / "laut der X" before a capitalised noun (see the module)."""
_LAUT_FRENCH = {"em": "Selon le", "er": "Selon la"}
"""The German dative article's ending → "selon" and the French article, of the same length."""


def _laut(text: str, out: list[str]) -> bool:
    """Write each German "laut dem/der" (:data:`_LAUT`) opening a sentence or after a comma
    into ``out`` as "selon le/la", of the same length; whether any was."""
    changed = False
    for match in _LAUT.finditer(text):
        if not _opens_source(text, match.start()):
            continue
        lead = _LAUT_FRENCH[match.group("lead")[-2:]]
        out[match.start():match.end("lead")] = lead if match.group()[0].isupper() else \
            lead.lower()
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
            "alabras" not in text and "egons" not in text and "alavras" not in text and \
            "parole" not in text and \
            "acuerdo" not in text and "acordo" not in text and "aut d" not in text:
        return text
    out = list(text)
    changed = _in_words(text, out)
    changed = _according(text, out) or changed
    changed = _laut(text, out) or changed
    for match in _SOURCE.finditer(text):
        prep = match.group("prep")
        if prep not in _ORDINAL_FREE and not _opens_source(text, match.start()):
            continue
        french = _PREPOSITIONS[prep]
        out[match.start():match.start() + len(french)] = french
        possessive = match.group("possessive")
        if possessive is not None:
            span = match.start("possessive")
            out[span:span + len(possessive)] = _POSSESSIVES[possessive]
            if match.group("article") is not None:  # "il suo portavoce" → "son portavoce"
                out[match.start("article"):span] = " " * (span - match.start("article"))
        word = match.group("bare")
        if word is not None:
            replaced = _ARTICLES.get(word.lower(), word)
            span = match.start("bare")
            out[span:span + len(replaced)] = replaced  # "o " → "l’": the space is taken
        changed = True
    return "".join(out) if changed else text
