"""The content fingerprint: the same article text gives the same fingerprint.

It hashes the folded words of the body (case, accents, punctuation and spacing removed), so
the same text wrapped in different chrome, encoded differently or re-typeset still matches.
"""

from __future__ import annotations

import hashlib
from typing import ClassVar

from veille.extract.textshape import fold, words
from veille.pipeline.stage import Stage
from veille.record import Article, Dedup


def content_fingerprint(title: str, paragraphs: list[str]) -> str:
    basis = " ".join(words(fold(" ".join(paragraphs)))) or " ".join(words(fold(title)))
    return hashlib.blake2b(basis.encode("utf-8"), digest_size=16).hexdigest()


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
