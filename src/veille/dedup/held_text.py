"""Whose text a copy holds: the article (and the version of it) a reprint is credited to.

t-final52b A7: Le Télégramme's article (07:40), Ouest-France's close copy of it (07:55),
then Ouest-France's update with a new last paragraph (12:40); Le Parisien's word-for-word
copy of that update (13:10) was "reprint of 1.00 … Le Télégramme", which never printed the
paragraph. The store files a copy under the root of its match (``store/dedup_sql.py``
``to_root``: a copy is never filed under a copy, t-final21 F1), right when the copy holds
the root's text, as every copy of one dispatch does. A copy that holds a sentence of its
match the root never printed, in any of the root's versions, copied the match: it is
credited to it (:func:`holder`).

Texts are compared as sets of word 3-grams (the shingles of
:func:`veille.dedup.signature.shingle_hashes`, read from the whole printed text, not the
signature's samples: the question is about one paragraph, which samples can miss).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from veille.dedup.signature import body_text, shingle_hashes

HELD_MIN = 8
"""The fewest shingles of the match's own text a copy must hold to be its copy: a sentence
(the 8 shingles by which ``near.contains`` says a text is longer by a sentence)."""
HELD_SHARE = 20
"""... and at least a twentieth of the copy's shingles (two copies of one dispatch in other
pages' chrome, or one outlet's date added to the lead, differ by a few shingles)."""

Shingles = frozenset[int]


def shingles(paragraphs: Sequence[str]) -> Shingles:
    """The word 3-grams of a text's paragraphs as signed (:func:`body_text`)."""
    text = body_text(paragraphs)
    return frozenset(int(h) for h in shingle_hashes(text)) if text.strip() else frozenset()


def held_beyond(own: Shingles, match: Shingles, root: Sequence[Shingles]) -> int:
    """How many of the copy's shingles (``own``) are the match's (``match``) and in none of
    the root's versions (``root``: each version's shingles)."""
    printed = frozenset().union(*root) if root else frozenset()
    return len((own & match) - printed)


def holder(own: Shingles, matches: Mapping[str, Shingles], root: Sequence[Shingles]
           ) -> str | None:
    """The one of ``matches`` (copies of the root, by id) whose own text the copy holds most,
    when it holds a sentence of it the root never printed (:data:`HELD_MIN`,
    :data:`HELD_SHARE`); ``None`` when the copy holds only the root's text (it is the
    root's copy, as every copy of one dispatch)."""
    best, most = None, 0
    for match_id, text in matches.items():
        held = held_beyond(own, text, root)
        if held >= HELD_MIN and held * HELD_SHARE >= len(own) and held > most:
            best, most = match_id, held
    return best


def closest_version(own: Shingles, versions: Sequence[Shingles]) -> int | None:
    """The number (1 = first) of the version whose text is the copy's (``own``), the most
    shared shingles over their union (Jaccard); on a tie the later one. ``None`` for fewer
    than two versions or an empty copy."""
    if len(versions) < 2 or not own:
        return None
    scores = [len(own & v) / len(own | v) if own | v else 0.0 for v in versions]
    best = max(scores)
    return max(i for i, s in enumerate(scores, 1) if s == best)
