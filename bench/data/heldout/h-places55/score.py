#!/usr/bin/env python3
"""Score the h-places55 held-out set (homonym cities, feasts and surnames taken for cities, bodies and makes).

usage: python3 score.py VEILLE_CLI [--verbose]
Entity checks and the scoring are bench/lib/entity_checks.py's; "noplace" and "place" are
the h-t49b set's (its judge, one copy).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib import entity_checks  # noqa: E402
from lib.entity_checks import peer_judge  # noqa: E402

if __name__ == "__main__":
    entity_checks.main(HERE, judge=peer_judge(HERE))
