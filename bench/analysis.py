#!/usr/bin/env python3
"""How often French inflections meet: the index's French analysis before and after.

Words come from French news text: demo/wikinews-fr (in the repository), and when present
``../shared/data``: corpora/wikinews-fr, clustering/rpm2 and extraction/fr. For each
regular paradigm (participles in -é/-ée/-és/-ées, -i/-ie/-is/-ies, -u/-ue/-us/-ues;
adjectives in -el/-elle, -if/-ive, -eux/-euse, -al/-aux, -ier/-ière, -er/-ère, -en/-enne;
plurals in -eau/-eaux), a base is kept when at least two of its forms occur in the text;
the table counts the bases whose forms all give one term ("generated": every form of the
paradigm, "seen": the forms that occur). Chains: the French chain of index format 3
(accents folded, then Snowball French), of format 4 (Snowball French, then folded) and of
format 17 (format 4, a plural of ``index/data/french_plurals.txt`` read as its singular).

It also counts the accented words whose unaccented spelling (a query typed without
accents) gets another term, before and after veille puts back the accents a query word
needs (``query_spelling``), and the terms of format 4 that join words format 3 kept apart
(with the most frequent examples, to read for over-merging).

Usage: ``.venv/bin/python bench/analysis.py [--examples 25]``
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(REPO)

from veille.index.analysis import (  # noqa: E402
    FRENCH,
    FRENCH_FOLD_FIRST,
    WORD_RE,
    Language,
    fold,
    query_spelling,
    singular_spelling,
)

SHARED = Path(os.environ.get("VEILLE_SHARED_DIR", REPO.parent / "shared")) / "data"
PARADIGMS = {
    "-é -ée -és -ées": ("é", "ée", "és", "ées"),
    "-i -ie -is -ies": ("i", "ie", "is", "ies"),
    "-u -ue -us -ues": ("u", "ue", "us", "ues"),
    "-el -elle -els -elles": ("el", "elle", "els", "elles"),
    "-if -ive -ifs -ives": ("if", "ive", "ifs", "ives"),
    "-eux -euse -euses": ("eux", "euse", "euses"),
    "-al -ale -aux -ales": ("al", "ale", "aux", "ales"),
    "-ier -ière -iers -ières": ("ier", "ière", "iers", "ières"),
    "-er -ère -ers -ères": ("er", "ère", "ers", "ères"),
    "-en -enne -ens -ennes": ("en", "enne", "ens", "ennes"),
    "-eau -eaux": ("eau", "eaux"),
}
MIN_BASE = 3


def texts() -> Iterator[str]:
    sources = [REPO / "demo" / "wikinews-fr" / "articles.jsonl",
               SHARED / "corpora" / "wikinews-fr" / "articles.jsonl",
               SHARED / "extraction" / "fr" / "gold.jsonl"]
    for path in sources:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                yield from (v for k, v in record.items()
                            if k in ("title", "text", "body") and isinstance(v, str))
    rpm2 = SHARED / "clustering" / "rpm2" / "documents"
    if rpm2.is_dir():
        for path in sorted(rpm2.rglob("*.txt")):
            yield path.read_text(encoding="utf-8-sig")


def vocabulary() -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    for text in texts():
        counts.update(w.lower() for w in WORD_RE.findall(text) if w.isalpha() and len(w) > 1)
    return counts


def term_of(lang: Language) -> Callable[[str], str]:
    analyzer = lang.build()
    memo: dict[str, str] = {}

    def term(word: str) -> str:
        if word not in memo:
            memo[word] = " ".join(analyzer.analyze(word))
        return memo[word]
    return term


def bases(vocab: collections.Counter[str], suffixes: tuple[str, ...]) -> list[str]:
    found = {w[:-len(s)] for w in vocab for s in suffixes
             if w.endswith(s) and len(w) - len(s) >= MIN_BASE}
    return sorted(b for b in found if sum(b + s in vocab for s in suffixes) >= 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=25)
    args = parser.parse_args()
    vocab = vocabulary()
    french = term_of(FRENCH)
    chains = {"format 3": term_of(FRENCH_FOLD_FIRST), "format 4": french,
              # a listed plural also indexed and searched as its singular (format 17)
              "format 17": lambda word: french(singular_spelling(word))}
    print(f"# bench/analysis.py: {len(vocab):,} distinct words, {sum(vocab.values()):,} "
          "running words of French news text\n")
    print("| paradigm | bases | " + " | ".join(f"{c}: generated / seen" for c in chains) + " |")
    print("|---|---:|" + "---:|" * len(chains))
    totals: collections.Counter[str] = collections.Counter()
    for name, suffixes in PARADIGMS.items():
        found = bases(vocab, suffixes)
        cells = []
        for chain, term in chains.items():
            generated = sum(len({term(b + s) for s in suffixes}) == 1 for b in found)
            seen = sum(len({term(b + s) for s in suffixes if b + s in vocab}) == 1 for b in found)
            totals[chain, "generated"] += generated
            totals[chain, "seen"] += seen
            cells.append(f"{generated} / {seen}")
        totals["bases"] += len(found)
        print(f"| {name} | {len(found)} | " + " | ".join(cells) + " |")
    print(f"| **all** | {totals['bases']} | " + " | ".join(
        f"{totals[c, 'generated']} / {totals[c, 'seen']}" for c in chains) + " |")

    accented = [w for w in vocab if not w.isascii()]
    print(f"\nAccented words whose unaccented spelling gets another term "
          f"(of {len(accented):,} accented words, {sum(vocab[w] for w in accented):,} "
          "occurrences):\n")
    for chain, term in chains.items():
        apart = [w for w in accented if term(w) != term(fold(w))]
        print(f"- {chain}: {len(apart):,} words, {sum(vocab[w] for w in apart):,} occurrences"
              + (f" (e.g. {', '.join(sorted(apart, key=lambda w: -vocab[w])[:8])})"
                 if apart else ""))
        if chain == "format 4":
            # An unaccented spelling that is a function word (sûr → sur) is not searched.
            # Both sides as searched: a listed plural is its singular (format 17).
            missed = [w for w in apart if term(fold(w))
                      and term(query_spelling(fold(w), FRENCH))
                      != term(singular_spelling(w))]
            print(f"- format 4, query words typed without accents as veille reads them "
                  f"(query_spelling): {len(missed):,} words, "
                  f"{sum(vocab[w] for w in missed):,} occurrences"
                  + (f" (e.g. {', '.join(sorted(missed, key=lambda w: -vocab[w])[:8])})"
                     if missed else ""))
            plain = [w for w in vocab if w.isascii() and term(w)
                     and term(query_spelling(w, FRENCH)) != term(singular_spelling(w))]
            print(f"- words written without accents that a query reads as accented: "
                  f"{len(plain):,} words, {sum(vocab[w] for w in plain):,} occurrences"
                  + (f" (e.g. {', '.join(sorted(plain, key=lambda w: -vocab[w])[:8])})"
                     if plain else ""))

    before, after = chains["format 3"], chains["format 4"]
    groups: dict[str, set[str]] = collections.defaultdict(set)
    for word in vocab:
        groups[after(word)].add(word)
    joined = []
    for term, words in groups.items():
        apart: dict[str, set[str]] = collections.defaultdict(set)
        for word in words:
            apart[before(word)].add(word)
        if term and len(apart) > 1:
            parts = sorted(apart.values(), key=lambda ws: -sum(vocab[w] for w in ws))
            weight = sum(vocab[w] for ws in parts[1:] for w in ws)
            joined.append((weight, term, [sorted(ws, key=lambda w: -vocab[w])[:3]
                                          for ws in parts]))
    joined.sort(reverse=True)
    print(f"\nTerms: format 3 {len({before(w) for w in vocab}):,}, format 4 "
          f"{len(groups):,}; {len(joined):,} format-4 terms join words that format 3 kept "
          f"apart. The {args.examples} most frequent joins:\n")
    for _weight, term, parts in joined[:args.examples]:
        print(f"- `{term}`: " + " + ".join("/".join(ws) for ws in parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
