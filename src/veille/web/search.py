"""The web app's door to search, which may not be installed or built yet.

Search lives in :mod:`veille.search.service` and the index in :mod:`veille.index`; both are
imported lazily, on the first search, so the rest of the app (latest news, articles, feeds of
the latest news) works on a store that has no index yet. When search cannot run, the caller
gets :class:`SearchUnavailable`, which the error handler turns into a 503 that says what to do.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any, Protocol

from veille.errors import VeilleError
from veille.search.types import SearchRequest, SearchResponse
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

UNAVAILABLE_HINT = "run `veille reindex`"


def warm() -> None:
    """Load what a process's first searches would load while a reader waits: the shipped
    gazetteer, which names the homonyms among a search's place facets
    (:func:`veille.web.queries.qualify_homonyms`: ~0.9 s of CPU at the first search), the
    French lexicon that tells a headline's capitalised word from a name (the related
    articles of a page, :func:`veille.web.queries._names`: importing spaCy and reading its
    tables, ~1.2 s; a query's short word is looked up in the shipped
    :mod:`veille.enrich.short_words` instead) and the shipped alias table. ``veille
    serve`` runs it in each worker before it answers; without it, those first queries,
    and every request queued behind them, waited the whole load
    (bench/search_stages.py at 1M: ``"de fr"`` 1,110 ms where the mix's median is 8 ms)."""
    from veille.enrich import lexicon
    from veille.enrich.aliases import shipped_table
    from veille.enrich.places import shipped

    shipped()
    lexicon.french()
    shipped_table()


class SearchUnavailable(VeilleError):
    """Search cannot run: the search package or the index is missing."""

    hint = UNAVAILABLE_HINT


class SearchBackend(Protocol):
    """What the web app needs from search: one call, as the CLI makes it."""

    def available(self) -> bool:
        """True when a search would run (used to show or hide search-only links)."""

    def search(self, request: SearchRequest, *, store: SQLiteStore) -> SearchResponse:
        """Run one search, or raise :class:`SearchUnavailable` or a query error."""

    def entity_facets(self, query: str, *, store: SQLiteStore) -> Any:
        """The top entities and places among the matches
        (:func:`veille.search.entity_facets.entity_facets`)."""

    def written_counts(self, words: Sequence[str]) -> tuple[int, dict[str, int]]:
        """How many articles the index holds and how many write each of ``words``
        (:meth:`veille.index.base.Index.written_counts`), or raise
        :class:`SearchUnavailable`."""

    def applied_seq(self) -> int:
        """The last change of the store's log the index applied (0 without an index)."""


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise SearchUnavailable(f"search index not available ({exc})") from None


class IndexSearch:
    """The real backend: ``veille.search.service.search`` over the live index.

    The index is opened once and kept (its reader reloads on each commit, so articles that
    ``veille ingest`` adds show up), and opened again when ``veille reindex`` swapped in a
    new one (:class:`veille.index.lifecycle.IndexHome` says which is live). A failure to
    open it is not kept, so building the index while the server runs makes search appear
    without a restart. Writes never go through here: see :mod:`veille.web.write`.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._search: Callable[..., SearchResponse] | None = None
        self._index: Any = None
        self._token: str | None = None

    def _open(self) -> Any:
        if self.settings.index_url:  # PostgreSQL, on the read replica when there is one
            try:
                return _import("veille.backends").open_pg_index(self.settings, read=True)
            except VeilleError as exc:
                raise SearchUnavailable(f"search index not available ({exc})") from exc
        lifecycle = _import("veille.index.lifecycle")
        opener = getattr(_import("veille.index"), "open_index", None)
        if opener is None:
            raise SearchUnavailable("search index not available (veille.index has no open_index)")
        try:
            # Never let the web app create an index: writers and `veille reindex` do.
            path = lifecycle.IndexHome(self.settings.index_dir).current()
            if path is None:
                raise SearchUnavailable(
                    f"search index not available (no index in {self.settings.index_dir})")
            return opener(path, default_language=self.settings.default_language)
        except SearchUnavailable:
            raise
        except VeilleError as exc:
            raise SearchUnavailable(f"search index not available ({exc})",
                                    hint=exc.hint or UNAVAILABLE_HINT) from exc

    def _load(self) -> tuple[Callable[..., SearchResponse], Any]:
        with self._lock:
            token = "" if self.settings.index_url else \
                _import("veille.index.lifecycle").IndexHome(self.settings.index_dir).token()
            if self._search is None or token != self._token:
                service = _import("veille.search.service")
                self._index = self._open()
                self._search, self._token = service.search, token
            return self._search, self._index

    def available(self) -> bool:
        try:
            self._load()
        except SearchUnavailable:
            return False
        return True

    def search(self, request: SearchRequest, *, store: SQLiteStore) -> SearchResponse:
        from veille.enrich.aliases import current

        function, index = self._load()
        return function(request, index=index, store=store,
                        aliases=current(self.settings.data_dir))

    def entity_facets(self, query: str, *, store: SQLiteStore) -> Any:
        from veille.enrich.aliases import current
        from veille.search.entity_facets import entity_facets

        _function, index = self._load()
        return entity_facets(query, index=index, store=store,
                             aliases=current(self.settings.data_dir))

    def written_counts(self, words: Sequence[str]) -> tuple[int, dict[str, int]]:
        _function, index = self._load()
        total, counts = index.written_counts(words)
        return int(total), {word: int(n) for word, n in counts.items()}

    def applied_seq(self) -> int:
        try:
            return int(self._load()[1].applied_seq())
        except (SearchUnavailable, VeilleError):
            return 0
