#!/usr/bin/env python3
"""Score the h-entities64 held-out set (towns read as persons, boats' names read as places or
persons, a rank's words glued to a name, rivers read as départements).

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; prints checks right R/N by
kind, the total and the false answers. The checks are r-places58's (its score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main, peer_judge  # noqa: E402

if __name__ == "__main__":
    main(HERE, sys.argv[1:] + ["--verbose"], judge=peer_judge(HERE, "r-places58"))
