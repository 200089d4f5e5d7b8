"""The cyclic garbage collector paused while a large structure is built or read (issue #13).

Building many containers that all outlive the build (the place gazetteer's 110,000 rows, a
writer's story state decoded from the store, the JSON tree of one being encoded) sets off
collections by allocation count: each young one walks what was just made, and each full one
everything the process holds, and none of them finds garbage there. Paused, the build pays
none of them; the collector runs later, once, over the finished structure. Reference
counting still frees what is dropped meanwhile: only cycles wait for the collector.

The tables a process builds once from the data veille ships (place names, communes, towns
abroad, outlets...: :func:`built_once`) are such structures: on a cold ingest of the AEB
captures (181) their builds set off 8 of its 11 full collections, 1.5 of its 8.2 CPU
seconds in the collector (r-captures58).
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")

_LOCK = threading.RLock()  # re-entrant: a finalizer run by a collection may pause too
_pauses = 0
"""How many ``paused`` blocks are open, in every thread."""
_resume = False
"""Whether the collector was enabled when the first open block began."""


class paused:  # noqa: N801 (used as a function: ``with paused():``)
    """Pause the cyclic collector for the ``with`` block and restore it as it was when the
    first of the blocks open at once began (a nested pause, or one inside a block that
    disabled it, leaves it disabled). Blocks open in several threads at once (two first
    builds of two tables) are counted: the collector comes back when the last one ends,
    never inside another thread's block.

    A class, not a generator context manager: leaving a generator's block allocates (its
    frame resumes, a ``StopIteration`` is made) after the collector is enabled again, which
    set off a collection inside the caller's block (tests/enrich/test_gazetteer_load.py);
    here enabling it (then releasing the counter's lock, a call that makes no object) is the
    last thing the block does."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _pauses, _resume
        with _LOCK:
            if _pauses == 0:
                _resume = gc.isenabled()
                gc.disable()
            _pauses += 1

    def __exit__(self, *exc: object) -> None:
        global _pauses
        _LOCK.acquire()  # not ``with``: leaving it would make a tuple after ``gc.enable``
        try:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()
        finally:
            _LOCK.release()


BUILT_ONCE: list[functools._lru_cache_wrapper[object]] = []
"""Every :func:`built_once` table builder, in the order their modules were imported (for
the tests: each one's first build is watched)."""


def built_once(build: Callable[[], _T]) -> functools._lru_cache_wrapper[_T]:
    """``functools.cache`` for a builder of a table kept for the life of the process (no
    argument; the shipped data read once), its build run with the collector
    :class:`paused`. The cached call costs what ``functools.cache``'s does; ``cache_clear``
    empties it as there. Two threads meeting the table first at once may both build it, as
    with ``functools.cache``; each gets an equal table."""

    @functools.wraps(build)
    def paused_build() -> _T:
        with paused():
            return build()

    cached = functools.cache(paused_build)
    BUILT_ONCE.append(cached)
    return cached
