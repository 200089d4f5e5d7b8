#!/usr/bin/env python3
"""What reading a plural as its singular (``index/data/french_plurals.txt``) merges, on
the words of real French news: every pair of words the rule gives one term that Snowball
French alone kept apart, to read for false merges.

Corpora: demo/wikinews-fr (in the repository) and, when present, ``../shared/data``'s
clustering/rpm2 (GPL-3.0: read in place). For each corpus: how many word types and
occurrences the rule reads as a singular, and each such plural with the words of the
corpus it now meets (``élus → élu, élue, élues``), most frequent first.

Usage: ``PYTHONPATH=src .venv/bin/python bench/french_plurals.py [--all]``
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(REPO)

from veille.index.analysis import FRENCH, WORD_RE, singular_of  # noqa: E402

SHARED = Path(os.environ.get("VEILLE_SHARED_DIR", REPO.parent / "shared")) / "data"


def demo() -> Iterator[str]:
    for line in (REPO / "demo/wikinews-fr/articles.jsonl").read_text().splitlines():
        record = json.loads(line)
        yield f"{record.get('title', '')}\n{record.get('text', '')}"


def rpm2() -> Iterator[str]:
    for path in sorted((SHARED / "clustering/rpm2/documents").glob("*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")


def merges(texts: Iterator[str]) -> tuple[collections.Counter[str], dict[str, list[str]]]:
    """``(word counts, plural → the words it now meets)``."""
    counts: collections.Counter[str] = collections.Counter()
    for text in texts:
        counts.update(w.lower() for w in WORD_RE.findall(text))
    analyzer = FRENCH.build()
    term = {w: (analyzer.analyze(w) or [""])[0] for w in counts}
    by_term: dict[str, list[str]] = collections.defaultdict(list)
    for word, t in term.items():
        by_term[t].append(word)
    out: dict[str, list[str]] = {}
    for word in counts:
        single = singular_of(word)
        if single is None:
            continue
        new = (analyzer.analyze(single) or [""])[0]
        met = [w for w in by_term.get(new, ()) if term[w] != term[word]]
        out[word] = sorted(met, key=lambda w: -counts[w])
    return counts, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="list every plural, not 40")
    args = parser.parse_args()
    corpora = {"demo/wikinews-fr": demo}
    if (SHARED / "clustering/rpm2/documents").is_dir():
        corpora["rpm2"] = rpm2
    for name, read in corpora.items():
        counts, found = merges(read())
        occurrences = sum(counts[w] for w in found)
        meeting = {w: m for w, m in found.items() if m}
        print(f"## {name}: {len(counts)} word types, {sum(counts.values())} words")
        print(f"plurals read as their singular: {len(found)} types, {occurrences} words; "
              f"{len(meeting)} meet another word of the corpus, "
              f"{sum(len(m) for m in meeting.values())} pairs")
        ranked = sorted(meeting, key=lambda w: -counts[w])
        for word in ranked if args.all else ranked[:40]:
            print(f"  {word} ({counts[word]}) → {', '.join(meeting[word])}")
        print()


if __name__ == "__main__":
    main()
