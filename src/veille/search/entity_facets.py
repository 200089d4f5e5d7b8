"""Entity and place facets of a search: the entities and places most named among its
matches, each a click away from an ``entity:`` or ``place:`` filter.

The index keeps entity *terms* for filtering, not countable values, so the counts come
from the store's enrichment tables over the ids of the first :data:`FACET_DEPTH` matches
by relevance (the matches a reader looks at; the counts say "among the first N").
Kept apart from :mod:`veille.search.service` so a search without these facets costs
nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from veille.enrich.aliases import AliasTable, shipped_table
from veille.enrich.query import resolve_aliases
from veille.index.base import Index, IndexSort, rank
from veille.index.query import MatchAll, parse_query
from veille.store.base import EntitySummary

FACET_DEPTH = 300
"""Matches whose entities are counted (by relevance; all of them when fewer)."""
FACET_SIZE = 10


class EntityCounts(Protocol):
    def entity_counts(self, article_ids: Sequence[str], *, limit: int = 10
                      ) -> tuple[list[EntitySummary], list[EntitySummary]]: ...


@dataclass(frozen=True, slots=True)
class EntityFacets:
    """The top ``entities`` and ``places`` among the first ``depth`` matches (``counted``
    of them were counted)."""

    entities: list[EntitySummary]
    places: list[EntitySummary]
    counted: int
    complete: bool = False
    """Whether ``counted`` is every match (fewer than the depth): the page then says "all
    N articles found", not "the first N" (t-reader22 R11)."""


def entity_facets(query: str, *, index: Index, store: EntityCounts,
                  aliases: AliasTable | None = None, depth: int = FACET_DEPTH,
                  size: int = FACET_SIZE) -> EntityFacets:
    """Count the entities and places of ``query``'s first ``depth`` matches."""
    parsed = parse_query(query)
    node = resolve_aliases(parsed.node, aliases or shipped_table())
    sort: IndexSort = "date" if isinstance(node, MatchAll) else "relevance"
    ids = rank(index, node, limit=depth, sort=sort).ids  # ids only: no stored documents
    entities, places = store.entity_counts(ids, limit=size)
    return EntityFacets(entities, places, len(ids), len(ids) < depth)
