#!/usr/bin/env python3
"""What a story list's page costs on a large store, base against branch (issue #13, brief
r-perf66 item 2).

``veille stories`` and the API's and web's story lists call
:func:`veille.store.dedup_sql.stories`. This fills a real store (the schema and indexes of
:meth:`veille.store.sqlite.SQLiteStore.open`) with ``--docs`` synthetic articles in stories
of 1–6 articles (:func:`not_prose_scan.fill`: one story of no prose in 200), then times, in
wall milliseconds, the median of ``--repeat`` calls (one untimed first, the page cache
warm) of the pages users ask for: the first page of 20, a deep page (offset 2,000), the
prose-only first page, stories of 2 articles or more, a paging snapshot (``until_seq``) and
:func:`~veille.store.dedup_sql.story_count`. Each call's answer is written out as JSON; with
``--before SRC`` (another checkout's ``src``: ``git archive BASE src | tar -x -C /tmp/b``)
the same figures are taken on that package first, in a child process on the same store,
the two answers are compared (they must be equal: the change is a speed change) and the
ratios printed. Usage::

    PYTHONPATH=src python bench/story_pages.py --docs 100000 [--repeat 7] [--before SRC]

Only ratios matter: the machine is shared (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from not_prose_scan import fill, timed  # noqa: E402

CALLS: dict[str, dict[str, Any]] = {
    "first page": {"limit": 20, "offset": 0, "min_articles": 1},
    "page 101": {"limit": 20, "offset": 2000, "min_articles": 1},
    "first page, prose only": {"limit": 20, "offset": 0, "min_articles": 1,
                               "prose_only": True},
    "first page, 2+ articles": {"limit": 20, "offset": 0, "min_articles": 2},
    "snapshot page": {"limit": 20, "offset": 40, "min_articles": 1, "until_seq": -100},
    "old snapshot page": {"limit": 20, "offset": 40, "min_articles": 1, "until_seq": -50_000},
}
"""The pages timed: :func:`~veille.store.dedup_sql.stories` keyword arguments (a negative
``until_seq``: that many articles before the last, a snapshot taken since)."""


def measure(path: Path, repeat: int) -> dict[str, Any]:
    """Each call's median ms and answer on the store at ``path``."""
    import sqlite3

    from veille.store import dedup_sql

    conn = sqlite3.connect(path)
    last = conn.execute("SELECT MAX(seq) FROM articles").fetchone()[0]
    out: dict[str, Any] = {"ms": {}, "answers": {}}
    for name, given in CALLS.items():
        kwargs = dict(given)
        if kwargs.get("until_seq", 0) < 0:
            kwargs["until_seq"] += last
        def call(kwargs: dict[str, Any] = kwargs) -> list[Any]:
            return dedup_sql.stories(conn, **kwargs)
        out["ms"][name] = timed(call, repeat)
        out["answers"][name] = [json.dumps(asdict(s), default=str, sort_keys=True)
                                for s in call()]
    count: Callable[[], int] = lambda: dedup_sql.story_count(conn, min_articles=1)  # noqa: E731
    out["ms"]["story count"] = timed(count, repeat)
    out["answers"]["story count"] = count()
    conn.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=66)
    parser.add_argument("--before", type=Path, default=None, metavar="SRC")
    parser.add_argument("--store", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.store is not None:  # the child of --before
        args.out.write_text(json.dumps(measure(args.store, args.repeat)))
        return 0
    with tempfile.TemporaryDirectory(prefix="veille-storypages-") as tmp:
        path = Path(tmp) / "store.sqlite3"
        started = time.perf_counter()
        fill(path, args.docs, 200, args.seed)
        print(f"store of {args.docs:,} articles filled in {time.perf_counter() - started:.1f} s")
        before = None
        if args.before is not None:
            out = Path(tmp) / "before.json"
            env = dict(os.environ, PYTHONPATH=str(args.before))
            subprocess.run([sys.executable, __file__, "--store", str(path), "--out", str(out),
                            "--repeat", str(args.repeat)], env=env, check=True)
            before = json.loads(out.read_text())
        after = measure(path, args.repeat)
    print(f"{'call':<26}" + (f"{'before ms':>11}" if before else "") + f"{'after ms':>10}"
          + ("   ratio" if before else ""))
    same = True
    for name, ms in after["ms"].items():
        line = f"{name:<26}"
        if before:
            line += f"{before['ms'][name]:>11.1f}"
        line += f"{ms:>10.1f}"
        if before:
            line += f"  {before['ms'][name] / ms:>5.1f}x"
            if before["answers"][name] != after["answers"][name]:
                same = False
                line += "  ANSWERS DIFFER"
        print(line)
    if before:
        print("answers identical" if same else "answers DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
