#!/usr/bin/env python3
"""Score veille on the r-search51 set: French query words and their own inflections (plural, feminine,
elided) without another lexeme (conseil/conseillers, rêve/revers, berge/bergers), on both backends.

usage: PYTHONPATH=WORKTREE/src python3 score.py [--verbose] [--backend tantivy|postgresql]
Ingests inputs/records.jsonl (19 articles) into a fresh SQLite + tantivy store and (where
PostgreSQL's server binaries are installed) a PostgreSQL store + index on a throwaway
cluster. Each query of gold.json is right when the set of articles it returns is exactly
the gold set (an article is known by a phrase of its text).
Prints "BACKEND right R/N" per backend, then "agree A/N" (the two backends' answers equal).
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
IN = HERE / "inputs"
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_search import score  # noqa: E402


def load(v) -> None:  # type: ignore[no-untyped-def]
    v.ingest(IN / "records.jsonl")
    v.sync()


if __name__ == "__main__":
    score(HERE / "gold.json", load, "rsearch51")
