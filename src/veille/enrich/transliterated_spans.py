"""Place names transliterated from Arabic with a lower-case article: spans of their own.

"Deir el-Zour", "Deir ez-Zour", "Ras al-Aïn": agencies and newspapers write the Arabic
article in lower case, joined to its noun by a hyphen (assimilated or not: "al-", "el-",
"ez-", "ash-"), which breaks the capitalised run a recogniser reads names by; the models
miss the name or keep half of it (t-final28 F9: AP's "Deir el-Zour" was no entity). A
capitalised word, the article particle and a capitalised noun ("Deir el-Zour") is a
place's span when the gazetteer knows the name under any of its spellings
(:func:`veille.enrich.places.transliteration_key`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.entities import Recognizer, Span
    from veille.enrich.places import Gazetteer

__all__ = ["transliterated_spans", "with_transliterated"]

_NAME = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Ý][\w'’]*[ \u00a0]"
    r"(?:al|el|ul|a[dnrstz]|e[dnrstz]|ash|esh|ech|ach)-[A-ZÀ-Ý][\w'’]*(?![\w-])")
"""A capitalised word, then an Arabic article particle joined to a capitalised noun: "Deir
el-Zour", "Ras al-Aïn". A name opening with the particle ("el-Hasakah") is left to the
recogniser, which finds its noun ("Hasakah"): an entity opens with a capital."""


def transliterated_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """``(start, end, "LOC")`` for each name of ``_NAME`` in ``text`` the gazetteer knows
    (:meth:`~veille.enrich.places.Gazetteer.candidates`, which reads transliterations)."""
    out: list[Span] = []
    for match in _NAME.finditer(text):
        if gazetteer.candidates(match.group()):
            out.append((match.start(), match.end(), "LOC"))
    return out


def with_transliterated(recognizer: Recognizer, gazetteer: Gazetteer) -> Recognizer:
    """``recognizer``'s spans and, where none overlaps, :func:`transliterated_spans`'; a
    recogniser's span inside one ("Zour" of "Deir el-Zour") gives way to it."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text, spans in zip(texts, recognizer(texts), strict=True):
            found = transliterated_spans(text, gazetteer)
            spans = [s for s in spans if not any(
                c[0] <= s[0] and s[1] <= c[1] and (c[0], c[1]) != (s[0], s[1]) for c in found)]
            extra = [c for c in found if not any(s < c[1] and c[0] < e for s, e, _ in spans)]
            out.append(sorted([*spans, *extra]))
        return out
    return recognise_batch
