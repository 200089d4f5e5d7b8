#!/usr/bin/env python3
"""Bench the web app under load: 20 concurrent clients on loopback (issue "bench/web").

Why: people and programs hit the search page and the search API at once; the goal on these
2 cores is API p99 <= 100 ms at >= 200 requests/s. The server is started as users start it
(``veille serve``, one process) on 127.0.0.1; the load comes from wrk (Debian's ``wrk``) with
a Lua script cycling through a fixed, seeded mix of queries, or, without wrk, from a bounded
asyncio httpx generator.

Data: the index is built from bench/search.py's generated French corpus (real sentences from
../shared/data, cached in bench/.cache/search/) with ``--docs N`` articles; with ``--demo``,
or when ../shared is absent, the demo corpus (~100 articles) is used. The table says which.

Usage (from the repository root)::

    .venv/bin/python bench/web.py                      # 100,000 generated articles
    .venv/bin/python bench/web.py --docs 1000000       # the issue's target size
    .venv/bin/python bench/web.py --docs 1000000 --index /tmp/bench-1m/tantivy  # reuse
    .venv/bin/python bench/web.py --demo --duration 5
    .venv/bin/python bench/web.py --docs 1000000 --index DIR --before /tmp/main/src
    .venv/bin/python bench/web.py --write-docs         # also update docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
VEILLE = REPO / ".venv" / "bin" / "veille"
sys.path.insert(0, str(BENCH))

CLIENTS = 20
SECTION_START = "<!-- bench/web.py: start -->"
SECTION_END = "<!-- bench/web.py: end -->"


@dataclass
class Result:
    target: str
    requests: int
    errors: int
    p50_ms: float
    p99_ms: float
    rps: float
    cpu_ms: float
    """CPU time (user + system) of the server's processes during the row, per request."""


def build_generated(data: Path, docs: int, seed: int, *, index_dir: Path | None = None,
                    queries: int = 5000) -> tuple[list[str], list[str]]:
    """An index of ``docs`` generated articles (store left empty: search reads the index),
    or ``index_dir`` when given (bench/search.py's index of the same corpus, kept with
    ``--work DIR --reuse``: DIR/tantivy), linked rather than built again. Returns the
    measured queries and, apart, the warm-up queries (another seed: a warm-up with the
    measured queries would fill the search cache with their counts and facets)."""
    from lib.search_corpus import query_mix, sentence_pool

    import search as search_bench  # bench/search.py
    from veille.index.base import IndexDoc
    from veille.index.tantivy_index import TantivyIndex
    from veille.store.sqlite import SQLiteStore

    SQLiteStore.open(data / "veille.sqlite3").close()
    if index_dir is not None:
        (data / "index").symlink_to(index_dir.resolve(), target_is_directory=True)
    else:
        corpus = search_bench.corpus_file(docs, seed)
        index = TantivyIndex(data / "index", writer_threads=2)
        for batch in search_bench.batches(corpus):
            index.add_docs([IndexDoc(id=r[0], title=r[1], body=r[2], source=r[3],
                                     language="fr", date=datetime.fromisoformat(r[4]),
                                     published=datetime.fromisoformat(r[4]))
                            for r in batch], replace=False)
        index.commit()
        index.close()
    pool = sentence_pool(search_bench.SHARED)
    return ([query_string(q.text, q.sort) for q in query_mix(pool, queries, seed=seed)],
            [query_string(q.text, q.sort) for q in query_mix(pool, 500, seed=seed + 1000)])


def query_string(text: str, sort: str = "relevance") -> str:
    """The URL parameters of one query of the mix, its sort included (the mix's
    date-sorted tenth was sent by relevance before 2026-12-01)."""
    return urlencode({"q": text} | ({"sort": sort} if sort != "relevance" else {}))


