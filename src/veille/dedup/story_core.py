"""A story's **core**: the kinds of event and the terms its members mostly tell, not what any
one member tells.

A story compared through the union of its members' kinds of event (:data:`veille.dedup.
stories.EVENT_KINDS`) chains: once one article of another event has joined it (a man
arrested for threatening a town's mayor joining that town's warehouse fire, because both
name the town, its mayor and the prosecutor), the story "names" an arrest as well as a fire,
and every later arrest, fire or council vote of the town agrees with one of its kinds; the
story snowballs (t-final27 F1: four events in two towns called Saint-Denis became one
story). This is the single-link chaining of cluster analysis (Manning, Raghavan and Schütze,
*Introduction to Information Retrieval*, 2008, ch. 17.2: single-link clusters chain through
one close pair; complete or average link ask the whole cluster). A story's kinds are
therefore those **two** of its members name or cue (a vote per member, copies included: a
fire reprinted four times is a fire five times; :data:`CORE_VOTES`), plus those of the
article that opened it (its first report: an event's follow-ups may tell its trial, its
victims' funerals or its rebuilding, and must still agree with the event itself). One member
of another event adds no kind of its own until a second member tells it.

The same holds for its words: the centroid is the mean of the members'
vectors, so one member's peripheral words (the mayor's name, "mairie", "enquête", the
prosecutor's town, a namesake town) still weigh in the cosine, and an article sharing only
those joins; then its own peripheral words do the same for the next. An article joining a
story of two members or more must also pass :data:`CORE_BAR` times the threshold on the
terms a strict majority of its members hold (:data:`CORE_TERMS`): the event's words, that
every report of it writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

CORE_KINDS = True
"""Whether a story's kinds are its core (:func:`core_kinds`); False: the union of its
members' kinds, as before q-stories27."""


CORE_TERMS = True
"""Whether an article must match a story's core terms (those a strict majority of its members
hold: :meth:`veille.dedup.stories.Stories._cored`) to join it;
False: the whole centroid (as before q-stories27)."""
CORE_MERGES = False
"""Whether two stories merging, and a lone first article moving into a story, must pass
:data:`CORE_BAR` over each other's core as an article joining must (f-stories28); False:
the whole centroid (as before f-stories28), the default since the m28 merge: on, an event's
early fragment no longer merged into its main story (tests/dedup/test_story_merge.py), and
rpm2's held-out topics did not move (docs/dedup.md, f-stories28)."""
CORE_PLACES = True
"""Whether two places differing (two towns, two quays in the headlines and leads of an
article and a story: :data:`veille.dedup.stories.SPECIFICS`, :data:`~veille.dedup.stories.
TOWNS`) are excused only by what the story's **core** names (:func:`core_places`), not by
any one member's mention (f-events32). A trawler fire in Fécamp's port, joined by a piece on
the fishermen's demands after it that named Dieppe's port in passing, took in a trawler fire
at Dieppe three days later: the story "named" Dieppe, through one member, so the Dieppe
fire's town agreed with it (single-link chaining through the sub-places, as through the
kinds and the terms above); the two fires' first reports alone stay apart. False: any
member's mention excuses (as before f-events32)."""


def core_places(votes: Counter[str], size: int, opener: Iterable[str]) -> frozenset[str]:
    """The sub-places ``votes`` (sub-place -> how many of a story's ``size`` members name
    it) gives :data:`CORE_VOTES` members or a strict majority, with those of the article
    that opened the story (``opener``): as :func:`core_kinds`."""
    return frozenset(k for k, n in votes.items() if n >= CORE_VOTES or 2 * n > size) | \
        frozenset(opener)


CORE_BAR = 0.5
"""The part of the threshold an arriving article's cosine over a story's core terms must
pass (faded as its score), for a story of at least two members."""


def supported(support: Counter[str], terms: Iterable[str], kept: Iterable[str]
              ) -> Counter[str]:
    """``support`` (term -> how many of a story's members hold it) with each of ``terms``
    counted once more (a term repeated: once per repeat, as a merged story's members are),
    cut to ``kept`` (the centroid's terms: bounded as the centroid is)."""
    out = Counter(support)
    for term in terms:
        out[term] += 1
    keep = set(kept)
    return Counter({t: n for t, n in out.items() if t in keep})


CORE_VOTES = 2
"""How many members must tell a kind for it to be the story's (:func:`core_kinds`), besides
the opener's: one member is no confirmation, two are (a strict majority was measured too:
it parted rpm2's follow-ups whose cue only a few members wrote, B³ F1 on topics 11-20 0.944
-> 0.935)."""


def core_kinds(votes: Counter[str], size: int, opener: Iterable[str]) -> frozenset[str]:
    """The kinds ``votes`` (kind -> how many of the story's ``size`` members name or cue
    it, in the marks of :mod:`veille.dedup.event_kinds`) gives :data:`CORE_VOTES` members or
    a strict majority, with the opening article's kinds (``opener``)."""
    return frozenset(k for k, n in votes.items() if n >= CORE_VOTES or 2 * n > size) | \
        frozenset(opener)


def vote(votes: Counter[str], kinds: Iterable[str]) -> None:
    """Count ``kinds`` in ``votes``: one member's (each kind once), or a merged story's
    votes as :meth:`collections.Counter.elements` lists them (each kind once per vote)."""
    for kind, n in Counter(kinds).items():
        votes[kind] += n
