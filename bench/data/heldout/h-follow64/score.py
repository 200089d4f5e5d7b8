#!/usr/bin/env python3
"""Score veille's stories on h-follow64's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl (build.py) in a fresh data dir, in publication order then in
reverse, reads ``export`` and prints one line per pair of gold.json's ``pairs`` and order
(together or apart, as gold says), then "total K/N" (harness: bench/lib/story_pairs.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.story_pairs import score_pairs  # noqa: E402

if __name__ == "__main__":
    score_pairs(HERE, sys.argv[1])
