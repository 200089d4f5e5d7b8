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
import json
import pathlib
import sys
import tempfile

import veille

HERE = pathlib.Path(__file__).resolve().parent
IN = HERE / "inputs"


def load(v) -> None:  # type: ignore[no-untyped-def]
    v.ingest(IN / "records.jsonl")
    v.sync()


def answers(v, gold) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    out = {}
    titles = {}
    for query, _ in gold["queries"]:
        hits = v.search(query, per_page=50).hits
        got = set()
        for hit in hits:
            c = v.get(hit.id).content
            title = titles.setdefault(hit.id, " ".join([c.title, c.lead, *c.paragraphs]))
            key = [k for k, words in gold["docs"].items() if words in title]
            got.add(key[0] if key else "?" + title)
        out[query] = got
    return out


def main() -> None:
    verbose = "--verbose" in sys.argv
    only = sys.argv[sys.argv.index("--backend") + 1] if "--backend" in sys.argv else None
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    results: dict[str, dict[str, set[str]]] = {}
    with tempfile.TemporaryDirectory() as d:
        if only in (None, "tantivy"):
            with veille.open(pathlib.Path(d) / "tantivy") as v:
                load(v)
                results["tantivy"] = answers(v, gold)
        if only in (None, "postgresql"):
            from veille.store import pgcluster
            reason = pgcluster.unavailable_reason()
            if reason:
                print(f"postgresql skipped: {reason}")
            else:
                with pgcluster.running() as cluster:
                    url = cluster.create_database("rsearch51")
                    with veille.open(pathlib.Path(d) / "pg", store_url=url, index_url=url) as v:
                        load(v)
                        results["postgresql"] = answers(v, gold)
    for backend, got in results.items():
        right = 0
        for query, want in gold["queries"]:
            ok = got[query] == set(want)
            right += ok
            detail = "" if ok or not verbose else f": got {sorted(got[query])} want {sorted(want)}"
            print(f"  {backend} {'ok   ' if ok else 'WRONG'} {query}{detail}")
        print(f"{backend} right {right}/{len(gold['queries'])}")
    if len(results) == 2:
        a, b = results.values()
        same = sum(a[q] == b[q] for q, _ in gold["queries"])
        print(f"agree {same}/{len(gold['queries'])}")


if __name__ == "__main__":
    main()
