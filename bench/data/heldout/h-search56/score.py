#!/usr/bin/env python3
"""Score veille on the h-search56 set: a query word with its accents missing, wrong or
partial finds what the accented word finds; a capitalised département name does not match
an inflected common word of its stem (Gers/gère, Lot/lots, Orne/ornée), on both backends.

usage: PYTHONPATH=WORKTREE/src python3 score.py [--verbose] [--backend tantivy|postgresql]
Ingests inputs/records.jsonl (20 articles) into fresh stores, enriches them
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
    score(HERE / "gold.json", load, "hsearch56")
