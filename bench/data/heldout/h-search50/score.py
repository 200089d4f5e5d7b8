#!/usr/bin/env python3
"""Score veille on the h-search50 set: singular/plural query words of French text (and an
English control) and ``source:""`` over articles of several kinds, on both search backends.

usage: PYTHONPATH=WORKTREE/src python3 score.py [--verbose] [--backend tantivy|postgresql]
Ingests inputs/ into a fresh SQLite + tantivy store and (where PostgreSQL's server binaries
are installed) a PostgreSQL store + index on a throwaway cluster: c1-c3 and e1 as captures
without a source, c4 with --source sudouest.fr, records.jsonl (one record with a source,
one with only a URL), an Atom feed (2 entries) and a ninjs item. Each query of gold.json is
right when the set of articles it returns is exactly the gold set (an article is
known by a phrase of its text).
Prints "BACKEND right R/N" per backend, then "agree A/N" (the two backends' answers equal).
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
IN = HERE / "inputs"
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_search import score  # noqa: E402


def load(v) -> None:  # type: ignore[no-untyped-def]
    for name in ("c1-boulangers.txt", "c2-conseiller.txt", "c3-loisirs.txt", "e1-farmers.txt"):
        v.ingest(IN / name)
    v.ingest(IN / "c4-epiciers.txt", source="sudouest.fr")
    for name in ("records.jsonl", "feed-namur.atom", "ninjs-agence.json"):
        v.ingest(IN / name)
    v.sync()


if __name__ == "__main__":
    score(HERE / "gold.json", load, "hsearch50")
