#!/usr/bin/env python3
"""Score veille's entity types and quote speakers on the r-who36 held-out set.

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports, runs `quotes`, and
prints checks right R/N (by kind) and the number of false answers (a wrong entity type,
a span past the name, a wrong speaker or a speaker where there is none, a missing alias
or a match inside a word).

The checks and their scoring are bench/lib/entity_checks.py's (one copy for every entity set).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
