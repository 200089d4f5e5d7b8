#!/usr/bin/env python3
"""Check that two trees read the same story terms, input by input, and time the reading.

Why: a change of how the story rules get their input (issue #13, r-perf35: one shared
reading of an article's text, :mod:`veille.dedup.reading`) must leave every article's story
terms (:func:`veille.dedup.stories.terms`: weighted words, names, headline terms, kinds,
sub-places, mentions) exactly as they were. This records every input the ingest gives
``terms`` (headline, paragraphs less background, publication day) while ingesting a corpus
(``scripts/dump_store.py``'s corpora: the capture bench's renders, one store per set, made
by ``bench/captures.py``; the text fixtures and the demo capture; the demo corpus), then reads
them all again and writes one JSON line per input (the counts in their order, floats as
``repr``, the sets sorted), so two trees compare line by line.

Usage (from the repository root)::

    PYTHONPATH=src python bench/story_terms_identity.py                  # this tree
    PYTHONPATH=src python bench/story_terms_identity.py --before /tmp/main/src

``--before SRC`` reads the same recorded inputs with the veille package in ``SRC`` (a child
process), then with this tree, and prints the number of inputs whose terms differ (0 is the
only passing figure) and the CPU milliseconds per reading of each (best of ``--repeat``).
Inputs are recorded once under ``bench/.cache/story_terms/`` (``--refresh`` records again).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache" / "story_terms"


sys.path.insert(0, str(ROOT / "scripts"))
from dump_store import corpora  # noqa: E402  (the corpora scripts/dump_store.py ingests)


def record(out: Path) -> int:
    """Ingest every corpus into a fresh store, recording each input ``terms`` is given."""
    import veille.dedup.stories as stories
    import veille.dedup.terms_memo as terms_memo
    from veille.ingest import ingest_texts
    from veille.settings import Settings
    from veille.store.sqlite import SQLiteStore

    seen: list[list[Any]] = []
    original = stories.terms

    def recording(title: str, paragraphs: Any, published: date | None = None) -> Any:
        seen.append([title, list(paragraphs), published.isoformat() if published else None])
        return original(title, paragraphs, published)

    stories.terms = recording  # type: ignore[assignment]
    terms_memo.terms = recording  # type: ignore[assignment]
    try:
        for _name, files in corpora():
            with tempfile.TemporaryDirectory(prefix="veille-terms-") as tmp:
                store = SQLiteStore.open(Path(tmp) / "store.sqlite3")
                try:
                    ingest_texts(store, files, settings=Settings(batch_size=50))
                finally:
                    store.close()
    finally:
        stories.terms = original  # type: ignore[assignment]
        terms_memo.terms = original  # type: ignore[assignment]
    unique = {json.dumps(s, ensure_ascii=False): None for s in seen}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(line + "\n" for line in unique), encoding="utf-8")
    return len(unique)


def read_all(inputs: Path, out: Path, repeat: int) -> float:
    """Read the terms of every input of ``inputs`` into ``out``; CPU ms per reading (best
    of ``repeat`` passes, after the first, which loads the rules' tables)."""
    from veille.dedup.stories import terms

    rows = [json.loads(line) for line in inputs.read_text(encoding="utf-8").splitlines()]
    args = [(t, p, date.fromisoformat(d) if d else None) for t, p, d in rows]
    with out.open("w", encoding="utf-8") as sink:
        for title, paragraphs, day in args:
            found = terms(title, paragraphs, day)
            sink.write(json.dumps([list(found.items()), sorted(found.names),
                                   sorted(found.headline), sorted(found.kinds),
                                   sorted(found.places), sorted(found.mentions)],
                                  ensure_ascii=False) + "\n")
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for title, paragraphs, day in args:
            terms(title, paragraphs, day)
        best = min(best, time.process_time() - start)
    return 1000 * best / max(1, len(args))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, default=None, metavar="SRC")
    parser.add_argument("--refresh", action="store_true", help="record the inputs again")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes (best kept)")
    parser.add_argument("--out", type=Path, default=None, help="write the terms here")
    parser.add_argument("--inputs", type=Path, default=CACHE / "inputs.jsonl")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if args.child:
        print(json.dumps(read_all(args.inputs, args.out, args.repeat)))
        return 0
    if args.refresh or not args.inputs.is_file():
        print(f"recorded {record(args.inputs)} inputs into {args.inputs}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="veille-terms-") as tmp:
        runs: list[tuple[str, Path, float]] = []
        for label, src in (("before", args.before), ("after", ROOT / "src")):
            if label == "before" and src is None:
                continue
            out = args.out if label == "after" and args.out else Path(tmp) / f"{label}.jsonl"
            env = {**os.environ, "PYTHONPATH": str(src)}
            done = subprocess.run(
                [sys.executable, __file__, "--child", "--inputs", str(args.inputs),
                 "--out", str(out), "--repeat", str(args.repeat)],
                env=env, check=True, capture_output=True, text=True)
            runs.append((label, out, float(done.stdout.strip().splitlines()[-1])))
        for label, out, ms in runs:
            lines = sum(1 for _ in out.open(encoding="utf-8"))
            print(f"{label}: {lines} inputs, {ms:.2f} ms CPU a reading ({out})")
        if len(runs) == 2:
            before = runs[0][1].read_text(encoding="utf-8").splitlines()
            after = runs[1][1].read_text(encoding="utf-8").splitlines()
            differ = sum(1 for b, a in zip(before, after, strict=True) if b != a)
            print(f"inputs whose terms differ: {differ} of {len(before)}; "
                  f"speed-up {runs[0][2] / max(runs[1][2], 1e-9):.2f}x")
            return 1 if differ else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
