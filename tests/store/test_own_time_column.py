"""Regression (bench/article_page.py, issue 14): the page of a huge record stored before
the article bound took ~2 s of server time, 1.6 s of it in the story queries'
``json_extract`` over the record, which SQLite parses whole at every call (some twenty per
story article). The article's own publication time and its precision are now columns
the store keeps with the content (migration 14): the story summary reads no record, and
the columns say what the record says, after ingest, re-extraction and the migration of an
older store. Real SQLite store."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import veille
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

RECORDS = [
    {"title": "Conseil municipal de Nouméa", "text": "Le conseil s'est réuni longuement.",
     "url": "https://a.example/1", "source": "a.example", "language": "fr",
     "published": "2026-11-29T18:00:00+11:00"},
    {"title": "Marché de Noël à Strasbourg", "text": "Le marché ouvre ses portes demain.",
     "url": "https://b.example/2", "source": "b.example", "language": "fr",
     "published": "2026-11-30"},
    {"title": "Une page sans date", "text": "Un texte sans date de publication aucune.",
     "url": "https://c.example/3", "source": "c.example", "language": "fr"},
]


def _store(data: Path) -> None:
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join(json.dumps(r) for r in RECORDS).encode())])


def _columns_and_records(data: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data / "veille.sqlite3")
    try:
        return conn.execute(
            "SELECT own_time, json_extract(doc, '$.content.published'), time_precision, "
            "json_extract(doc, '$.content.published_precision') FROM articles ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def test_the_columns_say_what_the_record_says(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _store(data)
    rows = _columns_and_records(data)
    assert len(rows) == 3
    assert all(row[0] == row[1] and row[2] == row[3] for row in rows), rows
    assert {row[0] for row in rows} == {"2026-11-29T18:00:00+11:00",
                                        "2026-11-30T00:00:00+01:00", None}
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:  # re-extraction: a new date
        article = next(a for a in store.iter_articles() if a.source == "a.example")
        assert article.content is not None
        when = article.content.published
        assert when is not None
        store.replace_content([dataclasses.replace(article, content=dataclasses.replace(
            article.content, published=when.replace(hour=9), published_precision="time"))])
    finally:
        store.close()
    rows = _columns_and_records(data)
    assert "2026-11-29T09:00:00+11:00" in {row[0] for row in rows}
    assert all(row[0] == row[1] and row[2] == row[3] for row in rows), rows


def test_an_older_store_gets_the_columns_on_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _store(data)
    conn = sqlite3.connect(data / "veille.sqlite3")
    conn.execute("ALTER TABLE articles DROP COLUMN own_time")
    conn.execute("ALTER TABLE articles DROP COLUMN time_precision")
    conn.execute("PRAGMA user_version = 13")  # before migration 14 (the columns)
    conn.commit()
    conn.close()
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        stories = store.stories(limit=10)
    finally:
        store.close()
    rows = _columns_and_records(data)
    assert all(row[0] == row[1] and row[2] == row[3] for row in rows), rows
    assert {row[0] for row in rows} == {"2026-11-29T18:00:00+11:00",
                                        "2026-11-30T00:00:00+01:00", None}
    assert sorted(s.first_precision for s in stories) == ["day", "seen", "time"]


def test_the_story_summary_reads_no_record(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _store(data)
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    statements: list[str] = []
    try:
        story_id = next(iter(store.stories(limit=1))).story_id
        store.conn.set_trace_callback(statements.append)
        [summary] = store.stories(limit=1, story_id=story_id)
        store.conn.set_trace_callback(None)
    finally:
        store.close()
    assert summary.first_precision in {"time", "day", "seen"}
    assert statements and not [s for s in statements if "json_extract" in s], statements
