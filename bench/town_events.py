#!/usr/bin/env python3
"""Bench one town's separate events and one event told twice (h-stories65, issue 14).

Pairs of ``bench/lib/town_events_l65.py`` (held out: written before the fix was designed),
each fed alone into a fresh real store, one record per ingest (as ``veille ingest`` of one
JSON record a file), then each town's articles fed together in date order (a stream: the
pairs scored inside it). Prints, per mode, should-join pairs joined and should-not-join pairs
kept apart, and every pair it gets wrong.

Set b (``bench/lib/town_events_b_l65.py``) was written after the fix and scored once.

Usage: ``PYTHONPATH=src:tests .venv/bin/python bench/town_events.py [--set a|b]
[--stream-only]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from lib.town_events_b_l65 import PAIRS_B  # noqa: E402
from lib.town_events_l65 import PAIRS, Item, Pair  # noqa: E402

from story_records_kit import stories_of  # noqa: E402


def _score(verdicts: list[tuple[str, str, bool]], mode: str) -> None:
    joins = [v for v in verdicts if v[1] == "join"]
    aparts = [v for v in verdicts if v[1] == "apart"]
    good_j = sum(1 for v in joins if v[2])
    good_a = sum(1 for v in aparts if not v[2])
    print(f"{mode}: joined {good_j}/{len(joins)}, kept apart {good_a}/{len(aparts)}, "
          f"all {good_j + good_a}/{len(verdicts)}")
    for name, label, joined in verdicts:
        if joined != (label == "join"):
            print(f"  wrong: {name} ({label}, {'joined' if joined else 'apart'})")


def pairs_alone(pairs: list[Pair]) -> list[tuple[str, str, bool]]:
    out = []
    for name, label, one, two in pairs:
        with tempfile.TemporaryDirectory() as tmp:
            a, b = stories_of(Path(tmp), [one, two])
        out.append((name, label, bool(a) and a == b))
    return out


def pairs_streamed(pairs: list[Pair]) -> list[tuple[str, str, bool]]:
    towns: dict[str, list[Item]] = {}
    for name, _, one, two in pairs:
        items = towns.setdefault(name.split()[0], [])
        items.extend(i for i in (one, two) if i not in items)
    story: dict[Item, str] = {}
    for items in towns.values():
        ordered = sorted(items, key=lambda i: i[2])
        with tempfile.TemporaryDirectory() as tmp:
            story.update(zip(ordered, stories_of(Path(tmp), ordered), strict=True))
    return [(name, label, bool(story[one]) and story[one] == story[two])
            for name, label, one, two in pairs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stream-only", action="store_true")
    parser.add_argument("--set", choices=("a", "b"), default="a",
                        help="a: the first held-out set (read while the causes were found); "
                             "b: the second, scored once")
    args = parser.parse_args()
    pairs = PAIRS if args.set == "a" else PAIRS_B
    if not args.stream_only:
        _score(pairs_alone(pairs), "pairs alone")
    _score(pairs_streamed(pairs), "towns streamed")


if __name__ == "__main__":
    main()
