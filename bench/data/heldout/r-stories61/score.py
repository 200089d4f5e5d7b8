#!/usr/bin/env python3
"""Score veille's stories on r-stories61's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl (build.py) one article per ``ingest`` in a fresh data dir and reads
``stories --json``. Part A (fr, es, en): reprints, a day-2 follow-up, then the agency
dispatch they copy: one story, its id unchanged, the old id still answering, its title
never the follow-up's. Part B: a day-3 follow-up joins its story; a same-town other event
does not. Part C: a homonym town of another country stays apart from a story a brief
bridges it to. Prints one line per check, then "total: K/N".
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, str(Path(HERE).parents[2]))
from lib.story_pairs import Tally, ingest_row, load_rows, stories_of  # noqa: E402

ROWS = load_rows(Path(HERE))


def resolves(cli: str, d: str, old: str) -> str | None:
    """The id ``stories OLD --json`` answers with (the story an old id leads to)."""
    run = subprocess.run([cli, "--data-dir", d, "stories", old, "--json"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None
    return json.loads(run.stdout).get("id")


def main() -> None:
    cli = sys.argv[1]
    tally = Tally()
    check = tally.check

    for x in "fen":
        order = [x + "R1", x + "R2", x + "F", x + "O"]
        with tempfile.TemporaryDirectory() as d:
            for gid in order[:-1]:
                ingest_row(ROWS, cli, d, gid)
            before, titles_before = stories_of(ROWS, cli, d)
            ingest_row(ROWS, cli, d, order[-1])
            after, titles = stories_of(ROWS, cli, d)
            old = before.get(x + "R1") or ""
            answer = resolves(cli, d, old)
        sid = after.get(x + "R1")
        check(sid is not None and all(after.get(g) == sid for g in order),
              f"[A {x}] {'-'.join(order)} one story")
        check(sid == old, f"[A {x}] story id kept when {x}O arrives ({old} -> {sid})")
        check(answer == sid, f"[A {x}] the old id answers with the story ({answer})")
        title = titles.get(sid or "", "")
        allowed = {ROWS[x + "O"]["title"], titles_before.get(old, "")}
        check(title in allowed and title != ROWS[x + "F"]["title"],
              f"[A {x}] title the dispatch's or the one it had: {title!r}")
    for reverse in (False, True):
        order = ["bO", "bR1", "bR2", "bD2", "bX", "bD3"]
        with tempfile.TemporaryDirectory() as d:
            for gid in (reversed(order) if reverse else order):
                ingest_row(ROWS, cli, d, gid)
            of, _ = stories_of(ROWS, cli, d)
        name = "reverse" if reverse else "in order"
        story = of.get("bO", "solo:bO")
        check(of.get("bD3") == story, f"[B {name}] day-3 follow-up bD3 with its story")
        check(of.get("bD2") == story, f"[B {name}] day-2 follow-up bD2 with its story")
        check(of.get("bX", "solo:bX") != story, f"[B {name}] same-town port strike bX apart")
    for order in (["gS", "gB", "gM"], ["gM", "gB", "gS"], ["gB", "gS", "gM"],
                  ["tL", "tB", "tY"], ["tY", "tB", "tL"]):
        with tempfile.TemporaryDirectory() as d:
            for gid in order:
                ingest_row(ROWS, cli, d, gid)
            of, _ = stories_of(ROWS, cli, d)
        home, abroad = (("gS", "gM") if order[0][0] == "g" else ("tL", "tY"))
        check(of.get(home, "solo:" + home) != of.get(abroad, "solo:" + abroad),
              f"[C {'-'.join(order)}] {abroad} apart from {home}")
    tally.done()


if __name__ == "__main__":
    main()
