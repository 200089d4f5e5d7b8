#!/usr/bin/env python3
"""Score veille's speakers on the h-quotes53 held-out set.

usage: PYTHONPATH=src python3 bench/data/heldout/h-quotes53/score.py
Runs ``veille.enrich.quotes.find_quotes`` on each case of ``cases.json`` and prints one
line per case: OK when one quote is found and its speaker is one of the gold names
(exact, after whitespace folding), else the speaker veille gave; then the total.
"""

from __future__ import annotations

import json
from pathlib import Path

from veille.enrich.quotes import find_quotes

HERE = Path(__file__).resolve().parent


def main() -> None:
    cases = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    right = 0
    for case in cases:
        quotes = find_quotes(case["text"])
        got = quotes[-1].speaker if quotes else None
        ok = got is not None and " ".join(got.split()) in case["speaker"]
        right += ok
        print(f"{case['id']:5} {case['kind']:28} {'OK ' if ok else 'BAD'} got={got!r}"
              f" gold={case['speaker'][0]!r}")
    print(f"TOTAL speakers right {right}/{len(cases)}")


if __name__ == "__main__":
    main()
