#!/usr/bin/env python3
"""False entities of the f-speakers25 set: usage `python3 check_entities.py export.jsonl [gold.json]`.

Prints every PER/ORG/MISC entity whose name (or a mention) contains a gold article's
`forbidden_entities` string (case-insensitive), and the count.
"""
import json
import pathlib
import sys

gold = json.loads(pathlib.Path(sys.argv[2] if len(sys.argv) > 2
                               else pathlib.Path(__file__).parent / "gold.json").read_text(encoding="utf-8"))
recs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    recs[r.get("url") or r.get("content", {}).get("url")] = r
bad = 0
for g in gold:
    ents = ((recs.get(g["url"]) or {}).get("enrichment") or {}).get("entities", [])
    for f in g.get("forbidden_entities", []):
        for x in ents:
            names = [x["name"]] + [m[2] for m in x.get("mentions", [])]
            if any(n.lower() == f.lower() or (" " in f and f.lower() in n.lower()) for n in names):
                bad += 1
                print(f"{g['id']} FALSE ENTITY {x['label']} {x['name']!r} (forbidden {f!r})")
print(f"false entities: {bad}")
