"""Score the headline of text captures whose menu bar is separated by wide gaps.

Run from the worktree root: PYTHONPATH=$PWD/src .venv/bin/python bench/data/heldout/h-menu35/score.py
Prints, per capture, ok or the headline taken, then: headlines right / N.
"""
from __future__ import annotations

import sys
from pathlib import Path

from veille.extract.text_capture import extract_text_capture

HERE = Path(__file__).parent


def main() -> int:
    rows = [line.split("\t") for line in (HERE / "expected.tsv").read_text("utf-8").splitlines()
            if line.strip()]
    right = 0
    for name, title in rows:
        got = extract_text_capture((HERE / "captures" / name).read_text("utf-8"))
        ok = got.title == title
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {name:26} title={got.title[:70]!r}")
    print(f"headlines right {right}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
