"""Crash points for the kill tests: a process dies at a named point, as a ``kill -9`` would.

Kept apart (standard library only) so the store can mark its points without importing the
index.
"""

from __future__ import annotations

import os

_PASSAGES: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Tests only: die here, as a ``kill -9`` would, when ``VEILLE_TEST_CRASH_AT`` names
    this point (``point`` or ``point:N`` for its N-th passage)."""
    spec = os.environ.get("VEILLE_TEST_CRASH_AT")
    if not spec:
        return
    point, _, nth = spec.partition(":")
    if point != name:
        return
    _PASSAGES[name] = _PASSAGES.get(name, 0) + 1
    if _PASSAGES[name] >= int(nth or 1):
        os._exit(137)
