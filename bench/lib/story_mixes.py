"""Where rpm2's stories mix events: the first join that put two gold clusters in one story.

``bench/stories.py --mixes`` (r-rpm54, issue #14): B³ precision on rpm2 is lost to a few
stories that hold two events (the Caisse d'Épargne trader's loss with France's banking
crisis, T02/T03; Rachida Dati's pregnancy with the magistrates' protest, T15/T16). A
story's centroid drifts once one article of the other event is in, and the rest of that
event follows by score: the join to look at is the **first** one. :class:`MixWatch`
watches a clustering article by article (the ``observe`` hook of
``bench/stories.py``'s ``clusterer``) and records, for each pair of gold clusters that
ends up in one story, the step that first put them together and how: the arriving article
joined (``arrival``), a lone provisional article moved in when the story grew (``move``,
``Stories._take_seeds``), a lone article was settled as a commentary (``commentary``,
:mod:`veille.dedup.commentary`), or two stories of several members merged (``merge``).
Reads the state only (``story_of``, ``reasons``): nothing in the clustering changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

Doc = tuple[int, str, str, str, str, list[str]]
"""(minute, doc id, topic, cluster, title, paragraphs), as ``bench/stories.py`` reads rpm2."""


@dataclass(frozen=True)
class Mix:
    """The first step that put gold clusters ``clusters`` (two) in one story."""

    clusters: tuple[str, str]
    day: float
    arriving: str
    how: str
    """Each article that entered the story at that step and how: ``arrival`` (the
    arriving article joined), ``move`` (a lone provisional article moved in),
    ``commentary`` (a lone article settled), ``merge`` (from a story of several)."""
    headline: str


@dataclass
class MixWatch:
    """Called after each article of a stream (``watch(state, doc)``); :attr:`mixes` holds
    the first mixing step of every pair of clusters, in stream order. Quadratic in the
    stream at worst (each step reads the labels of the articles seen): for rpm2's 400."""

    seen: list[Doc] = field(default_factory=list)
    label: dict[str, str] = field(default_factory=dict)
    mixes: list[Mix] = field(default_factory=list)

    def __call__(self, state: Any, doc: Doc) -> None:
        self.seen.append(doc)
        before = dict(self.label)
        self.label = {d[1]: state.story_of.get(d[1], before.get(d[1], d[1]))
                      for d in self.seen}
        sizes = Counter(before.values())
        members: dict[str, list[Doc]] = {}
        for d in self.seen:
            members.setdefault(self.label[d[1]], []).append(d)
        known = {m.clusters for m in self.mixes}
        for sid, docs in sorted(members.items()):
            clusters = sorted({d[3] for d in docs})
            for k, a in enumerate(clusters):
                for b in clusters[k + 1:]:
                    if (a, b) in known:
                        continue
                    entered = tuple(d[1] for d in docs if before.get(d[1]) != sid and
                                    d[3] in (a, b))
                    self.mixes.append(Mix((a, b), doc[0] / 1440, doc[1],
                                          self._how(state, doc, entered, before, sizes),
                                          doc[4]))
                    known.add((a, b))

    @staticmethod
    def _how(state: Any, doc: Doc, entered: Sequence[str], before: dict[str, str],
             sizes: Counter[str]) -> str:
        """How each article of ``entered`` came in, ``id (how)``, comma-separated."""
        reasons = getattr(state, "reasons", {})
        out = []
        for a in entered:
            how = "arrival" if a == doc[1] else "commentary" if a in reasons else \
                "move" if sizes[before.get(a, a)] <= 1 else "merge"
            out.append(f"{a} ({how})")
        return ", ".join(out)


def mix_lines(mixes: Sequence[Mix], final: dict[str, str], gold: dict[str, str]) -> list[str]:
    """Markdown rows for the mixes whose clusters still share a story at the end
    (``final``: doc id -> story; ``gold``: doc id -> cluster), with how many articles of
    each cluster that story holds."""
    rows = []
    for m in mixes:
        held: dict[str, Counter[str]] = {}
        for doc_id, sid in final.items():
            held.setdefault(sid, Counter())[gold[doc_id]] += 1
        shared = [c for c in held.values() if c[m.clusters[0]] and c[m.clusters[1]]]
        if not shared:
            continue
        counts = max(shared, key=lambda c: c[m.clusters[0]] + c[m.clusters[1]])
        rows.append(f"| {m.clusters[0]} ({counts[m.clusters[0]]}) + {m.clusters[1]} "
                    f"({counts[m.clusters[1]]}) | {m.day:.2f} | {m.how} | "
                    f"{m.arriving}: {m.headline[:60]} |")
    return rows
