#!/usr/bin/env python3
"""Hostile input on the collection side (issue #11): the classes the collector closed.

Each case makes a hostile input at a scale (1x, 10x, 100x; ``unit`` says what one unit is)
and runs veille's collection code on it; ``peer`` runs the same input through the code path
veille 0.1 used (feedparser for feeds, the standard library's gzip member loop, httpx's own
content decoding, unbounded JSON parsing), so the table shows both in the same run. All
inputs are generated here (seeded, nothing downloaded). Goal: time linear in the input, and
peak memory bounded by the configured limits (``fetch_max_bytes`` 10 MB,
``max_input_bytes`` 50 MB; a JSON record over 4 MB read with its texts cut to the
article bound).

Run on its own (from the repository root)::

    .venv/bin/python bench/hostile/cases_collect.py            # prints a Markdown table
    .venv/bin/python bench/hostile/cases_collect.py --quick    # 1x and 10x only
"""

from __future__ import annotations

import argparse
import asyncio
import codecs
import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from bench.hostile.common import Case, table  # noqa: E402

from veille.collect.feeds import parse_listing  # noqa: E402
from veille.collect.fetch import Fetcher, FetchPolicy  # noqa: E402
from veille.collect.files import Options, items_from_bytes  # noqa: E402
from veille.collect.inflate import inflate_gzip  # noqa: E402
from veille.collect.netguard import AddressPolicy  # noqa: E402
from veille.collect.testserver import LocalServer, Page, Site  # noqa: E402
from veille.errors import ItemError  # noqa: E402
from veille.extract.records import parse_record_line, record_to_content  # noqa: E402
from veille.extract.stage import ExtractStage  # noqa: E402
from veille.record import Article, RawInput  # noqa: E402

ROOT = "https://news.example"
MB = 1024 * 1024
FETCH_MAX_BYTES = 10 * MB  # the default fetch_max_bytes
MAX_INPUT_BYTES = 50 * MB  # the default max_input_bytes


# 1. A UTF-16 feed declaring nested entities (the byte-level check missed it in 0.1).

def utf16_entity_feed(scale: int) -> bytes:
    """Five levels of ten-fold entities, and ``300 * scale`` references to the top one."""
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(4))
    items = "".join(f"<item><title>&e;</title><link>{ROOT}/{n}</link></item>"
                    for n in range(300 * scale))
    text = f"<!DOCTYPE rss [{entities}]><rss version='2.0'><channel>{items}</channel></rss>"
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def refuse(data: bytes) -> None:
    try:
        parse_listing(data, url=ROOT)
    except ItemError as exc:
        assert exc.reason == "unsafe-xml", exc.reason
        return
    raise AssertionError("an entity document was read")


def feed_path_01(data: bytes) -> None:
    """veille 0.1's path: a byte-level search for ``<!ENTITY``, then feedparser (whose
    lenient fallback runs when its strict parser gives up)."""
    import feedparser

    if b"<!ENTITY" in data.upper():
        return
    feedparser.parse(io.BytesIO(data), response_headers={"content-location": ROOT},
                     sanitize_html=False)


# 2. A feed of many items: the 1,000-item cap must apply while reading.

def many_items(scale: int) -> bytes:
    items = "".join(f"<item><title>Dépêche {n}</title><link>{ROOT}/{n}</link>"
                    f"<pubDate>Sun, 29 Nov 2026 08:00:00 GMT</pubDate></item>"
                    for n in range(10_000 * scale))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Fil</title>{items}</channel></rss>").encode()


def read_capped(data: bytes) -> None:
    assert len(parse_listing(data, url=ROOT).entries) == 1000


# 3. A gzip file of many members (8 MB took 74 s in 0.1).

def gzip_members(scale: int) -> bytes:
    return gzip.compress(b"") * (20_000 * scale) + gzip.compress(b"<p>fin</p>")


