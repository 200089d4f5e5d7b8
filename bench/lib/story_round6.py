"""Issue #14's sixth round (docs/benchmarks.md, Stories): variants of veille's story
clustering measured by ``bench/stories.py --round6`` (not adopted unless said there).

:class:`StoryMerge`: a story-level second pass. Each time a story of two or more articles
takes an article, it merges with the active story whose centroid is closest to its own when
their cosine (faded over the time between their spans, as an article's score) passes
``merge_at``, they share at least ``heads`` headline terms (the headlines of their members:
what the event is called), and their shared plain terms (names of neither side) pass
veille's plain-word bar: an event's early fragment and its main story become one. The
labels of the merged story's members change (:meth:`StoryMerge.label`).

:class:`PriorPlain`: veille's plain-word bar read with document frequencies smoothed by a
fixed French background (``prior``: term -> share of background documents holding it, and
``weight``: how many documents the background counts as), so a word common in French
("maire", "quartier") is common whatever the store holds; the score itself is unchanged.

:class:`EventDates`: a story whose members wrote days in full ("le 2 juillet") takes an
article that wrote some only if one of its days is within ``days`` of one of the story's
(the event's own time; :func:`dated_terms` reads them with ``veille.enrich.dates``).

:class:`PlainHeads`: veille's merge counting only the shared headline terms that are names
of neither story.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from lib.story_variants import named_terms
from veille.dedup import stories as base
from veille.dedup.stories import Stories, Story
from veille.dedup.template import Wording

HEAD_TERMS = 30
"""Headline terms a story keeps (the most frequent among its members' headlines)."""


@dataclass(slots=True)
class StoryMerge(Stories):
    """:class:`Stories` with a merge of two active stories whose centroids and headlines
    agree (module docstring)."""

    merge_at: float = 0.2
    heads: int = 1
    merged_into: dict[str, str] = field(default_factory=dict)
    headlines: dict[str, Counter[str]] = field(default_factory=dict)

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = (), text: Wording | None = None) -> str:
        sid = Stories.assign(self, article_id, counts, minute, copy_of, text)
        head = self.headlines.setdefault(sid, Counter())
        head.update(getattr(counts, "headline", frozenset()))
        if len(head) > HEAD_TERMS:
            self.headlines[sid] = Counter(dict(head.most_common(HEAD_TERMS)))
        for moved in list(self.moved):  # a provisional seed brought its headline
            if moved in self.headlines and self.moved[moved] != moved:
                self.headlines[self.moved[moved]].update(self.headlines.pop(moved))
        story = self.active[sid]
        if story.size < 2:
            return sid
        return self._merge(story)

    def _merge(self, story: Story) -> str:
        dots: dict[str, float] = {}
        plain: dict[str, float] = {}
        for term, weight in story.centroid.items():
            for held in self.postings.get(term, ()):
                if held == story.id:
                    continue
                other = self.active[held]
                part = weight * other.centroid[term]
                dots[held] = dots.get(held, 0.0) + part
                if term not in story.names and term not in other.names:
                    plain[held] = plain.get(held, 0.0) + part
        best: Story | None = None
        best_score = self.merge_at
        mine = self.headlines.get(story.id, Counter())
        for other_id in sorted(dots):
            other = self.active[other_id]
            gap = max(0, max(other.first, story.first) - min(other.last, story.last))
            if gap > self.window_days * 1440:
                continue
            fade = 0.5 ** (gap / 1440 / self.half_life_days)
            norms = (other.norm or 1.0) * (story.norm or 1.0)
            score = dots[other_id] / norms * fade
            if score <= best_score:
                continue
            if plain.get(other_id, 0.0) / norms * fade <= self.plain_bar * self.threshold:
                continue
            if len(mine.keys() & self.headlines.get(other_id, Counter()).keys()) < self.heads:
                continue
            best, best_score = other, score
        if best is None:
            return story.id
        keep, gone = (best, story) if (best.first, best.id) < (story.first, story.id) else \
            (story, best)
        self._absorb(keep, gone)
        self.headlines.setdefault(keep.id, Counter()).update(
            self.headlines.pop(gone.id, Counter()))
        self.merged_into[gone.id] = keep.id
        for article, sid in self.story_of.items():
            if sid == gone.id:
                self.story_of[article] = keep.id
        return keep.id

    def label(self, story_id: str) -> str:
        """The story ``story_id`` ended in, after the merges."""
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id


@dataclass(slots=True)
class PriorPlain(Stories):
    """veille's plain-word bar with document frequencies smoothed by a fixed background
    (module docstring): in the plain part, each shared term's contribution is scaled by
    ``(idf' / idf) ** 2`` where ``idf'`` counts ``weight`` more documents, ``prior[t] *
    weight`` of them holding ``t``."""

    prior: dict[str, float] = field(default_factory=dict)
    weight: float = 500.0

    def _idf(self, term: str) -> float:
        n = self.docs + 1
        return math.log((n + 1) / (self.df.get(term, 0) + 1)) + 1

    def _scale(self, term: str) -> float:
        n = self.docs + 1 + self.weight
        smoothed = math.log((n + 1) / (self.df.get(term, 0) + self.prior.get(term, 0.0)
                                       * self.weight + 1)) + 1
        return min(1.0, smoothed / self._idf(term)) ** 2

    def _best(self, vec: dict[str, float], minute: int,
              names: frozenset[str] = frozenset(), text: Wording | None = None
              ) -> str | None:
        self._arriving = (vec, names)
        try:
            return Stories._best(self, vec, minute, names, text)
        finally:
            self._arriving = None

    _arriving: tuple[dict[str, float], frozenset[str]] | None = None

    def _told(self, story: Story, plain: float, fade: float) -> bool:
        if self.plain_bar <= 0 or self._arriving is None:
            return Stories._told(self, story, plain, fade)
        vec, names = self._arriving
        scaled = sum(w * story.centroid[t] * self._scale(t) for t, w in vec.items()
                     if t in story.centroid and t not in names and t not in story.names)
        return Stories._told(self, story, scaled, fade)


