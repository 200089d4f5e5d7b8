#!/usr/bin/env python3
"""Score a veille store holding articles.jsonl against gold.json (r-places34).

usage: python3 score.py DATA_DIR [--verbose]   (VEILLE=path of the veille command)

PLACES, FALSE PLACES, SEARCH and STREET ENTITIES are the f-places33 scorer's figures
(../f-places33/score.py, run on this set's gold.json); this script adds:
- QUOTES: the gold quote (by its start) is credited to the gold speaker by `veille quotes`.
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
                   if not unicodedata.combining(c)).casefold().strip()


gold = json.load(open(os.path.join(here, "gold.json"), encoding="utf-8"))
qs = [json.loads(x) for x in subprocess.run(
    [veille, "--data-dir", data, "quotes", "--json", "-n", "1000"],
    capture_output=True, text=True, check=False).stdout.splitlines() if x.strip()]
q_ok = q_all = 0
errors = []
for g in gold:
    for gq in g.get("quotes", []):
        q_all += 1
        m = [q for q in qs if norm(gq["start"]) in norm(q.get("text"))]
        who = m[0].get("speaker") if m else None
        if who and norm(gq["speaker"]) in norm(who):
            q_ok += 1
        else:
            errors.append(f"{g['id']} QUOTE {gq['start']!r}: veille {who!r}, gold {gq['speaker']!r}")
print(f"QUOTES: right speaker {q_ok}/{q_all}")
if verbose and errors:
    print("\n".join(errors))
sys.stdout.flush()
subprocess.run([sys.executable, os.path.join(here, "..", "f-places33", "score.py"), data,
                "--gold", os.path.join(here, "gold.json"), *sys.argv[2:]], check=False)
