"""Enrichment fixtures: the resources (spaCy's French model loads once per test session)
and the seed dispatch as an article published on 2019-01-15."""

from __future__ import annotations

import json
from collections.abc import Sequence
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


def enrich(resources: Resources, text: str, *, language: str = "fr",
           source: str = "example.fr", url: str | None = None,
           published: datetime = datetime(2026, 11, 30, 10, tzinfo=UTC)) -> dict[str, object]:
    """The enrichment section of an article made of ``text`` (its first paragraph the
    title, paragraphs separated by blank lines), through the real enrichment pipeline;
    ``source`` the outlet's domain or name, ``url`` the article's address."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    article = Article(raw=RawInput(data=text.encode(), origin="test", media_type="text/plain",
                                   source=source, url=url),
                      content=Content(title=paragraphs[0], paragraphs=paragraphs[1:],
                                      published=published, language=language))
    outcome = pipeline(resources).run_one(article)
    assert outcome.ok, outcome.error
    assert outcome.article is not None and outcome.article.enrichment is not None
    return outcome.article.enrichment


def through_store(tmp_path: Path, records: Sequence[dict[str, object]],
                  capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    """The enrichment sections of JSON ``records`` ingested, enriched and exported through
    the CLI with a real store under ``tmp_path``, by the last character of their URL."""
    from veille.cli.main import main

    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(source)]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    return {json.loads(line)["url"][-1]: json.loads(line)["enrichment"]
            for line in capsys.readouterr().out.splitlines() if line.strip()}
