"""A "page not found" page saved or copied as if it were an article (newuser11 T1: La
Presse's "Page introuvable" capture, stored with its apology as the body).

An error page addresses the reader about the page itself: "la page que vous cherchez
n'existe pas", "the page you are looking for", "la page demandée n'existe plus". An article
speaks of the world, and a brief that mentions a web page ("la page Facebook de la mairie,
introuvable depuis lundi") does not tell the reader that *they* are looking for it. So the
rule needs both: a short body (at most :data:`MAX_PARAGRAPHS` paragraphs and
:data:`MAX_CHARS` characters, what an error message takes) whose first paragraph holds
such a phrase (:data:`NOT_FOUND`). The phrase list is the one lexical part, in the
languages veille serves first (French, English); the shape decides with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["MAX_CHARS", "MAX_PARAGRAPHS", "NOT_FOUND", "not_found_message"]

#: Paragraphs of an error page's message, at most.
MAX_PARAGRAPHS = 2
#: Characters of an error page's message, at most.
MAX_CHARS = 500
#: The page (or link, content) that the reader looks for, or that was asked for and does
#: not exist: a few words may come between the noun and the phrase ("la page web que vous").
NOT_FOUND = re.compile(
    r"(?i)\b(?:page|article|contenu|content|lien|link)s?\b(?:\s+\S+){0,3}?\s+"
    r"(?:que\s+vous\s+(?:cherchez|recherchez|demandez|avez\s+demand[ée]e?)"
    r"|(?:demand[ée]e?|recherch[ée]e?)\s+n['’]existe"
    r"|you(?:['’]re|\s+are|\s+were)?\s+(?:looking\s+for|trying\s+to\s+reach|requested"
    r"|searched\s+for))")


def not_found_message(paragraphs: Sequence[str]) -> bool:
    """Whether ``paragraphs`` (an extracted body) are a "page not found" message rather
    than an article (module docstring)."""
    if not paragraphs or len(paragraphs) > MAX_PARAGRAPHS:
        return False
    if sum(len(p) for p in paragraphs) > MAX_CHARS:
        return False
    return NOT_FOUND.search(paragraphs[0]) is not None
