"""Progress bars on long work, only when a person is watching a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(label: str, *, total: int,
                 enabled: bool = True) -> Iterator[Callable[[int], None]]:
    """Yield an ``advance(n)`` callback; draw a bar on stderr if it is a terminal."""
    if not (enabled and sys.stderr.isatty()):
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total or None)
        yield lambda n: progress.advance(task, n)
