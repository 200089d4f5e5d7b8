#!/usr/bin/env python3
"""Score veille's stories on r-rpm53's held-out set (commentaries; CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests wave1.jsonl then wave2.jsonl in a fresh data dir, reads ``export`` and prints one
line per pair of gold.json's ``pairs`` (together or apart, as gold says), then one line for
the same partition when the waves are ingested the other way round (order-free), then
"total N/M".
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def partition(cli: str, waves: list[int]) -> dict[str, str]:
    """Gold article id -> veille's story id (its own id when in no story)."""
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        for w in waves:
            subprocess.run([cli, "--data-dir", d, "ingest", os.path.join(HERE, f"wave{w}.jsonl")],
                           check=True, stdout=subprocess.DEVNULL)
        out = subprocess.run([cli, "--data-dir", d, "export"], check=True,
                             capture_output=True, text=True).stdout
    by_url = {r["url"]: r for r in map(json.loads, filter(str.strip, out.splitlines()))}
    story = {}
    for gid, g in gold["articles"].items():
        r = by_url[g["url"]]
        story[gid] = (r.get("dedup") or {}).get("story_id") or "solo:" + r["id"]
    return story


def canonical(story: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for gid, sid in sorted(story.items()):
        groups.setdefault(sid, []).append(gid)
    return sorted(groups.values())


def main() -> None:
    cli = sys.argv[1]
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    story = partition(cli, [1, 2])
    ok = 0
    for a, b, together in gold["pairs"]:
        got = story[a] == story[b]
        ok += got == together
        print(f"{'ok  ' if got == together else 'FAIL'} {a} {b} want "
              f"{'together' if together else 'apart'}, got {'together' if got else 'apart'}")
    back = partition(cli, [2, 1])
    same = canonical(back) == canonical(story)
    ok += same
    print(f"{'ok  ' if same else 'FAIL'} waves ingested 2 then 1 give the same stories"
          + ("" if same else f": {canonical(story)} vs {canonical(back)}"))
    print(f"stories: {canonical(story)}")
    print(f"total {ok}/{len(gold['pairs']) + 1}")


if __name__ == "__main__":
    main()
