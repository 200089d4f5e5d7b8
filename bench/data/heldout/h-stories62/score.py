#!/usr/bin/env python3
"""Score veille's stories on h-stories62's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl (build.py) in a fresh data dir, enriches, reads ``stories --json``
(bench/lib/story_links.py) and prints one line per check of README.md, a count per group
and "total: K/N".
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.story_links import Tally, read  # noqa: E402

# (other event of the same town, person and day; the event's articles in its language;
# the event's articles in other languages)
EVENTS = {"L": ("Lx", ("L1", "L2"), ("L1fr",)), "Z": ("Zx", ("Z1", "Z2"), ("Z1en",)),
          "D": ("Dx", ("D1", "D2"), ("D1fr",)), "B": ("Bx", ("B1", "B2"), ("B1en", "B1ru")),
          "Y": ("Yx", ("Y1", "Y2"), ("Y1ar",))}


def main() -> None:
    got = read(sys.argv[1], HERE / "articles.jsonl")
    tally = Tally()
    for event, (other, own, abroad) in EVENTS.items():
        for a in own:
            tally.check(not got.together(other, a), f"{event}: {other} {a} want apart",
                        "A other event apart")
        for b in abroad:
            tally.check(not got.linked(other, b), f"{event}: {other} {b} want unlinked",
                        "A other event apart")
        tally.check(got.together(*own), f"{event}: {own[0]} {own[1]} want one story",
                    "B own event together")
        for b in abroad:
            tally.check(got.linked(own[0], b), f"{event}: {own[0]} {b} want linked",
                        "C other languages linked")
    tally.close()


if __name__ == "__main__":
    main()
