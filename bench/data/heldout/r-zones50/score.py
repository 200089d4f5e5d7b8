#!/usr/bin/env python3
"""Score the r-zones50 held-out set: the clock a capture is read on, and how stories show it.

Usage: python3 score.py VEILLE_CLI [WORK_DIR] [-v]
  e.g. python3 score.py /work/vbin-r-zones50 /tmp/r-zones50-score

Each case (a text capture with no URL, no outlet address, no ``--source``) is ingested alone
into its own data directory. Three checks per case, named by its gold line:
- ``zone``: ``evidence.timezone`` (``veille export --format jsonl``) names one of ``zones``;
- ``published``: ``content.published`` is the gold instant (UTC given in the gold);
- ``stories``: ``veille stories`` (the text list) prints the time on the clock the article was
  read on: the gold ``local`` day and time ("2026-12-02" and "21:40") on its story's lines.
Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.zone_checks import score  # noqa: E402


def main() -> int:
    return score(HERE, sys.argv[1:], "/tmp/r-zones50-score", latest=False)


if __name__ == "__main__":
    sys.exit(main())
