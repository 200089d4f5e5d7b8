"""The article-extraction-benchmark (AEB) body metric, as described in
``shared/data/extraction/README.md``.

Why a local copy: published figures for that benchmark (trafilatura 0.958, readability 0.922, ...)
were computed with this exact metric, so veille's numbers are only comparable if we score the same
way -- same tokenizer, same shingles, same per-page normalisation, same averaging. Every quirk below
is deliberate and mirrors the README; do not "improve" it.

Summary of the rules:

1. tokens are the matches of ``\\w+`` (Unicode, case kept);
2. a text is the multiset of its word 4-grams ("shingles"), repeats counted; a text of fewer than
   4 tokens is a single shingle made of all its tokens (an empty text has no shingle);
3. per page: tp = shared shingles, fp = predicted only, fn = gold only, the three divided by their
   sum so a long page weighs no more than a short one;
4. precision is averaged over pages with tp+fp > 0, recall over pages with tp+fn > 0 (so an empty
   prediction is left out of precision and scores recall 0); F1 is the harmonic mean of the two
   averages -- not the mean of per-page F1s.

Also reported: the share of pages whose token sequence equals the gold's exactly, and a bootstrap
interval of F1 (pages resampled with replacement, seeded so two runs print the same interval).
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence

__all__ = ["PageCounts", "page_counts", "score", "shingles", "tokenize"]

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
_NGRAM = 4

#: (tp, fp, fn) for one page, already divided by their sum.
PageCounts = tuple[float, float, float]


def tokenize(text: str | None) -> list[str]:
    """Split into ``\\w+`` tokens; punctuation and whitespace never count, so layout differences
    (line breaks, bullets, spacing) between a prediction and the gold cost nothing."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = _NGRAM) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams. Word order matters inside a window, which catches text that is
    right word-for-word but stitched in the wrong order, while staying tolerant to paragraph
    reordering across windows. A short text (< n tokens) is one shingle of all its tokens so it
    still counts for something; an empty text yields no shingle at all."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(predicted: str | None, gold: str | None) -> PageCounts:
    """tp/fp/fn of one page, normalised by tp+fp+fn so that every page weighs the same in the
    averages (a 5,000-word article must not drown fifty short ones). All zeros when both texts
    are empty."""
    pred = shingles(predicted)
    true = shingles(gold)
    tp = float(sum((pred & true).values()))
    fp = float(sum(pred.values())) - tp
    fn = float(sum(true.values())) - tp
    total = tp + fp + fn
    if total > 0:
        return (tp / total, fp / total, fn / total)
    return (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    # A page with nothing wrong in either direction is perfect, whatever its size.
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def _aggregate(counts: Sequence[PageCounts]) -> tuple[float, float, float]:
    """(precision, recall, f1) from per-page counts.

    Precision is averaged only over pages where something was predicted (an extractor that
    abstains is not "imprecise", it is unhelpful -- recall punishes that); recall only over pages
    with a gold body. When no page qualifies the average is 0.0 rather than an error, so a
    completely failing extractor shows F1 = 0 instead of crashing the run.
    """
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1


def score(
    pairs: Sequence[tuple[str, str]],
    *,
    n_bootstrap: int = 1000,
    seed: int = 0,
    ci: float = 0.95,
) -> dict[str, float]:
    """Score ``(predicted, gold)`` pairs, one pair per page.

    Returns precision, recall, f1, exact (share of pages whose token sequence equals the gold's,
    case kept), f1_ci_low / f1_ci_high (percentile interval of F1 over ``n_bootstrap`` page
    resamples -- it tells whether a difference between two runs on ~200 pages is noise), f1_std
    (standard deviation of those resamples, the "±" the benchmark's own script prints) and n.

    The bootstrap uses its own seeded ``random.Random`` so results are reproducible and the global
    random state is left alone.

    Worked by hand: page 1 shares 1 of 2 shingles each way (P = R = 0.5); page 2 predicts nothing
    (no precision, recall 0); page 3 is a short exact match (P = R = 1). So P = (0.5 + 1) / 2,
    R = (0.5 + 0 + 1) / 3, F1 = 2 * 0.75 * 0.5 / 1.25:

    >>> pages = [("a b c d x", "a b c d e"), ("", "hi there"), ("Hello, world!", "Hello world")]
    >>> r = score(pages)
    >>> r["precision"], r["recall"], round(r["f1"], 12), round(r["exact"], 4), r["n"]
    (0.75, 0.5, 0.6, 0.3333, 3)
    """
    n = len(pairs)
    if n == 0:
        return {
            "precision": 0.0,
            "recall": 0.0,
            "f1": 0.0,
            "exact": 0.0,
            "f1_ci_low": 0.0,
            "f1_ci_high": 0.0,
            "f1_std": 0.0,
            "n": 0,
        }
    counts = [page_counts(pred, gold) for pred, gold in pairs]
    exact = sum(tokenize(pred) == tokenize(gold) for pred, gold in pairs) / n
    precision, recall, f1 = _aggregate(counts)

    rng = random.Random(seed)
    samples = sorted(
        _aggregate([counts[rng.randrange(n)] for _ in range(n)])[2] for _ in range(n_bootstrap)
    )
    if samples:
        tail = (1.0 - ci) / 2
        low = samples[int(tail * (len(samples) - 1))]
        high = samples[int(round((1.0 - tail) * (len(samples) - 1)))]
        spread = statistics.stdev(samples) if len(samples) > 1 else 0.0
    else:
        low = high = f1
        spread = 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "exact": exact,
        "f1_ci_low": low,
        "f1_ci_high": high,
        "f1_std": spread,
        "n": n,
    }
