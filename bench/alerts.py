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
  local receiver on 127.0.0.1. The ingest matches each committed batch after indexing it,
  on the live index (the compiled saved query AND the batch's ids,
  ``monitor/matching.py``), timed apart (``matching``); a real ``veille watch`` process
  beside it (no source to poll) sends what the outbox holds every second, without matching
  again when the view is current. Its CPU time is read from ``/proc`` at the end;
- **naive peer**: what a cron job over the search API would do: after each batch, run every
  saved query against the whole live index (``Veille.search``, 100 hits), timed apart.

Latency is the receiver's clock at the POST minus the ``at`` of the article's change-log row
(written in the batch's transaction, truncated to the second: latencies are overstated by
up to 1 s). Nothing was tuned on these articles.

Usage (from the repository root)::

    .venv/bin/python bench/alerts.py --articles 100000 --searches 100
    .venv/bin/python bench/alerts.py --articles 5000              # shorter
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

import veille  # noqa: E402
from veille.store.base import SavedSearch  # noqa: E402

DEMO = ROOT / "demo" / "wikinews-fr" / "articles.jsonl"
VEILLE = Path(sys.executable).with_name("veille")
BATCH = 200


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


def _serve(port_out: Any, log: str) -> None:
    """The webhook receiver's process: answers 204 and appends ``time key`` per POST."""
    with open(log, "a", encoding="utf-8") as out:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real receivers do

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                out.write(f"{time.time()} {json.loads(body)['key']}\n")
                out.flush()
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        port_out.put(server.server_address[1])
        server.serve_forever()


class Receiver:
    """A local webhook receiver in its own process (not sharing the ingest's GIL)."""

    def __init__(self, log: Path) -> None:
        self.log = log
        queue: Any = multiprocessing.Queue()
        self.process = multiprocessing.Process(target=_serve, args=(queue, str(log)),
                                               daemon=True)
        self.process.start()
        self.url = f"http://127.0.0.1:{queue.get(timeout=30)}/hook"

    @property
    def received(self) -> dict[str, float]:
        found: dict[str, float] = {}
        if self.log.exists():
            for line in self.log.read_text("utf-8").splitlines():
                at, _, key = line.partition(" ")
                found.setdefault(key, float(at))
        return found

    def close(self) -> None:
        self.process.terminate()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(batches: list[bytes], searches: list[str], receiver: Receiver | None,
        naive: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, \
            veille.open(Path(tmp) / "data", fetch_allow="127.0.0.1", index_wait=5) as v:
        for i, query in enumerate(searches):
            v.save_search(SavedSearch(name=f"s{i}", query=query, collapse=False,
                                      webhook=receiver.url if receiver else ""))
        ingest = naive_s = matching = 0.0
        match = v.match_alerts

        def timed_match() -> int:
            nonlocal matching
            started = time.perf_counter()
            try:
                return match()
            finally:
                matching += time.perf_counter() - started

        v.match_alerts = timed_match  # type: ignore[method-assign]
        sender = None
        if receiver:
            env = {**{k: val for k, val in os.environ.items() if not k.startswith("VEILLE_")},
                   "VEILLE_FETCH_ALLOW": "127.0.0.1"}
            sender = subprocess.Popen([str(VEILLE), "--data-dir", str(Path(tmp) / "data"),
                                       "watch"], env=env, stderr=subprocess.PIPE)
            assert sender.stderr is not None
            sender.stderr.readline()  # "waiting: no active source": it is running
            threading.Thread(target=sender.stderr.read, daemon=True).start()
        for batch in batches:
            started = time.perf_counter()
            v.ingest_bytes([("b.jsonl", batch)])
            ingest += time.perf_counter() - started
            if naive:
                started = time.perf_counter()
                for query in searches:
                    v.search(query, per_page=100, sort="date")
                naive_s += time.perf_counter() - started
        out = {"ingest_s": ingest, "naive_s": naive_s, "matching_s": matching}
        if receiver and sender:
            expected = len(v.store.deliveries(limit=10**9))
            deadline = time.monotonic() + 120
            while len(receiver.received) < expected and time.monotonic() < deadline:
                time.sleep(0.5)
            received = receiver.received
            out["sender_cpu_s"] = cpu_seconds(sender.pid)
            sender.send_signal(signal.SIGINT)
            try:
                sender.wait(30)
            except subprocess.TimeoutExpired:
                sender.kill()
                sender.wait()
            at = {r[0]: datetime.fromisoformat(r[1]).timestamp() for r in v.store.conn.execute(
                "SELECT article_id, MIN(at) FROM changes GROUP BY article_id")}
            latencies = sorted(received[d.key] - at[d.article_id]
                               for d in v.store.deliveries(limit=10**9) if d.key in received)
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
    with tempfile.TemporaryDirectory() as tmp:
        receiver = Receiver(Path(tmp) / "received.log")
        try:
            alerts = run(batches, searches, receiver, naive=True)
        finally:
            receiver.close()
    n = args.articles
    extra = alerts["ingest_s"] - plain["ingest_s"]
    print(f"bench/alerts: {n} articles from demo/wikinews-fr sentences (seed {args.seed}), "
          f"{args.searches} saved searches with webhooks, batches of {BATCH}")
    print("| run | ingest (s) | per article (ms) | vs no alerts |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| no alerts | {plain['ingest_s']:.1f} | {plain['ingest_s'] / n * 1000:.2f} | 1.00 |")
    print(f"| veille alerts (matching in the ingest, `veille watch` sending) | "
          f"{alerts['ingest_s']:.1f} | {alerts['ingest_s'] / n * 1000:.2f} | "
          f"{alerts['ingest_s'] / plain['ingest_s']:.2f} |")
    print(f"| naive peer (every query on the whole index per batch, apart) | "
          f"{alerts['naive_s']:.1f} | {alerts['naive_s'] / n * 1000:.2f} | "
          f"{(plain['ingest_s'] + alerts['naive_s']) / plain['ingest_s']:.2f} |")
    print(f"matching (timed inside the ingest): {alerts['matching_s']:.2f} s, "
          f"{alerts['matching_s'] / n * 1000:.3f} ms per article, "
          f"{alerts['matching_s'] / alerts['ingest_s']:.1%} of the ingest's time "
          f"(naive peer: {alerts['naive_s'] / alerts['ingest_s']:.1%}); "
          f"ingest with alerts minus without: {extra / plain['ingest_s']:+.1%}")
    print(f"`veille watch` (sender) CPU: {alerts['sender_cpu_s']:.1f} s "
          f"({alerts['sender_cpu_s'] / alerts['ingest_s']:.1%} of the ingest's time)")
    print(f"alerts received {alerts['alerts']:.0f}, pending {alerts['pending']:.0f}; "
          f"commit to alert p50 {alerts['p50']:.2f} s, p99 {alerts['p99']:.2f} s")


if __name__ == "__main__":
    main()
