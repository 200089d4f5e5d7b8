"""The named body a definite description takes up by its own head noun: "the bank said"
after "The Bank of England held rates", "a estimé la banque" after "la Banque de France".

A definite description refers back to an antecedent whose head it shares (Poesio & Vieira
1998, direct anaphora, the head-matching rule; recency: Lappin & Leass 1994). A body's
proper name often holds the noun of its kind, capitalised ("Bank of England", "Deutsche
Bank", "Banque de France", "Cour des comptes"): the description with that noun as its
head, with no name of its own, is that body. This reads the name in the text, so it
holds when the recogniser missed the body (f-speakers27: the English model tagged
"England" alone in "The Bank of England held …").

Pure functions on the text.
"""

from __future__ import annotations

import re

from veille.enrich.body_referents import (
    ANY_BODY_NOUNS,
    ASSOCIATION_NOUNS,
    AUTHORITY_NOUNS,
    FIRM_NOUNS,
)
from veille.enrich.quotes_refs import is_body
from veille.enrich.text import fold

_BODY_NOUNS = FIRM_NOUNS | ASSOCIATION_NOUNS | AUTHORITY_NOUNS | ANY_BODY_NOUNS
"""Folded nouns of bodies beside ``quotes_refs.is_body``'s (English firms' among them)."""
MAX_DISTANCE = 1500
"""Most characters between the body's name and the description."""

_WORD = r"[A-ZÀ-Ý][\w&'’-]*"
_LINK = r"(?:(?:of|for)\s*(?:the\s+)?" + _WORD + r"|(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*" \
    r"(?:" + _WORD + r"|[a-zà-ÿ][\w'’-]+))"
"""A name's complement: "of England", "for Europe"; French "de France", "des comptes" (a
lower-case noun after "de" belongs to the name: "Cour des comptes", "Caisse des
dépôts")."""
_DETERMINER_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:the|le|la|l['’])\s*$")


def named_body(text: str, speaker: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The last proper name before ``start`` (within :data:`MAX_DISTANCE` characters and
    outside quotation marks) that holds the description ``speaker``'s head noun,
    capitalised, among two words or more ("bank" → "Bank of England"): the name and its
    span in ``text``. ``speaker`` must be one lower-case noun after a definite article
    ("the bank", "la banque"); None otherwise, or when no such name stands before it,
    or when two different names hold the noun (which one is meant is unsure)."""
    determiner = _DETERMINER_BEFORE.search(text, max(0, start - 5), start) if start >= 0 \
        else None
    if determiner is None or not re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ-]{2,}(?: [a-zà-ÿ][a-zà-ÿ-]{2,})?",
                                              speaker):
        return None
    # the head noun: English puts its adjective first ("the central bank"), French after
    # ("la banque centrale")
    word = speaker.split()[-1 if fold(determiner.group()).strip() == "the" else 0]
    if not (is_body(word) or fold(word) in _BODY_NOUNS):
        return None  # ("le président" after "le Président de la République": a person)
    head = word[0].upper() + word[1:]
    pattern = re.compile(
        r"(?<![\w'’-])((?:" + _WORD + r"\s+){0,2}" + re.escape(head) + r"(?:\s+" + _LINK
        + r"(?:\s+" + _WORD + r")*)?)(?![\w'’-])")
    window = max(0, start - MAX_DISTANCE)
    quoted = [m.span() for m in re.finditer(r"«[^«»]*»|“[^“”]*”", text[window:start])]
    found: list[tuple[str, tuple[int, int]]] = []
    for match in pattern.finditer(text, window, start):
        name = re.sub(r"^(?:The|Le|La|L['’])\s*", "", match.group(1))
        at = match.end(1) - len(name)
        if " " not in name or any(s <= at - window < e for s, e in quoted):
            continue  # (a capitalised noun alone opens a sentence: "Bank shares fell")
        found.append((name, (at, match.end(1))))
    if not found or len({name for name, _ in found}) > 1:
        return None
    return found[-1]