def build_demo(data: Path) -> list[str]:
    for args in (["ingest", str(REPO / "demo")], ["reindex"]):
        subprocess.run([str(VEILLE), "--data-dir", str(data), *args], check=True,
                       capture_output=True)
    return [query_string(q) for q in (
        "syrie", "coalition antijihadiste", "\"retrait américain\"", "France",
        "élection présidentielle", "title:syrie", "lang:fr économie", "Obama OR Romney",
        "santé -cancer", "vendée globe", "jeux olympiques", "crise euro")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(data: Path, port: int, workers: int, source: Path | None = None,
                 veille: Path = VEILLE) -> subprocess.Popen[bytes]:
    """``veille serve`` on ``data``; with ``source`` (another checkout's ``src``), that
    version of veille, run by ``veille`` (this checkout's environment by default; another
    checkout's ``.venv/bin/veille`` runs it with that checkout's dependencies)."""
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source.resolve())
    server = subprocess.Popen([str(veille), "--data-dir", str(data), "serve", "--port",
                               str(port), "--workers", str(workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    import httpx

    deadline = time.monotonic() + 300  # workers start slowly on a loaded machine
    while time.monotonic() < deadline:
        try:
            stats = httpx.get(f"http://127.0.0.1:{port}/api/v1/stats", timeout=2).json()
            if not stats["search_available"]:
                raise SystemExit("search is not available in the bench data directory")
            # Each worker listens on its own socket (veille.web.listeners) once it has
            # started: until the last one does, the others take every connection.
            split = connection_split(server.pid, port)
            if len(split.split("/")) >= workers or time.monotonic() > deadline - 60:
                return server
            time.sleep(0.2)
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("veille serve did not start")


THREADS = 2
"""wrk's threads; each runs its own copy of the script."""
LUA = """
paths = {%s}
threads = 0
function setup(thread)
  thread:set("first", threads)
  threads = threads + 1
end
function init(args)
  i = first * math.floor(#paths / %d)
end
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""
"""Each thread cycles through the paths from its own start, evenly apart: with one start
for all, every query went out once per thread a moment apart, and the second found the
first's counts, facets and top matches in the server's caches half the time (the same
worker process): a repetition the query mix does not have (bench runs before 2026-12-01)."""


def run_wrk(base: str, paths: list[str], duration: int) -> tuple[int, int, float, float, float]:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(LUA % (", ".join(json.dumps(p) for p in paths), THREADS))
    out = subprocess.run(["wrk", f"-t{THREADS}", f"-c{CLIENTS}", f"-d{duration}s", "--latency",
                          "--timeout", "10s", "-s", str(script), base],
                         check=True, capture_output=True, text=True).stdout
    script.unlink()

    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), "
                              r"timeout (\d+)", out)
    if socket_errors:
        errors += sum(int(g) for g in socket_errors.groups())
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    return total, errors, ms("50%"), ms("99%"), rps


def run_httpx(base: str, paths: list[str], duration: int) -> tuple[int, int, float, float, float]:
    """The fallback load generator: 20 coroutines, bounded in time and in count."""
    import httpx

    latencies: list[float] = []
    errors = 0
    limit = 200 * duration * 10

    async def client(http: httpx.AsyncClient, start: int, stop_at: float) -> None:
        nonlocal errors
        i = start
        while time.monotonic() < stop_at and len(latencies) < limit:
            began = time.perf_counter()
            try:
                response = await http.get(paths[i % len(paths)])
                errors += response.status_code >= 400
            except httpx.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - began) * 1000)
            i += 1

    async def main() -> float:
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            began = time.monotonic()
            await asyncio.gather(*(client(http, n, began + duration) for n in range(CLIENTS)))
            return time.monotonic() - began

    elapsed = asyncio.run(main())
    quantiles = statistics.quantiles(latencies, n=100)
    return len(latencies), errors, quantiles[49], quantiles[98], len(latencies) / elapsed


def server_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by the server process and its workers: the
    figure a loaded machine moves least (wall-clock rates fall with the share of the cores
    the other jobs leave the server)."""
    import psutil  # type: ignore[import-untyped]

    root = psutil.Process(pid)
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def connection_split(pid: int, port: int) -> str:
    """How the load's open connections to ``port`` are spread over the server's worker
    processes, most first ("11/9"; "20/0" when one worker holds them all: where uvicorn's
    workers share one listening socket, as before 2026-12-03 (branch f-web22), the first
    to wake accepts every connection waiting, so wrk's 20, opened at once, could all land
    on one worker, which then served the whole load on one core; each worker now listens
    on a socket of its own and the kernel spreads them by a hash, a coin toss each)."""
    import psutil

    root = psutil.Process(pid)
    counts = []
    for proc in [root, *root.children(recursive=True)]:
        try:
            held = proc.net_connections(kind="tcp")
        except psutil.Error:
            continue
        mine = [c.status for c in held if c.laddr and c.laddr.port == port]
        if psutil.CONN_LISTEN in mine and (proc.pid != pid or not root.children()):
            counts.append(mine.count(psutil.CONN_ESTABLISHED))  # a worker (or the one)
    return "/".join(str(n) for n in sorted(counts, reverse=True))


def measure(servers: dict[str, tuple[str, int]], queries: list[str], duration: int,
            warm_up: list[str] | None = None, rounds: int = 1,
            only: list[str] | None = None) -> list[Result]:
    """Each target on each server (``{version: (base URL, pid)}``) in turn, so versions
    compared in one run see the same load; with ``rounds`` > 1, the rows are measured that
    many times, alternating the versions, each round on the next slice of the queries, and
    each figure is the median of its rounds."""
    def targets(texts: list[str]) -> dict[str, list[str]]:  # URL parameters (query_string)
        rows = {
            "search": ("API /api/v1/search", [f"/api/v1/search?{q}" for q in texts]),
            "page": ("page /search", [f"/search?{q}" for q in texts]),
            "latest": ("API /api/v1/latest", ["/api/v1/latest?limit=20"]),
        }
        return dict(rows[key] for key in (only or list(rows)))

    runner = run_wrk if shutil.which("wrk") else run_httpx
    measured, warming = targets(queries), targets(warm_up or queries)
    rows: dict[str, list[Result]] = {}
    for round_ in range(rounds):
        for name, paths in measured.items():
            shift = round_ * len(paths) // max(rounds, 1)
            paths = paths[shift:] + paths[:shift]
            for version, (base, pid) in servers.items():
                if round_ == 0:  # warm-up: imports, the index's first searches
                    runner(base, warming[name], 2)
                cpu_before = server_cpu_s(pid)
                split: list[str] = []
                sampler = threading.Timer(
                    min(2.0, duration / 2), lambda out, server, port: out.append(
                        connection_split(server, port)),
                    args=(split, pid, int(base.rsplit(":", 1)[1])))
                sampler.start()
                total, errors, p50, p99, rps = runner(base, paths, duration)
                sampler.join()
                cpu_ms = (server_cpu_s(pid) - cpu_before) * 1000 / max(total, 1)
                target = f"{name} ({version})" if len(servers) > 1 else name
                rows.setdefault(target, []).append(
                    Result(target, total, errors, p50, p99, rps, cpu_ms))
                if rounds > 1:
                    print(f"round {round_ + 1}: {target}: {rps:.0f} requests/s, p99 "
                          f"{p99:.1f} ms, {cpu_ms:.2f} ms CPU/request, connections per "
                          f"worker {''.join(split) or '?'}, load "
                          f"{os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
    return [Result(target, int(statistics.median(r.requests for r in found)),
                   sum(r.errors for r in found),
                   statistics.median(r.p50_ms for r in found),
                   statistics.median(r.p99_ms for r in found),
                   statistics.median(r.rps for r in found),
                   statistics.median(r.cpu_ms for r in found))
            for target, found in rows.items()]


def table(results: list[Result], *, corpus: str, tool: str, duration: int,
          workers: int) -> str:
    lines = [f"Corpus: {corpus}. Load: {tool}, {CLIENTS} connections, {duration} s per row, "
             f"127.0.0.1; server: `veille serve --workers {workers}`. Machine: "
             f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
             f"; {datetime.now().date()}.", "",
             "| target | requests | errors | p50 (ms) | p99 (ms) | requests/s | server CPU "
             "(ms/request) | CPU-bound requests/s on 2 cores |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r.target} | {r.requests} | {r.errors} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | "
              f"{r.rps:.0f} | {r.cpu_ms:.1f} | {2000 / max(r.cpu_ms, 0.001):.0f} |"
              for r in results]
    lines += ["", f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
              "CPUs. The CPU columns are the server's processes' CPU time per request; the last "
              "is 2 cores divided by it, what the server would serve if it had both cores."]
    return "\n".join(lines)


def write_docs(text: str, command: str) -> None:
    path = REPO / "docs" / "benchmarks.md"
    current = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    section = (f"{SECTION_START}\n## Web: search API and page under load (bench/web.py)\n\n"
               f"`{command}`\n\n{text}\n\nGoal on 2 cores: API p99 <= 100 ms at >= 200 "
               "requests/s. The latest row is the web layer's own cost (a store read and "
               "JSON); the search rows add the search service's work (query parsing, index, "
               "facets, highlighting).\n"
               f"{SECTION_END}")
    if SECTION_START in current:
        before, rest = current.split(SECTION_START, 1)
        current = before + section + rest.split(SECTION_END, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(current, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--demo", action="store_true", help="use the demo corpus")
    parser.add_argument("--duration", type=int, default=10, help="seconds per target")
    parser.add_argument("--workers", type=int, default=2, help="veille serve --workers")
    parser.add_argument("--index", type=Path, default=None,
                        help="use this index of the same --docs and --seed (bench/search.py "
                        "--work DIR --reuse leaves it in DIR/tantivy) instead of building one")
    parser.add_argument("--queries", type=int, default=5000,
                        help="distinct generated queries cycled through (default 5000, more "
                        "than a 10 s row sends, so repeats do not hit the search cache)")
    parser.add_argument("--before", type=Path, default=None,
                        help="also serve the same data with this other checkout's src "
                        "(e.g. a `git worktree add` of main; it must read the same index "
                        "format) and measure both, row by row")
    parser.add_argument("--before-veille", type=Path, default=None,
                        help="the veille command that runs --before (e.g. the other "
                        "checkout's .venv/bin/veille, with its own dependencies; default: "
                        "this checkout's)")
    parser.add_argument("--veille", type=Path, default=VEILLE,
                        help="the veille command that runs this checkout (default: its "
                        ".venv/bin/veille; another environment's works with PYTHONPATH=src)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="measure every row this many times, alternating versions, and "
                        "report the medians (default 1)")
    parser.add_argument("--targets", default="search,page,latest",
                        help="comma-separated rows to measure: search (API), page, latest")
    parser.add_argument("--write-docs", action="store_true",
                        help="replace this bench's section of docs/benchmarks.md")
    args = parser.parse_args()
    try:
        import search as search_bench  # bench/search.py: its corpus and its ../shared path

        generated = search_bench.SHARED.is_dir()
    except ImportError:
        generated = False
    work = Path(tempfile.mkdtemp(prefix="veille-bench-web-"))
    data = work / "data"
    try:
        warm_up: list[str] | None = None
        if args.demo or not generated:
            queries, corpus = build_demo(data), "the demo corpus (~100 articles)"
        else:
            started = time.monotonic()
            data.mkdir(parents=True)
            queries, warm_up = build_generated(data, args.docs, args.seed,
                                               index_dir=args.index, queries=args.queries)
            built = (f"index of {args.index}" if args.index else
                     f"index built in {time.monotonic() - started:.0f} s")
            corpus = (f"{args.docs:,} generated French articles (bench/search.py's corpus, "
                      f"{built}), {len(set(queries)):,} distinct queries")
        versions = {"this": None, "before": args.before} if args.before else {"this": None}
        started_servers: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
        try:
            for version, source in versions.items():
                port = free_port()
                veille = args.before_veille if version == "before" and args.before_veille \
                    else args.veille
                started_servers[version] = (f"http://127.0.0.1:{port}",
                                            start_server(data, port, args.workers, source,
                                                         veille))
            results = measure({v: (base, server.pid)
                               for v, (base, server) in started_servers.items()},
                              queries, args.duration, warm_up, args.rounds,
                              args.targets.split(","))
        finally:
            for _base, server in started_servers.values():
                server.terminate()
                server.wait(timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    tool = "wrk" if shutil.which("wrk") else "asyncio httpx"
    text = table(results, corpus=corpus, tool=tool, duration=args.duration,
                 workers=args.workers)
    print(text)
    if args.write_docs:
        command = "python bench/web.py " + " ".join(sys.argv[1:])
        write_docs(text, command.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
