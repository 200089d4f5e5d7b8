#!/usr/bin/env python3
"""Score veille on the r-search53 set: French nouns in -er that Snowball stems as another
noun (berger/berge, passager/passage, foyer/foie, conseiller/conseil) on both backends,
``place:`` on a river, a mountain range and a natural region the articles name, and
``source:`` by an outlet's prefix name, its domain, its edition, its other script.

usage: PYTHONPATH=WORKTREE/src python3 score.py [--verbose] [--backend tantivy|postgresql]
Ingests inputs/records.jsonl (16 articles) into fresh stores, enriches them
(bench/lib/heldout_search.py); each query of gold.json is right when the set of articles
it returns is exactly the gold set.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_search import score  # noqa: E402


def load(v) -> None:  # type: ignore[no-untyped-def]
    v.ingest(HERE / "inputs" / "records.jsonl")
    v.enrich()
    v.sync()


if __name__ == "__main__":
    score(HERE / "gold.json", load, "rsearch53")
