"""A lone article moving into a story is asked the story's core, as an arriving one is.

A story's first article stays **provisional** for :data:`veille.dedup.stories.
PROVISIONAL_DAYS`: when a story of two members or more later scores past the threshold to
it, it moves in (``Stories._take_seeds``). An article that *arrives* must also match the
story's **core**, the terms a strict majority of its members hold
(:data:`veille.dedup.story_core.CORE_BAR`, q-stories27); a move was not asked that, so a
lone article reached only by the story's peripheral words moved in once the story grew.
On rpm2 (r-rpm54, ``bench/stories.py --mixes``) that is how the Caisse d'Épargne trader's
loss took in France's banking crisis (seed 8): "La crise va compliquer les investissements
et les emprunts des Français" shares the crisis's words (crise, emprunts, chômage) and
famous names (Lagarde, Lehman) with the story of four, and none of the terms most of its
members hold (Caisse, Épargne, pertes); the crisis's next eight reports followed it by
score. Every arriving article of the three seeds passes the core bar; of the 84 moves, 3
share no core term, 2 of them wrong.

With :data:`CORE_MOVES`, a move into a story of :data:`CORE_MOVE_SIZE` members or more
passes the same core bar as an arrival, one way (the story's core, read against the lone
article's vector). A story of two has for core the words both members write: the lone
article an article bridged to it (an evacuation told by the flood's second report,
``tests/dedup/test_story_seeds.py``) shares the bridge's words, not both members', and
still moves in. Merges of two stories are not asked
it (:data:`veille.dedup.story_core.CORE_MERGES`, off since m28: it kept an event's early
fragment out of its main story). The rule is a function of the stories' state, so a replay
of the store, any number of writers and a resumed follower take the same moves.
"""

from __future__ import annotations

__all__ = ["CORE_MOVES", "CORE_MOVE_SIZE", "core_asked"]

CORE_MOVES = True
"""Whether a lone provisional article moving into a story of two members or more must pass
:data:`veille.dedup.story_core.CORE_BAR` times the threshold over the story's core terms, as
an arriving article must (``Stories._cored``); False: the whole centroid only (as before
r-rpm54). rpm2 median B³ F1, seeds 6-8, all 20 / 1-10 / 11-20: 0.951 / 0.965 / 0.956 →
0.953 / 0.965 / 0.956 (seed 6 0.951 → 0.957, seed 8 0.933 → 0.935; bars of 0.25 and 0.5
alike; in-sample: chosen on these seeds)."""
CORE_MOVE_SIZE = 3
"""The members a story needs for a move into it to be asked its core (rpm2's figures alike at
2 and 3; at 2 the bridged evacuation of ``test_story_seeds.py`` stays out)."""


def core_asked(size: int, merges: bool, moves: bool = CORE_MOVES) -> bool:
    """Whether a lone article moving into a story of ``size`` members is asked its core:
    always when ``merges`` (:data:`veille.dedup.story_core.CORE_MERGES`, f-stories28), else
    when ``moves`` and the story holds :data:`CORE_MOVE_SIZE` members or more."""
    return merges or moves and size >= CORE_MOVE_SIZE
