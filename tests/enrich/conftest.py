"""Enrichment fixtures: the resources (spaCy's French model loads once per test session)
and the seed dispatch as an article published on 2019-01-15."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.enrich.defaults import default_resources
from veille.enrich.stage import Resources, pipeline
from veille.record import Article, Content, RawInput

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return default_resources(None)


def seed_article() -> Article:
    """The seed capture's dispatch: title, then its paragraphs (site chrome dropped)."""
    text = SEED.read_text("utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("Washington va réunir"))
    return Article(raw=RawInput(data=text.encode(), origin=str(SEED), media_type="text/plain",
                                source="lemonde.fr"),
                   content=Content(title=paragraphs[start], paragraphs=paragraphs[start + 1:],
                                   published=datetime(2019, 1, 15, 12, tzinfo=UTC),
                                   language="fr"))


@pytest.fixture(scope="session")
def seed_enrichment(resources: Resources) -> dict[str, object]:
    outcome = pipeline(resources).run_one(seed_article())
    assert outcome.ok, outcome.error
    assert outcome.article is not None and outcome.article.enrichment is not None
    return outcome.article.enrichment
