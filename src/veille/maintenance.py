"""Maintenance over the whole store: re-extraction after an upgrade, streamed (bounded
memory: a few chunks of stored articles in flight and one batch of results at a time).

The pure part (extraction and fingerprints) runs on an executor (this process by default,
or a Dask cluster, :mod:`veille.executors`), chunk by chunk; each chunk carries what its
stages need from the store (the chrome of its sites, a snapshot), so a worker never reads
the store. The writer, here, commits the results in the chunks' order, and records after
each commit the last article done in a cursor file (``reextract.cursor`` in the data
directory): a run killed anywhere resumes after the last committed batch.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any

from veille.executors.base import Executor
from veille.executors.local import LocalExecutor
from veille.ingest import BatchSink, build_pipeline
from veille.record import Article
from veille.source_edits import as_given, kept_edit
from veille.store.sqlite import SQLiteStore

BATCH = 200
CURSOR_FILE = "reextract.cursor"
CHROME_MIN_PAGES = 4
"""Each page now counts itself among its site's pages: one more than at ingest's 3."""


@dataclass(slots=True)
class ReextractResult:
    seen: int = 0
    changed: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    index_pending: int = 0
    index_error: str = ""
    resumed_after: int = 0
    enrich_pending: int = 0
    """Changes the enrichment view has yet to follow (``veille enrich``) after the run."""


def extract_chunk(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """On any worker: re-extract a chunk. ``payload``: ``{"chrome": {source: [blocks]},
    "articles": [Article.to_dict(with_raw_data=True)]}``; returns, per article,
    ``{"article": dict}`` or ``{"error": message}``."""
    chrome = {source: frozenset(blocks) for source, blocks in payload["chrome"].items()}
    pipeline = build_pipeline(lambda source: chrome.get(source, frozenset()))
    results: list[dict[str, Any]] = []
    for record in payload["articles"]:
        article = Article.from_dict(record)
        # a user's edit of its source (veille.source_edits) is extracted with and kept
        outcome = pipeline.run_one(as_given(article))
        if outcome.ok and outcome.article is not None:
            kept_edit(article, outcome.article)
            if article.dedup is not None and outcome.article.dedup is not None:
                # Links, versions and stories were found at ingest: keep them.
                outcome.article.dedup = replace(article.dedup,
                                                fingerprint=outcome.article.dedup.fingerprint)
            # Enrichment is a derived view of the change log (``veille.enrich.view``), not
            # extraction's to clear: the stored one stays, so an article whose content did
            # not change is written back identical (not changed, not logged), and a changed
            # one keeps its known entities and places in search until the enrichment view
            # follows its ``reextract`` change.
            outcome.article.enrichment = article.enrichment
            results.append({"article": outcome.article.to_dict()})
        else:
            results.append({"error": outcome.error})
    return results


def _payloads(store: SQLiteStore, articles: Iterable[Article],
              batch: int) -> Iterator[dict[str, Any]]:
    it = iter(articles)
    while chunk := list(islice(it, batch)):
        sources = {a.source for a in chunk}
        yield {"chrome": {s: sorted(store.site_chrome(s, min_pages=CHROME_MIN_PAGES))
                          for s in sources},
               "articles": [a.to_dict(with_raw_data=True) for a in chunk]}


def _resume(store: SQLiteStore, cursor: Path | None) -> tuple[Iterator[Article], int]:
    """Stored articles (with raw bytes) after the cursor's last committed one."""
    articles = store.iter_articles(with_raw=True)
    if cursor is None or not cursor.is_file():
        return articles, 0
    state = json.loads(cursor.read_text("utf-8"))
    last, done = str(state.get("last_id", "")), int(state.get("done", 0))
    ids = (a.id for a in store.iter_articles())
    skipped = 0
    for article_id in ids:  # cheap: no raw bytes, no extraction
        skipped += 1
        if article_id == last:
            break
    else:
        return store.iter_articles(with_raw=True), 0
    return islice(store.iter_articles(with_raw=True), skipped, None), done


def _save(cursor: Path | None, last_id: str, done: int) -> None:
    if cursor is None:
        return
    tmp = cursor.with_suffix(".tmp")
    tmp.write_text(json.dumps({"last_id": last_id, "done": done}), "utf-8")
    os.replace(tmp, cursor)


def reextract(store: SQLiteStore, *, progress: Callable[[int], None] | None = None,
              sinks: Sequence[BatchSink] = (), executor: Executor | None = None,
              cursor: Path | None = None, batch_size: int = BATCH) -> ReextractResult:
    """Extract every stored raw input again and write back what changed.

    Ids do not change (they derive from the URL or the raw bytes), so links to articles
    stay valid. An article whose raw input no longer extracts keeps its stored content.
    An article keeps its enrichment: unchanged, it is not written (nor counted, nor
    logged); changed, its ``reextract`` change is followed by the enrichment view, which
    replaces the enrichment then.
    Each written batch is passed to ``sinks`` (the search index replaces those articles).
    ``cursor``: the file that makes the run resumable (removed when it completes);
    ``batch_size``: articles per chunk (and per committed batch).
    """
    executor = executor or LocalExecutor()
    result = ReextractResult()
    articles, result.resumed_after = _resume(store, cursor)
    done = result.resumed_after
    for payload_ids, outcomes in _with_ids(executor, _payloads(store, articles, batch_size)):
        batch: list[Article] = []
        for outcome in outcomes:
            result.seen += 1
            if "article" in outcome:
                batch.append(Article.from_dict(outcome["article"]))
            else:
                result.failed += 1
                result.errors.append(outcome["error"])
        result.changed += store.replace_content(batch)
        for sink in sinks:
            sink(batch)
        done += len(payload_ids)
        _save(cursor, payload_ids[-1], done)
        if progress:
            progress(len(payload_ids))
    if cursor is not None:
        cursor.unlink(missing_ok=True)
    return result


def _with_ids(executor: Executor, chunks: Iterator[dict[str, Any]]
              ) -> Iterator[tuple[list[str], list[dict[str, Any]]]]:
    """The executor's results, each with the ids of its chunk (for the cursor)."""
    chunk_ids: list[list[str]] = []

    def payloads() -> Iterator[dict[str, Any]]:
        for payload in chunks:
            chunk_ids.append([a["id"] for a in payload["articles"]])
            yield payload

    for outcomes in executor.map_ordered(extract_chunk, payloads()):
        yield chunk_ids.pop(0), outcomes
