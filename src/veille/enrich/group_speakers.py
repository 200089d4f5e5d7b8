"""Collective speakers read by the French rules in Spanish, Italian and Portuguese texts
(issue 16, r-quotes58): the group noun is the speaker, never the noun with its verb.

No Spanish, Italian or Portuguese model is loaded, so the subject of a quote is cut from
the words before it by the French rule forms. Two faults came of it:

- a colon introduction whose verb is no known verb of saying, "La plantilla estalla: «…»",
  "El sindicato acusa: «…»": the French colon rule takes every word before the colon as
  the speaker ("plantilla estalla"); a group noun (a collective, the plural of a
  people noun) then one lower-case word with a finite verb's ending is the group and its
  verb (the subject precedes the verb: RAE, *Nueva gramática*, § 40.1; Serianni,
  *Grammatica italiana*, II § 5; Cunha and Cintra, ch. 7);
- a subject clause read whole, "La plantilla de los astilleros rechaza la propuesta de
  la empresa, que considera «…»": a speaker holding a finite verb of saying not after a
  determiner or a preposition (then it is a noun, "la denuncia") ends before that verb.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.romance_speech import ROMANCE_SPEECH_FORMS
from veille.enrich.text import fold

__all__ = ["GROUP_NOUNS", "is_group", "without_verb"]

GROUP_NOUNS = frozenset(
    # Spanish
    "plantilla trabajadores vecinos sindicato sindicatos comite empleados familias padres "
    "residentes habitantes afectados agricultores ganaderos pescadores comerciantes "
    "estudiantes alumnos medicos enfermeros profesores jubilados pasajeros usuarios "
    # Italian
    "lavoratori residenti abitanti cittadini genitori sindacati dipendenti operai famiglie "
    "commercianti studenti pendolari agricoltori medici infermieri "
    # Portuguese
    "trabalhadores moradores funcionarios pais sindicatos comerciantes agricultores "
    "estudantes medicos enfermeiros professores reformados passageiros utentes "
    # French
    "salaries habitants riverains parents syndicats grevistes agents commercants eleves".split())
"""Group nouns (folded): collectives and plural nouns of people who speak as one."""

_GROUP_ARTICLE = re.compile(r"(?i)(?:el|la|los|las|il|i|gli|le|les|l['’]|o|a|os|as|die|the)"
                            r"[ \xa0']+")


def is_group(speaker: str) -> bool:
    """Whether ``speaker`` is a group noun (:data:`GROUP_NOUNS`), with its article or
    not, and at most a complement after it ("plantilla de Conservas Ribera")."""
    words = _GROUP_ARTICLE.sub("", speaker.strip(), count=1).split()
    return bool(words) and fold(words[0]) in GROUP_NOUNS and (
        len(words) == 1 or fold(words[1]) in ("de", "del", "di", "da", "do", "des", "du",
                                              "della", "dei", "of", "der", "von"))


_DETERMINERS = frozenset(
    "el la los las lo un una unos unas il i gli le l o os as um uma les un une des du de del "
    "della dello dei degli delle da do das dos di a al alla ai agli en in no na nos nas nel "
    "nella su sus sua suo seu sua au aux sa son ses".split())
"""Determiners and prepositions: a verb form after one of these is a noun ("la denuncia")."""

_VERB_ENDING = re.compile(r"(?:a|an|e|en|ano|ono|am|em|ó|ou|aron|eron|ent)$")
"""Endings of the third persons of Spanish, Italian, Portuguese and French finite verbs."""


def without_verb(speaker: str, cue: str) -> str:
    """``speaker`` without a finite verb that ended up inside it (see the module): cut
    before an inner known verb of saying not after a determiner, or, after a colon
    (``cue`` ":"), the last word after a group noun when it has a verb's ending. The
    speaker unchanged otherwise (its start never moves)."""
    words = list(re.finditer(r"[\w'’-]+", speaker))
    for n, word in enumerate(words[1:], 1):
        form = word.group()
        if form.islower() and form in ROMANCE_SPEECH_FORMS and \
                fold(words[n - 1].group()).strip("'’") not in _DETERMINERS:
            return speaker[:word.start()].rstrip(" ,")
    if cue == ":" and len(words) >= 2:
        last, noun = words[-1].group(), fold(words[-2].group())
        if last.islower() and noun in GROUP_NOUNS and _VERB_ENDING.search(last) and \
                fold(last) not in GROUP_NOUNS and speaker[words[-1].end():].strip() == "":
            return speaker[:words[-1].start()].rstrip(" ,")
    return speaker
