#!/usr/bin/env python3
"""Score veille on r-stories54's held-out set (CC0, written for veille; README.md).

usage: python3 score.py VEILLE_CLI
For each order in cases.ORDERS, ingests the articles one `veille ingest` each into a fresh
data dir, reads the export and `veille stories --json`, and prints one line per check
(ok / FAIL) and the total.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import APART, CASES, ORDERS, SAME, TIED  # noqa: E402


def run(cli, data, *args):
    return subprocess.run([cli, "--data-dir", data, *args], text=True,
                          capture_output=True, check=True).stdout


def ingest(cli, tmp, name, order, by_key):
    data = os.path.join(tmp, name)
    for key in order:
        k, lang, source, url, published, title, paragraphs = by_key[key]
        path = os.path.join(tmp, f"{name}-{k}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": k, "title": title, "text": "\n\n".join(paragraphs),
                                "published": published, "source": source, "url": url,
                                "language": lang}, ensure_ascii=False) + "\n")
        run(cli, data, "ingest", path)
    return data


def main():
    cli = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="rs54-")
    by_key = {c[0]: c for c in CASES}
    by_url = {c[3]: c[0] for c in CASES}
    total = passed = 0
    firsts = {}

    def check(ok, line):
        nonlocal total, passed
        total += 1
        passed += bool(ok)
        print(f"{'ok  ' if ok else 'FAIL'} {line}")

    for name, order in ORDERS.items():
        data = ingest(cli, tmp, name, order, by_key)
        exported = [json.loads(x) for x in run(cli, data, "export").splitlines() if x.strip()]
        story = {}
        for r in exported:
            key = by_url.get((r.get("content") or {}).get("url") or r.get("url"))
            if key:
                story[key] = (r.get("dedup") or {}).get("story_id")
        for pairs, same in ((SAME, True), (APART, False)):
            for a, b in pairs:
                sa, sb = story.get(a), story.get(b)
                check(sa is not None and sb is not None and (sa == sb) == same,
                      f"{name}: {a} {'=' if same else '!='} {b}")
        listed = json.loads(run(cli, data, "stories", "-n", "100", "--json"))
        tied = next((s for s in listed if s["id"] == story.get(TIED[0])), None)
        outlets = {by_key[k][2] for k in TIED}
        got = {tied["first_source"], *tied["first_tied"]} if tied else set()
        check(got == outlets, f"{name}: first {tied and tied['first_source']!r} tied "
                              f"{tied and tied['first_tied']} = all of {sorted(outlets)}")
        firsts[name] = (tied or {}).get("first_source"), (tied or {}).get("title")
    check(len(set(firsts.values())) == 1,
          f"one first source and title in every order: {sorted(set(firsts.values()))}")
    print(f"total {passed}/{total}")


if __name__ == "__main__":
    main()
