#!/usr/bin/env python3
"""Score the r-kinds50 held-out set (entity kinds and spans: institution heads, brands with a
region, street/station names, sports opponents, Portuguese/Spanish heads, prefix spans).

usage: python3 score.py VEILLE_CLI [--verbose]
Checks are bench/lib/entity_checks.py's plus the "noplace"/"place" checks of the h-t49b set,
whose judge this calls (one copy).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main, peer_judge  # noqa: E402

_peer_judge = peer_judge(HERE)

if __name__ == "__main__":
    main(HERE, judge=_peer_judge)
