"""The executor protocol: where the pure stages of batch work run.

Batch work (``reextract``, ``reindex``, WARC imports) is cut into chunks; a chunk is a
JSON-safe payload (records as ``Article.to_dict``, plus any snapshot of state a stage
needs, such as a site's chrome) handed to a module-level function. An executor runs those
functions somewhere (here, in a process pool, on a cluster) and gives the results back **in
the order of the chunks**, so the one writer, in the calling process, commits them in
order. At most ``window`` chunks are in flight, which bounds memory whatever the input's
size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from veille.pipeline.pipeline import Pipeline
from veille.pipeline.stage import Outcome
from veille.record import Article

R = TypeVar("R")


class Executor(Protocol):
    """Runs work on chunks, results in order."""

    name: str

    def map_ordered(self, work: Callable[..., R], payloads: Iterable[Any],
                    *shared: Any) -> Iterator[R]:
        """``work(*shared, payload)`` for each payload, results in the payloads' order
        (``shared``: arguments sent to each worker once)."""

    def run(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Outcome]:
        """A pipeline over articles, outcomes in the articles' order."""

    def close(self) -> None:
        """Release workers and connections."""
