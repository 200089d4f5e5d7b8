"""Held-out checks of h-export54: an export re-ingested into a fresh store is the same store.

Usage (from a worktree root; PYTHONPATH chooses the tree under test, the argument the CLI):

    PYTHONPATH=$PWD/src .venv/bin/python bench/data/heldout/h-export54/score.py /work/vbin-NAME

Ingests every input of ``inputs/`` (one of each kind: text capture with a standfirst, HTML
page, saved RSS feed, NewsML-G2 correction, ninjs, WARC record, and a reprint pair) into a
fresh store A, enriches, exports; ingests that export into a fresh store B, enriches,
exports. One check per article and per top-level record section (content, dedup,
enrichment, ext, id/source/url/first_seen): PASS when B's export says what A's said.
``raw`` is left out: it names the input the store holds, which in B is the export line.
Then one check that ``veille quotes`` prints the same rows in both stores. Prints
PASS/FAIL per check, the differing fields, and the figure k/N.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CLI = sys.argv[1] if len(sys.argv) > 1 else "veille"
HERE = Path(__file__).resolve().parent
INPUTS = sorted(str(p) for p in (HERE / "inputs").iterdir())
SECTIONS = ("content", "dedup", "enrichment", "ext", "top")


def run(*args: str, data: Path) -> str:
    done = subprocess.run([CLI, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=600)
    if done.returncode not in (0,):
        print(f"# {' '.join(args[:2])}: exit {done.returncode}: {done.stderr[-300:]}")
    return done.stdout


def flat(value: Any, key: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(flat(v, f"{key}.{k}" if key else str(k)))
        return out or {key: {}}
    return {key: value}


def exported(path: Path) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in map(json.loads, path.read_text().splitlines())}


def main() -> int:
    results: list[tuple[str, bool, str]] = []
    with tempfile.TemporaryDirectory(prefix="h-export54-") as tmp:
        a, b = Path(tmp) / "a", Path(tmp) / "b"
        run("ingest", *INPUTS, data=a)
        run("enrich", data=a)
        run("export", "-o", str(Path(tmp) / "a.jsonl"), data=a)
        run("ingest", str(Path(tmp) / "a.jsonl"), data=b)
        run("enrich", data=b)
        run("export", "-o", str(Path(tmp) / "b.jsonl"), data=b)
        first, second = exported(Path(tmp) / "a.jsonl"), exported(Path(tmp) / "b.jsonl")
        for aid, rec in sorted(first.items()):
            other = second.get(aid)
            title = ((rec.get("content") or {}).get("title") or "")[:40]
            for section in SECTIONS:
                name = f"{aid} {title!r} {section}"
                if other is None:
                    results.append((name, False, "missing after the round trip"))
                    continue
                if section == "top":
                    x = {k: v for k, v in rec.items() if k not in (*SECTIONS, "raw")}
                    y = {k: v for k, v in other.items() if k not in (*SECTIONS, "raw")}
                else:
                    x, y = {section: rec.get(section)}, {section: other.get(section)}
                fx, fy = flat(x), flat(y)
                differ = sorted(k for k in fx.keys() | fy.keys() if fx.get(k) != fy.get(k))
                results.append((name, not differ, ", ".join(differ)[:300]))
        qa, qb = run("quotes", data=a), run("quotes", data=b)
        results.append(("veille quotes: same rows", qa == qb and bool(qa.strip()),
                        f"{len(qa.splitlines())} vs {len(qb.splitlines())} lines"))
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""))
    passed = sum(ok for _, ok, _ in results)
    print(f"h-export54: {passed}/{len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
