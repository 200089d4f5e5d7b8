"""Variants of veille's story clustering that bench/stories.py measures (not adopted).

:class:`MemberMean`: the score is the dot product with the story's centroid over
``|centroid| ** power`` instead of the cosine (power 1): with power 0 it is the mean
similarity to the story's members, which does not grow as a story drifts and its centroid
shortens (the "compare to the members, not a drifting mean" remedy); 0.5 is between.

:class:`ConvergingStories`: after each article, the story it joined merges with the open
story whose centroid is now closest to its own, when their cosine (faded over the time
between their spans) passes ``merge_at``: single-pass clustering with a merge step (as in
TDT). Its members' labels change (:meth:`ConvergingStories.label`), which the store would
have to follow.

:func:`elision_terms`: story terms with French elisions split off ("l'Ecureuil" and
"Ecureuil" one term, "d'Epargne" and "Epargne" too) and hyphenated words kept whole.

:class:`PairThreshold`: joining a story of one article needs ``pair_threshold`` (a pair of
articles is noisier evidence than a story's centroid); a story of two or more the usual one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from veille.dedup import stories as base
from veille.dedup.stories import Stories, Story
from veille.extract.textshape import fold


@dataclass(slots=True)
class MemberMean(Stories):
    """:class:`Stories` scored by ``dot / |centroid| ** power``."""

    power: float = 0.0

    def relevance(self, dot: float, story: Story) -> float:
        return float(dot / (story.norm or 1.0) ** self.power)


@dataclass(slots=True)
class PairThreshold(Stories):
    """:class:`Stories` where a story of one article takes an article above
    ``pair_threshold`` only."""

    pair_threshold: float = 0.1

    def relevance(self, dot: float, story: Story) -> float:
        cosine = dot / (story.norm or 1.0)
        return cosine * self.threshold / self.pair_threshold if story.size == 1 else cosine


@dataclass(slots=True)
class ConvergingStories(Stories):
    """:class:`Stories` with a merge step between open stories whose centroids converge."""

    merge_at: float = 0.2
    merged_into: dict[str, str] = field(default_factory=dict)

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = ()) -> str:
        sid = Stories.assign(self, article_id, counts, minute, copy_of)
        story = self.active[sid]
        dots: dict[str, float] = {}
        for term, weight in story.centroid.items():
            for held in self.postings.get(term, ()):
                if held != sid:
                    dots[held] = dots.get(held, 0.0) + weight * self.active[held].centroid[term]
        best: Story | None = None
        best_score = self.merge_at
        for other_id in sorted(dots):
            other = self.active[other_id]
            gap = max(0, max(other.first, story.first) - min(other.last, story.last))
            score = dots[other_id] / ((other.norm or 1.0) * (story.norm or 1.0)) * \
                0.5 ** (gap / 1440 / self.half_life_days)
            if score > best_score:
                best, best_score = other, score
        if best is None:
            return sid
        keep, gone = (best, story) if (best.first, best.id) < (story.first, story.id) else \
            (story, best)
        size = keep.size + gone.size
        merged = {t: w * keep.size / size for t, w in keep.centroid.items()}
        for t, w in gone.centroid.items():
            merged[t] = merged.get(t, 0.0) + w * gone.size / size
        merged = dict(sorted(merged.items(), key=lambda kv: -kv[1])[:base.TERMS])
        self._unpost(keep)
        self._unpost(self.active.pop(gone.id))
        keep.centroid, keep.size, keep.seed = merged, size, ""
        for term in merged:
            self.postings.setdefault(term, set()).add(keep.id)
        keep.norm = math.sqrt(sum(v * v for v in merged.values()))
        keep.first, keep.last = min(keep.first, gone.first), max(keep.last, gone.last)
        self.merged_into[gone.id] = keep.id
        self.story_of = {a: keep.id if s == gone.id else s for a, s in self.story_of.items()}
        return keep.id

    def label(self, story_id: str) -> str:
        """The story ``story_id`` ended in, after the merges."""
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id


_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_ELIDED = frozenset("aujourd hui jusqu lorsqu puisqu quelqu presqu".split())


def elision_terms(title: str, paragraphs: Sequence[str]) -> dict[str, float]:
    """:func:`veille.dedup.stories.terms` with words split at apostrophes."""
    counts: dict[str, float] = {}
    for weight, text in ((base.TITLE_WEIGHT, title[:base.MAX_TERM_CHARS]),
                         (1.0, base._opening(paragraphs))):
        for match in _LETTERS.finditer(text):
            word = match.group()
            key = fold(word)
            if len(key) < 3 or key in base._STOP or key in _ELIDED:
                continue
            start = match.start()
            boost = base.NAME_BOOST if word[0].isupper() and start > 0 and \
                text[start - 2: start].strip() not in {".", "!", "?"} else 1.0
            counts[key] = counts.get(key, 0.0) + weight * boost
    return counts
