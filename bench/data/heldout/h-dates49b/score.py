"""Score h-dates49b: PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints ok/total.

A case is right when the first mention holding ``mention`` has the expected value AND the
expected tense (strict: an empty tense counts as wrong). The article's language is passed
to ``find_dates`` when it takes one (the unchanged tree's does not)."""
import inspect
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from veille.enrich.dates import find_dates

cases = json.loads(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "cases.json")
                   .read_text())
takes_language = "language" in inspect.signature(find_dates).parameters
ok = 0
per: Counter[str] = Counter()
total: Counter[str] = Counter()
for c in cases:
    extra = {"language": c["lang"]} if takes_language else {}
    found = [d for d in find_dates(c["text"], date.fromisoformat(c["published"]), **extra)
             if c["mention"] in d.text]
    got = (found[0].value, found[0].tense) if found else None
    good = got == (c["value"], c["tense"])
    ok += good
    per[c["lang"]] += good
    total[c["lang"]] += 1
    print(c["id"], "ok" if good else "WRONG", got, "want", (c["value"], c["tense"]))
print("by language:", ", ".join(f"{k} {per[k]}/{total[k]}" for k in sorted(total)))
print(f"{ok}/{len(cases)}")
