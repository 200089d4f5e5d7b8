"""Whether a background follower of a derived view runs now, seen from another process.

``veille ingest`` said "N changes … await `veille enrich`" after every run, even when a
``veille serve --watch`` or ``veille watch`` enriched them seconds later (t-final51 B9:
``veille enrich`` then found nothing to do). A running follower
(:class:`veille.follower.BackgroundFollower`) holds an exclusive ``flock`` on
``DATA_DIR/.follower-VIEW.lock`` for as long as it runs (the kernel releases it when the
process dies, even by ``kill -9``: no stale marker); :func:`running_elsewhere` tries to take
it shared without waiting and says whether it could not. A lock file lives on the machine
of the data directory: a follower on another machine (a PostgreSQL store shared by
several hosts) is not seen, and the line then says what it said before.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: presence is never seen
    fcntl = None  # type: ignore[assignment]


def lock_path(data_dir: Path, view: str) -> Path:
    """The lock file a follower of ``view`` ("enrichment") holds in ``data_dir``."""
    return data_dir / f".follower-{view}.lock"


@contextlib.contextmanager
def present(data_dir: Path, view: str) -> Iterator[bool]:
    """Hold the presence lock of ``view`` while the block runs; yields False when it could
    not be taken (another follower of the view holds it, a read-only data directory, no
    ``fcntl``): the follower runs the same, only unseen."""
    if fcntl is None:
        yield False
        return
    try:
        handle = open(lock_path(data_dir, view), "a+b")  # noqa: SIM115 - held across yield
    except OSError:
        yield False
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def running_elsewhere(data_dir: Path, view: str) -> bool:
    """Whether a follower of ``view`` holds its presence lock in ``data_dir`` now (another
    process, or a thread of this one); False when none does, or it cannot be told."""
    path = lock_path(data_dir, view)
    if fcntl is None or not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
