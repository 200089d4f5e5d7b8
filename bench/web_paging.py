#!/usr/bin/env python3
"""The CPU of a search page read by cursor against the same page read by offset, in process.

Why: issue 14 pages search results by cursor (docs/web.md): a later page ranks again the
rows the pages before gave, skips them, and counts those that still match; this measures
what that costs beside ``page=`` (and what the first page costs, which also builds the
cursor). It runs what ``/api/v1/search`` runs (``queries.run_search`` and the JSON bytes)
without HTTP, timing each request with ``time.process_time``; medians over the queries.

Data: bench/web.py's (bench/search.py's generated French corpus, ``--docs N`` articles, an
empty store: search reads the index), built in a temporary directory, or ``--index DIR``
(bench/search.py's index of the same corpus); the queries are the bench's ``query_mix``.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python bench/web_paging.py --docs 100000 --count 200
    PYTHONPATH=/tmp/before/src .venv/bin/python bench/web_paging.py ...   # no cursor rows
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


def cpu_ms(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.process_time()
    value = call()
    return (time.process_time() - started) * 1000, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--count", type=int, default=200, help="queries measured")
    parser.add_argument("--per-page", type=int, default=10)
    args = parser.parse_args()

    from veille.settings import Settings
    from veille.web import queries
    from veille.web.app import create_app
    from web import build_generated  # bench/web.py

    work = Path(tempfile.mkdtemp(prefix="veille-bench-paging-"))
    try:
        data = work / "data"
        data.mkdir()
        mix, warm_up = build_generated(data, args.docs, args.seed, index_dir=args.index)
        web = create_app(Settings(data_dir=data)).state.web
        for q in warm_up[:100]:
            queries.run_search(web, q=q, page=1, per_page=args.per_page, sort="relevance")
        rows: dict[str, list[float]] = {name: [] for name in (
            "page 1", "page 2 by offset", "page 2 by cursor", "page 5 by offset",
            "page 5 by cursor")}
        for q in mix[:args.count]:
            def run(q: str = q, **options: Any) -> Any:
                result = queries.run_search(web, q=q, per_page=args.per_page,
                                            sort="relevance", **options)
                result.model_dump_json(by_alias=True)
                return result

            spent, first = cpu_ms(lambda: run(page=1))
            rows["page 1"].append(spent)
            if first.pages < 5:
                continue
            rows["page 2 by offset"].append(cpu_ms(lambda: run(page=2))[0])
            rows["page 5 by offset"].append(cpu_ms(lambda: run(page=5))[0])
            cursor = getattr(first, "next_cursor", None)  # None: a veille before cursors
            if cursor is None:
                continue
            for page in range(2, 6):
                spent, found = cpu_ms(lambda at=cursor: run(page=1, cursor=at))
                assert found.page == page, (found.page, page)
                if page in (2, 5):
                    rows[f"page {page} by cursor"].append(spent)
                cursor = found.next_cursor
        print(f"{args.docs:,} generated articles, relevance, per_page {args.per_page}, "
              f"{len(rows['page 1'])} queries ({len(rows['page 2 by offset'])} with 5 "
              "pages or more); CPU ms per request, median / p90:")
        for name, values in rows.items():
            if values:
                ordered = sorted(values)
                print(f"  {name:18} {statistics.median(ordered):6.2f} / "
                      f"{ordered[int(len(ordered) * 0.9)]:6.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
