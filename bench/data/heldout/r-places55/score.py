#!/usr/bin/env python3
"""Score the r-places55 held-out set (regions abroad in ``place:``, labels in the page's
language, entity spans, "la cité de X").

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports, serves the store for the
English /places page; prints checks right R/N by kind, the total and the false answers.
Checks of bench/lib/entity_checks.py and h-t49b's "place"/"noplace", and this set's own:

- ``["nospk", snippet]``: no quote holds ``snippet``, or the one that does has no speaker;
- ``["entname", mention, name]``: the entity of the mention ``mention`` is named ``name``;
- ``["label", lang, name]``: ``/places?lang=LANG`` shows ``name`` as a place's label;
- ``["query", query, found]``: ``veille search --json QUERY`` returns the article (``found``
  true) or does not (false).
"""
import html
import json
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import fold, peer_judge  # noqa: E402
from lib.served_store import served_store  # noqa: E402

PEER = peer_judge(HERE)


def judge(check, enrichment, pages, found=()):
    kind = check[0]
    if kind == "query":
        return found == check[2], found
    if kind == "nospk":
        hits = [q for q in enrichment.get("quotes", []) if fold(check[1]) in fold(q.get("text"))]
        bad = [q.get("speaker") for q in hits if q.get("speaker")]
        return not bad, bad
    if kind == "entname":
        names = sorted({e.get("name") for e in enrichment.get("entities", [])
                        for m in e["mentions"] if m[2] == check[1]})
        return names == [check[2]], names
    if kind == "label":
        return f">{check[2]}<" in pages.get(check[1], ""), "not shown"
    return PEER(check, enrichment, [], {})


def main() -> None:
    cli, verbose = sys.argv[1], "--verbose" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        def run(*args: str) -> str:
            return subprocess.run([cli, "--data-dir", d, *args], check=True,
                                  capture_output=True, text=True).stdout
        run("ingest", str(HERE / "articles.jsonl"))
        run("enrich")
        records = {}
        for line in run("export", "--format", "jsonl").splitlines():
            rec = json.loads(line)
            records[rec.get("url") or rec.get("content", {}).get("url")] = rec
        queries = {c[1] for g in gold for c in g["checks"] if c[0] == "query"}
        hits = {}
        for q in queries:
            out = subprocess.run([cli, "--data-dir", d, "search", "--json", "-n", "100", q],
                                 capture_output=True, text=True).stdout
            hits[q] = {h.get("url") for h in (json.loads(out).get("hits", []) if out else [])}
        langs = {c[1] for g in gold for c in g["checks"] if c[0] == "label"}
        pages = {}
        with served_store(cli, d) as base:
            for lang in langs:
                with urllib.request.urlopen(f"{base}/places?lang={lang}", timeout=30) as r:
                    pages[lang] = html.unescape(r.read().decode())
    tally, right, total, false = {}, 0, 0, 0
    for g in gold:
        enrichment = (records.get(g["url"]) or {}).get("enrichment") or {}
        for check in g["checks"]:
            found = check[0] == "query" and g["url"] in hits[check[1]]
            ok, got = judge(check, enrichment, pages, found)
            total, right = total + 1, right + ok
            false += (not ok) and got not in ("MISSED", None, "not shown", False)
            t = tally.setdefault(check[0], [0, 0])
            t[0] += ok
            t[1] += 1
            if verbose and not ok:
                print(f"WRONG {g['url'].rsplit('/', 1)[1]} {check}: got {got!r}")
    for kind, (r, n) in sorted(tally.items()):
        print(f"  {kind:8} {r}/{n}")
    print(f"checks right {right}/{total} = {right / total:.3f}; false answers {false}")


if __name__ == "__main__":
    main()
