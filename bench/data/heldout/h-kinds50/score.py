#!/usr/bin/env python3
"""Score the h-kinds50 held-out set (entity kinds: institutions, clubs,
streets, Dutch articles, regions, Portuguese places and feasts).

usage: python3 score.py VEILLE_CLI [--verbose]
Checks are bench/lib/entity_checks.py's plus the "noplace"/"place" checks of the h-t49b set,
whose judge this calls (one copy).
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main  # noqa: E402

_spec = importlib.util.spec_from_file_location("h_t49b_score", HERE.parent / "h-t49b" / "score.py")
assert _spec is not None and _spec.loader is not None
_peer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_peer)

if __name__ == "__main__":
    main(HERE, judge=_peer.judge)
