"""The person an article's headline is about: two obituaries, two trials the same day.

Two events of one kind the same day (two actors' deaths, two trials at one court) share
the kind and its words ("mort", "acteur", "obsèques"; "assises", "accusé", "verdict"):
their scores pass every bar of :mod:`veille.dedup.stories`. What tells them apart is who
each is about, which the headline says and the lead repeats ("Mort de Claire Morand,
actrice..." against "Mort de Jean-Pierre Lacombe, acteur..."; newuser14b S9).
:func:`people` reads that **subject**: a person written as a known given name
(:func:`veille.extract.bare_byline.known_given_name`) followed by one to three capitalised
words, starting within the headline's first :data:`SUBJECT_WORDS` words, whose surname the
lead repeats. It is keyed by the surname, folded and prefixed :data:`PERSON` ("person:
lacombe"), so that a follow-up writing the surname alone ("Lacombe", "M. Lacombe") names
the same person. What an article names at all, to tell a follow-up (a suspect named after
the victim) from another event, is every capitalised word of its headline and text, keyed
so.
"""

from __future__ import annotations

import re

from veille.extract.bare_byline import known_given_name
from veille.extract.textshape import fold

PERSON = "person:"
"""The prefix of a person's key, apart from sub-places and towns."""
SUBJECT_WORDS = 3
"""A headline's person is its subject when the name starts within its first this many
words ("Jean Dupont", "Mort de Jean Dupont", "Procès de Jean Dupont"): a person named
later is more often a witness or a speaker than what the article is about."""
LEAD_CHARS = 500
"""Characters of the body the subject's surname must appear in (the lead)."""
MAX_CHARS = 20_000
"""Characters of the body read for the names an article writes at all (as story terms
are: :data:`veille.dedup.stories.MAX_TERM_CHARS`)."""

_TOKEN = re.compile(r"[\w’'-]+")
_CAPWORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*")
_PARTICLES = frozenset({"de", "d", "du", "le", "la", "van", "von", "ben", "el"})


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def subjects(title: str, lead: str) -> set[str]:
    """Keys of the persons ``title`` is about (see the module): empty when none."""
    found: set[str] = set()
    tokens = [t.split("'")[-1].split("’")[-1] for t in _TOKEN.findall(title)]
    folded_lead = f" {' '.join(re.findall(r'[a-z0-9-]+', fold(lead)))} "
    for start in range(min(SUBJECT_WORDS, len(tokens))):
        word = tokens[start]
        if not _capitalised(word) or not known_given_name(word):
            continue
        surname = ""
        for follow in tokens[start + 1:start + 5]:
            if _capitalised(follow):
                surname = follow
            elif follow.lower() not in _PARTICLES or surname:
                break
        key = fold(surname)
        if len(key) >= 2 and not known_given_name(surname) and f" {key} " in folded_lead:
            found.add(PERSON + key)
    return found


def named(text: str) -> set[str]:
    """Keys of every capitalised word of ``text`` (the names it may write a person by)."""
    return {PERSON + fold(word) for word in _CAPWORD.findall(text)}


def people(title: str, body: str, lead_chars: int = LEAD_CHARS, max_chars: int = MAX_CHARS
           ) -> tuple[frozenset[str], frozenset[str]]:
    """``(subjects, names)``: the keys (:data:`PERSON` + folded surname) of the persons the
    headline is about and its lead repeats (:func:`subjects`), and those of every
    capitalised word of the headline and first ``max_chars`` characters of ``body`` (a
    superset). Linear in what it reads."""
    head = subjects(title[:max_chars], body[:lead_chars])
    return frozenset(head), frozenset(head | named(title[:max_chars]) | named(body[:max_chars]))
