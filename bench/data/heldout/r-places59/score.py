#!/usr/bin/env python3
"""Score the r-places59 held-out set (natural and historical regions, well-known cities in a
language without a spaCy model, towns in their source's country, a country named like its
capital, companies named after a person).

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; prints checks right R/N by
kind, the total and the false answers. The checks are r-places58's (its score.py: "nottown",
"notlabel", "distinct", with h-t49b's "place" and "noplace" and entity_checks' own).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main, peer_judge  # noqa: E402

if __name__ == "__main__":
    main(HERE, judge=peer_judge(HERE, "r-places58"))
