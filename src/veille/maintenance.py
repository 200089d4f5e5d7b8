"""Maintenance over the whole store: re-extraction after an upgrade, streamed (bounded
memory: one page of stored articles and one batch of results at a time)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from veille.ingest import BatchSink, build_pipeline
from veille.record import Article
from veille.store.sqlite import SQLiteStore

BATCH = 200


@dataclass(slots=True)
class ReextractResult:
    seen: int = 0
    changed: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    index_pending: int = 0
    index_error: str = ""


def reextract(store: SQLiteStore, *, progress: Callable[[int], None] | None = None,
              sinks: Sequence[BatchSink] = ()) -> ReextractResult:
    """Extract every stored raw input again and write back what changed.

    Ids do not change (they derive from the URL or the raw bytes), so links to articles
    stay valid. An article whose raw input no longer extracts keeps its stored content.
    Each written batch is passed to ``sinks`` (the search index replaces those articles).
    """
    # Each page now counts itself among its site's pages: one more than at ingest.
    pipeline = build_pipeline(lambda source: store.site_chrome(source, min_pages=4))
    result = ReextractResult()
    batch: list[Article] = []

    def flush() -> None:
        result.changed += store.replace_content(batch)
        for sink in sinks:
            sink(batch)
        if progress:
            progress(len(batch))
        batch.clear()

    for article in store.iter_articles(with_raw=True):
        result.seen += 1
        fresh = Article(raw=article.raw, id=article.id, source=article.source,
                        first_seen=article.first_seen, ext=article.ext)
        outcome = pipeline.run_one(fresh)
        if outcome.ok and outcome.article is not None:
            if article.dedup is not None and outcome.article.dedup is not None:
                # Links, versions and stories were found at ingest: keep them.
                outcome.article.dedup = replace(article.dedup,
                                                fingerprint=outcome.article.dedup.fingerprint)
            batch.append(outcome.article)
        else:
            result.failed += 1
            result.errors.append(outcome.error)
        if len(batch) >= BATCH:
            flush()
    flush()
    return result
