#!/usr/bin/env python3
"""Score veille's stories on h-stories60's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl (build.py) one article per ``ingest`` in a fresh data dir and reads
``stories --json``. Part 1: the pairs below, in publication order and in reverse (together
or apart). Part 2: the agency dispatch W1, its reprints W2 W3 and a day-2 follow-up W4,
ingested in order and with the dispatch last: one story, its id unchanged when the dispatch
arrives, its title never the follow-up's. Prints one line per check, then "total: K/N".
"""
import os
import sys
import tempfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, str(Path(HERE).parents[2]))
from lib.story_pairs import Tally, ingest_row, load_rows, stories_of  # noqa: E402

ROWS = load_rows(Path(HERE))
PAIRS = [("D1", "D2", False), ("E1", "E2", False), ("I1", "I2", False), ("P1", "P2", False),
         ("N1", "N2", False), ("R1", "R2", False), ("C1", "C2", False), ("C1", "C3", False),
         ("D3", "D4", True), ("E3", "E4", True)]


def main() -> None:
    cli = sys.argv[1]
    tally = Tally()
    check = tally.check

    ids = sorted({g for p in PAIRS for g in p[:2]}, key=lambda g: ROWS[g]["published"])
    for reverse in (False, True):
        with tempfile.TemporaryDirectory() as d:
            for gid in (reversed(ids) if reverse else ids):
                ingest_row(ROWS, cli, d, gid)
            of, _ = stories_of(ROWS, cli, d)
        order = "reverse" if reverse else "in order"
        for a, b, together in PAIRS:
            got = of.get(a, "solo:" + a) == of.get(b, "solo:" + b)
            check(got == together, f"[{order}] {a} {b} want {'together' if together else 'apart'}"
                  f", got {'together' if got else 'apart'}")
    for order in (["W1", "W2", "W3", "W4"], ["W2", "W3", "W4", "W1"]):
        with tempfile.TemporaryDirectory() as d:
            for gid in order[:-1]:
                ingest_row(ROWS, cli, d, gid)
            before, titles_before = stories_of(ROWS, cli, d)
            ingest_row(ROWS, cli, d, order[-1])
            after, titles = stories_of(ROWS, cli, d)
        name = "-".join(order)
        sid = after.get("W2")
        check(sid is not None and all(after.get(g) == sid for g in order),
              f"[{name}] W1-W4 one story")
        check(sid == before.get("W2"), f"[{name}] story id kept when {order[-1]} arrives "
              f"({before.get('W2')} -> {sid})")
        title = titles.get(sid or "", "")
        allowed = {ROWS["W1"]["title"], titles_before.get(before.get("W2") or "", "")}
        check(title in allowed and title != ROWS["W4"]["title"],
              f"[{name}] title the dispatch's or the one it had: {title!r}")
    tally.done()


if __name__ == "__main__":
    main()
