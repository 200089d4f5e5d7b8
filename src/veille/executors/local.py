"""The in-process executor: runs the pipeline item by item in this process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from veille.pipeline.pipeline import Pipeline
from veille.pipeline.stage import Outcome
from veille.record import Article


class LocalExecutor:
    """Runs a pipeline here, in order. The protocol every executor follows is ``run``."""

    def run(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Outcome]:
        return pipeline.run(articles)
