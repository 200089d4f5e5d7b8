#!/usr/bin/env python3
"""Identity of search answers (r-search50): every answer of the held-out queries, compared
with the answers the unchanged tree (7b859f30) gave, which ``--write`` records.

usage (from the worktree root):
  python3 bench/data/heldout/r-search50/score.py VEILLE_CLI --src SRC --index INDEX [--write]
VEILLE_CLI runs the tree under test (its wrapper), SRC is that tree's ``src`` (for the bench
mix, run in process by bench/search_stages.py), INDEX is bench/search.py's 100,000-article
index (``--docs 100000 --work DIR --reuse`` keeps it in DIR/tantivy).

Three parts, each answer's JSON less ``took_ms``:
- store: articles.jsonl ingested and enriched into a fresh store, served on 127.0.0.1,
  STORE_QUERIES asked of /api/v1/search (copies, stories, entity:/place:, accents, paging);
- big: INDEX served with an empty store (as bench/web.py does), BIG_QUERIES asked;
- mix: bench/search_stages.py --dump of the bench's query mix, queries 500-699.
Prints ``identical N/M`` (and the differing queries).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
BENCH = HERE.parents[2]
sys.path.insert(0, str(BENCH))
from lib.served_store import served_store  # noqa: E402

STORE_QUERIES = [
    {"q": "besancon"},
    {"q": "Besançon tramway", "collapse": "true"},
    {"q": '"conseil municipal"'},
    {"q": "place:Aude"},
    {"q": 'entity:"Solène Marchetti"'},
    {"q": "grève éboueurs"},
    {"q": "Quimper", "sort": "date"},
    {"q": "Cornwall storm", "per_page": "1", "page": "2"},
    {"q": "zorglubisme"},
    {"q": 'source:"Le Finistérien"'},
    {"q": "inondation OR crues", "collapse": "true"},
    {"q": "place:Drôme"},
    {"q": "médiathèque", "sort": "fresh"},
]
BIG_QUERIES = [
    {"q": '"premier ministre"', "page": "7"},
    {"q": "gouvernement", "page": "25"},
    {"q": "gouvernement", "page": "40"},
    {"q": "etats unis"},
    {"q": "président", "sort": "date", "page": "5"},
    {"q": "santé hôpital", "sort": "fresh"},
    {"q": "élection date:2019"},
    {"q": "qwertzuiopö"},
    {"q": "police -manifestation"},
    {"q": "source:lesoir.be économie"},
    {"q": "entity:Obama"},
    {"q": "\"l'Algérie\"", "per_page": "50"},
]


def ask(base: str, params: dict[str, str]) -> str:
    with urllib.request.urlopen(f"{base}/api/v1/search?{urllib.parse.urlencode(params)}",
                                timeout=60) as r:
        answer = json.load(r)
    answer.pop("took_ms", None)
    return json.dumps(answer, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("--src", required=True)
    parser.add_argument("--index", required=True, type=pathlib.Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    got: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as d:
        def run(*a: str) -> None:
            subprocess.run([args.cli, "--data-dir", d, *a], check=True, capture_output=True)
        run("ingest", str(HERE / "articles.jsonl"))
        run("enrich")
        with served_store(args.cli, d, ready="/api/v1/search?q=x") as base:
            for p in STORE_QUERIES:
                got["store " + json.dumps(p, ensure_ascii=False)] = ask(base, p)
    with tempfile.TemporaryDirectory() as d:
        sys.path.insert(0, args.src)
        env = dict(os.environ, PYTHONPATH=args.src)
        subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                        "from veille.store.sqlite import SQLiteStore; "
                        "SQLiteStore.open(Path(sys.argv[1]) / 'veille.sqlite3').close()", d],
                       check=True, env=env)
        (pathlib.Path(d) / "index").symlink_to(args.index.resolve(), target_is_directory=True)
        with served_store(args.cli, d, ready="/api/v1/search?q=x", tries=300) as base:
            for p in BIG_QUERIES:
                got["big " + json.dumps(p, ensure_ascii=False)] = ask(base, p)
        dump = pathlib.Path(d) / "mix.jsonl"
        subprocess.run([sys.executable, str(BENCH / "search_stages.py"), "--index",
                        str(args.index), "--start", "500", "--count", "200", "--warm", "20",
                        "--dump", str(dump)], check=True, env=env, capture_output=True)
        for n, line in enumerate(dump.read_text(encoding="utf-8").splitlines()):
            got[f"mix {500 + n}"] = line
    expected_path = HERE / "answers.jsonl"
    if args.write:
        with expected_path.open("w", encoding="utf-8") as out:
            for k, v in got.items():
                out.write(json.dumps({"key": k, "answer": v}, ensure_ascii=False) + "\n")
    expected = {r["key"]: r["answer"] for r in map(json.loads, expected_path.read_text(
        encoding="utf-8").splitlines())}
    same = sum(got.get(k) == v for k, v in expected.items())
    for k, v in expected.items():
        if got.get(k) != v:
            print("DIFFERENT", k)
    digest = hashlib.sha256("".join(got[k] for k in sorted(got)).encode()).hexdigest()[:16]
    parts = {p: sum(k.startswith(p) for k in expected) for p in ("store", "big", "mix")}
    print(f"identical {same}/{len(expected)} (store {parts['store']}, big {parts['big']}, "
          f"mix {parts['mix']}), digest {digest}")
    return 0 if same == len(expected) else 1


if __name__ == "__main__":
    sys.exit(main())
