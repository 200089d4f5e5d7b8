"""Score h-dates36: run with PYTHONPATH=<worktree>/src python score.py. Prints ok/total."""
import json
import sys
from datetime import date
from pathlib import Path

from veille.enrich.dates import find_dates

cases = json.loads((Path(__file__).parent / "cases.json").read_text())
ok = 0
for c in cases:
    found = [d for d in find_dates(c["text"], date.fromisoformat(c["published"]))
             if c["mention"] in d.text]
    got = (found[0].value, found[0].tense) if found else None
    good = got is not None and got[0] == c["value"] and got[1] in (c["tense"], "")
    ok += good
    print(c["id"], "ok" if good else "WRONG", got, "want", (c["value"], c["tense"]))
print(f"{ok}/{len(cases)}")
sys.exit(0)
