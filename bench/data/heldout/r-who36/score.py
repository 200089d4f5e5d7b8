#!/usr/bin/env python3
"""Score veille's entity types and quote speakers on the r-who36 held-out set.

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports, runs `quotes`, and
prints checks right R/N (by kind) and the number of false answers (a wrong entity type,
a span past the name, a wrong speaker or a speaker where there is none, a missing alias
or a match inside a word).
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = pathlib.Path(__file__).parent


def fold(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]", " ", s)).strip()


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
        qlines = run("quotes", "-n", "200").splitlines()
        named = {}
        for g in gold:
            for check in g["checks"]:
                if check[0] in ("alias", "notname"):
                    done = subprocess.run([cli, "--data-dir", d, "entities", "--name", check[1],
                                           "-n", "50"], check=True, capture_output=True, text=True)
                    named[check[1]] = done.stdout + done.stderr
    recs = {}
    for line in out.splitlines():
        r = json.loads(line)
        recs[r.get("url") or r.get("content", {}).get("url")] = r
    by_kind: dict[str, list[int]] = {}
    right = total = false = 0
    for g in gold:
        enr = (recs.get(g["url"]) or {}).get("enrichment") or {}
        mentions = [(m[2], e["label"]) for e in enr.get("entities", []) for m in e["mentions"]]
        quotes = enr.get("quotes", [])
        for check in g["checks"]:
            kind = check[0]
            ok, got = False, None
            if kind == "ent":
                surface, allowed = check[1], check[2]
                labels = sorted({lab for text, lab in mentions if text == surface})
                got = labels or ["NONE"]
                ok = all(lab in allowed for lab in got)
            elif kind == "noent":
                got = [text for text, _ in mentions if check[1] in text]
                ok = not got
            elif kind == "spk":
                hit = next((q for q in quotes if fold(check[1]) in fold(q.get("text"))), None)
                got = "MISSED" if hit is None else hit.get("speaker")
                if hit is not None:
                    ok = any((a is None and not got) or (a is not None and got and fold(a) == fold(got))
                             for a in check[2])
            elif kind == "qline":
                line = next((x for x in qlines if fold(check[2]) in fold(x) or f" {check[1]} [" in x
                             or f"  {check[1]} [" in x), None)
                got = line
                ok = line is not None and f"{check[2]} [" in line
            elif kind == "alias":
                got = named[check[1]].strip()
                ok = check[2] in got
            elif kind == "notname":
                got = named[check[1]].strip()
                ok = check[2] not in got or "substring" in got.lower()
            total += 1
            right += ok
            false += (not ok) and got not in ("MISSED", None)
            k = by_kind.setdefault(kind, [0, 0])
            k[0] += ok
            k[1] += 1
            if verbose and not ok:
                print(f"WRONG {g['url'].rsplit('/', 1)[1]} {check[:2]}: got {got!r}")
    for k, (r, n) in sorted(by_kind.items()):
        print(f"  {k:8} {r}/{n}")
    print(f"checks right {right}/{total} = {right / total:.3f}; false answers {false}")


if __name__ == "__main__":
    main()
