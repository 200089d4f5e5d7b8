"""Who speaks through a document or an unnamed source a quote's incise names by a generic
noun (issue 16, fault 3): "« … », indique le communiqué" after "La préfecture a publié un
communiqué" is the préfecture's; "« … », selon la source" after "une source judiciaire"
is that source.

A definite description refers back to the entity an earlier indefinite one introduced
with the same head noun (Poesio & Vieira 1998, direct anaphora); a document speaks for
whoever issued it: the subject of the verb that issued it ("X a publié un communiqué"),
or the owner its complement names ("un communiqué de la préfecture", "dans un communiqué,
le ministère précise"). The words of a law or a report with no issuer stay the text's
(bench/data/README.md: the words of a law go to the text).

Pure functions on the text.
"""

from __future__ import annotations

import re

from veille.enrich.text import fold, strip_leading

MAX_LOOKBACK = 1500
"""Characters before the quote searched for the document's or the source's introduction."""

_ISSUING = (r"(?:publié|publiée|diffusé|diffusée|rendu\s+public|rendue\s+publique|envoyé|"
            r"envoyée|adressé|adressée|transmis|transmise|signé|signée|rédigé|rédigée|émis|"
            r"émise|fait\s+parvenir|distribué|distribuée|posté|postée|mis\s+en\s+ligne)")
"""Past participles of issuing a document (not "adopté", "voté": a law is its text's)."""
_DETERMINER = r"(?:un|une|le|la|l['’]|son|sa|leur|ce|cet|cette)"
_SUBJECT = (r"((?:(?:Le|La|Les|L['’])\s*)?[A-ZÀ-Ýa-zà-ÿ][\w'’-]*(?:\s+(?:de\s+la|de\s+l['’]|"
            r"du|des|de|d['’])?\s*[\w'’-]+){0,4}?)")
_AUXILIARY = r"\s+(?:a|ont|avait|avaient|vient\s+de|viennent\s+de)\s+(?:\w+ment\s+|aussi\s+)?"
_SENTENCE_OPENING = r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))"
_OWNER = (r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)"
          r"((?:[A-ZÀ-Ý][\w'’-]*|[a-zà-ÿ][\w'’-]*)(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])?"
          r"\s*[A-ZÀ-Ý][\w'’-]*){0,3})")
_NOT_OWNER = frozenset("presse lundi mardi mercredi jeudi vendredi samedi dimanche hier "
                       "matin soir veille lendemain jour semaine mois".split())
"""Complements of a document that name no issuer ("un communiqué de presse")."""
_SOURCE_NOUNS = frozenset({"source", "sources"})


_ANY_DOCUMENT = frozenset({"texte", "document"})
"""Generic nouns of documents: "le texte" refers back to a communiqué, a letter, a
report (a hypernym, Poesio & Vieira 1998, bridging by hyponymy)."""
_ACCENTS = {"e": "[eéèêë]", "a": "[aàâä]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]",
            "c": "[cç]"}


def _accented(folded: str) -> str:
    """A regex matching a folded word written with or without its accents."""
    return "".join(_ACCENTS.get(ch, re.escape(ch)) for ch in folded) + "s?"


def _head(description: str) -> str:
    words = re.sub(r"^(?:(?:ce|cet|cette|ces|le|la|les|son|sa|ses|leur|leurs)\s+|l')", "",
                   fold(description)).split()
    return words[0] if words else ""


def issuer(text: str, description: str, before: int,
           documents: frozenset[str]) -> tuple[str, tuple[int, int]] | None:
    """Who issued the document a definite ``description`` ("le communiqué", "ce texte")
    at ``before`` names: the last introduction of a document with the same head noun
    before it, read as "X a publié un communiqué", "un communiqué de X" or "Dans un
    communiqué, X …"; (name, span) or None (no introduction, or none names an issuer).
    ``documents`` holds the folded document nouns (``quotes.DOCUMENTS``)."""
    head = _head(description)
    if head not in documents and head.rstrip("s") not in documents:
        return None
    window = max(0, before - MAX_LOOKBACK)
    written = re.sub(r"(?i)^(?:(?:ce|cet|cette|ces|le|la|les|son|sa|ses|leur|leurs)\s+|l['’])",
                     "", description.strip()).split()[0]
    nouns = sorted(documents) if head in _ANY_DOCUMENT else [fold(written)]
    noun = r"(?i:" + "|".join(_accented(n) for n in nouns) + r")"
    found: tuple[int, str, int] | None = None
    issued = re.compile(_SENTENCE_OPENING + _SUBJECT + _AUXILIARY + _ISSUING + r"\s+"
                        + _DETERMINER + r"\s*(?:\w+\s+)?" + noun + r"\b")
    for match in issued.finditer(text, window, before):
        found = (match.start(), match.group(1), match.start(1))
    owned = re.compile(r"(?i:\b(?:un|une|le|la|son|sa|ce|cet|cette)\s+|\bl['’]\s*)" + noun
                       + r"(?:\s+[a-zà-ÿ]+é?e?s?)?" + _OWNER)
    for match in owned.finditer(text, window, before):
        if fold(match.group(1).split()[0]) not in _NOT_OWNER and (
                found is None or match.start() > found[0]):
            found = (match.start(), match.group(1), match.start(1))
    within = re.compile(r"(?i:\b(?:dans|par)\s+(?:un|une|son|sa|leur)\s+)" + noun
                        + r"[^,.;:«»]{0,60},\s*" + _SUBJECT + r"(?=\s+(?:a|ont|avait|avaient)\s|"
                        r"\s+[a-zà-ÿ]{4,}(?:e|ent)\s+(?:que|qu['’]|:))")
    for match in within.finditer(text, window, before):
        if found is None or match.start() > found[0]:
            found = (match.start(), match.group(1), match.start(1))
    if found is None:
        return None
    _, name, at = found
    name, lead = strip_leading(name.strip())
    if not name or _head(name) in documents:
        return None
    return name, (at + lead, at + lead + len(name))


def introduced_source(text: str, description: str, before: int
                      ) -> tuple[str, tuple[int, int]] | None:
    """The unnamed source a definite "la source" / "cette source" at ``before`` refers
    back to: the last "une source X" / "des sources X" before it, with its qualifier ("une
    source judiciaire", "une source proche du dossier"); None when there is none."""
    if _head(description) not in _SOURCE_NOUNS:
        return None
    window = max(0, before - MAX_LOOKBACK)
    found = None
    for match in re.finditer(r"(?i:\b(?:une|des|de)\s+)(sources?\s+[a-zà-ÿ][^,.;:!?«»()\n]{2,60}?)"
                             r"(?=\s*[,.;:!?«»()\n]|\s+(?:a|ont|qui|selon)\b)",
                             text[window:before]):
        found = match
    if found is None:
        return None
    at = window + found.start(1)
    return found.group(1), (at, at + len(found.group(1)))
