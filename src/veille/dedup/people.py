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
the same person. A person set after a **role** announced by a possessive anywhere in the
headline is its subject too ("le FC Lorient limoge son entraîneur Patrick Vauclair", "se
sépare de sa directrice X": :data:`ROLES`; issue #14's thirteenth round): two clubs' coaches
dismissed the same week share the role and the event's words, and the person tells them
apart. A role after an article ("le maire Yves Le Gall fait le point") announces a speaker
as often as the event's person, and is not read. What an article names at all, to tell a
follow-up (a suspect named after the victim) from another event, is every capitalised word
of its headline and text, keyed so.
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
ROLES = frozenset(
    "entraineur entraineuse selectionneur selectionneuse coach manager ministre president "
    "presidente pdg patron patronne directeur directrice maire depute deputee senateur "
    "senatrice prefet prefete ambassadeur ambassadrice gouverneur gouverneure procureur "
    "procureure capitaine chef cheffe secretaire porte-parole eveque recteur rectrice "
    "commissaire".split())
"""Role nouns (folded) a headline sets its person after: the person after one announced by a
possessive (:data:`_POSSESSIVES`), within :data:`ROLE_REACH` words ("son entraîneur Patrick
Vauclair", "sa ministre de la Culture Hélène Tassart"), is the headline's subject wherever
it stands."""
ROLE_REACH = 4
"""Words from a role noun to the given name it announces ("sa ministre de la Culture
Hélène": the name is the fourth word after the role)."""
LEAD_CHARS = 500
"""Characters of the body the subject's surname must appear in (the lead)."""
MAX_CHARS = 20_000
"""Characters of the body read for the names an article writes at all (as story terms
are: :data:`veille.dedup.stories.MAX_TERM_CHARS`)."""

_TOKEN = re.compile(r"[\w’'-]+")
_CAPWORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*")
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
"""What a role is announced by when its holder is the object of the event ("limoge son
entraîneur X", "se sépare de sa directrice X"); "le maire X fait le point" is a speaker."""
_PARTICLES = frozenset({"de", "d", "du", "le", "la", "van", "von", "ben", "el"})


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def subjects(title: str, lead: str) -> set[str]:
    """Keys of the persons ``title`` is about (see the module): a person starting within
    its first :data:`SUBJECT_WORDS` words or set after a role a possessive announces
    (:data:`ROLES`), whose surname ``lead`` repeats; empty when none."""
    found: set[str] = set()
    tokens = [t.split("'")[-1].split("’")[-1] for t in _TOKEN.findall(title)]
    folded_lead = f" {' '.join(re.findall(r'[a-z0-9-]+', fold(lead)))} "
    roles = [i for i, t in enumerate(tokens)
             if fold(t) in ROLES and i > 0 and tokens[i - 1].lower() in _POSSESSIVES]
    for start in range(len(tokens)):
        word = tokens[start]
        if start >= SUBJECT_WORDS and \
                not any(0 < start - i <= ROLE_REACH for i in roles):
            continue
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
