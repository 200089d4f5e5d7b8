"""The content fingerprint: the same article text gives the same fingerprint.

It hashes the folded words of the body (case, accents, punctuation and spacing removed), so
the same text wrapped in different chrome, encoded differently or re-typeset still matches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import ClassVar

from veille.extract import words_memo
from veille.extract.textshape import fold, words
from veille.pipeline.stage import Stage
from veille.record import Article, Dedup


def content_fingerprint(title: str, paragraphs: Sequence[str]) -> str:
    """The BLAKE2b-128 hex digest of the body's folded words joined by spaces (the
    headline's when the body has none).

    The words of the body are those of its paragraphs, each folded apart, in order: the
    words of the paragraphs joined by spaces, folded whole, are the same (``\\w+`` runs
    do not cross a space, folding maps each character alone but for a capital sigma, whose
    context a space ends, and NFKD reorders marks only between two starters; checked by
    ``tests/dedup/test_fingerprint_words.py``). So a paragraph the text-capture
    extractor has just folded is not folded again (:mod:`veille.extract.words_memo`).
    The words are hashed paragraph by paragraph, not joined whole first: the same bytes,
    without a list of every word of a megabyte body (~10 bytes a character, issue 13)."""
    digest = hashlib.blake2b(digest_size=16)
    empty = True
    for paragraph in paragraphs:
        found = _words_of(paragraph)
        if found:
            digest.update(((" " if not empty else "") + " ".join(found)).encode("utf-8"))
            empty = False
    if empty:
        digest.update(" ".join(words(fold(title))).encode("utf-8"))
    return digest.hexdigest()


def _words_of(paragraph: str) -> tuple[str, ...]:
    found = words_memo.get(paragraph)
    return found if found is not None else words(fold(paragraph))


class FingerprintStage(Stage):
    """Fills ``dedup.fingerprint`` from the extracted content."""

    name: ClassVar[str] = "fingerprint"
    requires: ClassVar[tuple[str, ...]] = ("content",)
    assigns: ClassVar[tuple[str, ...]] = ("dedup",)

    def __call__(self, article: Article) -> Article:
        assert article.content is not None
        article.dedup = Dedup(
            fingerprint=content_fingerprint(article.content.title, article.content.paragraphs)
        )
        return article
