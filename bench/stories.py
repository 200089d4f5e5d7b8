#!/usr/bin/env python3
"""Bench story clustering on rpm2: online, in date order, against the 40 clusters.

rpm2 has 400 French articles on 20 topics, each topic in two clusters (two events). Each
cluster is given dates a month apart from its sibling: topic ``t``'s first cluster runs
over days ``t`` to ``t + 2`` (topics overlap in time, as news does), its second cluster a
month later. Articles are fed in date order to veille's online clustering
(``veille.dedup.stories``), and scored with B³ precision, recall and F1 against the 40
clusters and against the 20 topics. For reference, a batch baseline on the same vectors:
TF-IDF + agglomerative clustering (average linkage, cosine; scipy), which sees all
articles at once and no dates, at its best cut for each reference (an oracle setting).

Usage: ``.venv/bin/python bench/stories.py [--seed N] [--sweep]``
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from veille.dedup.stories import Stories, terms  # noqa: E402

RPM2 = ROOT.parent / "shared" / "data" / "clustering" / "rpm2"


def load(seed: int) -> list[tuple[int, str, str, str, list[str]]]:
    """(minute, doc id, topic, cluster, paragraphs) in date order."""
    rng = random.Random(seed)
    docs = []
    for line in (RPM2 / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        doc_id, topic, cluster, path, _n, _title = line.split("\t")
        lines = (RPM2 / path).read_text(encoding="utf-8-sig").splitlines()
        day = int(topic) + (30 if cluster.endswith("C2") else 0)
        minute = (day * 1440) + rng.randrange(3 * 1440)
        docs.append((minute, doc_id, topic, cluster, lines))
    docs.sort()
    return docs


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    by_pred: dict[str, list[int]] = {}
    by_gold: dict[str, list[int]] = {}
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        by_pred.setdefault(p, []).append(i)
        by_gold.setdefault(g, []).append(i)
    precision = recall = 0.0
    for i in range(len(pred)):
        same_pred, same_gold = by_pred[pred[i]], by_gold[gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision, recall = precision / len(pred), recall / len(pred)
    return precision, recall, 2 * precision * recall / (precision + recall)


def online(docs: list[tuple[int, str, str, str, list[str]]], **kw: float) -> list[str]:
    stories = Stories(**kw)  # type: ignore[arg-type]
    return [stories.assign(doc_id, terms(lines[0], lines[1:]), minute)
            for minute, doc_id, _t, _c, lines in docs]


def baseline(docs: list[tuple[int, str, str, str, list[str]]],
             gold: list[str]) -> tuple[float, tuple[float, float, float]]:
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage

    counts = [terms(lines[0], lines[1:]) for *_x, lines in docs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {t: i for i, t in enumerate(df)}
    matrix = np.zeros((len(docs), len(vocab)))
    for row, c in enumerate(counts):
        for t, n in c.items():
            matrix[row, vocab[t]] = (1 + np.log(n)) * (np.log((len(docs) + 1) / (df[t] + 1)) + 1)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    tree = linkage(matrix, method="average", metric="cosine")
    best = (0.0, (0.0, 0.0, 0.0))
    for cut in np.arange(0.3, 1.0, 0.01):
        labels = [str(x) for x in fcluster(tree, t=cut, criterion="distance")]
        scored = bcubed(labels, gold)
        if scored[2] > best[1][2]:
            best = (float(cut), scored)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--sweep", action="store_true", help="also sweep the threshold")
    args = parser.parse_args()
    if not RPM2.is_dir():
        print("../shared/data/clustering/rpm2 is missing")
        return 1
    docs = load(args.seed)
    clusters = [c for *_x, c, _l in docs]
    topics = [t for _m, _d, t, _c, _l in docs]
    start = time.perf_counter()
    pred = online(docs)
    spent = time.perf_counter() - start
    print(f"rpm2: {len(docs)} articles, {len(set(clusters))} clusters, {len(set(topics))} "
          f"topics; fed in date order (seed {args.seed})")
    print()
    print("| method | reference | B³ precision | B³ recall | B³ F1 | stories |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for name, gold in (("40 clusters", clusters), ("20 topics", topics)):
        p, r, f = bcubed(pred, gold)
        print(f"| veille online (threshold 0.08, half-life 2 days, window 7 days) | {name} | "
              f"{p:.3f} | {r:.3f} | {f:.3f} | {len(set(pred))} |")
    for name, gold in (("40 clusters", clusters), ("20 topics", topics)):
        cut, (p, r, f) = baseline(docs, gold)
        print(f"| TF-IDF + agglomerative (average, best cut {cut:.2f}, no dates) | {name} | "
              f"{p:.3f} | {r:.3f} | {f:.3f} | |")
    print()
    print(f"online clustering: {len(docs) / spent:,.0f} articles/s")
    if args.sweep:
        for threshold in (0.06, 0.07, 0.08, 0.09, 0.1, 0.12):
            for half_life in (1.0, 2.0, 4.0):
                pred = online(docs, threshold=threshold, half_life_days=half_life)
                print(f"  threshold {threshold} half-life {half_life}: "
                      f"clusters F1 {bcubed(pred, clusters)[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
