#!/usr/bin/env python3
"""Score the h-kinds50 held-out set (entity kinds: institutions, clubs, streets, Dutch
articles, regions, Portuguese places and feasts).

usage: python3 score.py VEILLE_CLI [--verbose]
The checks and judge are r-kinds50's (entity_checks + h-t49b's place checks), one copy.
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("r_kinds50_score",
                                               HERE.parent / "r-kinds50" / "score.py")
assert _spec is not None and _spec.loader is not None
_peer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_peer)

if __name__ == "__main__":
    _peer.main(HERE, judge=_peer._peer.judge)
