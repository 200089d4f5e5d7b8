"""Which saved searches match which new articles.

The saved query runs, with its filters, against a small scratch tantivy index holding only
the articles of one chunk of the change log: the same analysers and query compiler as
``veille search``, so an alert matches exactly what a search would have found, and the
cost grows with the chunk, never with the store.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from veille.enrich.aliases import AliasTable, shipped_table
from veille.enrich.query import resolve_aliases
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex
from veille.record import Article
from veille.store.base import SavedSearch

REPRINT_RELATIONS = frozenset({"reprint", "teaser"})
"""What ``collapse`` leaves out: copies of another outlet's article (see docs/dedup.md)."""


def _term(value: str) -> str:
    return '"' + value.replace('"', " ") + '"' if any(c in value for c in ' ():"') else value


def full_query(search: SavedSearch, group_sources: Sequence[str] = ()) -> str:
    """The saved query with its filters as query-language clauses (AND-ed): sources and the
    sources of its groups as ``source:``, languages as ``lang:``."""
    parts = [f"({search.query})"] if search.query.strip() else []
    sites = [*search.sources, *group_sources]
    if search.groups and not sites:
        sites = ["-"]  # a group with no source in it matches nothing
    if sites:
        parts.append("(" + " OR ".join(f"source:{_term(s)}" for s in sites) + ")")
    if search.languages:
        parts.append("(" + " OR ".join(f"lang:{_term(lang)}" for lang in search.languages)
                     + ")")
    return " ".join(parts)


def group_hosts(names_and_urls: Sequence[tuple[str, str]]) -> list[str]:
    """A registered source's name and its URL's host: either may be what articles carry."""
    found: list[str] = []
    for name, url in names_and_urls:
        found.append(name)
        host = urlsplit(url).hostname
        if host:
            found.append(host.removeprefix("www."))
    return list(dict.fromkeys(found))


class Matcher:
    """A scratch index in a private temporary directory, refilled for each chunk."""

    def __init__(self, *, default_language: str = "fr") -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="veille-alerts-"))
        self.index = TantivyIndex(self._dir, default_language=default_language,
                                  writer_threads=1, writer_heap=15_000_000)

    def match(self, articles: Sequence[Article], searches: Sequence[SavedSearch],
              groups: Callable[[Sequence[str]], list[str]],
              aliases: AliasTable | None = None) -> dict[int, list[str]]:
        """For each saved search's id, the ids among ``articles`` it matches (aliases
        resolved as ``veille search`` does, :mod:`veille.enrich.query`)."""
        found: dict[int, list[str]] = {}
        if not articles or not searches:
            return found
        self.index.writer.delete_all_documents()
        self.index.add(list(articles))
        self.index.commit()
        self.index.refresh()
        reprints = {a.id for a in articles
                    if a.dedup is not None and a.dedup.relation in REPRINT_RELATIONS}
        stories = {a.id: a.dedup.story_id for a in articles if a.dedup is not None}
        for search in searches:
            query = full_query(search, groups(search.groups) if search.groups else ())
            node = resolve_aliases(parse_query(query).node, aliases or shipped_table())
            result = self.index.search(node, limit=len(articles))
            ids = [hit.doc.id for hit in result.hits
                   if not (search.collapse and hit.doc.id in reprints)
                   and (not search.stories or stories.get(hit.doc.id) in search.stories)]
            if ids:
                found[search.id] = ids
        return found

    def close(self) -> None:
        self.index.close()
        shutil.rmtree(self._dir, ignore_errors=True)
