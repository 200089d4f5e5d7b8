"""Persons a Spanish, Portuguese or Italian text introduces by a role then their name in
apposition: "La ministra de Transición Ecológica, Sara Aagesen, ha asegurado …", "A
ministra da Saúde, Ana Paula Martins, justificou …", "il presidente della Regione
Toscana, Eugenio Giani, ha detto …" (issue 16, t-final66 F2).

The French introductions (:func:`veille.enrich.quotes_refs.introductions`) read French
articles and prepositions ("la", "de la", "du"); these languages' articles ("el", "o",
"a", "il", "lo") and contracted prepositions ("da", "do", "del", "della", "dos") are not
among them, so a later description ("», afirmou a governante", "», disse o autarca")
found no holder and stayed the speaker, or a place after it took its place. The shape
read here is the detached apposition of a name to a role (RAE, *Nueva gramática*,
§ 12.13, "aposición explicativa"; Cunha and Cintra, *Nova gramática do português
contemporâneo*, ch. 7, "aposto explicativo"): a definite article, a role noun of
:data:`ROMANCE_ROLE_HEADS`, its complement of at most twelve words with no comma, then the
name (two to five capitalised words, their particles between) between commas.

Pure text reading, no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from veille.enrich.quotes_titles import ROLE_NOUNS
from veille.enrich.text import fold

__all__ = ["ROMANCE_ROLE_HEADS", "RomanceIntroduction", "romance_introductions"]

ROMANCE_ROLE_HEADS = ROLE_NOUNS | frozenset(
    "ministro ministra presidente presidenta alcalde alcaldesa concejal concejala consejero "
    "consejera conseller consellera vereador vereadora director directora diretor diretora "
    "secretario secretaria secretario-geral secretaria-geral portavoz porta-voz delegado "
    "delegada subdelegado subdelegada comisario comisaria sindaco sindaca assessore assessora "
    "governatore governatrice prefetto questore comandante capitano dirigente responsabile "
    "coordinador coordinadora coordenador coordenadora gerente jefe jefa chefe "
    "procurador procuradora fiscal juez jueza juiz juiza".split())
"""Role nouns (folded) opening an introduction: the title nouns of the quote rules
(``quotes_titles.ROLE_NOUNS``) and the common es/pt/it office nouns."""

_ARTICLES = {"el": "m", "la": "f", "o": "m", "a": "f", "il": "m", "lo": "m", "l'": "",
             "l’": ""}
"""Definite articles (lower-cased) and the gender each marks ("" for the elided one)."""

_NAME_PARTICLE = r"(?:de|da|do|das|dos|del|della|di|de[ \xa0]+la|de[ \xa0]+los|y|e)"
_CAPITALISED = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*"
_INTRODUCTION = re.compile(
    r"(?<![\w'’])(El|La|O|A|Il|Lo|L['’]|el|la|o|a|il|lo|l['’])[ \xa0]*"
    r"([a-zà-ÿ][a-zà-ÿ-]{2,})"
    r"((?:[ \xa0]+[^\s,.;:!?«»“”\"()]+){0,12}?)"
    r",[ \xa0]+(" + _CAPITALISED + r"(?:[ \xa0]+(?:" + _NAME_PARTICLE + r"[ \xa0]+)?"
    + _CAPITALISED + r"){1,4})[ \xa0]*,")
"""Article, role noun, its complement (no comma), then the name between commas."""


class RomanceIntroduction(NamedTuple):
    """A person introduced by a role: ``name`` at ``text[start:end]``, its ``role`` (head
    and complement, as written) and the ``gender`` the article marks ("m", "f" or "")."""

    name: str
    start: int
    end: int
    role: str
    gender: str


def romance_introductions(text: str, before: int) -> list[RomanceIntroduction]:
    """The role-then-name introductions of ``text[:before]`` (module docstring), in text
    order: "A ministra da Saúde, Ana Paula Martins," → ("Ana Paula Martins", …, "ministra
    da Saúde", "f"). A role noun that is none of :data:`ROMANCE_ROLE_HEADS` ("la cinta",
    "a decisão") introduces no one."""
    found: list[RomanceIntroduction] = []
    for match in _INTRODUCTION.finditer(text, 0, before):
        if fold(match.group(2)) not in ROMANCE_ROLE_HEADS:
            continue
        role = (match.group(2) + match.group(3)).strip()
        found.append(RomanceIntroduction(match.group(4), match.start(4), match.end(4), role,
                                         _ARTICLES.get(match.group(1).lower(), "")))
    return found
