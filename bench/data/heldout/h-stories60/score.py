#!/usr/bin/env python3
"""Score veille's stories on h-stories60's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl (build.py) one article per ``ingest`` in a fresh data dir and reads
``stories --json``. Part 1: the pairs below, in publication order and in reverse (together
or apart). Part 2: the agency dispatch W1, its reprints W2 W3 and a day-2 follow-up W4,
ingested in order and with the dispatch last: one story, its id unchanged when the dispatch
arrives, its title never the follow-up's. Prints one line per check, then "total: K/N".
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = {r["id"]: r for r in map(json.loads, open(os.path.join(HERE, "articles.jsonl"),
                                                  encoding="utf-8")) if r}
PAIRS = [("D1", "D2", False), ("E1", "E2", False), ("I1", "I2", False), ("P1", "P2", False),
         ("N1", "N2", False), ("R1", "R2", False), ("C1", "C2", False), ("C1", "C3", False),
         ("D3", "D4", True), ("E3", "E4", True)]


def ingest(cli: str, d: str, gid: str) -> None:
    row = {k: v for k, v in ROWS[gid].items() if k != "id"}
    path = os.path.join(d, gid + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    subprocess.run([cli, "--data-dir", d, "ingest", path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stories(cli: str, d: str) -> tuple[dict[str, str], dict[str, str]]:
    """Gold id -> story id (absent: in no story); story id -> title."""
    out = subprocess.run([cli, "--data-dir", d, "stories", "--json", "-n", "1000"], check=True,
                         capture_output=True, text=True).stdout
    by_url = {r["url"]: g for g, r in ROWS.items()}
    of: dict[str, str] = {}
    titles: dict[str, str] = {}
    for story in json.loads(out):
        titles[story["id"]] = story["title"]
        for item in story["items"]:
            if item.get("url") in by_url:
                of[by_url[item["url"]]] = story["id"]
    return of, titles


def main() -> None:
    cli = sys.argv[1]
    ok = total = 0

    def check(good: bool, line: str) -> None:
        nonlocal ok, total
        ok += good
        total += 1
        print(f"{'ok  ' if good else 'FAIL'} {line}")

    ids = sorted({g for p in PAIRS for g in p[:2]}, key=lambda g: ROWS[g]["published"])
    for reverse in (False, True):
        with tempfile.TemporaryDirectory() as d:
            for gid in (reversed(ids) if reverse else ids):
                ingest(cli, d, gid)
            of, _ = stories(cli, d)
        order = "reverse" if reverse else "in order"
        for a, b, together in PAIRS:
            got = of.get(a, "solo:" + a) == of.get(b, "solo:" + b)
            check(got == together, f"[{order}] {a} {b} want {'together' if together else 'apart'}"
                  f", got {'together' if got else 'apart'}")
    for order in (["W1", "W2", "W3", "W4"], ["W2", "W3", "W4", "W1"]):
        with tempfile.TemporaryDirectory() as d:
            for gid in order[:-1]:
                ingest(cli, d, gid)
            before, titles_before = stories(cli, d)
            ingest(cli, d, order[-1])
            after, titles = stories(cli, d)
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
    print(f"total: {ok}/{total}")


if __name__ == "__main__":
    main()
