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
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic collector for the ``with`` block and restore it as it was (a
    nested pause, or one inside a block that disabled it, leaves it disabled)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