def inflate(data: bytes) -> None:
    assert inflate_gzip(data, limit=MAX_INPUT_BYTES, origin="bench") == b"<p>fin</p>"


def stdlib_gzip(data: bytes) -> None:
    assert gzip.decompress(data) == b"<p>fin</p>"


# 4. One long JSON line (40 MB cost 1.3 GB in 0.1).

def long_json_line(scale: int) -> bytes:
    """One long record and a short one; extraction is warmed up first (the language
    detector loads its model once, which is no cost of the input)."""
    ingest_lines(json.dumps({"title": "Chauffe", "text": "Un texte de mots. " * 200}).encode())
    line = {"title": "Une ligne", "url": f"{ROOT}/long", "text": "mot " * (100_000 * scale)}
    return json.dumps(line).encode() + b"\n" + json.dumps({"title": "Court",
                                                          "text": "Un texte."}).encode()


def ingest_lines(data: bytes) -> None:
    stage = ExtractStage()
    for item in items_from_bytes(data, name="a.jsonl", origin="a.jsonl",
                                 options=Options(max_bytes=MAX_INPUT_BYTES)):
        if isinstance(item, RawInput):
            try:
                stage(Article(raw=item))
            except ItemError:
                pass


def unbounded_lines(data: bytes) -> None:
    for line in data.splitlines():
        json.loads(line)  # 0.1 read each line once for its URL, then again to extract
        record_to_content(parse_record_line(line))


# 5. A gzip bomb inside an HTTP body (0.1 inflated up to 100 MB whatever the limit).

def http_bomb(scale: int) -> tuple[LocalServer, str]:
    site = Site(pages={"/bomb": Page(gzip.compress(b"\0" * (MB * scale)),
                                     content_encoding="gzip")})
    server = LocalServer(site).__enter__()
    return server, server.url("/bomb")


def fetch_bounded(served: tuple[LocalServer, str]) -> None:
    policy = FetchPolicy(max_bytes=FETCH_MAX_BYTES, robots=False, delay=0.0, retries=0,
                         allow=AddressPolicy.parse("127.0.0.1"))

    async def run() -> None:
        async with Fetcher(policy) as fetcher:
            try:
                await fetcher.fetch(served[1])
            except ItemError as exc:
                assert exc.reason == "too-large"

    asyncio.run(run())


def httpx_decoding(served: tuple[LocalServer, str]) -> None:
    """0.1's loop: httpx decodes each network chunk whole, then the size is checked."""
    import httpx

    async def run() -> None:
        async with httpx.AsyncClient() as client, client.stream("GET", served[1]) as response:
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > FETCH_MAX_BYTES:
                    return

    asyncio.run(run())


CASES: list[Case] = [
    Case("UTF-16 entity feed", utf16_entity_feed, refuse, feed_path_01,
         "0.1: byte check + feedparser 6.0", "300 items"),
    Case("feed of many items", many_items, read_capped, feed_path_01,
         "0.1: byte check + feedparser 6.0", "10,000 items"),
    Case("gzip of many members", gzip_members, inflate, stdlib_gzip,
         "stdlib gzip.decompress", "20,000 members"),
    Case("long JSON line", long_json_line, ingest_lines, unbounded_lines,
         "json.loads, unbounded (0.1)", "400 kB", (1, 10, 100)),
    Case("HTTP gzip bomb", http_bomb, fetch_bounded, httpx_decoding,
         "httpx aiter_bytes (0.1)", "1 MB inflated", (1, 10, 100)),
]


def main(argv: list[str] | None = None) -> Any:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1x and 10x only")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    parser.add_argument("--only", default="", help="cases whose name holds this text")
    args = parser.parse_args(argv)
    scales = (1, 10) if args.quick else (1, 10, 100)
    cases = [c for c in CASES if args.only.lower() in c.name.lower()]
    print(table(cases, scales, timeout=args.timeout))


if __name__ == "__main__":
    main()
