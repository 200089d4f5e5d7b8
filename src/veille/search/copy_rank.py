"""A copy never ranks above the article it copies (t-reader20 R7, issue 14).

BM25 favours short documents: a paywall teaser (the dispatch's first paragraph and "Lire
la suite…") holds the query's words at a higher density than the dispatch it cuts, and
ranked first (3.39 against the dispatch's 2.62), a reprint second, the article they copy
third. With every copy shown (``collapse=false``, the web's "show all reprints") a reader
opening the list to see every copy met the copies before their original.

The rule: a copy (a reprint, teaser or republication: an article with ``duplicate_of``)
that matches the query together with its original takes, at most, its original's score
(the farthest original up its links that matches: a copy of a copy ranks under the root):
``min(own, original's)``. The list is then ordered by that score, an original before its
copies on a tie, otherwise in the index's order. A copy whose original does not match
keeps its own score and place. Only copies move, and only down; the shown score is the
one the list is ordered by, so the scores still read best first.

Since copies move only down, the first matches of the ranking, less the copies whose
original ranks below them, are the head of that order (:func:`settled_head`): a page needs
the matches down to its end and a few more, never every match (issue 13).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence


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
        at = _root_at(article_id, original_of, position)
        if at is not None and at > p and scores[at] <= score:
            # just after its original; one already below it stays where it is (moved up
            # to its original on a tie, a copy below a page moved into it: the pages of
            # the empty query by sort=fresh on rpm2 gave 8 rows twice, 400 rows in all)
            capped.append((scores[at], at, 1, article_id))
        else:
            capped.append((score, p, 0, article_id))
    capped.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))
    return [entry[3] for entry in capped], [entry[0] for entry in capped]


def _root_at(article_id: str, original_of: Mapping[str, str],
             position: Mapping[str, int]) -> int | None:
    """The place in the list of the farthest article up ``article_id``'s links that is
    in it (``position``), None when none is: a copy filed under a copy (a store written
    before the store resolved them to their root, ``dedup_sql.to_root``) ranks under the
    article that copies nothing (t-final21 F3b: a teaser of a reprint of the dispatch
    ranked above the dispatch, the reprint being capped and not the teaser). A loop of
    links stops where it would come back."""
    at = None
    seen = {article_id}
    original = original_of.get(article_id)
    while original is not None and original not in seen:
        at = position.get(original, at)
        seen.add(original)
        original = original_of.get(original)
    return at


def settled_head(ids: Sequence[str], scores: Sequence[float], original_of: Mapping[str, str],
                 matches: Callable[[str], bool]) -> tuple[list[str], list[float]]:
    """The head of the copy rule's order of every match, from the first matches only:
    ``ids`` (the first matches, best first, with their ``scores``) less the copies whose
    original is not among them but ``matches`` the query (it ranks lower: such a copy
    sinks to just below it, after every row here), in :func:`copies_after_originals`'s
    order. Every match not returned comes after every one returned, whatever the matches
    below ``ids`` are: a row below scores no more than the last of ``ids``, and a row of
    ``ids`` keeps its place or takes that of an original among them."""
    inside = set(ids)
    kept = [p for p, article_id in enumerate(ids)
            if (original := original_of.get(article_id)) is None or original in inside
            or not matches(original)]
    return copies_after_originals([ids[p] for p in kept], [scores[p] for p in kept],
                                  original_of)
