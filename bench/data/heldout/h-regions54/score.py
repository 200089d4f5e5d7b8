#!/usr/bin/env python3
"""Score veille on the h-regions54 set: ``place:`` a first-level region abroad (a German
Land, an Italian or Spanish region, a Canadian province, an Australian state, an Austrian
Land, a Dutch province) finds the articles placed in its cities, by its local, French and
English names (issue 16), on both backends.

usage: PYTHONPATH=WORKTREE/src python3 score.py [--verbose] [--backend tantivy|postgresql]
Ingests inputs/records.jsonl (15 articles) into fresh stores, enriches them
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
    score(HERE / "gold.json", load, "hregions54")
