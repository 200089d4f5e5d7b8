"""One story, one language: the gate that keeps an article out of a story in other languages.

The clustering (:mod:`veille.dedup.stories`) compares words, and languages of one family
share many (``incendio``/``incêndio``, ``obliga``/``obriga``, a fold of accents makes them
one term): with the document frequencies of a larger collection, a Portuguese article on a
warehouse fire near Coimbra passed the threshold to the Spanish story of a building fire
in Valencia, and the story was shown as "spanish: 2 articles; portuguese: 1 article"
(t-final67 F1, F7). The docs say stories in other languages are **linked, never merged**
(docs/dedup.md, *One event in other languages*; :mod:`veille.dedup.other_languages`).
This module states that rule once, and :class:`~veille.dedup.stories.Stories` asks it
wherever an article or a story goes into another story: an arriving article (the score,
the storm and shared-kind rules alike), a provisional article moved, a commentary settled,
two stories merged.

A story's languages are those its members' extractors detected (``content.language``, an
ISO 639-1 code); an unknown language ("") adds none, and a side with none is never apart
(as before). A copy of another article (near-duplicate text: a translation never is one)
joins its original's story whatever it is tagged, as before: the one exception.
"""

from __future__ import annotations

STORY_LANGUAGES = True
"""Whether the gate holds; False: articles join stories in any language (as before
h-stories67b, measured in bench/)."""


def tongue(language: str | None) -> frozenset[str]:
    """The language set of one article: ``{"pt"}`` for ``"pt"`` (the primary subtag of
    ``"pt-BR"``, lower-cased); empty for an unknown language (``""``, ``None``, ``"und"``)."""
    code = (language or "").strip().lower().split("-")[0].split("_")[0]
    return frozenset() if not code or code in ("und", "zxx", "mul") else frozenset((code,))


def apart(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sides (an article's or a story's languages) may not share a story: both
    known and no language in common (t-final67 F1). Constant in the sizes (two or three
    languages a side at most)."""
    return STORY_LANGUAGES and bool(ours) and bool(theirs) and ours.isdisjoint(theirs)
