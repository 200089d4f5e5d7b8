#!/usr/bin/env python3
"""Score veille's copy verdicts on h-copies59's held-out set (CC0, written for veille).

usage: python3 score.py VEILLE_CLI
Each case of CASES is a long article and a shorter text on the same event (articles.jsonl,
by ``id``). Each case is ingested in a fresh data dir in three ways: the long one first
(two ingests), the short one first (two ingests), both in one file. ``export`` is read and
one line printed per case and order: the short text's relation to the long one (``own``:
no copy link either way; ``teaser``: the short text is the long one's teaser), then
"total: K/N".
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = [  # (long, short, wanted)
    ("F-long", "F-wire", "own"),
    ("E-long", "E-wire", "own"),
    ("S-long", "S-wire", "own"),
    ("D-long", "D-wire", "own"),
    ("T-long", "T-teaser", "teaser"),
    ("G-long", "G-teaser", "teaser"),
]


def relation(cli: str, rows: dict[str, dict], long: str, short: str, order: str) -> str:
    """What the store says of ``short`` against ``long`` after ingesting them in ``order``."""
    with tempfile.TemporaryDirectory() as d:
        def ingest(ids: list[str], name: str) -> None:
            path = os.path.join(d, name)
            with open(path, "w", encoding="utf-8") as f:
                for i in ids:
                    row = {k: v for k, v in rows[i].items() if k != "id"}
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            subprocess.run([cli, "--data-dir", d, "ingest", path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if order == "long first":
            ingest([long], "a.jsonl")
            ingest([short], "b.jsonl")
        elif order == "short first":
            ingest([short], "a.jsonl")
            ingest([long], "b.jsonl")
        else:
            ingest([long, short], "a.jsonl")
        out = subprocess.run([cli, "--data-dir", d, "export"], check=True,
                             capture_output=True, text=True).stdout
    by_url = {r["url"]: r for r in map(json.loads, filter(str.strip, out.splitlines()))}
    s, lg = by_url[rows[short]["url"]], by_url[rows[long]["url"]]
    sd, ld = s.get("dedup") or {}, lg.get("dedup") or {}
    if sd.get("duplicate_of") == lg["id"]:
        return sd.get("relation") or "copy"
    if ld.get("duplicate_of") == s["id"]:
        return "long is " + (ld.get("relation") or "copy")
    return "own"


def main() -> None:
    cli = sys.argv[1]
    rows = {r["id"]: r for r in (json.loads(x) for x in
            open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") if x.strip())}
    ok = total = 0
    for long, short, want in CASES:
        for order in ("long first", "short first", "one file"):
            got = relation(cli, rows, long, short, order)
            ok += got == want
            total += 1
            print(f"{'ok  ' if got == want else 'FAIL'} [{order}] {short} of {long}: "
                  f"want {want}, got {got}")
    print(f"total: {ok}/{total}")


if __name__ == "__main__":
    main()
