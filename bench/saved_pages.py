#!/usr/bin/env python3
"""Time saved HTML pages through the extraction stage, their capture time unknown (issue 13,
r-perf63): the stage's relative-date probe reads such a page a second time against a
reference a day later, and the page's parse should be done once for both readings.

The pages are the shared French set (30) and the first ``--aeb`` pages of the AEB set, each
read as ``veille ingest FILE`` reads a saved file (``read_at`` hint: the file's time is no
capture time) through :class:`veille.extract.stage.ExtractStage`, after a warm-up pass over
the same pages (lazy tables built; text-keyed caches warm, as for an outlet's later pages).
Prints the CPU seconds (``time.process_time``, median of ``--repeat``), how many times the
page parser ran (counted by the profiler, no code replaced) and a digest of every field of
every extraction, so that two trees can be compared for identical outputs.

Usage (from the repository root)::

    PYTHONPATH=src python bench/saved_pages.py
    PYTHONPATH=src python bench/saved_pages.py --before /tmp/base/src --repeat 3
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib.datasets import shared_dir  # noqa: E402


def _pages(aeb: int) -> list[Path]:
    data = shared_dir() / "data" / "extraction"
    return (sorted((data / "fr" / "pages").glob("*.html"))
            + sorted((data / "aeb" / "html").iterdir())[:aeb])


def _run(pages: list[Path]) -> list[object]:
    from veille.extract.stage import ExtractStage
    from veille.record import READ_AT_HINT, Article, RawInput

    stage = ExtractStage()
    when = datetime(2026, 12, 1, 10, tzinfo=UTC)
    out: list[object] = []
    for page in pages:
        raw = RawInput(data=page.read_bytes(), origin=str(page), media_type="text/html",
                       fetched_at=when, hints={READ_AT_HINT: "2026-12-01T10:00:00+00:00"})
        try:
            content = stage(Article(raw=raw, id="x", source="")).content
        except Exception as exc:  # a refused page is an output too
            out.append((page.name, repr(exc)))
            continue
        out.append((page.name, repr(content)))
    return out


def measure(aeb: int, repeat: int) -> str:
    """One line: pages, parses per pass, median CPU seconds of a pass, outputs' digest."""
    pages = _pages(aeb)
    outputs = _run(pages)  # warm-up
    profile = cProfile.Profile()
    profile.enable()
    _run(pages)
    profile.disable()
    parses = sum(v[1] for (path, _, name), v in pstats.Stats(profile).stats.items()  # type: ignore[attr-defined]
                 if name == "parse_html" and path.endswith("parse.py"))
    times = []
    for _ in range(repeat):
        started = time.process_time()
        _run(pages)
        times.append(time.process_time() - started)
    digest = hashlib.sha256(repr(outputs).encode()).hexdigest()[:16]
    return (f"{len(pages)} pages | {parses} parses | {statistics.median(times):.2f} CPU s "
            f"(median of {repeat}) | outputs {digest}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aeb", type=int, default=100, help="AEB pages after the fr ones")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", default="", metavar="SRC",
                        help="another checkout's src, measured first in a child")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(measure(args.aeb, args.repeat))
        return 0
    if args.before:
        env = {**os.environ, "PYTHONPATH": args.before}
        done = subprocess.run([sys.executable, __file__, "--child", "--aeb", str(args.aeb),
                               "--repeat", str(args.repeat)], env=env, capture_output=True,
                              text=True, check=True)
        print(f"before | {done.stdout.strip()}")
    print(f"after | {measure(args.aeb, args.repeat)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
