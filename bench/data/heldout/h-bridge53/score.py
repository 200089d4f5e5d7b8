#!/usr/bin/env python3
"""Score veille on h-bridge53's held-out set (CC0, written for veille; README.md).

usage: python3 score.py VEILLE_CLI
For each order in cases.ORDERS, ingests the articles one `veille ingest` each into a fresh
data dir, exports the store, and prints one line per pair check (ok / FAIL) and the total.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import APART, CASES, ORDERS, SAME  # noqa: E402


def run(cli, data, *args):
    return subprocess.run([cli, "--data-dir", data, *args], text=True,
                          capture_output=True, check=True).stdout


def main():
    cli = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="hb53-")
    by_key = {c[0]: c for c in CASES}
    total = passed = 0
    for name, order in ORDERS.items():
        data = os.path.join(tmp, name)
        for key in order:
            k, lang, source, url, published, title, paragraphs = by_key[key]
            path = os.path.join(tmp, f"{name}-{k}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": k, "title": title, "text": "\n\n".join(paragraphs),
                                    "published": published, "source": source, "url": url,
                                    "language": lang}, ensure_ascii=False) + "\n")
            run(cli, data, "ingest", path)
        exported = [json.loads(x) for x in run(cli, data, "export").splitlines() if x.strip()]
        story = {}
        for r in exported:
            url = (r.get("content") or {}).get("url") or r.get("url")
            for k, c in by_key.items():
                if c[3] == url:
                    story[k] = ((r.get("dedup") or {}).get("story_id"))
        for pairs, same in ((SAME, True), (APART, False)):
            for a, b in pairs:
                sa, sb = story.get(a), story.get(b)
                ok = sa is not None and sb is not None and (sa == sb) == same
                total += 1
                passed += ok
                print(f"{'ok  ' if ok else 'FAIL'} {name}: {a} {'=' if same else '!='} {b}")
    print(f"total {passed}/{total}")


if __name__ == "__main__":
    main()
