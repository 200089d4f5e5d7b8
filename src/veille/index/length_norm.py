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

import json
import math
from collections.abc import Mapping
from typing import Any

TF_NODE = "freq / (freq + k1"
"""The start of the description of tantivy's BM25 term-frequency factor in an explanation
(``freq / (freq + k1 * (1 - b + b * dl / avgdl))``, with ``freq``, ``k1``, ``b``, ``dl``
and ``avgdl`` as its details)."""


def corrected_score(explanation_json: str, ratio: float) -> float:
    """The score of tantivy's explanation (its ``to_json()``) with every ``avgdl``
    multiplied by ``ratio`` (``N / n``: documents in the index over documents of the
    language). Sums and products of the tree are recomputed from their parts; ``ratio``
    1.0 gives back tantivy's score."""
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


def group_ratios(total_docs: int, group_counts: Mapping[int, int]) -> dict[int, float]:
    """``N / n`` for each language group with documents (``total_docs`` is tantivy's ``N``,
    the searcher's document count)."""
    return {group: total_docs / count for group, count in group_counts.items() if count > 0}
