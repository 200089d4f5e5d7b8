#!/usr/bin/env python3
"""Score veille's entity kinds, ministry ids and body speakers on the h-head49 set.

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports, and prints checks
right R/N by kind and the number of false answers.

The checks and their scoring are bench/lib/entity_checks.py's (one copy for every entity set).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
