#!/usr/bin/env python3
"""Held-out check of r-speed61 (issue 13: captures per second; a speed change, so every
output must stay byte-identical to the base's, and each saved capture's layout is read
once). Written for veille, CC0.

Checks, one line each:

1. ``stage-<name>``: the extraction stage (:class:`veille.extract.stage.ExtractStage`) of
   each input of ``captures/`` read as a saved file (its capture time unknown:
   ``hints[READ_AT_HINT]`` set, dated by a fixed file time), every content field and the
   article's source, hash to the digest recorded on the base tree (105f325c);
2. ``layouts-<name>`` (text captures only): how many times the stage split the capture
   into blocks (``veille.extract.blocks.split_blocks`` calls, counted by cProfile): 1,
   whatever the page's dates (the base splits twice when the capture's update or
   publication date is relative, or it has none: the relative-date probe);
3. ``store-dump-w<N>``: ``scripts/dump_store.py`` of all inputs (every stored row and
   search answer, both orders) by one writer (N=0), one writer per file (N=1) and writers
   of 10 files (N=10);
4. ``cli-export``: ``CLI --data-dir TMP ingest DIR`` of a copy of ``captures/`` whose files
   all carry one fixed modification time, then ``CLI export`` (fields set by the clock
   left out, sorted).

Usage (from the repository root)::

    python3 bench/data/heldout/r-speed61/score.py /work/vbin-r-speed61
    python3 bench/data/heldout/r-speed61/score.py CLI --record   # on the base tree only

The Python checks import veille from the CLI's tree (the wrapper's ``PYTHONPATH``).
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.dump_digest import cli_export, score_identity, timed_dumps  # noqa: E402
from lib.dump_digest import short_digest as _digest  # noqa: E402

FILE_TIME = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
"""The saved files' modification time (what their relative dates count from)."""
READ_AT = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
"""When veille read them (the bound of their dates)."""


def _stage(path: Path) -> tuple[str, int]:
    from veille.extract.stage import ExtractStage
    from veille.record import READ_AT_HINT, Article, RawInput

    media = "text/html" if path.suffix == ".html" else "text/plain"
    raw = RawInput(data=path.read_bytes(), origin=path.name, media_type=media,
                   fetched_at=FILE_TIME, hints={READ_AT_HINT: READ_AT.isoformat()})
    profile = cProfile.Profile()
    profile.enable()
    try:
        article = ExtractStage()(Article(raw=raw, id=path.stem))
        content = article.content.to_dict() if article.content else None
        out = json.dumps({"source": article.source, "content": content}, sort_keys=True,
                         ensure_ascii=False, default=str)
    except Exception as exc:  # noqa: BLE001 - a refusal is an output too
        out = f"{type(exc).__name__}: {exc}"
    profile.disable()
    splits = sum(calls for (file, _, name), (_, calls, *_) in
                 pstats.Stats(profile).stats.items()  # type: ignore[attr-defined]
                 if name == "split_blocks" and file.endswith("blocks.py"))
    return _digest(out.encode()), splits


def _checks(cli: str) -> dict[str, str]:
    paths = sorted((HERE / "captures").iterdir())
    got: dict[str, str] = {}
    for path in paths:
        digest, splits = _stage(path)
        got[f"stage-{path.stem}"] = digest
        if path.suffix == ".txt":
            got[f"layouts-{path.stem}"] = str(splits)
    files = [(p.name, p.read_bytes()) for p in paths]
    for size, _, digest, _ in timed_dumps("heldout-r-speed61", files, (0, 1, 10)):
        got[f"store-dump-w{size}"] = digest
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "captures"
        shutil.copytree(HERE / "captures", folder)
        for path in folder.iterdir():
            os.utime(path, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
        got["cli-export"] = cli_export(cli, folder)
    return got


def main(argv: list[str]) -> int:
    # the Python checks run on the CLI's tree, in a child process
    return score_identity(argv, __file__, __doc__ or "", "R_SPEED61_CHILD", _checks)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
