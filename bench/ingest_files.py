#!/usr/bin/env python3
"""Time ``veille ingest`` of a large saved feed and of a folder of small captures (issue 13,
t-final61 #11), against feedparser parsing the same feed (the peer: what reading the items
alone costs in Python, with no extraction, dedup or store).

The inputs are generated from a fixed seed into a temporary folder: an RSS 2.0 feed of
``--items`` items (a link, a date and a 60-word description each, as the tester's
``big/feed2000.xml``) and ``--files`` text captures of three paragraphs. Each command runs
in a child process with a fresh data directory; the table gives the median over
``--repeat`` runs of the wall time and of the CPU time (user + system: what other processes
on a loaded machine do not add), the items per CPU second, and the ratio to the peer.

Usage (from the repository root)::

    PYTHONPATH=src python bench/ingest_files.py
    PYTHONPATH=src python bench/ingest_files.py --before /tmp/base/src --repeat 3

``--before SRC`` runs the same commands on the veille package found in ``SRC`` first (another
checkout's ``src``), for a before/after table in one run.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_WORDS = ("conseil budget école quartier travaux vote séance maire opposition projet "
          "habitants logement transport réseau rénovation mesure comité rapport").split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def make_feed(path: Path, items: int, rng: random.Random) -> None:
    """An RSS 2.0 feed of ``items`` items, each with a description alone."""
    body = "".join(
        f"<item><title>Dossier {i} : {_text(rng, 8)}</title>"
        f"<link>https://fil-bench.example/d/{i}</link><guid>bench-{i}</guid>"
        f"<pubDate>Tue, {1 + i % 28:02d} Dec 2026 {i % 24:02d}:{i % 60:02d}:00 +0100</pubDate>"
        f"<description>{_text(rng, 30)} {_text(rng, 30)} Dossier {i}.</description></item>\n"
        for i in range(items))
    path.write_text("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
                    "<title>Fil de banc</title><link>https://fil-bench.example/</link>"
                    f"<language>fr</language>{body}</channel></rss>\n", encoding="utf-8")


def make_folder(path: Path, files: int, rng: random.Random) -> None:
    """``files`` text captures of a headline, a date and three paragraphs."""
    path.mkdir()
    for i in range(files):
        paragraphs = "\n\n".join(f"{_text(rng, 25)} {_text(rng, 20)} Dossier {i}-{k}."
                                 for k in range(3))
        path.joinpath(f"cap{i:04d}.txt").write_text(
            f"Le Courrier de banc\n\nDossier {i} : {_text(rng, 7)}\n\n"
            f"Publié le {1 + i % 28:02d}/12/2026 à {8 + i % 10}h{i % 60:02d}\n\n{paragraphs}\n",
            encoding="utf-8")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall and CPU seconds (user + system) of ``command`` and the articles it says are new
    (``new N``; 0 if it says none); raises if it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr[-2000:]}")
    new = re.search(r"\bnew (\d+)", done.stderr)
    return (wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            int(new.group(1)) if new else 0)


def veille_runs(src: str, target: Path, repeat: int, work: Path) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``veille ingest TARGET`` with ``src`` on the path, and
    the articles stored (a tree that caps a feed file stores fewer)."""
    env = {**os.environ, "PYTHONPATH": src}
    runs = []
    for n in range(repeat):
        data = work / f"data-{abs(hash((src, str(target))))}-{n}"
        runs.append(timed([sys.executable, "-m", "veille.cli.main", "--data-dir", str(data),
                           "ingest", str(target)], env))
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            runs[0][2])


def peer_runs(feed: Path, repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``feedparser.parse`` of ``feed`` in a child."""
    code = f"import feedparser; d = feedparser.parse({str(feed)!r}); assert d.entries"
    runs = [timed([sys.executable, "-c", code], dict(os.environ)) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--before", default="", metavar="SRC")
    parser.add_argument("--seed", type=int, default=62)
    args = parser.parse_args(argv)
    here = str(Path(__file__).resolve().parents[1] / "src")
    trees = [("before", args.before)] if args.before else []
    trees.append(("after" if args.before else "veille", os.environ.get("PYTHONPATH") or here))
    with tempfile.TemporaryDirectory(prefix="bench-ingest-files-") as tmp:
        work = Path(tmp)
        rng = random.Random(args.seed)
        feed, folder = work / "feed.xml", work / "many"
        make_feed(feed, args.items, rng)
        make_folder(folder, args.files, rng)
        peer_wall, peer_cpu = peer_runs(feed, args.repeat)
        print(f"load {os.getloadavg()[0]:.1f}; medians of {args.repeat} run(s)\n")
        print("| input | tree | stored | wall s | CPU s | stored/CPU s | CPU / feedparser |")
        print("|---|---|---|---|---|---|---|")
        print(f"| feed, {args.items} items | feedparser.parse | {args.items} (parsed) | "
              f"{peer_wall:.1f} | {peer_cpu:.2f} | {args.items / peer_cpu:.0f} | 1.0× |")
        for name, src in trees:
            for label, target in ((f"feed, {args.items} items", feed),
                                  (f"folder, {args.files} files", folder)):
                wall, cpu, stored = veille_runs(src, target, args.repeat, work)
                print(f"| {label} | {name} | {stored} | {wall:.1f} | {cpu:.2f} | "
                      f"{stored / cpu:.0f} | {cpu / peer_cpu:.0f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
