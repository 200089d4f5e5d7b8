#!/usr/bin/env python3
"""Bench collection (issue 7, "bench/collect"): fetching many sites, and importing a WARC.

Why: users follow hundreds of sources and import CC-NEWS files of a gigabyte; a slow
fetcher or a slow archive reader is what they complain about in other tools.

1. Fetch: ``--sites`` local servers on 127.0.0.1 (one per site, so per-host politeness
   applies per site), ``--pages`` generated news pages each. Pages/s with politeness on
   (robots.txt, 2 requests in flight per host, ``--delay`` between two) and off (no robots,
   16 in flight, no delay), fetch only and fetch + extract + store (veille's Collector).
2. WARC: a generated .warc.gz of ``--records`` news pages (one gzip member per record, as
   CC-NEWS), read by FastWARC and by warcio (raw iteration: every record's payload read),
   then imported by veille: extraction excluded (records read, filtered, hashed, checked
   against the store: what an import costs before extraction), and the full ingest.
   Goal: import (extraction excluded) >= 50% of FastWARC's raw iteration speed.

Pages are generated (seeded) from French sentences (tests/sitekit.py).

Usage (from the repository root)::

    .venv/bin/python bench/collect.py                       # 20 sites x 50 pages, 10,000 records
    .venv/bin/python bench/collect.py --write-docs          # also update docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(REPO)

from sitekit import article_html, rss, write_warc, xml_page  # noqa: E402
from veille.collect.fetch import Fetcher, FetchPolicy  # noqa: E402
from veille.collect.netguard import AddressPolicy  # noqa: E402
from veille.collect.poll import Collector  # noqa: E402
from veille.collect.testserver import LocalServer, Page, Site  # noqa: E402
from veille.collect.warc import read_warc  # noqa: E402
from veille.ingest import ingest_paths  # noqa: E402
from veille.settings import Settings  # noqa: E402
from veille.store.base import Source  # noqa: E402
from veille.store.sqlite import SQLiteStore  # noqa: E402

LOOPBACK = AddressPolicy.parse("127.0.0.1")


def polite(delay: float) -> FetchPolicy:
    return FetchPolicy(allow=LOOPBACK, robots=True, per_host=2, delay=delay, retries=0,
                       timeout=10, deadline=30)


def rude() -> FetchPolicy:
    return FetchPolicy(allow=LOOPBACK, robots=False, per_host=16, delay=0.0, retries=0,
                       timeout=10, deadline=30)


def _serve(sites: int, pages: int, roots: Connection, stop: Event) -> None:
    """In a child process: the sites' servers, so they do not share the client's GIL."""
    with ExitStack() as stack:
        servers = []
        for s in range(sites):
            site = Site(pages={f"/news/{n}.html": Page(article_html(s * 100_000 + n))
                               for n in range(pages)})
            site.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n",
                                             "text/plain")
            server = stack.enter_context(LocalServer(site))
            site.pages["/feed.xml"] = xml_page(rss(server.root, list(site.pages)[:pages]))
            servers.append(server.root)
        roots.send(servers)
        stop.wait()


@contextmanager
def running_sites(sites: int, pages: int) -> Iterator[list[str]]:
    """Start the sites in a child process; yield their root URLs."""
    receive, send = multiprocessing.Pipe(duplex=False)
    stop = multiprocessing.Event()
    child = multiprocessing.Process(target=_serve, args=(sites, pages, send, stop), daemon=True)
    child.start()
    try:
        yield list(receive.recv())
    finally:
        stop.set()
        child.join(timeout=10)


async def fetch_all(policy: FetchPolicy, urls: list[str]) -> int:
    async with Fetcher(policy) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(u) for u in urls),
                                       return_exceptions=True)
    return sum(1 for r in results if not isinstance(r, BaseException))


def bench_fetch(sites: int, pages: int, delay: float) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with running_sites(sites, pages) as roots:
        urls = [f"{root}/news/{n}.html" for root in roots for n in range(pages)]
        for name, policy in ((f"polite ({delay:g} s apart, 2 per host, robots)", polite(delay)),
                             ("politeness off (16 per host, no delay)", rude())):
            start = time.perf_counter()
            ok = asyncio.run(fetch_all(policy, urls))
            took = time.perf_counter() - start
            rows.append({"what": f"fetch only, {name}", "pages": ok, "seconds": took,
                         "per_s": ok / took})
        for name, policy in ((f"polite ({delay:g} s apart)", polite(delay)),
                             ("politeness off", rude())):
            with tempfile.TemporaryDirectory() as tmp:
                settings = Settings(data_dir=Path(tmp), batch_size=500)
                store = SQLiteStore.open(settings.store_path)
                collector = Collector(store, settings, policy=policy, max_pages=pages)
                feeds = [Source(name=f"s{i}", kind="feed", url=f"{root}/feed.xml")
                         for i, root in enumerate(roots)]
                start = time.perf_counter()
                summary = collector.poll(feeds)
                took = time.perf_counter() - start
                store.close()
            rows.append({"what": f"feeds -> pages -> articles, {name}",
                         "pages": summary.ingest.new, "seconds": took,
                         "per_s": summary.ingest.new / took})
    return rows


def raw_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response):
            record.reader.read()
            count += 1
    return count


def raw_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                record.content_stream().read()
                count += 1
    return count


def import_without_extraction(path: Path, store: SQLiteStore) -> int:
    """What an import does before extraction: read, filter, hash, check the store."""
    batch: list[str] = []
    count = 0
    for item in read_warc(path, max_bytes=50 * 1024 * 1024):
        if hasattr(item, "raw_id"):
            batch.append(item.raw_id)
            count += 1
        if len(batch) >= 500:
            store.known_raw_ids(batch)
            batch.clear()
    store.known_raw_ids(batch)
    return count


def timed(label: str, fn: object, *args: object, repeat: int = 5) -> dict[str, object]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = fn(*args)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return {"what": label, "records": count, "seconds": best, "per_s": count / best}


def bench_warc(records: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_warc(Path(tmp) / "cc-news-like.warc.gz", records)
        size = path.stat().st_size
        settings = Settings(data_dir=Path(tmp) / "data", batch_size=500)
        store = SQLiteStore.open(settings.store_path)
        rows = [timed("FastWARC raw iteration (payload read)", raw_fastwarc, path),
                timed("warcio raw iteration (payload read)", raw_warcio, path),
                timed("veille import, extraction excluded", import_without_extraction, path,
                      store)]
        start = time.perf_counter()
        summary = ingest_paths(store, [path], settings=settings)
        took = time.perf_counter() - start
        rows.append({"what": "veille import with extraction (ingest)", "records": summary.new,
                     "seconds": took, "per_s": summary.new / took})
        start = time.perf_counter()
        again = ingest_paths(store, [path], settings=settings)
        took = time.perf_counter() - start
        rows.append({"what": "veille re-run (resume: all stored, skipped)",
                     "records": again.duplicate, "seconds": took,
                     "per_s": again.duplicate / took})
        store.close()
        for row in rows:
            row["mb"] = size / 1e6
    return rows


def table(fetch: list[dict[str, object]], warc: list[dict[str, object]],
          args: argparse.Namespace) -> str:
    raw = float(warc[0]["per_s"])  # type: ignore[arg-type]
    lines = [f"Fetch: {args.sites} sites x {args.pages} pages, each site its own server on "
             "127.0.0.1 (Python http.server, threaded, in a child process). "
             f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
             f"{platform.python_version()}; {date.today()}.", "",
             "| fetch | pages | seconds | pages/s |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {r['what']} | {r['pages']} | {float(r['seconds']):.2f} | "  # type: ignore[arg-type]
              f"{float(r['per_s']):.0f} |" for r in fetch]  # type: ignore[arg-type]
    lines += ["", f"WARC: {args.records:,} generated news records, "
              f"{float(warc[0]['mb']):.1f} MB gzipped (one member per record); best of 5 "  # type: ignore[arg-type]
              "for the reads.", "",
              "| WARC | records | seconds | records/s | vs FastWARC raw |",
              "| --- | ---: | ---: | ---: | ---: |"]
    lines += [f"| {r['what']} | {r['records']} | {float(r['seconds']):.2f} | "  # type: ignore[arg-type]
              f"{float(r['per_s']):,.0f} | {float(r['per_s']) / raw:.0%} |"  # type: ignore[arg-type]
              for r in warc]
    return "\n".join(lines)


NOTES = """"Extraction excluded" is what an import costs before extraction: every record
read, its HTTP headers parsed, non-HTML and non-200 records dropped, the payload hashed into
a raw input (SHA-256: what makes ingest idempotent), and the store asked which records it
already holds. On a shared machine the ratio moves with the load (28% to 77% over four runs
on 2 CPUs with a load average of 4 to 6): veille's own cost is about 10 µs a record over
FastWARC's. With extraction, the HTML extractor dominates. The re-run is an interrupted import
resumed: every stored record is skipped before extraction.

