#!/usr/bin/env python3
"""Score veille's entity kinds, ministry ids and body speakers on the h-kinds37 set.

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports, and prints checks
right R/N by kind and the number of false answers.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent


def main() -> None:
    cli = sys.argv[1]
    verbose = "--verbose" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        def run(*a):
            return subprocess.run([cli, "--data-dir", d, *a], check=True,
                                  capture_output=True, text=True).stdout
        run("ingest", str(HERE / "articles.jsonl"))
        run("enrich")
        out = run("export", "--format", "jsonl")
    recs = {}
    for line in out.splitlines():
        r = json.loads(line)
        recs[r.get("url") or r.get("content", {}).get("url")] = r
    by_kind: dict[str, list[int]] = {}
    right = total = false = 0
    for g in gold:
        enr = (recs.get(g["url"]) or {}).get("enrichment") or {}
        ments = [(m[2], e["label"], e["id"]) for e in enr.get("entities", []) for m in e["mentions"]]
        quotes = enr.get("quotes", [])

        def ids(surface):
            return {i for t, _, i in ments if t.casefold() == surface.casefold()}
        for check in g["checks"]:
            kind = check[0]
            ok, got = False, None
            if kind == "ent":
                got = sorted({lab for t, lab, _ in ments if t == check[1]}) or ["NONE"]
                ok = all(lab in check[2] for lab in got)
            elif kind == "sameid":
                got = (sorted(ids(check[1])), sorted(ids(check[2])))
                ok = len(got[0]) == 1 and got[0] == got[1]
            elif kind == "notid":
                got = sorted(ids(check[1]))
                ok = check[2] not in got
            elif kind == "spkent":
                hit = next((q for q in quotes if check[1] in q.get("text", "")), None)
                got = "MISSED" if hit is None else (hit.get("speaker"), hit.get("speaker_id"))
                ok = hit is not None and bool(hit.get("speaker_id")) and \
                    hit.get("speaker_id") in ids(check[2])
            total += 1
            right += ok
            false += (not ok) and got != "MISSED"
            k = by_kind.setdefault(kind, [0, 0])
            k[0] += ok
            k[1] += 1
            if verbose and not ok:
                print(f"WRONG {g['url'].rsplit('/', 1)[1]} {check[:3]}: got {got!r}")
    for k, (r, n) in sorted(by_kind.items()):
        print(f"  {k:8} {r}/{n}")
    print(f"checks right {right}/{total} = {right / total:.3f}; false answers {false}")


if __name__ == "__main__":
    main()
