"""Progress bars on long work, only when a person is watching a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager


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
    if not (enabled and sys.stderr.isatty()):
        yield [lambda n: None for _ in bars]
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
