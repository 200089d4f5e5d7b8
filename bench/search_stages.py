#!/usr/bin/env python3
"""Where the CPU of one ``/api/v1/search`` request goes, stage by stage, in one process.

Why: the web bench (bench/web.py) gives the server's CPU per request, which a shared machine
stretches and which says nothing of where it goes; this runs what the endpoint runs
(``queries.run_search``, the localized warnings, the JSON bytes) without HTTP, and times the
functions named below with ``time.process_time``, each stage's own time (less the stages it
calls), so the stages add up to the whole. Optionally it writes every response (less
``took_ms``) as JSON Lines, so two versions can be compared answer by answer.

Data: a data directory whose ``index`` is bench/search.py's index of its generated corpus
(``--work DIR --reuse`` keeps it in DIR/tantivy) and whose store is empty, as bench/web.py
makes it; the queries are the bench's ``query_mix(seed=42)``, after warm-up queries of
another seed (which do not fill the search cache with the measured queries' counts).

It also gives each request's CPU by the mix's query kind (p50 and p99: which kinds make
the tail) and the slowest queries. With ``--asgi`` each request goes through the whole ASGI
app (routing, parameter validation, middlewares, the thread-pool hop, the response), driven
in process without a socket, so ``ASGI app: framework, middlewares`` is what FastAPI and
Starlette add to the endpoint's work.

Usage (from the repository root; run two checkouts' ``src`` in turn, alternating chunks of
queries, to compare them under the same load)::

    PYTHONPATH=src .venv/bin/python bench/search_stages.py --index /tmp/bench-1m/tantivy \\
        --start 500 --count 400 [--asgi] [--dump answers.jsonl] [--json stages.json]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

STAGES: list[tuple[str, str, str]] = [
    # (module, attribute: a function or Class.method, stage name)
    ("veille.index.tantivy_index", "TantivyIndex._facets",
     "tantivy aggregate: count, source, language, day (_facets)"),
    ("veille.index.tantivy_index", "TantivyIndex._by_date",
     "tantivy date order: dated, then undated matches (_by_date)"),
    ("veille.index.tantivy_index", "TantivyIndex._top",
     "compile, tantivy top-300, rebalance (_top)"),
    ("veille.index.tantivy_index", "TantivyIndex.search", "stored documents of the page"),
    ("veille.index.tantivy_index", "TantivyIndex.ranked",
     "entity facets: ids of the top 300 from fast fields"),
    ("veille.search.highlight", "Highlighter.snippets", "snippets"),
    ("veille.search.highlight", "Highlighter._phrase_spans",
     "snippets and titles: a phrase's or a name's words in a row"),
    ("veille.search.highlight", "Highlighter._word_spans",
     "snippets and titles: the query's words"),
    ("veille.search.highlight", "Highlighter.mark", "marked titles"),
    ("veille.search.service", "search",
     "search service: parsing, stories, hits (rest of service.search)"),
    ("veille.search.entity_facets", "entity_facets", "entity facets: parsing, ranking"),
    ("veille.store.sqlite", "SQLiteStore.entity_counts", "entity facets: store counts"),
    ("veille.store.sqlite", "SQLiteStore.places", "entity facets: store places"),
    ("veille.web.queries", "_entity_facets", "entity facets: models"),
    ("veille.web.queries", "from_search", "from_search (pydantic models)"),
    ("veille.web.queries", "run_search", "rest of run_search"),
]


class Clock:
    """Own CPU time per stage: a stage's time less that of the timed stages it calls."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self._stack: list[list[float]] = []

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [time.process_time(), 0.0]
            self._stack.append(frame)
            try:
                return function(*args, **kwargs)
            finally:
                self._stack.pop()
                spent = time.process_time() - frame[0]
                self.totals[name] = self.totals.get(name, 0.0) + spent - frame[1]
                if self._stack:
                    self._stack[-1][1] += spent
        return timed


def instrument(clock: Clock) -> None:
    import importlib

    for module_name, attribute, name in STAGES:
        owner: Any = importlib.import_module(module_name)
        *path, last = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, last, clock.wrap(name, getattr(owner, last)))


