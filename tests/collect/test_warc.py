"""WARC archives: HTML responses become articles, with progress, and a re-run resumes."""

from __future__ import annotations

import gzip
from pathlib import Path

from sitekit import warc_record, write_warc
from veille.collect.warc import archive_bytes, read_warc
from veille.ingest import ingest_paths
from veille.record import RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def test_html_responses_become_raw_inputs(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "news.warc.gz", 5)
    seen: list[int] = []
    items = list(read_warc(path, max_bytes=1_000_000, progress=seen.append))
    assert all(isinstance(i, RawInput) for i in items) and len(items) == 5
    first = items[0]
    assert isinstance(first, RawInput)
    assert first.url == "https://news.example/news/0.html" and first.media_type == "text/html"
    assert first.data.startswith(b"<!doctype html>")
    assert first.fetched_at.year == 2026
    assert sum(seen) == path.stat().st_size == archive_bytes([tmp_path])


def test_ingest_a_warc_then_resume(tmp_path: Path, store: SQLiteStore,
                                   settings: Settings) -> None:
    path = write_warc(tmp_path / "news.warc.gz", 30)
    done = ingest_paths(store, [path], settings=settings)
    assert (done.new, done.failed) == (30, 0), done.errors
    article = store.latest(limit=1)[0]
    assert article.url is not None and article.url.startswith("https://news.example/news/")
    again = ingest_paths(store, [tmp_path], settings=settings)
    assert (again.new, again.duplicate) == (0, 30)


def test_plain_warc_oversized_record_and_damage(tmp_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    plain.write_bytes(warc_record("https://x.example/a", b"<p>" + b"a" * 5000 + b"</p>", n=1))
    items = list(read_warc(plain, max_bytes=1000))
    assert len(items) == 1 and not isinstance(items[0], RawInput)
    assert items[0].reason == "too-large"
    broken = tmp_path / "broken.warc.gz"
    good = gzip.compress(warc_record("https://x.example/b", b"<p>fine</p>", n=2))
    broken.write_bytes(good + b"\x1f\x8b\x08\x00garbage" * 10)
    items = list(read_warc(broken, max_bytes=100_000))
    assert isinstance(items[0], RawInput)
