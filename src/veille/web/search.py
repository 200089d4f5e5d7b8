"""The web app's door to search, which may not be installed or built yet.

Search lives in :mod:`veille.search.service` and the index in :mod:`veille.index`; both are
imported lazily, on the first search, so the rest of the app (latest news, articles, feeds of
the latest news) works on a store that has no index yet. When search cannot run, the caller
gets :class:`SearchUnavailable`, which the error handler turns into a 503 that says what to do.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from types import ModuleType
from typing import Any, Protocol

from veille.errors import VeilleError
from veille.search.types import SearchRequest, SearchResponse
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

UNAVAILABLE_HINT = "run `veille reindex`"
BatchSink = Callable[[Sequence[Any]], None]


class SearchUnavailable(VeilleError):
    """Search cannot run: the search package or the index is missing."""

    hint = UNAVAILABLE_HINT


class SearchBackend(Protocol):
    """What the web app needs from search: one call, as the CLI makes it."""

    def available(self) -> bool:
        """True when a search would run (used to show or hide search-only links)."""

    def search(self, request: SearchRequest, *, store: SQLiteStore) -> SearchResponse:
        """Run one search, or raise :class:`SearchUnavailable` or a query error."""

    def index_sinks(self) -> AbstractContextManager[list[BatchSink]]:
        """Ingest sinks that keep the index in step with ``POST /api/v1/articles``."""


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise SearchUnavailable(f"search index not available ({exc})") from None


class IndexSearch:
    """The real backend: ``veille.search.service.search`` over the index in ``index_dir``.

    The index is opened once and kept (its reader reloads on each commit, so articles that
    ``veille ingest`` adds show up). A failure to open it is not kept, so building the index
    with ``veille reindex`` while the server runs makes search appear without a restart.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._search: Callable[..., SearchResponse] | None = None
        self._index: Any = None

    def _exists(self) -> bool:
        # Never let the web app create an empty index: that is `veille reindex`'s job.
        directory = self.settings.index_dir
        return directory.is_dir() and any(directory.iterdir())

    def _open(self) -> Any:
        opener = getattr(_import("veille.index"), "open_index", None)
        if opener is None:
            raise SearchUnavailable("search index not available (veille.index has no open_index)")
        if not self._exists():
            raise SearchUnavailable(
                f"search index not available (no index in {self.settings.index_dir})")
        try:
            return opener(self.settings.index_dir,
                          default_language=self.settings.default_language)
        except VeilleError as exc:
            raise SearchUnavailable(f"search index not available ({exc})",
                                    hint=exc.hint or UNAVAILABLE_HINT) from exc

    def _load(self) -> tuple[Callable[..., SearchResponse], Any]:
        with self._lock:
            if self._search is None:
                service = _import("veille.search.service")
                self._index = self._open()
                self._search = service.search
            return self._search, self._index

    def available(self) -> bool:
        try:
            self._load()
        except SearchUnavailable:
            return False
        return True

    def search(self, request: SearchRequest, *, store: SQLiteStore) -> SearchResponse:
        function, index = self._load()
        return function(request, index=index, store=store)

    @contextmanager
    def index_sinks(self) -> Iterator[list[BatchSink]]:
        """A writer opened for one write and closed after, so ``veille ingest`` can write too."""
        if not self.available():
            yield []
            return
        sink_class = _import("veille.index.sync").IndexSink
        index = self._open()
        try:
            yield [sink_class(index)]
        finally:
            index.close()
