#!/usr/bin/env python3
"""Score veille on the r-search54 set: English loanwords' plurals in French articles
(newsletters, traders, followers, start-ups, week-ends, e-mails, podcasts), verbs in -er
that are also nouns Snowball stems as another noun (porter/porte, placer/place,
boucher/bouche), and ``place:`` on a facility's name (a gym, a school "de Bellevue")
beside towns and natural regions the articles name, on both backends.

usage: PYTHONPATH=WORKTREE/src python3 score.py [--verbose] [--backend tantivy|postgresql]
Ingests inputs/records.jsonl (22 articles) into fresh stores, enriches them
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
    score(HERE / "gold.json", load, "rsearch54")
