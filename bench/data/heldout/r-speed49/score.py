#!/usr/bin/env python3
"""Held-out identity check of r-speed49 (issue 13, ingest throughput): ingest the 11 text
captures of ``captures/`` (written by us) into fresh SQLite stores with
``scripts/dump_store.py`` (both file orders, one writer and one writer per 3 files), bring a
search index up to each store, and print the digest of every stored row and search answer,
plus the CPU seconds of the ingests. The figure is the digest: a speed change must leave it
exactly as the unchanged tree prints it.

    PYTHONPATH=src .venv/bin/python bench/data/heldout/r-speed49/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.dump_digest import timed_dumps  # noqa: E402


def main() -> None:
    files = [(p.name, p.read_bytes()) for p in sorted((HERE / "captures").glob("*.txt"))]
    digests = []
    for writers, lines, digest, seconds in timed_dumps("heldout-r-speed49", files, (0, 3)):
        digests.append(digest)
        print(f"writers={writers or 'one'}: {lines} lines, digest {digest}, "
              f"{seconds:.2f} CPU s", file=sys.stderr)
    print(" ".join(digests))


if __name__ == "__main__":
    main()
