"""One search at a time per server process, in the order the requests came.

Why: a search is CPU work that holds the GIL (tantivy-py's ``search``, ``aggregate`` and
``doc`` do not release it), so N searches in N threads of one process share one core in
turns: each takes about N times its own time, and the slowest queries of a mix (10x the
median and more: frequent words, phrases of them) become the tail of the latency. Run one
after the other in arrival order, a request waits for those before it, then takes its own
time: the same throughput, a shorter tail (docs/benchmarks.md, Web: p99 in a closed loop
of 20 connections). The event loop stays free meanwhile: it reads the next requests and
sends the answers of other routes, which do not queue here.

The queue is one thread's: when a search ends, the next one starts in the same thread at
once, without a trip through the event loop (a limiter that the loop releases and a worker
thread woken for each search left the core idle for two thread wake-ups between searches,
which a loaded machine stretches to milliseconds).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class SearchLane:
    """A first-come, first-served queue of searches, run by one thread of its own."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-search")

    async def run(self, function: Callable[[], T]) -> T:
        """``function()`` in the lane's thread, after every search that came before it
        (with the caller's context variables, as Starlette's thread pool runs them)."""
        context = contextvars.copy_context()
        return await asyncio.get_running_loop().run_in_executor(
            self._executor, functools.partial(context.run, function))

    def close(self) -> None:
        """Stop the thread once the searches queued are done."""
        self._executor.shutdown(wait=False)
