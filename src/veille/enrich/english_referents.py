"""English indefinite descriptions of a person opening a sentence ("A resident of Goma
reached by phone described a tense calm."): a new referent, the centre a following
"she/he said" takes up (centering: Grosz, Joshi & Weinstein 1995), as French "Une mère de
famille … se dit inquiète. « … », a-t-elle expliqué" is (``quotes._INDEFINITE_SUBJECT``).

Only nouns of people count (:data:`PERSON_NOUNS`; "A statement from the ministry said" is
no one); a noun of one sex gives the referent's gender (:data:`FEMININE_NOUNS`,
:data:`MASCULINE_NOUNS`), which a pronoun of the other never takes (t-enrich25 E1).
"""
from __future__ import annotations

import re

FEMININE_NOUNS = frozenset(
    "woman mother grandmother daughter girl spokeswoman businesswoman congresswoman wife "
    "sister widow nun actress waitress chairwoman policewoman".split())
"""English nouns of a woman."""
MASCULINE_NOUNS = frozenset(
    "man father grandfather son boy spokesman businessman congressman husband brother "
    "widower priest monk actor waiter chairman policeman fisherman".split())
"""English nouns of a man."""
PERSON_NOUNS = FEMININE_NOUNS | MASCULINE_NOUNS | frozenset(
    "resident nurse doctor teacher student economist analyst official witness farmer "
    "worker driver shopkeeper survivor neighbour neighbor villager volunteer soldier "
    "officer diplomat lawyer engineer employee activist vendor trader pensioner retiree "
    "patient parent relative friend journalist reporter member leader guide passenger "
    "researcher scientist expert surgeon midwife paramedic firefighter rescuer "
    "spokesperson student pupil owner manager director executive banker miner mechanic "
    "protester demonstrator voter tourist migrant refugee teenager shopper citizen "
    "local". split())
"""English nouns of a person (singular), heads of an indefinite subject description."""

INDEFINITE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][\"”]\s))(A|An)\s+((?:[a-z][\w'’-]*\s+){0,2}?"
    r"([a-z][\w'’-]*))(?=\s+(?:of|from|at|in|with|who|reached|living|based|working|"
    r"[a-z]+ed|said|says|told|tells|was|is|spoke|wrote)\b|,)")
"""An English indefinite description opening a sentence: determiner (group 1), the words
to its head noun (group 2, at most two modifiers: "A 34-year-old nurse"), the head
(group 3)."""

_VERB = re.compile(r"\b(?:[a-z]+ed|said|says|told|tells|was|is|spoke|wrote|described|"
                   r"recalled|explained|added)\b")


def indefinite_person(sentence: str) -> re.Match[str] | None:
    """The match of :data:`INDEFINITE_SUBJECT` opening ``sentence`` (a sentence's text,
    from its start) when its head is a person noun and a verb follows; None otherwise."""
    match = INDEFINITE_SUBJECT.match(sentence)
    if match is None or match.group(3).lower() not in PERSON_NOUNS:
        return None
    rest = re.split(r"[.!?\n\"“”«»]", sentence[match.end():], maxsplit=1)[0]
    return match if _VERB.search(rest) else None


def noun_gender(head: str) -> str:
    """"f" / "m" for a noun of one sex (``FEMININE_NOUNS`` / ``MASCULINE_NOUNS``), else ""."""
    word = head.lower()
    return "f" if word in FEMININE_NOUNS else "m" if word in MASCULINE_NOUNS else ""
