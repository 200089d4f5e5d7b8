"""A speaker written as a noun of an act "of" someone: the someone speaks.

"Il a reçu le soutien du ministre de l'Intérieur, qui a dénoncé sur X « … »": the
relative's antecedent read as the speaker is "le soutien du ministre de l'Intérieur", but a
support says nothing; the minister does. In "N de X" where N names an act, a stance or a
reaction (a deverbal noun: "le soutien", "l'appui", "le feu vert", "la condamnation",
"le témoignage"), X is N's subjective complement, the agent of the act (Grevisse § 348,
"le complément subjectif du nom": "l'appui du ministre" = the minister supports), and
the one who speaks (t-final28 F4). A noun of a person or of a body ("l'avocat de la
famille", "l'entourage du ministre", "la direction de l'hôpital") is the speaker itself
and is kept; so is every span whose X is no person nor body ("le soutien de la
population").
"""

from __future__ import annotations

import re

from veille.enrich.quotes_refs import GENERIC_PERSON_NOUNS, is_body
from veille.enrich.quotes_titles import ROLE_NOUNS
from veille.enrich.text import TITLE_NOUNS, fold

__all__ = ["agent_of_act"]

_OF_SOMEONE = re.compile(
    r"(?i)^(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette)\s+|l['’]\s*)?"
    r"(?P<head>(?-i:[a-zà-ÿ][a-zà-ÿ-]*)(?:\s+vert)?)\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(?P<agent>\S.*)$")
"""A speaker "N de X": a lower-case head noun (with "vert" for "le feu vert"), then "de"
and its complement."""

_ACT_SUFFIX = re.compile(r"(?:ment|[tsx]ion|isme|[ae]nce|ure|age)$")
"""Suffixes of deverbal nouns of acts and states ("condamnation", "engagement",
"témoignage", "reconnaissance", "censure"; Riegel, Pellat & Rioul, *Grammaire méthodique
du français*, la dérivation suffixale: agent nouns take -eur, -ier, -iste, -ant, -aire)."""

STANCE_NOUNS = frozenset(
    "soutien appui aval accord avis refus rejet appel dementi regret salut feu "
    "desaveu veto reproche propos voeu voeux cri".split())
"""Nouns of a stance taken by someone, formed without a suffix from a verb (folded;
Grevisse § 174, la dérivation régressive: "soutenir" → "soutien", "appuyer" → "appui",
"refuser" → "refus", "démentir" → "démenti", "désavouer" → "désaveu"): the act of the
one named after "de"."""

_PERSON_ENDING = re.compile(r"(?:iste|aste|eur|euse|rice|ienne|logue|ante|ant|aire)$")
"""Endings of agent nouns ("syndicaliste", "directrice", "habitante", "fonctionnaire")."""


def _agent_head(word: str) -> bool:
    """Whether a (folded) head noun names a person or a body that may speak."""
    return word in TITLE_NOUNS or word in ROLE_NOUNS or word in GENERIC_PERSON_NOUNS or \
        _PERSON_ENDING.search(word) is not None or is_body(word)


def _act_head(head: str) -> bool:
    words = fold(head).split()
    if not words or _agent_head(words[0]):
        return False
    return words[0] in STANCE_NOUNS or _ACT_SUFFIX.search(words[0]) is not None


def _agent(words: str) -> bool:
    """Whether the complement ``words`` names someone: a capitalised name, or a person's
    or a body's noun (after its article)."""
    if words[:1].isupper():
        return True
    bare = re.sub(r"(?i)^(?:(?:le|la|les|son|sa|ses|leur|leurs)\s+|l['’]\s*)", "", words)
    first = fold(bare).split()
    return bool(first) and _agent_head(first[0])


def agent_of_act(cue: str, speaker: str, start: int, end: int
                 ) -> tuple[str, str, int, int]:
    """The speaker ``speaker`` (at ``start``–``end``, ``cue`` its verb) cut to X when it
    reads "N de X" with N a noun of an act or a stance and X a person or a body (module
    docstring): "soutien du ministre de l'Intérieur" → "ministre de l'Intérieur". Any
    other speaker, or one with no place in the text (``start`` < 0), is returned as is."""
    if start < 0 or not speaker:
        return cue, speaker, start, end
    match = _OF_SOMEONE.match(speaker)
    if match is None or not _act_head(match.group("head")) or \
            not _agent(match.group("agent")):
        return cue, speaker, start, end
    agent = match.group("agent").rstrip(" ,")
    return cue, agent, start + match.start("agent"), start + match.start("agent") + len(agent)
