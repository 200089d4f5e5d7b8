#!/usr/bin/env python3
"""Held-out check of r-perf50 (issue 13: many small writers, the gazetteer built for one
question): the 10 text captures of ``captures/`` (written by us) are

1. dumped with ``scripts/dump_store.py`` (every stored row and search answer; both file
   orders) by one writer, by writers of 2 files and by one writer per file: three digests
   that a speed change must leave exactly as the unchanged tree prints them;
2. timed, after an untimed warm-up dump (the process's one-time tables): CPU seconds per capture of the one-writer and the writer-per-file dumps (the
   ratio is what each further small writer costs, as ``veille watch`` or one
   ``veille ingest`` per file pays);
3. each ingested alone by a fresh interpreter (as one ``veille ingest`` of one file is),
   which reports whether it built the shipped place gazetteer
   (:func:`veille.enrich.places.shipped`, ~1.7 s) and its CPU seconds.

    PYTHONPATH=src .venv/bin/python bench/data/heldout/r-perf50/score.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(HERE.parents[2]))
from ingest_stages import ALONE  # noqa: E402  (one capture by a fresh interpreter)
from lib.dump_digest import timed_dumps  # noqa: E402


def main() -> None:
    paths = sorted((HERE / "captures").glob("*.txt"))
    files = [(p.name, p.read_bytes()) for p in paths]
    digests = []
    per_capture = {}
    for writers, lines, digest, seconds in timed_dumps("heldout-r-perf50", files, (0, 2, 1),
                                                       warm_up=True):
        digests.append(digest)
        per_capture[writers] = 1000 * seconds / (2 * len(files))
        print(f"writers={writers or 'one'}: {lines} lines, digest {digest}, "
              f"{seconds:.2f} CPU s, {per_capture[writers]:.0f} ms a capture",
              file=sys.stderr)
    built = 0
    alone = 0.0
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for path in paths:
        out = subprocess.run([sys.executable, "-c", ALONE, str(path)], env=env, check=True,
                             capture_output=True, text=True).stdout.split()
        built += int(out[0])
        alone += float(out[1])
        print(f"alone {path.name}: gazetteer built {out[0]}, {float(out[1]):.2f} CPU s",
              file=sys.stderr)
    print("digests " + " ".join(digests))
    print(f"ms a capture: one writer {per_capture[0]:.0f}, writer per file "
          f"{per_capture[1]:.0f} (x{per_capture[1] / per_capture[0]:.2f}); alone: "
          f"gazetteer built {built}/{len(paths)}, {alone:.2f} CPU s")


if __name__ == "__main__":
    main()
