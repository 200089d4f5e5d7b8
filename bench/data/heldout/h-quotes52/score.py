#!/usr/bin/env python3
"""Score veille's speakers on the h-quotes52 held-out set.

usage: python3 score.py VEILLE_CLI [--verbose]
Builds a fresh store in a temporary folder (ingest articles.jsonl, enrich, export) and
prints, over ALL gold quotes (a quote veille misses counts as not right):
  speakers right R/N, quotes found F/N, false speakers (a name where the gold has another
  speaker or none) W.
Speaker matching is t-enrich22's (folded, articles dropped, containment either way); the
name of the entity the speaker is linked to (speaker_id) is accepted too.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.speaker_checks import score  # noqa: E402

if __name__ == "__main__":
    score(HERE, sys.argv[1:], accept_linked_name=True)
