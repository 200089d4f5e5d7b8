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

Once built, such a table is moved out of the collector's sight (``gc.freeze`` when the last
open block of a build ends, :func:`built_once`): the young collections that followed each
build walked its hundreds of thousands of containers again, and the next full collections
every table built so far, finding nothing (a cold ingest of the AEB captures: 0.48 of 7.1
CPU seconds in the collector, 0.06 frozen; r-captures59). What is frozen is what the process
held at that moment: the tables, and the little else alive then; reference counting still
frees all of it when dropped, only a cycle already formed among it stays uncollected.
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
_freeze = False
"""Whether a block open now asked that what the process holds be frozen when the last open
block ends (``paused(freeze=True)``)."""


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

    __slots__ = ("freeze",)

    def __init__(self, freeze: bool = False) -> None:
        """``freeze``: when the last open block ends, move every object the process then
        holds to the collector's permanent generation (``gc.freeze``: never walked again,
        still freed by reference counting) before it runs again; for a block that builds
        a table kept for the life of the process (:func:`built_once`)."""
        self.freeze = freeze

    def __enter__(self) -> None:
        global _pauses, _resume, _freeze
        with _LOCK:
            if _pauses == 0:
                _resume = gc.isenabled()
                gc.disable()
            _pauses += 1
            _freeze = _freeze or self.freeze

    def __exit__(self, *exc: object) -> None:
        global _pauses, _freeze
        _LOCK.acquire()  # not ``with``: leaving it would make a tuple after ``gc.enable``
        try:
            _pauses -= 1
            if _pauses == 0:
                if _freeze:
                    _freeze = False
                    gc.freeze()  # makes no object: nothing young is left behind
                if _resume:
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
    empties it as there (the table already frozen stays out of the collector's walks until
    dropped). The table, and what the process holds when the build ends, are frozen
    (``paused(freeze=True)``, module docstring). Two threads meeting the table first at
    once may both build it, as with ``functools.cache``; each gets an equal table."""

    @functools.wraps(build)
    def paused_build() -> _T:
        with paused(freeze=True):
            return build()

    cached = functools.cache(paused_build)
    BUILT_ONCE.append(cached)
    return cached
