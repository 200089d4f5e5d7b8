"""The Dask executor: pure stages on a Dask distributed cluster, one writer here.

``dask://host:8786`` connects to a running scheduler (``dask scheduler`` and ``dask
worker`` processes, on as many machines as wanted: each worker needs veille installed, the
same version); ``dask-local`` starts a cluster of local worker processes (one per core) for
this run. Chunks are submitted as plain payloads (JSON-safe records, see
:mod:`veille.executors.base`) to module-level functions of veille, at most ``window`` at a
time, and their results are yielded in submission order, so the caller's single writer
commits them in order. A worker that dies has its chunk re-run by Dask elsewhere; a
chunk that raises fails the run (stages never raise for a bad item: they return a failed
outcome).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from veille.errors import ConfigError, ItemProblem
from veille.pipeline.pipeline import Pipeline
from veille.pipeline.stage import Outcome
from veille.record import Article

R = TypeVar("R")
CHUNK = 100
"""Articles per task for :meth:`DaskExecutor.run` (a task costs ~1 ms of scheduling)."""


def _run_chunk(pipeline: Pipeline, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """On a worker: the pipeline over records, outcomes as JSON-safe dicts."""
    out = []
    for record in records:
        outcome = pipeline.run_one(Article.from_dict(record))
        out.append({"article": outcome.article.to_dict() if outcome.article else None,
                    "problem": outcome.problem.as_dict() if outcome.problem else None,
                    "origin": outcome.origin})
    return out


class DaskExecutor:
    """See the module. ``address``: ``dask://host:port``, ``tcp://host:port`` or
    ``dask-local``; ``workers``: local worker processes for ``dask-local``."""

    name = "dask"

    def __init__(self, address: str, *, workers: int | None = None,
                 window: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency of veille
            raise ConfigError("the Dask executor needs the 'distributed' package",
                              hint="pip install distributed") from exc
        self._cluster: Any = None
        if address == "dask-local":
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                         processes=True, dashboard_address=None,
                                         host="127.0.0.1")
            self.client = Client(self._cluster)
        else:
            target = "tcp://" + address.split("://", 1)[1]
            try:
                self.client = Client(target, timeout=30)
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {target}: {exc}",
                                  hint="start `dask scheduler` and `dask worker`s, or use "
                                  "--executor dask-local") from exc
        cores = sum(self.client.nthreads().values()) or 1
        self.window = window or 2 * cores

    def map_ordered(self, work: Callable[..., R], payloads: Iterable[Any],
                    *shared: Any) -> Iterator[R]:
        pending: deque[Any] = deque()
        it = iter(payloads)
        for payload in islice(it, self.window):
            pending.append(self.client.submit(work, *shared, payload, pure=False))
        while pending:
            future = pending.popleft()
            result: R = future.result()
            future.release()
            for payload in islice(it, 1):
                pending.append(self.client.submit(work, *shared, payload, pure=False))
            yield result

    def run(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Outcome]:
        # hash=False: a key of its own. Scattered by content, two batches' equal
        # pipelines shared one key, and the first's release, racing the second's
        # scatter, cancelled the second's tasks ("lost dependencies") when the batches
        # came back to back (the reorder buffer holds the first batches' articles).
        shipped = self.client.scatter(pipeline, broadcast=True, hash=False)
        it = iter(articles)
        chunks = (
            [a.to_dict(with_raw_data=True) for a in chunk]
            for chunk in iter(lambda: list(islice(it, CHUNK)), []))
        for results in self.map_ordered(_run_chunk, chunks, shipped):
            for r in results:
                yield Outcome(Article.from_dict(r["article"]) if r["article"] else None,
                              ItemProblem(**r["problem"]) if r["problem"] else None,
                              r["origin"])

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

