#!/usr/bin/env python3
"""Score a veille store holding articles.jsonl against gold.json (r-places35).

usage: python3 score.py DATA_DIR [--verbose]   (VEILLE=path of the veille command)

PLACES, FALSE PLACES, SEARCH and STREET ENTITIES are the f-places33 scorer's figures
(../f-places33/score.py, run on this set's gold.json); this script adds:
- CITY-OF-STREET ENTITIES: a city a street is named after ("rue de Nantes" -> Nantes, gold
  not_entities) stored as an entity of the article.
- LOOSE FALSE PLACES: a stored place whose name or mentioned_as is inside a gold non-place
  surface, or the reverse ("St Andrew's" -> St Andrews, "Loop" -> Chicago Loop).
"""
import json
import os
import subprocess
import sys
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))
veille = os.environ.get("VEILLE", "veille")
data = sys.argv[1]
verbose = "--verbose" in sys.argv


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s or "")
                   if not unicodedata.combining(c)).casefold().replace("’", "'").strip()


subprocess.run([sys.executable, os.path.join(here, "..", "f-places33", "score.py"), data,
                "--gold", os.path.join(here, "gold.json"), *sys.argv[2:]], check=False)
gold = {g["url"]: g for g in json.load(open(os.path.join(here, "gold.json"), encoding="utf-8"))}
out = subprocess.run([veille, "--data-dir", data, "export", "--format", "jsonl"],
                     capture_output=True, text=True, check=False).stdout
bad_e = all_e = bad_p = all_p = 0
errors = []
for line in out.splitlines():
    rec = json.loads(line)
    g = gold.get(rec.get("url") or rec.get("content", {}).get("url"))
    if g is None:
        continue
    e = rec.get("enrichment") or {}
    names = {norm(x.get("name")): x for x in e.get("entities") or []}
    for city in g["not_entities"]:
        all_e += 1
        if norm(city) in names:
            bad_e += 1
            errors.append(f"{g['id']} CITY OF A STREET AS ENTITY {city!r}: "
                          f"{names[norm(city)].get('label')}")
    for bad in g["not_places"]:
        all_p += 1
        for p in e.get("places") or []:
            got = {norm(p.get("name")), norm(p.get("mentioned_as"))} - {""}
            if any(x in norm(bad) or norm(bad) in x for x in got):
                bad_p += 1
                errors.append(f"{g['id']} LOOSE FALSE PLACE {bad!r}: {p.get('mentioned_as')!r} -> "
                              f"{p.get('name')} {p.get('country')} {p.get('id')}")
                break
print(f"CITY-OF-STREET ENTITIES: {bad_e} of {all_e}")
print(f"LOOSE FALSE PLACES: {bad_p} of {all_p}")
if verbose:
    print("\n".join(errors))
