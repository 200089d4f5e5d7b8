#!/usr/bin/env python3
"""Score veille's stories on r-stories59's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl in a fresh data dir (the articles in publication order, then in
reverse), reads ``export``, prints one line per pair of gold.json's ``pairs`` for each
order (together or apart, as gold says), then "total N/M".
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def stories(cli: str, reverse: bool) -> dict[str, str]:
    """Gold article id -> veille's story id (its own id when in no story)."""
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    rows = [json.loads(x) for x in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")
            if x.strip()]
    rows.sort(key=lambda r: r["published"], reverse=reverse)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        subprocess.run([cli, "--data-dir", d, "ingest", path], check=True,
                       stdout=subprocess.DEVNULL)
        out = subprocess.run([cli, "--data-dir", d, "export"], check=True,
                             capture_output=True, text=True).stdout
    by_url = {r["url"]: r for r in map(json.loads, filter(str.strip, out.splitlines()))}
    return {gid: (by_url[g["url"]].get("dedup") or {}).get("story_id")
            or "solo:" + by_url[g["url"]]["id"] for gid, g in gold["articles"].items()}


def main() -> None:
    cli = sys.argv[1]
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    ok = total = 0
    for reverse in (False, True):
        story = stories(cli, reverse)
        order = "reverse" if reverse else "in order"
        for a, b, together in gold["pairs"]:
            got = story[a] == story[b]
            ok += got == together
            total += 1
            print(f"{'ok  ' if got == together else 'FAIL'} [{order}] {a} {b} want "
                  f"{'together' if together else 'apart'}, got "
                  f"{'together' if got else 'apart'}")
    print(f"total {ok}/{total}")


if __name__ == "__main__":
    main()
