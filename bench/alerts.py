#!/usr/bin/env python3
"""Bench alerts (issue 15, "bench/alerts"): with saved searches in place, the time from an
article's commit to its alert being received, p50/p99, and the cost of matching at ingest.

Data: articles generated from the real sentences of the demo corpus
(``demo/wikinews-fr/articles.jsonl``, Wikinews FR, CC BY 2.5): each article is six
sentences drawn at random (seeded) with one of them as its title; saved searches are one or
two words drawn from the same corpus' vocabulary (some with ``lang:fr``), so they match
like real ones (rarely for most, often for a few).

Compared in the same run, on the same articles:

- **no alerts**: ``Veille.ingest_bytes`` with no saved search (ingest as it is);
- **veille alerts**: the same with ``--searches`` saved searches, each with a webhook to a
  local receiver on 127.0.0.1; the alert view matches each committed batch in a scratch
  index (``monitor/matching.py``) inside the ingest, and a sender thread with its own
  service (as ``veille watch`` runs beside an ingest) sends every ``TICK_S`` seconds;
- **naive peer**: what a cron job over the search API would do: after each batch, run every
  saved query against the whole live index (``Veille.search``, 100 hits), timed apart.

Latency is the receiver's clock at the POST minus the ``at`` of the article's change-log row
(written in the batch's transaction). Figures are in-sample in the sense that nothing was
tuned on them.

Usage (from the repository root)::

    .venv/bin/python bench/alerts.py --articles 100000 --searches 100
    .venv/bin/python bench/alerts.py --articles 20000             # shorter
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import veille  # noqa: E402
from veille.store.base import SavedSearch  # noqa: E402

DEMO = ROOT / "demo" / "wikinews-fr" / "articles.jsonl"
BATCH = 200
TICK_S = 0.2


def corpus_sentences() -> list[str]:
    sentences: list[str] = []
    for line in DEMO.read_text("utf-8").splitlines():
        text = json.loads(line).get("text", "")
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text)
                      if 40 <= len(s.strip()) <= 300]
    return sentences


def articles(n: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    sentences = corpus_sentences()
    batches, lines = [], []
    for i in range(n):
        picked = rng.sample(sentences, 6)
        lines.append(json.dumps({"title": picked[0][:150], "url": f"https://bench.example/{i}",
                                 "text": "\n\n".join(picked[1:]), "source": "bench.example",
                                 "date": f"2026-{1 + i % 11:02d}-{1 + i % 27:02d}"},
                                ensure_ascii=False))
        if len(lines) == BATCH:
            batches.append(("\n".join(lines) + "\n").encode())
            lines = []
    if lines:
        batches.append(("\n".join(lines) + "\n").encode())
    return batches


def queries(n: int, seed: int) -> list[str]:
    rng = random.Random(seed + 1)
    words = sorted({w.lower() for s in corpus_sentences() for w in re.findall(r"\w{6,}", s)})
    found = []
    for i in range(n):
        q = rng.choice(words) if i % 3 else f"{rng.choice(words)} OR {rng.choice(words)}"
        found.append(q + (" lang:fr" if i % 5 == 0 else ""))
    return found


class Receiver:
    def __init__(self) -> None:
        self.received: dict[str, float] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                outer.received.setdefault(json.loads(body)["key"], time.time())
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


def run(batches: list[bytes], searches: list[str], receiver: Receiver | None,
        naive: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, \
            veille.open(Path(tmp) / "data", fetch_allow="127.0.0.1", index_wait=5) as v:
        for i, query in enumerate(searches):
            v.save_search(SavedSearch(name=f"s{i}", query=query, collapse=False,
                                      webhook=receiver.url if receiver else ""))
        ingest = naive_s = 0.0
        stop = threading.Event()

        def send() -> None:
            with veille.open(Path(tmp) / "data", fetch_allow="127.0.0.1") as sender:
                while not stop.is_set():
                    sender.deliver_alerts()
                    time.sleep(TICK_S)
                sender.deliver_alerts()

        thread = threading.Thread(target=send, daemon=True)
        if receiver:
            thread.start()
        for batch in batches:
            started = time.perf_counter()
            v.ingest_bytes([("b.jsonl", batch)])
            ingest += time.perf_counter() - started
            if naive:
                started = time.perf_counter()
                for query in searches:
                    v.search(query, per_page=100, sort="date")
                naive_s += time.perf_counter() - started
        out = {"ingest_s": ingest, "naive_s": naive_s}
        stop.set()
        if receiver:
            thread.join()
            at = {r[0]: datetime.fromisoformat(r[1]).timestamp() for r in v.store.conn.execute(
                "SELECT article_id, MIN(at) FROM changes GROUP BY article_id")}
            latencies = sorted(receiver.received[d.key] - at[d.article_id]
                               for d in v.store.deliveries(limit=10**9) if d.key in
                               receiver.received)
            out["alerts"] = len(latencies)
            out["p50"] = statistics.median(latencies) if latencies else 0.0
            out["p99"] = latencies[int(0.99 * (len(latencies) - 1))] if latencies else 0.0
            out["pending"] = len(v.store.deliveries(pending=True, limit=10**9))
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--searches", type=int, default=100)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    batches = articles(args.articles, args.seed)
    searches = queries(args.searches, args.seed)
    plain = run(batches, [], None, naive=False)
    receiver = Receiver()
    alerts = run(batches, searches, receiver, naive=True)
    n = args.articles
    extra = alerts["ingest_s"] - plain["ingest_s"]
    print(f"bench/alerts: {n} articles from demo/wikinews-fr sentences (seed {args.seed}), "
          f"{args.searches} saved searches with webhooks, batches of {BATCH}")
    print("| run | ingest (s) | per article (ms) | vs no alerts |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| no alerts | {plain['ingest_s']:.1f} | {plain['ingest_s'] / n * 1000:.2f} | 1.00 |")
    print(f"| veille alerts (match + send) | {alerts['ingest_s']:.1f} | "
          f"{alerts['ingest_s'] / n * 1000:.2f} | {alerts['ingest_s'] / plain['ingest_s']:.2f} |")
    print(f"| naive peer (every query on the whole index per batch, apart) | "
          f"{alerts['naive_s']:.1f} | {alerts['naive_s'] / n * 1000:.2f} | "
          f"{(plain['ingest_s'] + alerts['naive_s']) / plain['ingest_s']:.2f} |")
    print(f"alerts received {alerts['alerts']:.0f}, pending {alerts['pending']:.0f}; "
          f"commit to alert p50 {alerts['p50']:.2f} s, p99 {alerts['p99']:.2f} s; "
          f"matching and sending add {extra / n * 1000:.2f} ms per article "
          f"({extra / plain['ingest_s']:.1%} of ingest)")


if __name__ == "__main__":
    main()
