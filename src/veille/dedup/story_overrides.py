"""A journalist's corrections of the stories, which every re-clustering respects.

Stories are built by rules (:mod:`veille.dedup.stories`, :mod:`veille.dedup.recluster`),
and a rule can be wrong on a case: two fires in two towns put in one story. The user then
says so, and the store keeps it as an **override** (``story_overrides``, the source of
truth, logged as an ``override`` change so every derived view follows it):

- ``detach``: "article A is not in story S". What S held when it was said (its
  ``members``, apart from A and A's own copies) is kept with it: A is never put in one
  story with any of them again. A becomes its own story (with its copies), or joins
  another story it belongs to by another override.
- ``join``: "A and B belong together": A goes to B's story, whatever the rules say.

An override stays until it is undone (the row removed, logged too). They apply in the
order they were made, so the latest word wins: a join after a detach puts A back with the
member named, a detach after a join takes it out again.

This module is the whole logic, kept apart from the clustering rules (which change on
their own): :class:`Overrides` applies them to a re-clustering's partition (article id ->
story key, :func:`veille.dedup.recluster.cluster`) before the stories are named, and to
the names after, for a join whose partner lies outside the window clustered. The one
hook is in :func:`veille.ingest.recluster_stories`, which every ingest ends with and the
``stories`` follower of the change log runs, so a later ingest, a re-clustering and a
crash's catch-up all respect them. Source of the semantics: the "cannot-link" and
"must-link" constraints of constrained clustering (Wagstaff et al., "Constrained K-means
Clustering with Background Knowledge", ICML 2001), applied after the rules rather than
inside them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from veille.record import Article

DETACH = "detach"
JOIN = "join"
KINDS = (DETACH, JOIN)
DETACHED_KEY = "detached:"
"""Prefix of the partition key of an article taken out of its story (its own story)."""


@dataclass(frozen=True, slots=True)
class StoryOverride:
    """One user override as the store keeps it.

    ``id``: its number (what ``veille stories undo`` takes); ``kind``: :data:`DETACH` or
    :data:`JOIN`; ``article_id``: the article moved (A); ``other_id``: for a detach, the
    story A was taken out of (S), for a join the article A was put with (B); ``members``:
    for a detach, the articles S held then apart from A and its copies (never A's story
    mates again), empty for a join; ``created_at``: when (UTC)."""

    id: int
    kind: str
    article_id: str
    other_id: str
    members: tuple[str, ...] = ()
    created_at: datetime | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of the CLI's ``--json`` and of the API."""
        return {"id": self.id, "kind": self.kind, "article_id": self.article_id,
                "other_id": self.other_id, "members": list(self.members),
                "created_at": self.created_at.isoformat() if self.created_at else None}


def copy_unit(article_id: str, parents: Mapping[str, str | None]) -> set[str]:
    """``article_id`` and the articles that copy it, directly or through another copy
    (``parents``: article id -> the article it copies, ``None`` for an own article):
    what moves with it, since a reprint is in the story of what it reprints."""
    unit = {article_id}
    changed = True
    while changed:
        changed = False
        for child, parent in parents.items():
            if parent in unit and child not in unit:
                unit.add(child)
                changed = True
    return unit


@dataclass
class Overrides:
    """The overrides that bear on one re-clustering, applied in the order they were made.

    ``rows``: the overrides (any order; sorted by ``id``); ``parents``: article id -> the
    article it copies, for the window's articles (:func:`copy_unit`)."""

    rows: Sequence[StoryOverride]
    parents: Mapping[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rows = sorted(self.rows, key=lambda o: o.id)

    def partition(self, partition: Mapping[str, str]) -> dict[str, str]:
        """``partition`` (article id -> story key) with every override applied whose
        articles are in it: a join puts A (and its copies) under B's key; a detach whose
        A shares its key with one of its ``members`` gives A (and its copies) a key of its
        own. A copy of A that is one of the members stays with them (the user named it)."""
        out = dict(partition)
        for row in self.rows:
            if row.article_id not in out:
                continue
            unit = self._unit(row.article_id, out)
            if row.kind == JOIN and row.other_id in out:
                key = out[row.other_id]
                for article in unit:
                    out[article] = key
            elif row.kind == DETACH:
                members = set(row.members)
                key = out[row.article_id]
                if any(out.get(m) == key for m in members):
                    for article in unit:
                        if article not in members:
                            out[article] = DETACHED_KEY + row.article_id
        return out

    def _unit(self, article_id: str, out: Mapping[str, str]) -> list[str]:
        """What an override of ``article_id`` moves: it and its copies (:func:`copy_unit`)
        that share its key in ``out`` now. A copy an earlier override took away from it
        stays where that override put it (t-final29 F3: detaching an AFP dispatch brought
        back the 20 Minutes reprint of it an earlier detach had taken out), so every
        override keeps applying after later ones; what the later one says of the
        article itself still wins."""
        key = out[article_id]
        return [a for a in copy_unit(article_id, self.parents) if out.get(a) == key]

    def names(self, names: Mapping[str, str],
              stored_story: Callable[[Sequence[str]], Mapping[str, str]]) -> dict[str, str]:
        """``names`` (article id -> story id, as :func:`~veille.dedup.recluster.name_stories`
        gave them) with the joins whose B is not among them applied: A (and its copies)
        take B's stored story (``stored_story``: article ids -> their story ids)."""
        out = dict(names)
        outside = [r for r in self.rows
                   if r.kind == JOIN and r.article_id in out and r.other_id not in out]
        if not outside:
            return out
        stories = stored_story([r.other_id for r in outside])
        for row in outside:
            target = stories.get(row.other_id)
            if target and row.article_id in out:
                for article in self._unit(row.article_id, out):
                    out[article] = target
        return out


def partners(rows: Iterable[StoryOverride]) -> set[str]:
    """Every article the overrides name (A, and B of a join): those whose stories an
    override, or its undoing, changes."""
    out: set[str] = set()
    for row in rows:
        out.add(row.article_id)
        if row.kind == JOIN:
            out.add(row.other_id)
    return out


class OverrideSource(Protocol):
    """What :func:`with_overrides` reads from the store."""

    def story_overrides(self, article_ids: Iterable[str] | None = None
                        ) -> list[StoryOverride]: ...

    def get_many(self, ids: Iterable[str]) -> dict[str, Article]: ...


def with_overrides(store: OverrideSource, articles: Sequence[Article]
                   ) -> tuple[list[Article], Overrides]:
    """The window's ``articles`` with the partners of their joins that lie outside it
    (so "A and B belong together" holds whichever of the two a re-clustering reaches),
    and the :class:`Overrides` bearing on them. The one call of
    :func:`veille.ingest.recluster_stories` (f-detach28)."""
    from veille.dedup.recluster import parent_of

    out = list(articles)
    rows = store.story_overrides(a.id for a in out)
    if not rows:
        return out, Overrides(())
    held = {a.id for a in out}
    wanted = [i for i in partners(r for r in rows if r.kind == JOIN) if i not in held]
    if wanted:
        out.extend(a for a in store.get_many(wanted).values()
                   if a.dedup is not None and a.dedup.story_id)
        rows = store.story_overrides(a.id for a in out)
    return out, Overrides(rows, {a.id: parent_of(a) for a in out})
