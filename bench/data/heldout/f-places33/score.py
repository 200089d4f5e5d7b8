#!/usr/bin/env python3
"""Score a veille store holding articles.jsonl against gold.json (f-places33).

usage: python3 score.py DATA_DIR [--verbose] [--gold GOLD.json]   (VEILLE=path of the veille
command). --gold scores another set's gold file (later held-out sets call this scorer so).

Figures:
- PLACES: right / wrong / missed over the gold places, read from `veille export`. A place is
  found when a stored place's mentioned_as, name or also_mentioned_as (a field added by
  the branch, absent before: the base run is unaffected) is the surface; it is right when its
  INSEE (French commune), else its country, and the gold id when one is given, match.
- FALSE PLACES: gold not_places surfaces that come out as places.
- STREET ENTITIES: gold street surfaces (or their name part) stored as an entity.
- SEARCH: `veille search place:"SURFACE"` returns the article, over the gold places.
"""
import json
import os
import subprocess
import sys
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))
veille = os.environ.get("VEILLE", "veille")


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s or "")
                   if not unicodedata.combining(c)).casefold().strip()


def run(*a):
    return subprocess.run([veille, "--data-dir", data, *a], capture_output=True, text=True,
                          check=False).stdout


data = sys.argv[1]
verbose = "--verbose" in sys.argv
gold_path = (sys.argv[sys.argv.index("--gold") + 1] if "--gold" in sys.argv
             else os.path.join(here, "gold.json"))
gold = {g["url"]: g for g in json.load(open(gold_path, encoding="utf-8"))}
right = wrong = missed = false = nots = streets = street_bad = s_ok = s_all = 0
errors = []
for line in run("export", "--format", "jsonl").splitlines():
    rec = json.loads(line)
    g = gold.get(rec.get("url") or rec.get("content", {}).get("url"))
    if g is None:
        continue
    e = rec.get("enrichment") or {}
    places = e.get("places") or []
    ents = e.get("entities") or []
    for gp in g["places"]:
        m = [p for p in places
             if norm(gp["surface"]) in (norm(p.get("mentioned_as")), norm(p.get("name")),
                                        *map(norm, p.get("also_mentioned_as") or []))]
        if not m:
            missed += 1
            errors.append(f"{g['id']} PLACE MISSED {gp['surface']}")
        else:
            p = m[0]
            ok = (p.get("insee") == gp["insee"]) if gp["insee"] else p.get("country") == gp["country"]
            ok = ok and (not gp["id"] or p.get("id") == gp["id"])
            right += ok
            wrong += not ok
            if not ok:
                errors.append(f"{g['id']} PLACE WRONG {gp['surface']}: veille {p.get('name')} "
                              f"{p.get('country')} {p.get('insee')} {p.get('id')}, gold "
                              f"{gp['insee'] or gp['country']} {gp['id'] or ''}")
        s_all += 1
        hits = run("search", "--json", "-n", "100", f'place:"{gp["surface"]}"')
        try:
            urls = {r.get("url") for r in json.loads(hits).get("hits", [])}
        except ValueError:
            urls = set()
        if g["url"] in urls:
            s_ok += 1
        else:
            errors.append(f"{g['id']} SEARCH place:\"{gp['surface']}\" misses the article")
    for bad in g["not_places"]:
        nots += 1
        m = [p for p in places if norm(bad) in (norm(p.get("mentioned_as")), norm(p.get("name")))]
        if m:
            false += 1
            errors.append(f"{g['id']} FALSE PLACE {bad!r}: veille {m[0].get('mentioned_as')!r} "
                          f"-> {m[0].get('name')} {m[0].get('country')} {m[0].get('id')}")
    for st in g["streets"]:
        streets += 1
        m = [x for x in ents if norm(x["name"]) == norm(st)]
        if m:
            street_bad += 1
            errors.append(f"{g['id']} STREET AS ENTITY {st!r}: {m[0]['label']}")
print(f"PLACES: right {right}, wrong {wrong}, missed {missed} of {right + wrong + missed}; "
      f"FALSE PLACES {false} of {nots}")
print(f"SEARCH place: finds the article {s_ok}/{s_all}")
print(f"STREET ENTITIES: {street_bad} of {streets} street surfaces stored as entities")
if verbose:
    print("\n".join(errors))
