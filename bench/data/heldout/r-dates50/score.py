"""Score r-dates50: PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints ok/total.

Strict: the first mention whose text holds ``mention`` must have the expected ``value`` AND
``tense`` (an empty tense is wrong), and, when the case gives them, the expected
``granularity``, ``until`` (a range's last day) and a ``sentence`` holding the given text.
A case with ``"none": true`` is right when no mention holds ``mention`` (not a date)."""
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
    if c.get("none"):
        good = not found
        got: object = [d.text for d in found]
        want: object = []
    else:
        d = found[0] if found else None
        got = None if d is None else (d.value, d.tense, d.granularity, d.until, d.sentence)
        want = (c["value"], c["tense"], c.get("granularity"), c.get("until"), c.get("sentence"))
        good = d is not None and (d.value, d.tense) == (c["value"], c["tense"]) and \
            ("granularity" not in c or d.granularity == c["granularity"]) and \
            ("until" not in c or d.until == c["until"]) and \
            ("sentence" not in c or c["sentence"] in d.sentence)
    ok += good
    per[c["kind"]] += good
    total[c["kind"]] += 1
    print(c["id"], c["lang"], "ok" if good else "WRONG", got, "want", want)
print("by kind:", ", ".join(f"{k} {per[k]}/{total[k]}" for k in sorted(total)))
print(f"{ok}/{len(cases)}")
