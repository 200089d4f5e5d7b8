#!/usr/bin/env python3
"""h-stories64 held-out score: ``python3 score.py VEILLE_CLI`` (README.md). Each gold pair
is scored with the articles ingested in publication order and in reverse
(bench/lib/story_pairs.py); prints one line per check and ``total K/N``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.story_pairs import score_pairs  # noqa: E402

if __name__ == "__main__":
    score_pairs(Path(__file__).resolve().parent, sys.argv[1])
