"""Variants of veille's story clustering that bench/stories.py measures (not adopted).

:class:`MemberMean`: the score is the dot product with the story's centroid over
``|centroid| ** power`` instead of the cosine (power 1): with power 0 it is the mean
similarity to the story's members, which does not grow as a story drifts and its centroid
shortens (the "compare to the members, not a drifting mean" remedy); 0.5 is between.
"""

from __future__ import annotations

from dataclasses import dataclass

from veille.dedup.stories import Stories, Story


@dataclass(slots=True)
class MemberMean(Stories):
    """:class:`Stories` scored by ``dot / |centroid| ** power``."""

    power: float = 0.0

    def relevance(self, dot: float, story: Story) -> float:
        return dot / (story.norm or 1.0) ** self.power
