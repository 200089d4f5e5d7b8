"""Score the h-batch62 held-out set: stories equal whatever the batch size, none mixed.

``python score.py /work/vbin-NAME``: generates the captures (gen.py, seed 62, and seed 63
shuffled otherwise), ingests each outlet's folder with ``--source`` (so its chrome is learnt) with ``VEILLE_BATCH_SIZE`` 200, 20 and 7 into fresh data
dirs, reads ``stories -n 1000 --json`` and prints one line per check and ``total: K/N``.
Checks per seed: batch 20 and batch 7 give the partition batch 200 gives (2 checks), and
each of the three runs has no story mixing two events (the ``e-<key>`` of the URL, 3 checks).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BATCHES = (200, 20, 7, "resumed")
"""Batch sizes; "resumed": batch 200, each outlet's first :data:`FIRST` captures ingested
by an earlier ingest (an interrupted one resumed), the rest by a second."""
FIRST = 4


def event_of(url: str) -> str:
    """The event key a capture URL names (``.../e-fr-vannes-pont-1.html`` -> ``fr-vannes-pont``)."""
    slug = url.split()[0].rsplit("/", 1)[-1].removesuffix(".html").removeprefix("e-")
    return slug.rsplit("-", 1)[0]


def stories(cli: str, captures: Path, data: Path, batch: int | str
            ) -> list[frozenset[str]]:
    """The stories (sets of ``url date`` strings: a page's date read otherwise is a
    difference too) of ``captures`` ingested with ``batch``."""
    size = 200 if batch == "resumed" else batch
    env = {**os.environ, "VEILLE_DATA_DIR": str(data), "VEILLE_BATCH_SIZE": str(size)}
    for outlet in sorted(p for p in captures.iterdir() if p.is_dir()):
        files = sorted(str(f) for f in outlet.iterdir())
        parts = [files[:FIRST], files[FIRST:]] if batch == "resumed" else [files]
        for part in parts:
            subprocess.run([cli, "ingest", "--source", outlet.name, *part], env=env,
                           check=True, capture_output=True)
    out = subprocess.run([cli, "stories", "-n", "1000", "--json"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return [frozenset(f"{i['url']} {i['date']}" for i in s["items"]) for s in json.loads(out)]


def main() -> None:
    cli = sys.argv[1]
    ok = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in (62, 63):
            caps = Path(tmp) / f"caps{seed}"
            subprocess.run([sys.executable, str(HERE / "gen.py"), str(caps), str(seed)],
                           check=True)
            runs = {b: stories(cli, caps, Path(tmp) / f"d{seed}-{b}", b) for b in BATCHES}
            for b in BATCHES[1:]:
                same = set(runs[b]) == set(runs[BATCHES[0]])
                ok += same
                total += 1
                print(f"seed {seed} batch {b} == batch {BATCHES[0]}: "
                      f"{'ok' if same else 'DIFF'} ({len(runs[b])} vs "
                      f"{len(runs[BATCHES[0]])} stories)")
            for b in BATCHES:
                mixed = [sorted({event_of(u) for u in s}) for s in runs[b]
                         if len({event_of(u) for u in s}) > 1]
                ok += not mixed
                total += 1
                print(f"seed {seed} batch {b} no mixed story: "
                      f"{'ok' if not mixed else 'MIXED ' + str(mixed)}")
    print(f"total: {ok}/{total}")


if __name__ == "__main__":
    main()