EUROPEANA = "data/ner/europeana-fr/enp_FR.bnf.bio"
"""French newspapers of the 1900s (CC0), in ``../shared``: tokens one a line."""
CHUNK = 400
"""Tokens per pseudo-document of :data:`EUROPEANA` (it has no document marks): about a
news article's length."""


def background_prior() -> dict[str, float]:
    """Term -> share of background documents holding it: the demo corpus's 100 Wikinews
    articles (``demo/wikinews-fr``) and :data:`EUROPEANA` cut into :data:`CHUNK`-token
    pseudo-documents; terms read as :func:`veille.dedup.stories.terms` reads them; terms in
    fewer than 2 documents left out."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    docs: list[set[str]] = []
    for line in (root / "demo" / "wikinews-fr" / "articles.jsonl").read_text(
            encoding="utf-8").splitlines():
        record = json.loads(line)
        docs.append(set(base.terms(record["title"], record["text"].split("\n\n"))))
    path = root.parent / "shared" / EUROPEANA
    if path.is_file():
        tokens = [line.split(" ")[0] for line in path.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
        for start in range(0, len(tokens), CHUNK):
            docs.append(set(base.terms("", [" ".join(tokens[start:start + CHUNK])])))
    df: Counter[str] = Counter()
    for terms in docs:
        df.update(terms)
    return {t: n / len(docs) for t, n in df.items() if n >= 2}


_MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
           "novembre|décembre|decembre|january|february|march|april|may|june|july|august|"
           "september|october|november|december")
_ABSOLUTE = re.compile(rf"\d{{1,2}}(?:er)?\s+(?:{_MONTHS})|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|"
                       rf"(?:{_MONTHS})\s+\d{{1,2}}\b", re.IGNORECASE)
LEAD_CHARS = 3_000
"""Characters of an article (headline, then body) its event dates are read from."""


class DatedTerms(base.Terms):
    """Story terms with the days the article's lead names in full (``days``: ordinals)."""

    days: frozenset[int] = frozenset()


def dated_terms(reference: Callable[[str], date]) -> Callable[..., DatedTerms]:
    """A words function for :class:`EventDates`: :func:`named_terms` plus ``days``, the
    days written with their month ("le 2 juillet", "28/02/2019": not "mardi", "hier"),
    resolved by :func:`veille.enrich.dates.find_dates` against ``reference(title)``, the
    article's publication day (the bench's dates are synthetic)."""
    from veille.enrich.dates import find_dates

    def words(title: str, paragraphs: Sequence[str]) -> DatedTerms:
        read = named_terms(title, paragraphs)
        out = DatedTerms(read, read.names)
        out.headline = read.headline  # type: ignore[attr-defined]
        text = (title + ".\n" + "\n".join(paragraphs))[:LEAD_CHARS]
        out.days = frozenset(
            date.fromisoformat(d.value).toordinal() for d in find_dates(text, reference(title))
            if d.granularity == "day" and _ABSOLUTE.search(d.text))
        return out
    return words


@dataclass(slots=True)
class EventDates(Stories):
    """A story whose members wrote days in full takes an article that wrote some only if
    one of its days is within ``days`` of one of the story's (both sides' days: the
    event's own time, which the publication time need not be); a side with none is not
    judged. The story keeps its members' days (at most 60, the latest)."""

    days: int = 3
    up_to: int = 1_000_000
    """The rule is asked of stories of at most this many articles."""
    story_days: dict[str, set[int]] = field(default_factory=dict)
    _arriving: frozenset[int] = frozenset()

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = (), text: Wording | None = None) -> str:
        self._arriving = getattr(counts, "days", frozenset())
        try:
            sid = Stories.assign(self, article_id, counts, minute, copy_of, text)
        finally:
            mine = self._arriving
            self._arriving = frozenset()
        kept = self.story_days.setdefault(sid, set())
        kept.update(mine)
        for seed, target in self.moved.items():
            if seed in self.story_days and seed != target:
                self.story_days.setdefault(target, set()).update(self.story_days.pop(seed))
        if len(kept) > 60:
            self.story_days[sid] = set(sorted(kept)[-60:])
        return sid

    def _told(self, story: Story, plain: float, fade: float) -> bool:
        if not Stories._told(self, story, plain, fade):
            return False
        theirs = self.story_days.get(story.id)
        if not self._arriving or not theirs or story.size > self.up_to:
            return True
        return any(abs(a - b) <= self.days for a in self._arriving for b in theirs)


@dataclass(slots=True)
class PlainHeads(Stories):
    """veille's merge of stories (``merge_at``) where the shared headline terms counted are
    plain ones (names of neither story, as :data:`veille.dedup.stories.PLAIN_BAR` reads
    them): what the event is called, not who is in it."""

    def _heads_agree(self, story: Story, other: Story) -> bool:
        shared = (story.heads.keys() & other.heads.keys()) - story.names - other.names
        return len(shared) >= self.merge_heads
