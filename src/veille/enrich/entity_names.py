"""Entities named by a text: the one query path of ``veille entities --name``, the web's
``/entities?name=`` and the API's ``/api/v1/entities?name=``.

An entity is named by ``name`` when a word of its name begins with it, when one of its
aliases holds it as whole words, or when an article's mention of it is written with it (an
acronym beside the full name: "DGAC"). Those come first, by number of articles; only when
none is named so are the entities whose name holds ``name`` inside a word listed (a bare
substring), and the caller is told. t-final36 B9: the CLI had been changed (r-who36) but the
web page and the API still listed Marseille and Seine-Saint-Denis for "EI" (a substring),
before État islamique, whose alias it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from veille.enrich.aliases import AliasTable, ids_named, named_first, opens_word
from veille.enrich.text import fold

if TYPE_CHECKING:
    from veille.store.base import EntitySummary
    from veille.store.sqlite import SQLiteStore

NAME_POOL = 10_000
"""How many entities whose name holds the text anywhere are read before those it names by
whole words or a word's start are kept (:func:`veille.enrich.aliases.named_first`)."""
WRITTEN_ARTICLES = 200
"""How many of the articles whose mentions write the text are read for the entities
written so (:func:`written_ids`)."""


def written_query(name: str) -> str:
    """The search query finding the articles a mention of which writes ``name`` ('' for a
    blank one): the index holds each entity's mention texts as ``entity:`` terms."""
    words = " ".join(name.replace('"', " ").split())
    return f'entity:"{words}"' if words else ""


def written_ids(store: SQLiteStore, article_ids: Iterable[str], name: str) -> list[str]:
    """The ids of the entities of the articles ``article_ids`` a mention of which is written
    with ``name`` at a word's start ("DGAC" of org:direction-generale-de-l'aviation-civile:
    t-final34 A12, `entities --name DGAC` printed nothing while `search entity:DGAC` found
    the articles)."""
    wanted = fold(" ".join(name.replace('"', " ").split()))
    found: dict[str, None] = {}
    if not wanted:
        return []
    for article in store.get_many(article_ids).values():
        enrichment = article.enrichment or {}
        for entity in enrichment.get("entities") or []:
            if any(opens_word(fold(str(m[2])), wanted) for m in entity.get("mentions") or []):
                found[str(entity["id"])] = None
    return list(found)


def entities_named(store: SQLiteStore, table: AliasTable, name: str, *,
                   label: str | None = None, limit: int = 30, offset: int = 0,
                   written: Callable[[str], Sequence[str]] | None = None
                   ) -> tuple[list[EntitySummary], bool]:
    """Page ``offset:offset + limit`` of the entities ``name`` names (of kind ``label``),
    and whether they only hold it inside a word (the substring fallback). ``written``
    gives the ids of entities an article writes with ``name`` (:func:`written_ids` over a
    search; a caller without an index passes none)."""
    ids = ids_named(table, name)
    if written is not None:
        ids = [*ids, *(i for i in written(name) if i not in ids)]
    found, inside = named_first(
        store.entities(limit=NAME_POOL, label=label, name=name, ids=ids), name, ids,
        lambda e: e.name, lambda e: e.id)
    return found[offset:offset + limit], inside
