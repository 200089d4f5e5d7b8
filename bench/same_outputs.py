#!/usr/bin/env python3
"""Check that a speed change left every output of an ingest byte-identical (issue #13).

A change meant only to make the ingest faster must not move one extracted record, one
story or one search answer. This runs ``scripts/dump_store.py`` (the capture bench's
renders of ``bench/.cache/captures``, made by ``bench/captures.py``; the text fixtures and
demo captures; the demo corpus ``demo/wikinews-fr``; each in two orders, with a fixed clock:
every stored row, each table sorted, and the answers of a few queries of a search index) on
two trees, the one given by ``--before`` (another checkout's ``src``: ``git archive BASE
src | tar -x -C /tmp/base``) and this one, in child processes, and compares the two dumps
line by line. It prints how many lines each dump holds, how many differ, and the first few
differences (corpus, order, table, and the two lines cut to 300 characters); the exit status
is 0 when the dumps are identical, 1 when they differ.

Usage (from the repository root)::

    .venv/bin/python bench/same_outputs.py --before /tmp/base/src [--writers 10] \
        [--keep /tmp/dumps]

``--writers N`` ingests each corpus in runs of ``N`` files, each run by a new writer (as
``veille ingest`` of a few files at a time); ``--keep DIR`` keeps both dumps there
(``before.jsonl``, ``after.jsonl``). ``--extraction`` compares the extractors' outputs
instead (``scripts/dump_extraction.py``: every field of every HTML extraction and text
capture of the bench pages, renders, fixtures and demo corpus; the pages of
``$VEILLE_SHARED_DIR``, when set, too).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT / "scripts" / "dump_store.py"
DUMP_EXTRACTION = ROOT / "scripts" / "dump_extraction.py"
SHOWN = 5
"""Differing lines printed, at most."""


def dump(src: Path, out: Path, writers: int, script: Path = DUMP) -> subprocess.Popen[bytes]:
    """Start ``script`` (a dump script of ``scripts/``) on the veille package of ``src``,
    writing ``out``."""
    env = dict(os.environ, PYTHONPATH=str(src))
    args = [sys.executable, str(script), str(out)]
    if writers and script == DUMP:
        args += ["--writers", str(writers)]
    return subprocess.Popen(args, env=env, cwd=ROOT)


def _where(line: str) -> str:
    """A dump line's corpus, order and table (or what else it is), for the report."""
    try:
        record = json.loads(line)
    except ValueError:
        return "?"
    if "corpus" not in record:  # scripts/dump_extraction.py's line: one input
        return str(record.get("capture") or record.get("html") or "?")
    kind = record.get("table") or ("summary" if "summary" in record else "search")
    return f"{record.get('corpus')}/{record.get('order')}/{kind}"


def compare(before: Path, after: Path) -> int:
    """Print the comparison of two dumps; the number of lines that differ (a line present
    in one dump only counts)."""
    differ = 0
    with before.open(encoding="utf-8") as a, after.open(encoding="utf-8") as b:
        for n, (old, new) in enumerate(itertools.zip_longest(a, b), start=1):
            if old == new:
                continue
            differ += 1
            if differ <= SHOWN:
                print(f"line {n} ({_where(old or new or '')}):")
                print(f"  before: {(old or '<none>').rstrip()[:300]}")
                print(f"  after:  {(new or '<none>').rstrip()[:300]}")
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, metavar="SRC",
                        help="the src folder of the tree to compare with")
    parser.add_argument("--writers", type=int, default=0, help="files per writer (0: one)")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="keep the two dumps in DIR")
    parser.add_argument("--extraction", action="store_true",
                        help="compare scripts/dump_extraction.py's dumps instead")
    args = parser.parse_args(argv)
    if not (args.before / "veille").is_dir():
        parser.error(f"--before {args.before}: no veille package there")
    with tempfile.TemporaryDirectory(prefix="veille-same-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        before, after = folder / "before.jsonl", folder / "after.jsonl"
        script = DUMP_EXTRACTION if args.extraction else DUMP
        runs = [dump(args.before, before, args.writers, script),
                dump(ROOT / "src", after, args.writers, script)]
        if any(run.wait() != 0 for run in runs):
            print("a dump failed", file=sys.stderr)
            return 2
        sizes = [sum(1 for _ in path.open(encoding="utf-8")) for path in (before, after)]
        differ = compare(before, after)
    print(f"before {sizes[0]} lines, after {sizes[1]} lines: "
          + ("identical" if not differ else f"{differ} lines differ"))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
