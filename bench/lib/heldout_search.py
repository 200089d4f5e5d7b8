"""The scoring of the search held-out sets that ask each query of a gold file on both
backends (h-search50, r-search51): ``load`` ingests the set into a fresh SQLite + tantivy
store and, where PostgreSQL's server binaries are installed, a PostgreSQL store + index
on a throwaway cluster; a query is right when the set of articles it returns is exactly
its gold set (an article is known by a phrase of its text, ``gold["docs"]``). Prints one
line per query and backend (``--verbose``: a wrong one's answer too), "BACKEND right R/N"
per backend, then "agree A/N" (the two backends' answers equal)."""

from __future__ import annotations

import json
import pathlib
import sys
import tempfile
from collections.abc import Callable
from typing import Any

import veille


def answers(v: Any, gold: dict[str, Any]) -> dict[str, set[str]]:
    """Query → the keys of the gold docs it returns (``?TEXT`` for an unknown one)."""
    out = {}
    titles: dict[str, str] = {}
    for query, _ in gold["queries"]:
        got = set()
        for hit in v.search(query, per_page=50).hits:
            c = v.get(hit.id).content
            title = titles.setdefault(hit.id, " ".join([c.title, c.lead, *c.paragraphs]))
            key = [k for k, words in gold["docs"].items() if words in title]
            got.add(key[0] if key else "?" + title)
        out[query] = got
    return out


def score(gold_file: pathlib.Path, load: Callable[[Any], None], database: str) -> None:
    """Run the set of ``gold_file`` (argv: ``--verbose``, ``--backend tantivy|postgresql``)."""
    verbose = "--verbose" in sys.argv
    only = sys.argv[sys.argv.index("--backend") + 1] if "--backend" in sys.argv else None
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
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
                    url = cluster.create_database(database)
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
