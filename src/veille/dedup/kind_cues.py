"""Cues that point elsewhere: a side naming no kind of event still tells which one it cues.

:data:`veille.dedup.stories.EVENT_KINDS` lets a side that **names** no kind of event agree
with any other (a report in plain words names nothing a kind's lexicon weighs enough). But
such a side often **cues** kinds (:data:`veille.dedup.event_kinds.CUE`: a score under the
naming bar): a games' closing report cues sport, a market report cues the economy. When
every kind it cues is one the other side neither names, cues nor tells, while the other
side names kinds of its own, the two do not tell one event: the cues are the only evidence
of what the first side is about, and it points elsewhere. The sides then disagree, and the
shared plain words must pass :data:`veille.dedup.stories.KINDS_BAR` on their own, as when
both name different kinds. A side that cues nothing still agrees (no evidence either way).

Written for r-rpm55's held-out set (CC0, ``bench/data/heldout/r-rpm55``): the closing of
invented games ("Kirvik clôt les Jeux boréaux", cues sport only) joined, at arrival, the
story of a diplomatic row with the host country whose reports name the games in passing
(named kind: diplomacy). rpm2 B³ F1, seeds 6 / 7 / 8 (all 20): 0.957 / 0.953 / 0.935 →
0.958 / 0.955 / 0.935; topics 11-20 of seed 8 0.957 → 0.952 (in-sample: measured on these
seeds after the held-out run).
"""

from __future__ import annotations

from veille.dedup.event_kinds import CUE, HEAD, RECALLED, TOLD

__all__ = ["KIND_CUES", "cues_elsewhere"]

KIND_CUES = True
"""Whether a side naming no kind of event, whose cues all point to kinds the other side does
not tell, disagrees with a side naming kinds (:func:`cues_elsewhere`); False: it agrees (as
before r-rpm55)."""


def _named(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in kinds if not k.startswith((CUE, HEAD, TOLD, RECALLED)))


def _told(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(k.removeprefix(CUE).removeprefix(TOLD) for k in kinds
                     if not k.startswith((HEAD, RECALLED)))


def cues_elsewhere(kinds: frozenset[str], others: frozenset[str]) -> bool:
    """Whether one of two sides' kinds (marks of :mod:`veille.dedup.event_kinds`: named,
    ``~`` cued, ``=`` told, ``^`` in the headline) names none and cues or tells some, the
    other names some, and none of the first side's cued or told kinds is named, cued or
    told by the other: the first side's only evidence points to another event."""
    for one, other in ((kinds, others), (others, kinds)):
        cued = _told(one)
        if not _named(one) and cued and _named(other) and cued.isdisjoint(_told(other)):
            return True
    return False
