"""The cyclic garbage collector paused while a large structure is built or read (issue #13).

Building many containers that all outlive the build (the place gazetteer's 110,000 rows, a
writer's story state decoded from the store, the JSON tree of one being encoded) sets off
collections by allocation count: each young one walks what was just made, and each full one
everything the process holds, and none of them finds garbage there. Paused, the build pays
none of them; the collector runs later, once, over the finished structure. Reference
counting still frees what is dropped meanwhile: only cycles wait for the collector.
"""

from __future__ import annotations

import gc


class paused:  # noqa: N801 (used as a function: ``with paused():``)
    """Pause the cyclic collector for the ``with`` block and restore it as it was (a
    nested pause, or one inside a block that disabled it, leaves it disabled).

    A class, not a generator context manager: leaving a generator's block allocates (its
    frame resumes, a ``StopIteration`` is made) after the collector is enabled again, which
    set off a collection inside the caller's block (tests/enrich/test_gazetteer_load.py);
    here enabling it is the last thing the block does."""

    __slots__ = ("_collecting",)

    def __enter__(self) -> None:
        self._collecting = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._collecting:
            gc.enable()
