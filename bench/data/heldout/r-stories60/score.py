#!/usr/bin/env python3
"""Score veille's stories on r-stories60's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl in a fresh data dir under five schedules (one ingest in publication
order; one in reverse; one article per ingest, each a new process, in order; batches of 4
in a shuffled order; in order without the unrelated U articles, then those, then every
article again: all duplicates), reads ``export``, prints one line per pair of gold.json's
``pairs`` and schedule (together or apart, as gold says), one line per schedule after the
first (the same partition as the first's), then "total N/M".
"""
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def rows() -> list[dict]:
    return sorted((json.loads(x) for x in open(os.path.join(HERE, "articles.jsonl"),
                                                 encoding="utf-8") if x.strip()),
                  key=lambda r: r["published"])


def schedules() -> dict[str, list[list[dict]]]:
    """Schedule name -> the ingests, each a list of articles."""
    r = rows()
    shuffled = r[:]
    random.Random(60).shuffle(shuffled)
    news = [x for x in r if not x["id"].startswith("U")]
    return {
        "one ingest, in order": [r],
        "one ingest, reverse": [r[::-1]],
        "one per ingest": [[x] for x in r],
        "batches of 4, shuffled": [shuffled[i:i + 4] for i in range(0, len(shuffled), 4)],
        "unrelated late, then all again": [news, [x for x in r if x["id"].startswith("U")], r],
    }


def stories(cli: str, ingests: list[list[dict]]) -> dict[str, str]:
    """Gold article id -> veille's story id (its own id when in no story)."""
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        for n, batch in enumerate(ingests):
            path = os.path.join(d, f"in{n}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in batch))
            subprocess.run([cli, "--data-dir", d, "ingest", path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([cli, "--data-dir", d, "export"], check=True,
                             capture_output=True, text=True).stdout
    by_url = {r["url"]: r for r in map(json.loads, filter(str.strip, out.splitlines()))}
    return {gid: (by_url[g["url"]].get("dedup") or {}).get("story_id")
            or "solo:" + by_url[g["url"]]["id"] for gid, g in gold["articles"].items()}


def partition(story: dict[str, str]) -> frozenset[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for a, s in story.items():
        groups.setdefault(s, set()).add(a)
    return frozenset(frozenset(g) for g in groups.values())


def main() -> None:
    cli = sys.argv[1]
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    ok = total = 0
    first = None
    for name, ingests in schedules().items():
        story = stories(cli, ingests)
        for a, b, together in gold["pairs"]:
            got = story[a] == story[b]
            ok += got == together
            total += 1
            print(f"{'ok  ' if got == together else 'FAIL'} [{name}] {a} {b} want "
                  f"{'together' if together else 'apart'}, got "
                  f"{'together' if got else 'apart'}")
        part = partition(story)
        if first is None:
            first = part
            continue
        same = part == first
        ok += same
        total += 1
        diff = "" if same else " (" + "; ".join(
            sorted(",".join(sorted(g)) for g in part ^ first)) + ")"
        print(f"{'ok  ' if same else 'FAIL'} [{name}] same partition as one ingest in "
              f"order{diff}")
    print(f"total {ok}/{total}")


if __name__ == "__main__":
    main()
