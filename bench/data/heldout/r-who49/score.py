#!/usr/bin/env python3
"""Score veille's entity kinds, spans, speakers and name search on the r-who49 set.

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; serves the store on a
free 127.0.0.1 port for the web page /entities?name= and the API /api/v1/entities?name=.
Prints checks right R/N by kind and the number of false answers.
Checks: ent (every mention with exactly this text has one of the allowed labels; NONE = no
entity), spknot (the quote's speaker is not the entity of that surface), name (the first
entity listed for this name by the CLI, the web page and the API is one of the ids).
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_store import served_store  # noqa: E402


def first_ids(cli: str, d: str, name: str) -> dict[str, str | None]:
    out = subprocess.run([cli, "--data-dir", d, "entities", "--name", name, "--json"],
                         capture_output=True, text=True).stdout.splitlines()
    got: dict[str, str | None] = {"cli": json.loads(out[0])["id"] if out else None}
    with served_store(cli, d) as base:
        q = urllib.parse.quote(name)
        api = json.load(urllib.request.urlopen(f"{base}/api/v1/entities?name={q}", timeout=30))
        got["api"] = api["entities"][0]["id"] if api["entities"] else None
        html = urllib.request.urlopen(f"{base}/entities?name={q}", timeout=30).read().decode()
        m = re.search(r'class="title" href="/(?:entities|places)/([^"]+)"', html)
        got["web"] = urllib.parse.unquote(m.group(1)) if m else None
    return got


def main() -> None:
    cli = sys.argv[1]
    verbose = "--verbose" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    named: dict[str, dict[str, str | None]] = {}
    with tempfile.TemporaryDirectory() as d:
        def run(*a):
            return subprocess.run([cli, "--data-dir", d, *a], check=True,
                                  capture_output=True, text=True).stdout
        run("ingest", str(HERE / "articles.jsonl"))
        run("enrich")
        out = run("export", "--format", "jsonl")
        for g in gold:
            for check in g["checks"]:
                if check[0] == "name":
                    named[check[1]] = first_ids(cli, d, check[1])
    recs = {}
    for line in out.splitlines():
        r = json.loads(line)
        recs[r.get("url") or r.get("content", {}).get("url")] = r
    by_kind: dict[str, list[int]] = {}
    right = total = false = 0

    def score(kind, ok, got, what):
        nonlocal right, total, false
        total += 1
        right += ok
        false += (not ok) and got != "MISSED"
        k = by_kind.setdefault(kind, [0, 0])
        k[0] += ok
        k[1] += 1
        if verbose and not ok:
            print(f"WRONG {what}: got {got!r}")
    for g in gold:
        enr = (recs.get(g["url"]) or {}).get("enrichment") or {}
        ments = [(m[2], e["label"], e["id"]) for e in enr.get("entities", []) for m in e["mentions"]]
        quotes = enr.get("quotes", [])
        slug = g["url"].rsplit("/", 1)[1]
        for check in g["checks"]:
            kind = check[0]
            if kind == "ent":
                got = sorted({lab for t, lab, _ in ments if t == check[1]}) or ["NONE"]
                score(kind, all(lab in check[2] for lab in got), got, f"{slug} {check}")
            elif kind == "spknot":
                hit = next((q for q in quotes if check[1] in q.get("text", "")), None)
                bad = {i for t, _, i in ments if check[2] in t}
                got = "MISSED" if hit is None else (hit.get("speaker"), hit.get("speaker_id"))
                ok = hit is None or (hit.get("speaker_id") not in bad
                                     and check[2] not in (hit.get("speaker") or ""))
                score(kind, ok, got if not ok else None, f"{slug} {check}")
            elif kind == "name":
                for where, got in named[check[1]].items():
                    score(f"name-{where}", got in check[2], got, f"{slug} {check} {where}")
    for k, (r, n) in sorted(by_kind.items()):
        print(f"  {k:10} {r}/{n}")
    print(f"checks right {right}/{total} = {right / total:.3f}; false answers {false}")


if __name__ == "__main__":
    main()
