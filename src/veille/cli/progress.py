"""Progress bars on long work, only when a person is watching a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

#: Seconds between two lines of :func:`plain_progress`, at least.
PLAIN_EVERY = 5.0


@contextmanager
def progress_bar(label: str, *, total: int,
                 enabled: bool = True) -> Iterator[Callable[[int], None]]:
    """Yield an ``advance(n)`` callback; draw a bar on stderr if it is a terminal."""
    with progress_bars([(label, total)], enabled=enabled) as (advance,):
        yield advance


@contextmanager
def progress_bars(bars: Sequence[tuple[str, int]], *, enabled: bool = True
                  ) -> Iterator[list[Callable[[int], None]]]:
    """:func:`progress_bar` for several counts at once (``(label, total)`` each, one bar a
    line: `veille ingest`'s files and its archives' bytes, t-final36 B4)."""
    if not enabled:
        yield [lambda n: None for _ in bars]
        return
    if not sys.stderr.isatty():
        with plain_progress(bars) as advances:
            yield advances
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        tasks = [progress.add_task(label, total=total or None) for label, total in bars]

        def advancer(task: TaskID) -> Callable[[int], None]:
            return lambda n: progress.advance(task, n)

        yield [advancer(task) for task in tasks]


@contextmanager
def plain_progress(bars: Sequence[tuple[str, int]], *, every: float = PLAIN_EVERY
                   ) -> Iterator[list[Callable[[int], None]]]:
    """:func:`progress_bars` where stderr is no terminal (a log, a pipe, a script): one
    line at the start ("ingesting files: 0 of 101"), then one at most every ``every``
    seconds while the counts move, so a long run says it is alive from its first second
    (h-api66, t-final65 C8: `veille ingest` of a 101-file folder said nothing for ~6 s)."""
    done = [0] * len(bars)
    last = [time.monotonic()]

    def line() -> str:
        return "; ".join(f"{label}: {done[i]:,} of {total:,}" if total else
                         f"{label}: {done[i]:,}" for i, (label, total) in enumerate(bars))

    print(line(), file=sys.stderr, flush=True)

    def advancer(i: int) -> Callable[[int], None]:
        def advance(n: int) -> None:
            done[i] += n
            now = time.monotonic()
            if now - last[0] >= every:
                last[0] = now
                print(line(), file=sys.stderr, flush=True)
        return advance

    yield [advancer(i) for i in range(len(bars))]
