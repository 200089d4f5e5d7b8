#!/usr/bin/env python3
"""How many matches does writing French text without accents lose, per index format?

Words: French news text (bench/analysis.py: demo/wikinews-fr, and when present
../shared corpora/wikinews-fr, extraction/fr, clustering/rpm2). For every accented word
``w`` and every word ``q`` of the same text that matches it as a query (same term after the
query's analysis), the pair counts as lost when ``q`` no longer matches ``w`` written without
accents (``fold(w)``). Same analysis as the index, applied word by word in Python; no index.

Usage (from the repository root)::

    .venv/bin/python bench/unaccented.py
"""

from __future__ import annotations

import collections
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis import vocabulary  # noqa: E402

from veille.index.analysis import (  # noqa: E402
    FRENCH,
    FRENCH_FOLDED,
    fold,
    query_spelling,
    restored_words,
)

PRIMARY, FOLDED = FRENCH.build(), FRENCH_FOLDED.build()


def primary(word: str) -> set[str]:
    return set(PRIMARY.analyze(word))


def match_format6(query: str, word: str) -> bool:
    return bool(primary(query_spelling(query, FRENCH)) & primary(word))


def match_stream_only(query: str, word: str) -> bool:
    return match_format6(query, word) or bool(
        set(FOLDED.analyze(query)) & set(FOLDED.analyze(word)))


def match_restored_only(query: str, word: str) -> bool:
    restored = {t for r in restored_words(word, FRENCH) for t in PRIMARY.analyze(r)}
    return bool(primary(query_spelling(query, FRENCH)) & (primary(word) | restored))


def match_format7(query: str, word: str) -> bool:
    restored = {t for r in restored_words(word, FRENCH) for t in PRIMARY.analyze(r)}
    return (bool(primary(query_spelling(query, FRENCH)) & (primary(word) | restored))
            or bool(set(FOLDED.analyze(query)) & set(FOLDED.analyze(word))))


def main() -> int:
    words = [w for w in vocabulary() if w.isalpha()]
    by_term: dict[str, set[str]] = collections.defaultdict(set)
    for w in words:
        for term in primary(w) | primary(query_spelling(w, FRENCH)):
            by_term[term].add(w)
    accented = [w for w in words if not w.isascii()]
    schemes: list[tuple[str, Callable[[str, str], bool]]] = [
        ("format 6 (stemmed, then folded)", match_format6),
        ("+ accent-blind stream only", match_stream_only),
        ("format 7, bodies (accents put back only)", match_restored_only),
        ("format 7, titles (stream + accents put back)", match_format7)]
    print(f"{len(accented):,} accented words, {len(words):,} words\n")
    print("| index | matching pairs | lost without accents | share |")
    print("|---|---:|---:|---:|")
    for name, match in schemes:
        pairs = lost = 0
        for w in accented:
            queries = {q for t in primary(w) for q in by_term[t]}
            queries |= {fold(q) for q in queries}
            for q in queries:
                if match(q, w):
                    pairs += 1
                    lost += not match(q, fold(w))
        print(f"| {name} | {pairs:,} | {lost:,} | {lost / max(pairs, 1):.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