Polite fetching runs at its own cap, sites / delay, the sites being polled together;
politeness off measures the client and the test servers sharing the machine."""


def write_docs(text: str, command: str, ratio: float) -> None:
    from lib.docs_section import write_section

    verdict = "met" if ratio >= 0.5 else "not met"
    write_section("collect", f"## Collection: fetching sites, importing WARC "
                  f"(bench/collect.py)\n\n`{command}`\n\n{text}\n\nGoal: the import, "
                  f"extraction excluded, at >= 50% of FastWARC's raw iteration: **{verdict}, "
                  f"{ratio:.0%}** in this run.\n\n{NOTES}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--delay", type=float, default=1.0,
                        help="seconds between two requests to a host, politeness on")
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--write-docs", action="store_true",
                        help="replace this bench's section of docs/benchmarks.md")
    args = parser.parse_args()
    fetch = bench_fetch(args.sites, args.pages, args.delay)
    warc = bench_warc(args.records)
    text = table(fetch, warc, args)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"fetch": fetch, "warc": warc}, indent=2))
    if args.write_docs:
        command = "python bench/collect.py " + " ".join(sys.argv[1:])
        ratio = float(warc[2]["per_s"]) / float(warc[0]["per_s"])  # type: ignore[arg-type]
        write_docs(text, command.strip(), ratio)


if __name__ == "__main__":
    main()
