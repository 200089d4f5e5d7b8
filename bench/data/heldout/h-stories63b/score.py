#!/usr/bin/env python3
"""h-stories63b held-out score: ``python3 score.py VEILLE_CLI`` (README.md; gold pairs
scored in publication order and in reverse by bench/lib/story_pairs.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.story_pairs import score_pairs  # noqa: E402

score_pairs(Path(__file__).resolve().parent, sys.argv[1])
