"""BM25 length normalisation per language for the tantivy index (newuser7 P17).

Each analysed language has its own ``title_<code>``/``body_<code>`` fields. Tantivy's BM25
(``tantivy/src/query/bm25.rs``, ``Bm25Weight::for_terms``) divides a document's field
length ``dl`` by the field's average ``avgdl = total tokens of the field / total number
of documents`` of the searcher, every document counted, so in a mostly-French index the
English fields are empty in most documents, their ``avgdl`` is tiny and every English
article looks many times longer than average: its score for the same mention sinks ~5x
below the French article's. The average the BM25 formula (Robertson & Zaragoza, *The
Probabilistic Relevance Framework*, 2009, §3.4) means is over the documents the field
belongs to: ``avgdl * N / n`` where ``n`` is the number of documents of that language.

:func:`corrected_score` recomputes a document's score from tantivy's own explanation of
it (``Query.explain``), with each BM25 length factor taken against that true average.
Every text field of a document belongs to the document's language, so one ratio
``N / n`` per document serves all its matched fields.
"""

from __future__ import annotations

import heapq
import json
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

TF_NODE = "freq / (freq + k1"
"""The start of the description of tantivy's BM25 term-frequency factor in an explanation
(``freq / (freq + k1 * (1 - b + b * dl / avgdl))``, with ``freq``, ``k1``, ``b``, ``dl``
and ``avgdl`` as its details)."""


def corrected_score(explanation_json: str, ratio: float) -> float:
    """The score of tantivy's explanation (its ``to_json()``) with every ``avgdl``
    multiplied by ``ratio`` (:func:`group_ratios`). Sums and products of the tree are
    recomputed from their parts; ``ratio`` 1.0 gives back tantivy's score."""
    return _value(json.loads(explanation_json), ratio)


def _value(node: Mapping[str, Any], ratio: float) -> float:
    value = float(node["value"])
    details = node.get("details") or []
    description = str(node.get("description", ""))
    if description.startswith(TF_NODE):
        parts = {str(d["description"]).split(",")[0]: float(d["value"]) for d in details}
        freq, k1, b = parts["freq"], parts["k1"], parts["b"]
        avgdl = parts["avgdl"] * ratio
        if avgdl <= 0:
            return value
        return freq / (freq + k1 * (1.0 - b + b * parts["dl"] / avgdl))
    if not details or ratio == 1.0:
        return value
    news = [(float(d["value"]), _value(d, ratio)) for d in details]
    if "product" in description:
        return value * math.prod(new / old for old, new in news if old != 0.0)
    # a sum (boolean clauses) or a scorer wrapping its one part: the same change
    return value + sum(new - old for old, new in news)


def group_ratios(group_counts: Mapping[int, int]) -> dict[int, float]:
    """The ``avgdl`` multiplier of each language group with articles: ``n_max / n``, the
    largest group's count over the group's.

    Tantivy's ``avgdl`` of a field of language ``L`` is ``T_L / N`` (``T_L`` its tokens, ``N``
    every document); times ``n_max / n_L`` it is ``(T_L / n_L) * (n_max / N)``: every
    language's true average scaled by the same factor, so articles of the same length
    relative to their language score alike in every language, and the largest language
    (ratio 1) keeps tantivy's scores and needs no explanation. (Its factor ``n_max / N``,
    0.9 for a 90% French index, is the one tantivy applied to it all along.)"""
    largest = max(group_counts.values(), default=0)
    return {group: largest / count for group, count in group_counts.items() if count > 0}


def rebalanced(hits: Sequence[tuple[float, T]], ratios: Sequence[float],
               exact: Callable[[T, float], float], settled: int) -> list[tuple[float, T]]:
    """``hits`` (tantivy's ``(score, address)``, best first) in the order of their corrected
    scores, the first ``settled`` of them exact, with as few calls of ``exact(address,
    ratio)`` (an explanation: ~50 µs each at 100,000 articles) as that needs.

    A corrected score lies between tantivy's score ``s`` (a bigger average never lowers a
    BM25 term) and ``s * ratio`` (the length factor ``1 - b + b * dl / avgdl`` shrinks by
    less than ``ratio``), so hits are explained by decreasing bound until ``settled`` exact
    scores are at least the next bound. The others follow, by their exact score when known,
    else tantivy's (all lower than the settled ones)."""
    bound = sorted(range(len(hits)), key=lambda i: -hits[i][0] * ratios[i])
    known: dict[int, float] = {}
    best: list[float] = []  # a min-heap of the `settled` best exact scores
    for i in bound:
        score, address = hits[i]
        if len(best) >= settled and best[0] >= score * ratios[i]:
            break
        known[i] = exact(address, ratios[i]) if score > 0 and ratios[i] != 1.0 else score
        heapq.heappush(best, known[i])
        if len(best) > settled:
            heapq.heappop(best)
    order = sorted(range(len(hits)), key=lambda i: (i not in known or known[i] < best[0],
                                                     -known.get(i, hits[i][0])))
    return [(known.get(i, hits[i][0]), hits[i][1]) for i in order]
