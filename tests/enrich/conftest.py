"""Enrichment fixtures: the resources (spaCy's French model loads once per test session)
and the seed dispatch as an article published on 2019-01-15."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from veille.cli.main import main
from veille.enrich.defaults import default_resources
from veille.enrich.stage import Resources, pipeline
from veille.record import Article, Content, RawInput
from veille.service import Veille
from veille.settings import Settings

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


def stored_article(tmp_path: Path, record: dict[str, str]) -> Article:
    """``record`` (a veille JSON Lines record) ingested and enriched into a real store
    under ``tmp_path``, read back from it."""
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    with Veille(Settings(data_dir=tmp_path / "data")) as v:
        v.ingest(path)
        v.enrich()
        return next(v.store.iter_articles())


def enrich_through_cli(tmp_path: Path, records: list[dict[str, Any]],
                       capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    """The enrichment sections of ``records`` (veille JSON Lines records) ingested, enriched
    and exported through the CLI with a real store under ``tmp_path``, by the last
    character of each record's URL."""
    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(source)]) == 0
    assert main(["--data-dir", str(data), "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    return {json.loads(line)["url"][-1]: json.loads(line)["enrichment"]
            for line in capsys.readouterr().out.splitlines() if line.strip()}


def enrich_records(tmp: Path, records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``url -> enrichment section`` of ``records`` (veille JSON Lines records) ingested,
    enriched and exported through the CLI with a real store under ``tmp`` (a module-scoped
    fixture's folder: no capsys, the export goes to a file)."""
    source, data, out = tmp / "a.jsonl", str(tmp / "data"), tmp / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    assert main(["--data-dir", data, "export", "--format", "jsonl", "-o", str(out)]) == 0
    exported = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    return {r["content"]["url"]: r.get("enrichment") or {} for r in exported}
