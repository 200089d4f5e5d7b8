"""Which veille a bench measures: this checkout's, unless PYTHONPATH names another.

Why: a bench that puts its own checkout's ``src`` first on ``sys.path`` ignores an explicit
``PYTHONPATH``, so a "before" figure taken with ``PYTHONPATH=/copy/of/base/src`` silently
measures the edited worktree instead (found by q-order23 in ``bench/quotes.py``). Every
bench calls :func:`put_checkout_sources` instead of inserting ``src`` at position 0.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def explicit_pythonpath() -> list[str]:
    """The entries of ``PYTHONPATH`` in order (empty entries dropped)."""
    return [entry for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry]


def put_checkout_sources(root: Path) -> None:
    """Put ``root / "src"`` on ``sys.path`` right after the script's directory and the
    explicit ``PYTHONPATH`` entries, so those win and the installed package loses.

    ``root`` is the checkout (the directory holding ``src/`` and ``bench/``). Calling it
    twice leaves one entry.
    """
    sources = str(root / "src")
    explicit = explicit_pythonpath()
    if sources in explicit:
        return
    if sources in sys.path:
        sys.path.remove(sources)
    placed = [slot for slot, entry in enumerate(sys.path) if entry in explicit]
    sys.path.insert(max(placed) + 1 if placed else min(1, len(sys.path)), sources)
