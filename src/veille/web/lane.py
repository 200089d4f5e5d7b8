"""One search at a time per server process, in the order the requests came.

Why: a search is CPU work that holds the GIL (tantivy-py's ``search``, ``aggregate`` and
``doc`` do not release it), so N searches in N threads of one process share one core in
turns: each takes about N times its own time, and the slowest queries of a mix (10x the
median and more: frequent words, phrases of them) become the tail of the latency. Run one
after the other in arrival order, a request waits for those before it, then takes its own
time: the same throughput, a shorter tail (docs/benchmarks.md, Web: p99 in a closed loop
of 20 connections). The event loop stays free meanwhile: it reads the next requests and
sends the answers of other routes, which do not queue here.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import TypeVar

from anyio import CapacityLimiter, to_thread

T = TypeVar("T")


class SearchLane:
    """A first-come, first-served queue of one for the searches of an app (anyio's
    limiter wakes its waiters in arrival order), one per event loop: a limiter belongs to
    the loop it was first used in, and a test may run an app in several loops."""

    def __init__(self) -> None:
        self._limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop,
                                                   CapacityLimiter] = \
            weakref.WeakKeyDictionary()

    async def run(self, function: Callable[[], T]) -> T:
        """``function()`` in a worker thread, after every search that came before it."""
        loop = asyncio.get_running_loop()
        limiter = self._limiters.get(loop)
        if limiter is None:
            limiter = self._limiters[loop] = CapacityLimiter(1)
        return await to_thread.run_sync(function, limiter=limiter)
