#!/usr/bin/env python3
"""Score veille on the f-quotes32 held-out set.

usage: python3 score.py VEILLE [--verbose]     (VEILLE: the CLI, e.g. /work/vbin-NAME)

Ingests articles.jsonl into a fresh data dir, enriches, exports, then prints:
- the t-enrich22 scorer's figures (``--strict``: quotes, speakers, entities, places);
- SPEAKER NAME: the quote's ``speaker`` equals the gold name (no title kept) and its
  ``speaker_id`` is set (what ``veille quotes --speaker NAME`` finds);
- SPLIT MENTIONS: spans of one article claimed by two entities (a place and a loc: twin);
- QUERIES: queries.json's place: searches (exactly the expected articles) and
  ``quotes --speaker`` calls (exit 0, the expected speakers), with each query's time.
"""
import json
import pathlib
import subprocess
import sys
import tempfile
import time
import unicodedata

here = pathlib.Path(__file__).parent
veille = sys.argv[1]
d = tempfile.mkdtemp(prefix="fq32-")
run = lambda *a: subprocess.run([veille, "--data-dir", d, *a], capture_output=True, text=True)
run("ingest", str(here / "articles.jsonl"))
run("enrich")
exp = pathlib.Path(d) / "export.jsonl"
exp.write_text(run("export", "--format", "jsonl").stdout, "utf-8")
subprocess.run([sys.executable, str(here.parent / "t-enrich22" / "score.py"), str(exp),
                str(here / "gold.json"), "--strict", *[a for a in sys.argv[2:] if a == "--verbose"]])


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s or "")
                   if not unicodedata.combining(c)).casefold().replace("\u2019", "'").strip()


gold = {g["url"]: g for g in json.loads((here / "gold.json").read_text("utf-8"))}
ids = {}
ok = tot = split = 0
errors = []
for line in exp.read_text("utf-8").splitlines():
    rec = json.loads(line)
    url = rec.get("url") or rec.get("content", {}).get("url")
    g = gold.get(url)
    if g is None:
        continue
    ids[url] = g["id"]
    e = rec.get("enrichment") or {}
    for gq in g["quotes"]:
        q = next((q for q in e.get("quotes") or [] if norm(gq["snippet"]) in norm(q.get("text"))), None)
        tot += 1
        if q and any(norm(q.get("speaker")) == norm(s) for s in gq["speakers"]) and q.get("speaker_id"):
            ok += 1
        else:
            errors.append(f"{g['id']} SPEAKER NAME {gq['snippet']!r}: veille "
                          f"{q and (q.get('speaker'), q.get('speaker_id'))}, gold {gq['speakers']}")
    seen = {}
    for x in e.get("entities") or []:
        for m in x.get("mentions") or []:
            key = (m[0], m[1])
            if key in seen and seen[key] != x["id"]:
                split += 1
                errors.append(f"{g['id']} SPLIT {m[2]!r}: {seen[key]} and {x['id']}")
            seen.setdefault(key, x["id"])
print(f"SPEAKER NAME (exact, with entity): {ok}/{tot}")
print(f"SPLIT MENTIONS (lower is better): {split}")
qok = 0
Q = json.loads((here / "queries.json").read_text("utf-8"))
for kind, arg, want in Q:
    t0 = time.monotonic()
    if kind == "place":
        r = run("search", "--json", "-n", "50", f'place:"{arg}"')
        try:
            got = sorted(ids.get(h.get("url"), h.get("url")) for h in json.loads(r.stdout)["hits"])
        except (ValueError, KeyError):
            got = [f"error {r.returncode}: {r.stderr.strip()[:120]}"]
        good = got == sorted(want)
    else:
        r = run("quotes", "--speaker", arg, "--json")
        got = [json.loads(x).get("speaker") for x in r.stdout.splitlines() if x.strip()]
        good = r.returncode == 0 and sorted(map(norm, got)) == sorted(map(norm, want))
        if r.returncode:
            got = [f"error {r.returncode}: {r.stderr.strip()[:160]}"]
    dt = time.monotonic() - t0
    qok += good
    print(f"  {'ok ' if good else 'BAD'} {kind} {arg!r}: {got} ({dt:.1f} s)")
print(f"QUERIES: {qok}/{len(Q)} right")
print("\n".join(errors))
