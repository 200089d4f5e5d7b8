#!/usr/bin/env python3
"""Score the h-kinds54 held-out set (names after a noun that classes them: plans, aircraft,
ships, operations, vaccines; guards where the word is a real place or firm).

usage: python3 score.py VEILLE_CLI [--verbose]
Checks are bench/lib/entity_checks.py's and the h-t49b place checks (its judge, one copy).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main, peer_judge  # noqa: E402

if __name__ == "__main__":
    main(HERE, judge=peer_judge(HERE))
