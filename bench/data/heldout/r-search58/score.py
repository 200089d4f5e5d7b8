"""Score search in Russian, Arabic and ``place:`` in a country's own language (held-out set
of r-search58, issues 14/16): one line per check and backend, then a total.

Usage: python score.py /work/vbin-NAME [--no-pg]

The CLI given (a wrapper running ``veille``) ingests the articles of ``cases.json`` into a
fresh data directory, enriches them (``veille enrich``) and answers each check's query with
``veille search --json -n 50``, on the embedded store and index (SQLite + tantivy) and, when
PostgreSQL's binaries are installed, on PostgreSQL for the store and the index (a throwaway
cluster, through ``VEILLE_STORE_URL``/``VEILLE_INDEX_URL``). A check with ``hits`` passes
when the query finds those articles and no other (but the ``allow``-ed ones); with ``not``,
when it finds none of them; with ``snippet``, when that article's title or snippets mark
``marked``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[3] / "src"


def _records(path: Path, articles: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps({
        "url": f"https://heldout58.example/{a['key']}", "title": a["title"], "text": a["text"],
        "language": a["language"], "published": "2026-12-01T10:00:00Z"},
        ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def _cli(cli: str, data: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run([cli, "--data-dir", str(data), *args], env=env, check=False,
                          capture_output=True, text=True)
    if done.returncode not in (0, 1) or (args[0] == "search" and not done.stdout.strip()):
        raise SystemExit(f"{' '.join(args)}: exit {done.returncode}: {done.stderr[-500:]}")
    return done.stdout


def _check(cli: str, data: Path, env: dict[str, str], check: dict[str, Any]
           ) -> tuple[bool, str]:
    hits = json.loads(_cli(cli, data, env, "search", "--json", "-n", "50", "--",
                           check["query"]))["hits"]
    found = {hit["url"].rsplit("/", 1)[1] for hit in hits}
    if "snippet" in check:
        hit = next((h for h in hits if h["url"].endswith("/" + check["snippet"])), None)
        shown = "" if hit is None else hit["title_html"] + " " + " ".join(hit["snippets"])
        return f"<mark>{check['marked']}</mark>" in shown, shown[:100]
    if "not" in check:
        return not (found & set(check["not"])), ",".join(sorted(found))
    wanted, allowed = set(check["hits"]), set(check.get("allow", ()))
    return wanted <= found and not (found - wanted - allowed), ",".join(sorted(found))


def run(name: str, cli: str, env: dict[str, str], root: Path, cases: dict[str, Any]) -> int:
    root.mkdir(parents=True, exist_ok=True)
    data = root / "data"
    _cli(cli, data, env, "ingest", str(_records(root / "records.jsonl", cases["articles"])))
    _cli(cli, data, env, "enrich")
    passed = 0
    for check in cases["checks"]:
        ok, seen = _check(cli, data, env, check)
        passed += ok
        kind = "snippet" if "snippet" in check else "not" if "not" in check else "hits"
        print(f"{name:10} {'PASS' if ok else 'FAIL'} {kind:7} {check['query']!r:24} "
              f"{check['why']} [{seen}]", flush=True)
    return passed


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    cli = args[0]
    cases = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    total = len(cases["checks"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    scores: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="heldout-r-search58-") as tmp:
        scores["tantivy"] = run("tantivy", cli, env, Path(tmp) / "t", cases)
        if "--no-pg" not in sys.argv:
            sys.path.insert(0, str(SRC))
            from veille.store import pgcluster

            reason = pgcluster.unavailable_reason()
            if reason:
                print(f"postgresql skipped: {reason}")
            else:
                with pgcluster.running() as cluster:
                    url = str(cluster.create_database("heldout_r_search58"))
                    pg_env = env | {"VEILLE_STORE_URL": url, "VEILLE_INDEX_URL": url}
                    scores["postgresql"] = run("postgresql", cli, pg_env, Path(tmp) / "p",
                                               cases)
    for name, score in scores.items():
        print(f"TOTAL {name}: {score}/{total}")
    print(f"total: {sum(scores.values())}/{total * len(scores)}")


if __name__ == "__main__":
    main()
