"""Score r-dates36: PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints ok/total.

A case is right when the first mention holding ``mention`` has the expected value AND the
expected tense (strict: an empty tense counts as wrong)."""
import json
import sys
from datetime import date
from pathlib import Path

from veille.enrich.dates import find_dates

cases = json.loads(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "cases.json")
                   .read_text())
ok = 0
lenient = 0
for c in cases:
    found = [d for d in find_dates(c["text"], date.fromisoformat(c["published"]))
             if c["mention"] in d.text]
    got = (found[0].value, found[0].tense) if found else None
    good = got == (c["value"], c["tense"])
    ok += good
    lenient += got is not None and got[0] == c["value"] and got[1] in (c["tense"], "")
    print(c["id"], "ok" if good else "WRONG", got, "want", (c["value"], c["tense"]))
print(f"lenient (empty tense allowed, as h-dates36 scores): {lenient}/{len(cases)}")
print(f"{ok}/{len(cases)}")
sys.exit(0)
