#!/usr/bin/env python3
"""Score the r-entities61 held-out set (storm names, persons named like places, districts
named like persons, a word of the text's language read as another language's place).

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
