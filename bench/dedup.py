#!/usr/bin/env python3
"""Bench near-duplicate detection: veille's consistent bottom-k index against datasketch.

The data is the seeded wire-copy benchmark of ``bench/lib/wirecopy.py`` (real French
articles and articles of real French sentences; copies with chrome, new headlines, teasers,
dropped or reordered paragraphs, 1–20% word edits, datelines and bylines; rpm2's same-topic
articles as hard negatives). Documents arrive in time order and each engine links every
arrival to the earlier documents it finds to be copies; the links are closed transitively
and scored as pairs against the families (pair precision, recall, F1).

Both engines get the same paragraphs, cut into the same words and word 3-grams (veille
also folds its words: accents, ligatures; datasketch gets them lowercased, as since the
bench began: ``peer_words``); timing is end to end from the paragraphs (words, shingles,
signature, query, insert), on one core, with the data generation outside the clock. The
clock is the process's CPU time, so that other work on a shared machine does not tilt the
comparison; ``--repeat N`` alternates N timed runs of each engine and quotes medians.
datasketch runs ``MinHashLSH`` at its best settings: a sweep of threshold × num_perm ×
verifying candidates or not, on the first documents, picks the best F1, in the same run.
Memory per document is measured with tracemalloc around the index alone (signatures
precomputed) on up to ``--memory-docs`` documents.

veille runs with its template rule (``veille.dedup.template``: a text that is another's
template filled in with other names and figures is no copy, newuser9 R28), as its stage
does: each document's wording kept for the last ``RECENT_TEXTS`` documents, older ones
worded again from their bodies (the stage reads the store); and, in the same run, without
it (the row "no template rule"), so the rule's cost and effect are read side by side.

Usage (from the repository root)::

    .venv/bin/python bench/dedup.py                  # 20,000 documents
    .venv/bin/python bench/dedup.py --repeat 5       # medians of 5 alternating runs
    .venv/bin/python bench/dedup.py --cold           # the tables' build in the first run
    .venv/bin/python bench/dedup.py --docs 1000000 --no-datasketch
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import re
import statistics
import sys
import time
import tracemalloc
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

from lib.datasets import shared_dir  # noqa: E402
from lib.wirecopy import Doc, generate  # noqa: E402

from veille.dedup.candidates import CandidateIndex  # noqa: E402
from veille.dedup.near import (  # noqa: E402
    RECENT_TEXTS,
    drop_elsewhere,
    drop_follow_ups,
    drop_templated,
    find_matches,
    place_excerpts,
)
from veille.dedup.signature import Shingler, Similarity, body_text  # noqa: E402
from veille.dedup.template import Wording, wording  # noqa: E402

SHARED = shared_dir()
"""The shared data (``$VEILLE_SHARED_DIR``, else ``<checkout>/../shared``: a worktree's
parent holds none, r-perf65)."""
Linker = Callable[[Doc], list[int]]


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def score(families: list[int], links: UnionFind) -> dict[str, float]:
    clusters = [links.find(n) for n in range(len(families))]
    predicted = pairs(Counter(clusters).values())
    truth = pairs(Counter(families).values())
    good = pairs(Counter(zip(clusters, families, strict=True)).values())
    precision = good / predicted if predicted else 1.0
    recall = good / truth if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": truth,
            "predicted_pairs": predicted}


class Veille:
    name = "veille (bottom-k + containment)"

    def __init__(self, templates: bool = True) -> None:
        self.shingler = Shingler()
        self.index = CandidateIndex(window_minutes=7 * 24 * 60)
        self.pending: set[str] = set()
        self.templates = templates
        if not templates:
            self.name = f"{self.name}, no template rule (before newuser9 R28)"
        # As the stage: the wordings of the last RECENT_TEXTS documents, the store (here
        # the bodies) for older ones.
        self.worded: OrderedDict[str, Wording] = OrderedDict()
        self.bodies: dict[str, list[str]] = {}

    def _wordings(self, ids: Sequence[str]) -> dict[str, Wording]:
        return {i: self.worded.get(i) or wording(self.bodies[i]) for i in ids}

    def __call__(self, doc: Doc) -> list[int]:
        sig = self.shingler.signature(doc.paragraphs)
        candidates = self.index.candidates(sig, doc.minute, source=doc.source)
        sims: dict[str, Similarity] = {}
        matches = find_matches(sig, candidates, doc.source, sims)
        key = f"{doc.number:016x}"
        # As the stage does (NearDuplicateStage.__call__, _remember): excerpts placed by
        # their words (both rows), then the template and places rules.
        own = wording(doc.paragraphs)
        matches = place_excerpts(sig, own, candidates, matches, self._wordings, sims)
        if self.templates and matches:
            matches = drop_templated(own, matches, self._wordings)
        if self.templates and matches:  # the places rule (copy_places, r-stories52)
            matches = drop_elsewhere(own, matches, self._wordings)
        if matches:  # one outlet's follow-ups (h-copies65)
            matches = drop_follow_ups(doc.paragraphs, doc.source, matches, self._wordings)
        self.worded[key] = own.bounded()
        self.bodies[key] = doc.paragraphs
        if len(self.worded) > RECENT_TEXTS:
            self.worded.popitem(last=False)
        self.index.add(key, doc.source, doc.minute, sig)
        self.pending.add(key)
        if len(self.pending) >= 1000:
            self.index.commit(self.pending)
            self.pending = set()
        return [int(c.id, 16) for c, _v in matches]

    def memory_objects(self, docs: list[Doc]) -> Callable[[], Any]:
        sigs = [self.shingler.signature(d.paragraphs) for d in docs]

        def build() -> Any:
            index = CandidateIndex(window_minutes=10**9)
            for d, s in zip(docs, sigs, strict=True):
                index.add(f"{d.number:016x}", d.source, d.minute, s)
            index.commit({f"{d.number:016x}" for d in docs})
            return index
        return build


_WORD = re.compile(r"\w+")


def peer_words(paragraphs: list[str]) -> list[str]:
    """datasketch's words: the lowercased words of the paragraphs veille signs, as veille's
    signature version 1 split them (its peer input since the bench began; veille's own
    words are also folded, see ``veille.dedup.signature``)."""
    text = body_text(paragraphs).lower()
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _WORD.findall(text)


class Datasketch:
    def __init__(self, threshold: float, num_perm: int, verify: bool) -> None:
        from datasketch import MinHash, MinHashLSH

        self.minhash, self.num_perm, self.threshold = MinHash, num_perm, threshold
        self.verify = verify
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.kept: dict[int, Any] = {}
        checked = ", candidates verified by estimated Jaccard" if verify else ""
        self.name = f"datasketch MinHashLSH (threshold {threshold}, {num_perm} perm{checked})"

    def sign(self, doc: Doc) -> Any:
        tokens = peer_words(doc.paragraphs)
        grams = {" ".join(tokens[i:i + 3]).encode() for i in range(max(1, len(tokens) - 2))}
        m = self.minhash(num_perm=self.num_perm)
        m.update_batch(list(grams))
        return m

    def __call__(self, doc: Doc) -> list[int]:
        m = self.sign(doc)
        found = self.lsh.query(m)
        self.lsh.insert(doc.number, m)
        if self.verify:
            self.kept[doc.number] = m
            found = [k for k in found if self.kept[k].jaccard(m) >= self.threshold]
        return [int(k) for k in found]

    def memory_objects(self, docs: list[Doc]) -> Callable[[], Any]:
        from datasketch import MinHashLSH

        sigs = [self.sign(d) for d in docs]

        def build() -> Any:
            lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
            kept = {}
            for d, m in zip(docs, sigs, strict=True):
                lsh.insert(d.number, m)
                if self.verify:  # verification keeps every signature, as veille does
                    kept[d.number] = m.hashvalues
            return lsh, kept
        return build


WARM_DOCS = 200
"""Documents a throwaway veille engine reads before the timed runs (unless ``--cold``): the
template and places rules' gazetteer tables (communes, regions, places abroad) are built
on their first use, once a process (~1.3 CPU s, r-perf66), which a single cold run charged
to its documents (r-perf65's "1.49x datasketch": the template rule's own cost was ~1.4x)."""


def run(engine: Linker, docs: Iterator[Doc]) -> dict[str, Any]:
    families: list[int] = []
    links = UnionFind()
    spent = 0.0
    kinds: Counter[str] = Counter()
    for doc in docs:
        families.append(doc.family)
        kinds[doc.kind.split("+")[0]] += 1
        start = time.process_time()
        found = engine(doc)
        spent += time.process_time() - start
        for other in found:
            links.union(doc.number, other)
    result = score(families, links)
    result["docs"] = len(families)
    result["docs_per_s"] = len(families) / spent if spent else 0.0
    return result


def memory_per_doc(factory: Callable[[], Any], docs: int) -> float:
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    keep = factory()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    del keep
    return used / docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--sweep-docs", type=int, default=2_000)
    parser.add_argument("--memory-docs", type=int, default=20_000)
    parser.add_argument("--no-datasketch", action="store_true")
    parser.add_argument("--hash-draws", type=int, default=0,
                        help="also score veille with N other random hash multipliers")
    parser.add_argument("--cold", action="store_true",
                        help="no warm-up: the first veille run builds the place tables")
    parser.add_argument("--repeat", type=int, default=1,
                        help="timed runs per engine, alternating; docs/s are medians")
    args = parser.parse_args()
    if not (SHARED / "data").is_dir():
        print("../shared/data is missing: this benchmark needs its French text")
        return 1

    def docs(n: int) -> Iterator[Doc]:
        return generate(SHARED, n, seed=args.seed)

    if args.repeat > 1:
        kept = list(docs(args.docs))  # generated once, replayed for every run

        def docs(n: int) -> Iterator[Doc]:  # noqa: F811
            return iter(kept[:n])

    best: tuple[float, float, int, bool] = (-1.0, 0.0, 0, False)
    if not args.no_datasketch:
        for threshold in (0.2, 0.3, 0.4, 0.5):
            for num_perm in (64, 128):
                for verify in (False, True):
                    got = run(Datasketch(threshold, num_perm, verify), docs(args.sweep_docs))
                    print(f"  sweep: threshold {threshold}, {num_perm} perm, verify {verify}: "
                          f"F1 {got['f1']:.4f}", file=sys.stderr)
                    if got["f1"] > best[0]:
                        best = (got["f1"], threshold, num_perm, verify)
    warmed = 0.0
    if not args.cold:  # the place tables: built once a process, not once a document
        started = time.process_time()
        run(Veille(), docs(min(WARM_DOCS, args.docs)))
        warmed = time.process_time() - started
        print(f"  warm-up: {min(WARM_DOCS, args.docs)} documents, {warmed:.2f} CPU s",
              file=sys.stderr)
    runs: dict[str, list[dict[str, Any]]] = {}
    names: list[str] = []
    for n in range(args.repeat):  # the engines alternate, so load drifts hit both alike
        engines: list[Veille | Datasketch] = [Veille()]
        if not args.no_datasketch:
            engines.append(Datasketch(*best[1:]))
        engines.append(Veille(templates=False))
        for engine in engines:
            name = engine.name
            if name not in runs:
                names.append(name)
            runs.setdefault(name, []).append(run(engine, docs(args.docs)))
            print(f"  run {n + 1}: {name}: {runs[name][-1]['docs_per_s']:,.0f} docs/s",
                  file=sys.stderr)
    rows: list[tuple[str, dict[str, Any]]] = []
    for name in names:
        result = dict(runs[name][0])
        result["docs_per_s"] = statistics.median(r["docs_per_s"] for r in runs[name])
        result["all_docs_per_s"] = [r["docs_per_s"] for r in runs[name]]
        rows.append((name, result))
    sample = list(docs(min(args.memory_docs, args.docs)))
    rows[0][1]["bytes_per_doc"] = memory_per_doc(Veille().memory_objects(sample), len(sample))
    for name, r in rows[1:]:
        if name.startswith("veille"):  # the same index: the template rule adds none
            r["bytes_per_doc"] = rows[0][1]["bytes_per_doc"]
    peer = next((r for name, r in rows if name.startswith("datasketch")), None)
    if peer is not None:
        peer["bytes_per_doc"] = memory_per_doc(
            Datasketch(*best[1:]).memory_objects(sample), len(sample))
    draws = [hash_draw(n, docs(args.docs)) for n in range(1, args.hash_draws + 1)]
    kinds = Counter(d.kind for d in sample)
    print(f"wire-copy benchmark: {args.docs:,} documents, seed {args.seed}; "
          f"{sum(v for k, v in kinds.items() if k != 'original') / len(sample):.0%} copies "
          f"in the first {len(sample):,}; Python {platform.python_version()}, one core; "
          + (f"veille's tables built by a warm-up ({warmed:.1f} CPU s)" if not args.cold
             else "cold: the first veille run builds its tables"))
    print()
    print("| engine | pair precision | pair recall | F1 | docs/s | bytes/doc |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in rows:
        print(f"| {name} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1']:.4f} | "
              f"{r['docs_per_s']:,.0f} | {r.get('bytes_per_doc', 0):,.0f} |")
    if args.repeat > 1:
        print(f"\ndocs/s are medians of {args.repeat} runs (CPU time of the process); "
              "every run:")
        for name, r in rows:
            print(f"- {name}: " + ", ".join(f"{v:,.0f}" for v in r["all_docs_per_s"]))
    for name, r in rows if peer is not None and peer["docs_per_s"] else ():
        if name.startswith("datasketch"):
            continue
        ratios = [a / b for a, b in zip(r["all_docs_per_s"], peer["all_docs_per_s"],
                                        strict=True)]
        print(f"\n{name} / datasketch, same run: "
              f"{r['docs_per_s'] / peer['docs_per_s']:.2f}x docs/s (medians); "
              f"per run: {', '.join(f'{x:.2f}x' for x in ratios)}")
    if draws:
        print(f"\nveille with {len(draws)} other hash multipliers (how much precision and "
              "recall depend on the draw of the hash function):")
        for n, r in enumerate(draws, 1):
            print(f"- draw {n}: precision {r['precision']:.4f}, recall {r['recall']:.4f}, "
                  f"F1 {r['f1']:.4f}")
    return 0


def hash_draw(n: int, docs: Iterator[Doc]) -> dict[str, Any]:
    """veille's score with another odd multiplier ``P`` (seeded by ``n``): the same
    definition, another member of its hash family (bodies under 65,536 word characters,
    as all of this benchmark's: longer ones would still use the default high powers)."""
    from veille.dedup import signature

    saved = signature._PPOW, signature._QPOW
    multiplier = random.Random(n).getrandbits(64) | 1
    signature._PPOW = signature._powers(multiplier, signature._BLOCK)
    signature._QPOW = signature._powers(pow(multiplier, -1, 2**64), signature._BLOCK)
    try:
        return run(Veille(), docs)
    finally:
        signature._PPOW, signature._QPOW = saved


if __name__ == "__main__":
    sys.exit(main())
