#!/usr/bin/env python3
"""Score the h-places58b held-out set (a country named as its capital beside a neighbour's
capital, renowned towns below the lone-name population bound, German organisation names with
inflected adjectives).

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; prints checks right R/N by
kind and the total. Checks: bench/lib/entity_checks.py's and h-t49b's "place"/"noplace".
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main, peer_judge  # noqa: E402

if __name__ == "__main__":
    main(HERE, judge=peer_judge(HERE))
