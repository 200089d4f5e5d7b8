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
import json
import pathlib
import sys
import tempfile

import veille

HERE = pathlib.Path(__file__).resolve().parent
IN = HERE / "inputs"


def load(v) -> None:  # type: ignore[no-untyped-def]
    for name in ("c1-boulangers.txt", "c2-conseiller.txt", "c3-loisirs.txt", "e1-farmers.txt"):
        v.ingest(IN / name)
    v.ingest(IN / "c4-epiciers.txt", source="sudouest.fr")
    for name in ("records.jsonl", "feed-namur.atom", "ninjs-agence.json"):
        v.ingest(IN / name)
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
                    url = cluster.create_database("hsearch50")
                    with veille.open(pathlib.Path(d) / "pg", store_url=url, index_url=url) as v:
                        load(v)
                        results["postgresql"] = answers(v, gold)
    for backend, got in results.items():
        right = 0
        for query, want in gold["queries"]:
            ok = got[query] == set(want)
            right += ok
            if verbose and not ok:
                print(f"  {backend} WRONG {query!r}: got {sorted(got[query])} want {sorted(want)}")
        print(f"{backend} right {right}/{len(gold['queries'])}")
    if len(results) == 2:
        a, b = results.values()
        same = sum(a[q] == b[q] for q, _ in gold["queries"])
        print(f"agree {same}/{len(gold['queries'])}")


if __name__ == "__main__":
    main()
