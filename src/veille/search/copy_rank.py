"""A copy never ranks above the article it copies (t-reader20 R7, issue 14).

BM25 favours short documents: a paywall teaser (the dispatch's first paragraph and "Lire
la suite…") holds the query's words at a higher density than the dispatch it cuts, and
ranked first (3.39 against the dispatch's 2.62), a reprint second, the article they copy
third. With every copy shown (``collapse=false``, the web's "show all reprints") a reader
opening the list to see every copy met the copies before their original.

The rule: a copy (a reprint, teaser or republication: an article with ``duplicate_of``)
that matches the query together with its original takes, at most, its original's score:
``min(own, original's)``. The list is then ordered by that score, an original before its
copies on a tie, otherwise in the index's order. A copy whose original does not match
keeps its own score and place. Only copies move, and only down; the shown score is the
one the list is ordered by, so the scores still read best first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def copies_after_originals(ids: Sequence[str], scores: Sequence[float],
                           original_of: Mapping[str, str]) -> tuple[list[str], list[float]]:
    """``ids`` (best first, with their ``scores``) reordered so that no copy is above its
    original (module docstring); ``original_of`` maps a copy's id to its original's.
    Returns the ids and the scores they are ordered by. Stable: equal keys keep the
    given order. Without a copy among ``ids`` and with ``scores`` already best first
    (most lists), they are returned as given, without the sort."""
    if not any(article_id in original_of for article_id in ids) and all(
            a >= b for a, b in zip(scores, scores[1:], strict=False)):
        return list(ids), list(scores)
    position = {article_id: p for p, article_id in enumerate(ids)}
    capped: list[tuple[float, int, int, str]] = []
    for p, (article_id, score) in enumerate(zip(ids, scores, strict=True)):
        original = original_of.get(article_id)
        at = position.get(original) if original is not None else None
        if at is not None and at != p and scores[at] <= score:
            capped.append((scores[at], at, 1, article_id))  # just after its original
        else:
            capped.append((score, p, 0, article_id))
    capped.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))
    return [entry[3] for entry in capped], [entry[0] for entry in capped]
