"""Score r-search61's held-out set (issues 13/16): the PostgreSQL backend agrees with
tantivy (single words whose phrase family is another name, negations, phrases, field
filters, accents), aliases match their inflected forms (Russian cases, German genitive,
French/Spanish plurals) and never another name, and ``migrate-store`` carries the user's
aliases. One line per check and backend, then a total.

Usage: python score.py /work/vbin-NAME [--no-pg]

The CLI given ingests the articles of ``cases.json`` into a fresh data directory, adds the
aliases of ``cases.json`` (``veille aliases add``), enriches (``veille enrich``) and answers
each check with ``veille search --json -n 50`` (SQLite + tantivy). Then, when PostgreSQL's
binaries are installed, it moves that store to a throwaway PostgreSQL database
(``veille migrate-store``) and answers the same checks from a *new, empty* data directory
pointed at it (``VEILLE_STORE_URL``/``VEILLE_INDEX_URL``, ``veille reindex``): the aliases
must have come with the store. A ``hits`` check passes when the query finds those articles
and no other; a ``not`` check when it finds none of them.
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
        "url": f"https://heldout61.example/{a['key']}", "title": a["title"], "text": a["text"],
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
    if "not" in check:
        return not (found & set(check["not"])), ",".join(sorted(found))
    return found == set(check["hits"]), ",".join(sorted(found))


def checks(name: str, cli: str, env: dict[str, str], data: Path, cases: dict[str, Any]) -> int:
    passed = 0
    for check in cases["checks"]:
        ok, seen = _check(cli, data, env, check)
        passed += ok
        kind = "not" if "not" in check else "hits"
        print(f"{name:10} {'PASS' if ok else 'FAIL'} {kind:4} {check['query']!r:34} "
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
    with tempfile.TemporaryDirectory(prefix="heldout-r-search61-") as tmp:
        data = Path(tmp) / "t"
        _cli(cli, data, env, "ingest", str(_records(Path(tmp) / "records.jsonl",
                                                    cases["articles"])))
        for alias, entity_id, label, display in cases["aliases"]:
            _cli(cli, data, env, "aliases", "add", alias, entity_id, "--label", label,
                 "--name", display)
        _cli(cli, data, env, "enrich")
        scores["tantivy"] = checks("tantivy", cli, env, data, cases)
        if "--no-pg" not in sys.argv:
            sys.path.insert(0, str(SRC))
            from veille.store import pgcluster

            reason = pgcluster.unavailable_reason()
            if reason:
                print(f"postgresql skipped: {reason}")
            else:
                with pgcluster.running() as cluster:
                    url = str(cluster.create_database("heldout_r_search61"))
                    _cli(cli, data, env, "migrate-store", "--to", url)
                    pg_env = env | {"VEILLE_STORE_URL": url, "VEILLE_INDEX_URL": url}
                    other = Path(tmp) / "p"  # another machine's data directory
                    _cli(cli, other, pg_env, "reindex")
                    scores["postgresql"] = checks("postgresql", cli, pg_env, other, cases)
    for name, score in scores.items():
        print(f"TOTAL {name}: {score}/{total}")
    print(f"total: {sum(scores.values())}/{total * len(scores)}")


if __name__ == "__main__":
    main()
