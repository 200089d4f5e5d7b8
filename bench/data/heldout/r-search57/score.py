"""Score search in German, Spanish, Italian, Portuguese and Russian (held-out set of
r-search57): one line per check and backend, then a total.

Usage: PYTHONPATH=src python bench/data/heldout/r-search57/score.py [--no-pg]

Each backend gets the articles of ``cases.json`` (SQLite + tantivy; PostgreSQL for the store
and the index in a throwaway cluster, when its binaries are installed) and answers each
check's query. A check with ``hits`` passes when the query finds those articles and no
other (but the ``allow``-ed ones); with ``not``, when it finds none of them; with
``snippet``, when that article's title or snippets mark ``marked``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import veille

HERE = Path(__file__).resolve().parent


def _records(path: Path, articles: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps({
        "url": f"https://heldout.example/{a['key']}", "title": a["title"], "text": a["text"],
        "language": a["language"], "published": "2026-12-01T10:00:00Z"},
        ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def _check(v: Any, check: dict[str, Any]) -> tuple[bool, str]:
    hits = v.search(check["query"], per_page=50).hits
    found = {hit.url.rsplit("/", 1)[1] for hit in hits}
    if "snippet" in check:
        hit = next((h for h in hits if h.url.endswith("/" + check["snippet"])), None)
        shown = "" if hit is None else hit.title_html + " " + " ".join(hit.snippets)
        return f"<mark>{check['marked']}</mark>" in shown, shown[:120]
    if "not" in check:
        return not (found & set(check["not"])), ",".join(sorted(found))
    wanted, allowed = set(check["hits"]), set(check.get("allow", ()))
    return wanted <= found and not (found - wanted - allowed), ",".join(sorted(found))


def run(name: str, settings: dict[str, str], root: Path, cases: dict[str, Any]) -> int:
    passed = 0
    root.mkdir(parents=True, exist_ok=True)
    with veille.open(root / "data", **settings) as v:
        v.ingest(_records(root / "records.jsonl", cases["articles"]))
        v.sync()
        for check in cases["checks"]:
            ok, seen = _check(v, check)
            passed += ok
            kind = "snippet" if "snippet" in check else "not" if "not" in check else "hits"
            print(f"{name:10} {'PASS' if ok else 'FAIL'} {kind:7} {check['query']!r:28} "
                  f"{check['why']} [{seen}]")
    return passed


def main() -> None:
    cases = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    total = len(cases["checks"])
    scores: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="heldout-r-search57-") as tmp:
        scores["tantivy"] = run("tantivy", {}, Path(tmp) / "t", cases)
        if "--no-pg" not in sys.argv:
            from veille.store import pgcluster

            reason = pgcluster.unavailable_reason()
            if reason:
                print(f"postgresql skipped: {reason}")
            else:
                with pgcluster.running() as cluster:
                    url = str(cluster.create_database("heldout_r_search57"))
                    scores["postgresql"] = run("postgresql", {"store_url": url,
                                                              "index_url": url},
                                               Path(tmp) / "p", cases)
    for name, score in scores.items():
        print(f"TOTAL {name}: {score}/{total}")


if __name__ == "__main__":
    main()
