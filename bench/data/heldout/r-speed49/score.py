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

import hashlib
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


def main() -> None:
    spec = importlib.util.spec_from_file_location("dump_store", ROOT / "scripts" / "dump_store.py")
    assert spec and spec.loader
    dump_store = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dump_store)
    files = [(p.name, p.read_bytes()) for p in sorted((HERE / "captures").glob("*.txt"))]
    dump_store.corpora = lambda: iter([("heldout-r-speed49", files)])
    digests = []
    with tempfile.TemporaryDirectory() as tmp:
        for writers in (0, 3):
            out = Path(tmp) / f"dump-{writers}.jsonl"
            started = time.process_time()
            lines = dump_store.dump(out, writers)
            seconds = time.process_time() - started
            digest = hashlib.sha256(out.read_bytes()).hexdigest()[:16]
            digests.append(digest)
            print(f"writers={writers or 'one'}: {lines} lines, digest {digest}, "
                  f"{seconds:.2f} CPU s", file=sys.stderr)
    print(" ".join(digests))


if __name__ == "__main__":
    main()
