"""Whether "le texte" (or "the bill", "ce document") names a law or a report rather than a
person's communiqué: the words of a law, a bill or a report are the text's own, never
the last person quoted (f-speakers27: "Selon le texte, le patient devra « … »" after a
deputy's quote on the bill is the bill's wording, not the deputy's).

A definite description refers back to the most recent antecedent whose head it shares or
is a hypernym of (Poesio & Vieira 1998, direct anaphora and bridging by hyponymy; recency:
Lappin & Leass 1994); "texte" and "document" are hypernyms both of a law ("la proposition
de loi", "le projet de loi", "le décret", "l'initiative populaire") and of a statement
someone issued ("un communiqué", "une lettre"). When the most recent one before the quote,
outside quotation marks, is a law or a report, the text speaks for itself: a law is
adopted, not issued by a speaker (bench/data/README.md: the words of a law go to the
text).

Pure functions on the text.
"""

from __future__ import annotations

import re

MAX_LOOKBACK = 2000
"""Characters before the quote searched for the antecedent."""

_LAW = re.compile(
    r"(?i)(?<![\w'’-])(?:(?:projet|proposition|texte)s?[ \xa0]+de[ \xa0]+loi|lois?|"
    r"décrets?|arrêtés?|ordonnances?|amendements?|initiatives?[ \xa0]+(?:populaires?|"
    r"parlementaires?|citoyennes?)|résolutions?|directives?|règlements?|traités?|"
    r"conventions?|chartes?|constitutions?|rapports?|bills?|acts?|reports?|"
    r"legislation|measures?)(?![\w'’-])")
"""Nouns of a law, a bill or a report (French and English)."""
_STATEMENT = re.compile(
    r"(?i)(?<![\w'’-])(?:communiqués?|lettres?|courriers?|courriels?|messages?|missives?|"
    r"tribunes?|déclarations?|posts?|tweets?|publications?|statements?|letters?)(?![\w'’-])")
"""Nouns of a statement a speaker issues ("dans un communiqué, X précise")."""
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"")
_GENERIC = frozenset({"texte", "textes", "document", "documents", "text", "bill"})


def _blanked(text: str) -> str:
    """``text`` with the words inside quotation marks blanked (same length)."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def law_text(text: str, speaker: str, before: int) -> bool:
    """Whether ``speaker`` ("le texte", "ce document", "the bill"), a generic noun of a
    document at ``before`` in ``text``, refers back to a law or a report: the last noun of
    a law (:data:`_LAW`) before it, outside quotes and within :data:`MAX_LOOKBACK`
    characters, comes after the last noun of an issued statement (:data:`_STATEMENT`).
    False for any other speaker."""
    words = speaker.strip().lower().replace("’", "'").split()
    if not words or words[-1] not in _GENERIC or len(words) > 2:
        return False
    window = max(0, before - MAX_LOOKBACK)
    plain = _blanked(text[window:before])
    laws = [m.start() for m in _LAW.finditer(plain)]
    statements = [m.start() for m in _STATEMENT.finditer(plain)]
    return bool(laws) and (not statements or laws[-1] > statements[-1])
