#!/usr/bin/env python3
"""How many matches does writing French text without accents lose, per index format?

Words: French news text (bench/analysis.py: demo/wikinews-fr, and when present
../shared corpora/wikinews-fr, extraction/fr, clustering/rpm2). For every accented word
``w`` and every word ``q`` of the same text that matches it as a query (same term after the
query's analysis), the pair counts as lost when ``q`` no longer matches ``w`` written without
accents (``fold(w)``). Same analysis as the index, applied word by word in Python; no index.
A phrase needs its words at their positions, so the accents put back beside the text serve
it nothing: the "at its position" rows count what a word of a phrase matches.

Phrases, on a real tantivy index: ``--docs`` texts of the same corpora, each indexed as a
body three times (accented, without accents, in capitals without accents); from each,
``--phrases`` runs of 2 to 4 words holding an accented word, searched in quotes as written
and typed without accents. A phrase counts when it finds its accented text; it is lost in
a copy when it misses that copy. "before" is the phrase query of the index's own terms
(main before unaccented_terms), "after" each word's :func:`unaccented_terms` at its
position; the last columns count the *other* accented texts a phrase finds (a looser match
would find more) and the median time of a search, the first time its words are seen
(their terms computed) and again (kept by the index object, as in a long-lived server).

Usage (from the repository root)::

    .venv/bin/python bench/unaccented.py [--docs 1000] [--phrases 3]
"""

from __future__ import annotations

import argparse
import collections
import random
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis import texts, vocabulary  # noqa: E402

from veille.index.analysis import (  # noqa: E402
    FRENCH,
    FRENCH_FOLDED,
    WORD_RE,
    fold,
    query_spelling,
    restored_words,
    unaccented_terms,
)
from veille.index.base import IndexDoc  # noqa: E402
from veille.index.query import parse_query  # noqa: E402
from veille.index.tantivy_index import TantivyIndex  # noqa: E402

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


def match_position_before(query: str, word: str) -> bool:
    """A word of a phrase before: its own term at its position (the restored accents are
    elsewhere)."""
    return match_format6(query, word)


def match_position_after(query: str, word: str) -> bool:
    """A word of a phrase now: any of :func:`unaccented_terms` at its position."""
    return bool(unaccented_terms(query, FRENCH, PRIMARY, FOLDED) & primary(word))


def unaccented(text: str) -> str:
    """``text`` without diacritics, case kept (a wire, an OCR)."""
    text = text.replace("œ", "oe").replace("Œ", "OE")
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def phrase_bench(docs: int, per_doc: int) -> None:
    rng = random.Random(7)
    bodies = [t for t in texts() if len(t) > 300][:docs]
    cases: list[tuple[int, str]] = []
    for number, body in enumerate(bodies):
        found = list(WORD_RE.finditer(body))
        starts = [i for i in range(len(found) - 1) if not found[i].group().isascii()]
        for start in rng.sample(starts, min(per_doc, len(starts))):
            first = max(0, start - rng.randint(0, 1))
            last = min(len(found) - 1, first + rng.randint(1, 3))
            cases.append((number, body[found[first].start():found[last].end()]))
    when = datetime(2026, 11, 30, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        index = TantivyIndex(Path(tmp) / "index")
        index.add_docs([IndexDoc(id=f"{n}-{form}", title="", body=text, source="ex.fr",
                                 language="fr", date=when)
                        for n, body in enumerate(bodies)
                        for form, text in (("acc", body), ("bare", unaccented(body)),
                                           ("caps", unaccented(body).upper()))],
                       replace=False)
        index.commit()
        spellings = index.compiler.spellings
        print(f"\n{len(cases):,} phrases of 2 to 4 words from {len(bodies):,} texts, each "
              "text indexed as a body 3 times\n")
        print("| phrase typed | search | found in its text | lost without accents | "
              "lost in capitals | other texts found | median ms |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for typed, spell in (("as written", str), ("without accents", unaccented)):
            for name, scheme in (("before", None), ("after, terms computed", spellings),
                                 ("after, terms known", spellings)):
                index.compiler.spellings = scheme
                found_in = lost_bare = lost_caps = others = 0
                times = []
                for number, phrase in cases:
                    query = parse_query(f'"{spell(phrase)}"').node
                    start = time.perf_counter()
                    hits = index.search(query, limit=300).hits
                    times.append(time.perf_counter() - start)
                    got = {hit.doc.id for hit in hits}
                    if f"{number}-acc" not in got:
                        continue
                    found_in += 1
                    lost_bare += f"{number}-bare" not in got
                    lost_caps += f"{number}-caps" not in got
                    others += sum(1 for i in got if i.endswith("-acc")) - 1
                print(f"| {typed} | {name} | {found_in:,} | {lost_bare:,} "
                      f"({lost_bare / max(found_in, 1):.1%}) | {lost_caps:,} "
                      f"({lost_caps / max(found_in, 1):.1%}) | {others:,} | "
                      f"{statistics.median(times) * 1000:.2f} |")
        index.compiler.spellings = spellings
        index.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--phrases", type=int, default=3)
    args = parser.parse_args()
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
        ("format 7, titles (stream + accents put back)", match_format7),
        ("a word of a phrase at its position, before", match_position_before),
        ("a word of a phrase at its position, after (unaccented_terms)",
         match_position_after)]
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
    phrase_bench(args.docs, args.phrases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
