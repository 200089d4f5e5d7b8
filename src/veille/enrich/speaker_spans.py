"""People named as quote speakers, as entity spans, for languages with no model here.

English (and any language without a spaCy model installed, see docs/enrichment.md) goes
through the alias table alone, which knows places and organisations, not the people of
the day: '"…," said Marc Verbeke' named a speaker that no entity stood for, so the quote
was linked to nothing and the person had no page (issue 16, E14). The quote rules find
such names by their position (an attribution: "said X", "X told reporters", "according
to X"), which is evidence of a person as strong as a model's; every other mention of the
name in the article, and of its surname alone ("Verbeke said"), is that person too (the
entity stage merges them, as it merges "Mike Pompeo" and "Pompeo").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.entities import Recognizer, Span, _function_words
from veille.enrich.gender import given_name_gender
from veille.enrich.quotes import find_quotes, person_shaped
from veille.enrich.quotes_titles import body_head
from veille.enrich.town_halls import town_hall_name

PERSON = "PER"


_TITLE = re.compile(r"(?:M\.|MM\.|Mme|Mlle|Me|Dr|Mr|Mrs|Ms)\.?\s+")


def speaker_names(blocks: Sequence[str]) -> list[str]:
    """The person-shaped speakers (a given name and a surname, or a title and a surname:
    ``quotes.person_shaped``) of the quotes of an article's ``blocks`` (its paragraphs,
    read together), a title cut ("Mr Smith" → "Smith"), each once, in order of first
    appearance."""
    names: list[str] = []
    text = "\n\n".join(blocks)
    for quote in find_quotes(text):
        name = full_name(text, quote.speaker.strip())
        if not name or not person_shaped(name) or town_hall_name(name) or \
                body_head(name.split()[0]):
            continue  # "Comune di Bologna": the town's government, no person; "Conselleria
            # de Educación", "Rete Ferroviaria Italiana": a body's head (h-speakers65b)
        name = _TITLE.sub("", name, count=1)
        if name and name not in names:
            names.append(name)
    return names


_FULL_NAME = r"(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+[ \xa0]+){1,2}"


def full_name(text: str, speaker: str) -> str:
    """A one-word speaker ("Thune said") as the text names it in full ("Senate Majority
    Leader John Thune"): the capitalised given name(s) right before the surname, both of
    two when the first is a given name ``gender`` lists ("José Antonio Kast", not
    "Antonio Kast": t-final52 A13; "Governor Mark Ellis" is Mark Ellis), when the text names
    one person of that surname only; else the speaker as it is (t-enrich22
    E3: an article whose speakers are all surnames had no entity at all)."""
    if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}", speaker):
        return speaker
    found: set[tuple[str, ...]] = set()
    for match in re.finditer(r"(?<![\w'’-])" + _FULL_NAME + re.escape(speaker)
                             + r"(?![\w'’-])", text):
        words = match.group().split()[:-1]
        while words and (words[0].lower() in _NOT_GIVEN  # "Leader John Thune"
                         or words[0].lower() in _function_words()):  # "On Monday"
            words = words[1:]
        if len(words) == 2 and not given_name_gender(words[0]):
            words = words[1:]  # "Governor Mark Ellis": a title, not a first given name
        if words:
            found.add(tuple(words))
    if not found:
        return speaker
    given = max(found, key=len)  # "José Antonio Kast", also written "Antonio Kast"
    if any(g != given[len(given) - len(g):] for g in found):
        return speaker  # two people of that surname
    return " ".join((*given, speaker))


_NOT_GIVEN = frozenset("leader minister secretary senator president chairman chief the said "
                       "mr mrs ms dr".split())
"""Capitalised words before a surname that are no given name ("Leader Thune")."""


def _mentions(block: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``block`` names one of ``names``: the whole name, or its surname (last word)
    standing alone as a capitalised word; longest first, no overlap."""
    found: list[tuple[int, int]] = []
    for pattern in [*names, *(n.split()[-1] for n in names)]:
        for match in re.finditer(r"(?<![\w'’-])" + re.escape(pattern) + r"(?![\w-])", block):
            if not any(s < match.end() and match.start() < e for s, e in found):
                found.append(match.span())
    return sorted(found)


def with_speakers(recognizer: Recognizer) -> Recognizer:
    """``recognizer``'s spans and, where none overlaps, a person (PER) span at every
    mention of a quote's person-shaped speaker (:func:`speaker_names`, read over the
    whole batch, an article's blocks: a surname in one paragraph is the speaker named
    in another)."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        names = speaker_names(texts)
        out = []
        for text, spans in zip(texts, recognizer(texts), strict=True):
            people = [(s, e, PERSON) for s, e in _mentions(text, names)
                      if not any(s < fe and fs < e for fs, fe, _ in spans)]
            out.append(sorted([*spans, *people]))
        return out
    return recognise_batch
