"""The in-process executor: runs the pipeline item by item in this process (the default)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from veille.pipeline.pipeline import Pipeline
from veille.pipeline.stage import Outcome
from veille.record import Article

R = TypeVar("R")


class LocalExecutor:
    """Runs a pipeline here, in order (see :class:`veille.executors.base.Executor`)."""

    name = "local"

    def run(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Outcome]:
        return pipeline.run(articles)

    def map_ordered(self, work: Callable[..., R], payloads: Iterable[Any],
                    *shared: Any) -> Iterator[R]:
        return (work(*shared, payload) for payload in payloads)

    def close(self) -> None:
        """Nothing to release."""