def asgi_get(app: Any, path: str, query: str) -> bytes:
    """The body of ``GET path?query`` answered by the ASGI ``app`` in process (no socket);
    raises on a status other than 200."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": query.encode(), "root_path": "",
             "headers": [(b"host", b"127.0.0.1:8000"), (b"accept", b"*/*")],
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)}
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    loop = _LOOP or asyncio.new_event_loop()
    loop.run_until_complete(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    if status != 200:
        raise RuntimeError(f"{path}?{query}: HTTP {status}")
    return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


_LOOP: asyncio.AbstractEventLoop | None = None


def percentiles(values: list[float]) -> tuple[float, float]:
    """(p50, p99) of ``values`` (seconds) in ms, nearest rank."""
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return statistics.median(ordered) * 1000, pick(0.99) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True,
                        help="bench/search.py's index of --docs generated articles")
    parser.add_argument("--start", type=int, default=500, help="first measured query")
    parser.add_argument("--count", type=int, default=400, help="queries measured")
    parser.add_argument("--warm", type=int, default=100, help="warm-up queries")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--dump", type=Path, help="write each answer here (JSON Lines)")
    parser.add_argument("--json", type=Path, help="write the stage totals here")
    parser.add_argument("--against", type=Path,
                        help="another version's --dump of the same queries: compare every "
                        "answer with it (ids, order, scores, counts, facets, snippets, "
                        "warnings: the whole JSON less took_ms) and exit 1 on a difference")
    parser.add_argument("--asgi", action="store_true",
                        help="send each request through the ASGI app (framework included)")
    args = parser.parse_args()
    if args.against is not None and args.dump is None:
        parser.error("--against compares the answers written with --dump: give both")

    from lib.search_corpus import query_mix, sentence_pool

    import search as search_bench  # bench/search.py: its ../shared path
    from veille.settings import Settings
    from veille.store.sqlite import SQLiteStore
    from veille.web import queries
    from veille.web.app import create_app

    clock = Clock()
    instrument(clock)
    data = Path(tempfile.mkdtemp(prefix="veille-stages-"))
    SQLiteStore.open(data / "veille.sqlite3").close()
    (data / "index").symlink_to(args.index.resolve(), target_is_directory=True)
    application = create_app(Settings(data_dir=data))
    web = application.state.web
    translator = web.locales["fr"]

    def endpoint(q: str, sort: Any = "relevance") -> bytes:  # /api/v1/search's worker thread
        result = queries.run_search(web, q=q, page=1, per_page=10, sort=sort)
        result.localized_warnings = [translator.message(w) for w in result.warnings]
        return result.model_dump_json(by_alias=True).encode()

    api = endpoint
    if args.asgi:
        global _LOOP
        _LOOP = asyncio.new_event_loop()

        def api(q: str, sort: Any = "relevance") -> bytes:
            params = {"q": q} | ({"sort": sort} if sort != "relevance" else {})
            return asgi_get(application, "/api/v1/search", urlencode(params))

    # What a server loads before answering (veille.web.search.warm, called by name so that
    # an older checkout without it is measured the same way): the stages are the steady
    # state, not the ~2 s of a process's first searches.
    from veille.enrich import lexicon
    from veille.enrich.aliases import shipped_table
    from veille.enrich.places import shipped

    shipped()
    lexicon.french()
    shipped_table()
    pool = sentence_pool(search_bench.SHARED)
    measured = query_mix(pool, args.start + args.count, seed=args.seed)
    for q in query_mix(pool, args.warm, seed=args.seed + 1000):
        api(q.text, q.sort)
    clock.totals.clear()
    timed = clock.wrap("ASGI app: framework, middlewares" if args.asgi
                       else "JSON and warnings (rest of the endpoint)", api)
    out = args.dump.open("w", encoding="utf-8") if args.dump else None
    per_query: list[tuple[float, str, str]] = []
    for q in measured[args.start:]:  # the mix's date-sorted tenth by date (since 2026-12-01)
        before = time.process_time()
        body = timed(q.text, q.sort)
        per_query.append((time.process_time() - before, q.kind, q.text))
        if out is not None:
            answer = json.loads(body)
            answer.pop("took_ms", None)
            out.write(json.dumps({"q": q.text, "sort": q.sort, "answer": answer},
                                 ensure_ascii=False,
                                 sort_keys=True) + "\n")
    whole = sum(clock.totals.values())  # the endpoint's work, not writing the answers
    if out is not None:
        out.close()
    differ = 0
    if args.against is not None and args.dump is not None:
        theirs = args.against.read_text(encoding="utf-8").splitlines()
        ours = args.dump.read_text(encoding="utf-8").splitlines()
        differ = sum(a != b for a, b in zip(ours, theirs, strict=False)) + \
            abs(len(ours) - len(theirs))
        print(f"answers compared with {args.against}: {len(ours)}, different: {differ}")
    count = len(measured) - args.start
    rows = sorted(clock.totals.items(), key=lambda item: -item[1])
    print(f"| stage, per request ({count} queries) | CPU (ms, mean) |\n|---|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds * 1000 / count:.2f} |")
    print(f"| **all** | **{whole * 1000 / count:.2f}** |")
    print("\n| query kind | requests | CPU p50 (ms) | CPU p99 (ms) |\n|---|---:|---:|---:|")
    kinds = sorted({kind for _s, kind, _t in per_query})
    for kind in [*kinds, "all"]:
        spent = [s for s, k, _t in per_query if kind in (k, "all")]
        p50, p99 = percentiles(spent)
        print(f"| {kind} | {len(spent)} | {p50:.2f} | {p99:.2f} |")
    print("\nslowest:", "; ".join(f"{k} {t!r} {s * 1000:.1f} ms"
                                   for s, k, t in sorted(per_query, reverse=True)[:8]))
    shutil.rmtree(data, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps({"queries": count, "all": whole,
                                         "stages": clock.totals,
                                         "per_query": per_query}))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
