#!/usr/bin/env python3
"""Score the h-zones50 held-out set: the clock a record or capture is read on, and how lists show it.

Usage: python3 score.py VEILLE_CLI [WORK_DIR] [-v]
  e.g. python3 score.py /work/vbin-h-zones50 /tmp/h-zones50-score

Each case (a JSON record, JSON Lines, ninjs item, or a text capture with no address) is
ingested alone into its own data directory. Four checks per case, named by its gold line:
- ``zone``: ``evidence.timezone`` (``veille export --format jsonl``) names one of ``zones``;
- ``published``: ``content.published`` is the gold instant (UTC given in the gold);
- ``stories``: ``veille stories`` (the text list) prints the time on the clock the article was
  read on: the gold ``local`` day and time ("2026-12-02" and "21:40") on its story's lines;
- ``latest``: ``veille latest`` prints the same local day and time (one article, one clock).
Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.zone_checks import score  # noqa: E402


def main() -> int:
    return score(HERE, sys.argv[1:], "/tmp/h-zones50-score", latest=True)


if __name__ == "__main__":
    sys.exit(main())
