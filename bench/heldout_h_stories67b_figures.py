"""Held-out check of h-stories67b (t-final67 F7): one event's toll written in words in one
language and in digits (or words) in another must be one figure for the link between
stories in other languages (:func:`veille.dedup.other_languages.figures`); two events'
different numbers must share none. Run:
``PYTHONPATH=src .venv/bin/python bench/heldout_h_stories67b_figures.py``."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from veille.dedup.other_languages import figures


def _figures(text: str, language: str) -> dict[str, float]:
    if "language" in inspect.signature(figures).parameters:  # base: no language
        return figures(text, language)
    return figures(text)


DATA = Path(__file__).parent / "data" / "heldout" / "h-stories67b" / "figures.json"


def main() -> None:
    cases = json.loads(DATA.read_text(encoding="utf-8"))
    found = 0
    for case in cases["same_event"]:
        a, b = _figures(case["a"], case["la"]), _figures(case["b"], case["lb"])
        ok = case["toll"] in a and case["toll"] in b
        found += ok
        print(f"{'ok ' if ok else 'MISS'} {case['name']}: {sorted(a)} / {sorted(b)}")
    false = 0
    for case in cases["different"]:
        a, b = _figures(case["a"], case["la"]), _figures(case["b"], case["lb"])
        shared = sorted(a.keys() & b.keys())
        false += bool(shared)
        print(f"{'FALSE' if shared else 'ok   '} {case['name']}: shared {shared}")
    print(f"same event, toll shared: {found}/{len(cases['same_event'])}; "
          f"different events sharing a figure: {false}/{len(cases['different'])}")


if __name__ == "__main__":
    main()
