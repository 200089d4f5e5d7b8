"""Which saved searches match which new articles.

The saved query runs, with its filters, restricted to the articles of one chunk of the
change log, with the same analysers and query compiler as ``veille search``, so an alert
matches exactly what a search would have found. Two ways:

- on the **live** search index, once it has applied the chunk (the usual case: each write
  indexes its batch before matching it): the compiled query AND the chunk's ids, so the
  articles are not analysed a second time and the cost is that of the queries;
- on a **scratch** index holding only the chunk (a private temporary directory), when the
  live index is not a local tantivy one (PostgreSQL) or has not applied the chunk.

Either way the cost grows with the chunk and the number of saved searches, and each saved
query (with its filters) is parsed and compiled once per matcher, not once per chunk.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tantivy import Query

from veille.enrich.aliases import AliasTable, shipped_table
from veille.enrich.query import resolve_aliases
from veille.index.query import Node, common_words_only, parse_query, quote_value
from veille.index.tantivy_index import TantivyIndex
from veille.record import REPRINT_RELATIONS, Article
from veille.search.shown_sources import with_outlet_names, with_shown_names
from veille.store.base import SavedSearch


def original_of(article: Article) -> str | None:
    """The id of the article ``article`` is a reprint or teaser of, else None."""
    dedup = article.dedup
    if dedup is None or dedup.relation not in REPRINT_RELATIONS:
        return None
    return dedup.duplicate_of


def earlier_copies(article: Article) -> list[str]:
    """The copies stored before an original that came after them (published first and
    ingested later, or a full text after its teasers; they were relinked to it,
    docs/dedup.md). A search that leaves out reprints and already matched one of them (in
    an earlier chunk of the change log: its matches are committed) does not alert on this
    text a second time (:meth:`AlertView.apply`); one that matched none of them (words
    only in the full text, or copies first matched in this chunk, where a copy whose
    original matches is left out) does.

    A copy in the chunk being matched counts too: the original's own chunk leaves it out,
    but a later chunk holding both (the enrichment of a poll that stored the copy, then
    the original, in two batches) must not take the copy for one matched only now
    (newuser11b U4: the original alerted by its ``enrich`` change)."""
    dedup = article.dedup
    if dedup is None or dedup.relation or dedup.duplicate_of is not None:
        return []
    return list(dedup.near_duplicates)


def _term(value: str) -> str:
    """``value`` as one query-language value: quoted, with its double quotes and
    backslashes escaped (:func:`veille.index.query.quote_value`), when it holds a space,
    a parenthesis, a colon, a quote or a backslash."""
    return quote_value(value) if any(c in value for c in ' ():"\\') else value


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
    """Matches chunks on the live index when given one, else on a scratch index (created
    at the first need, in a private temporary directory, refilled for each chunk)."""

    def __init__(self, *, default_language: str = "fr") -> None:
        self.default_language = default_language
        self._dir: Path | None = None
        self._scratch: TantivyIndex | None = None
        self._compiled: dict[tuple[int, int, Node], Query] = {}

    @property
    def index(self) -> TantivyIndex:
        """The scratch index."""
        if self._scratch is None:
            self._dir = Path(tempfile.mkdtemp(prefix="veille-alerts-"))
            self._scratch = TantivyIndex(self._dir, default_language=self.default_language,
                                         writer_threads=1, writer_heap=15_000_000)
        return self._scratch

    def _compile(self, index: TantivyIndex, query: str, aliases: AliasTable,
                 names: Any = None) -> Query:
        """``query`` compiled, aliases resolved, and its ``source:`` names read against the
        names the outlets are shown by when ``names`` (a store) is given
        (:func:`veille.search.shown_sources.with_shown_names`, as ``veille search`` reads
        them: a saved ``source:"Hong Kong Free Press"`` matched no article of
        ``hongkongfp.com`` that search found, r-sources35)."""
        node = resolve_aliases(parse_query(query).node, aliases)
        # without a store, the outlet table's names of its outlet still (t-final51b B2)
        node = with_shown_names(node, names) if names is not None else with_outlet_names(node)
        # the alias table is replaced (a new object) when the user's file changes
        key = (id(index), id(aliases), node)
        compiled = self._compiled.get(key)
        if compiled is None:
            if len(self._compiled) > 10_000:
                self._compiled.clear()
            compiled = self._compiled[key] = index.compiler.compile(node)
        return compiled

    def match(self, articles: Sequence[Article], searches: Sequence[SavedSearch],
              groups: Callable[[Sequence[str]], list[str]],
              aliases: AliasTable | None = None,
              live: TantivyIndex | None = None,
              originals: Sequence[Article] = (), names: Any = None
              ) -> dict[int, list[str]]:
        """For each saved search's id, the ids among ``articles`` it matches (aliases
        resolved as ``veille search`` does, :mod:`veille.enrich.query`); ``live`` is the
        live index when it has applied every one of ``articles``.

        A search that leaves out reprints (``collapse``) leaves out a reprint or teaser
        only when its original matches it too (the original is among ``articles`` or in
        ``originals``, the stored originals of the chunk's copies, matched but never
        returned): a copy whose matching words are its own (a local paragraph added to
        a dispatch) is what search finds and nothing else announces, so it alerts
        (docs/monitoring.md; the mirror of :func:`earlier_copies`). ``names``: the store,
        for ``source:`` by an outlet's shown name (:meth:`_compile`)."""
        table = aliases or shipped_table()
        found: dict[int, list[str]] = {}
        if not articles or not searches:
            return found
        ids = [a.id for a in articles]
        order = {article_id: n for n, article_id in enumerate(ids)}
        context = list({o.id: o for o in originals if o.id not in order}.values())
        if live is None:
            index = self.index
            index.writer.delete_all_documents()
            index.add([*articles, *context])
            index.commit()
            index.refresh()
        else:
            index = live
            index.refresh()
        within = index.ids_query([*ids, *(o.id for o in context)])
        copy_of = {a.id: o for a in articles if (o := original_of(a)) is not None}
        stories = {a.id: a.dedup.story_id for a in articles if a.dedup is not None}
        for search in searches:
            query = full_query(search, groups(search.groups) if search.groups else ())
            if common_words_only(parse_query(query).node, index.analyze):
                continue  # search finds nothing for it, so it alerts on nothing
            matched = set(index.ids_among(self._compile(index, query, table, names), within,
                                          len(ids) + len(context)))
            hits = [i for i in matched if i in order
                    and not (search.collapse and copy_of.get(i) in matched)
                    and (not search.stories or stories.get(i) in search.stories)]
            if hits:
                found[search.id] = sorted(hits, key=order.__getitem__)
        return found

    def close(self) -> None:
        self._compiled.clear()
        if self._scratch is not None:
            self._scratch.close()
            self._scratch = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
