"""Score the masthead (outlet read from a text capture's first lines) on the held-out captures.

Run from the worktree root: PYTHONPATH=$PWD/src .venv/bin/python bench/data/heldout/r-mast34/score.py
Prints, per capture, the masthead found and the headline, then:
  right outlets / N, FALSE outlets (a name given that is not the outlet), missed (none found),
  headlines right / N.
"""
from __future__ import annotations

import sys
from pathlib import Path

from veille.extract.text_capture import extract_text_capture

HERE = Path(__file__).parent


def main() -> int:
    right = false = missed = titles = 0
    rows = [line.split("\t") for line in (HERE / "expected.tsv").read_text("utf-8").splitlines()
            if line.strip()]
    for name, outlet, title in rows:
        got = extract_text_capture((HERE / "captures" / name).read_text("utf-8"))
        ok = got.masthead.casefold() == outlet.casefold()
        right += ok
        false += bool(got.masthead) and not ok
        missed += not got.masthead
        titles += got.title == title
        mark = "ok " if ok else ("FALSE" if got.masthead else "miss")
        print(f"{mark:5} {name:22} masthead={got.masthead!r:40} "
              f"title={'ok' if got.title == title else repr(got.title[:60])}")
    n = len(rows)
    print(f"outlets right {right}/{n}; false {false}; missed {missed}; headlines right {titles}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
