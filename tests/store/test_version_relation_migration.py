"""Records of a version written before a version kept its article's place in the dedup
graph (newuser11b U9) said ``relation: version``, the original even ``duplicate_of`` its
own reprint; the CSV export's ``relation`` column read it until the article's next
version (note9 "What is left"). Migration 11 gives every such record its place from the
links on open, as the next version would. The old store is built in the test: a real
store file with the old records written into it and its schema set back to 10."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import veille
from alert_kit import dated_outlet as page
from capture_kit import err, out, run_veille
from veille.store.migrations import SCHEMA_VERSION


def _old_store(data: Path) -> tuple[str, str]:
    """A store with a dispatch (the original, then a reprint of it) whose records are
    set as the version code wrote them before: the original ``relation: version``,
    ``duplicate_of`` its reprint; the reprint ``relation: version`` too; schema 10."""
    with veille.open(data) as v:
        v.ingest_bytes([page("agence.example", 0, 3)])
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        by_source = {a.source: a.id for a in v.latest(2)}
    original, copy = by_source["agence.example"], by_source["copie.example"]
    conn = sqlite3.connect(data / "veille.sqlite3")
    for article, other in ((original, copy), (copy, original)):
        doc = json.loads(conn.execute("SELECT doc FROM articles WHERE id = ?",
                                      (article,)).fetchone()[0])
        doc["dedup"].update(relation="version", duplicate_of=other, version_of=article)
        conn.execute("UPDATE articles SET doc = ? WHERE id = ?", (json.dumps(doc), article))
    conn.execute("ALTER TABLE fetch_state DROP COLUMN retry_at")  # schema 12's
    conn.execute("DROP TABLE merged_articles")  # schema 13's
    conn.execute("ALTER TABLE articles DROP COLUMN own_time")  # schema 14's
    conn.execute("ALTER TABLE articles DROP COLUMN time_precision")
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    conn.close()
    return original, copy


def test_old_version_records_get_their_place_on_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    original, copy = _old_store(data)
    exported = run_veille(["export", "--format", "csv", "--query", "Etna"], data_dir=data)
    assert exported.returncode == 0, err(exported)
    rows = {r["id"]: r["relation"] for r in csv.DictReader(io.StringIO(out(exported)))}
    assert rows == {original: "", copy: "reprint"}
    with veille.open(data) as v:
        first, second = v.get(original).dedup, v.get(copy).dedup
    assert first is not None and second is not None
    assert (first.relation, first.duplicate_of, first.version_of) == ("", None, original)
    assert (second.relation, second.duplicate_of) == ("reprint", original)
    conn = sqlite3.connect(data / "veille.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_old_version_records_get_their_place_on_postgres(tmp_path: Path, pg_url: str) -> None:
    """The same migration on the PostgreSQL store (its schema set back to 10)."""
    import psycopg

    data = tmp_path / "data"
    with veille.open(data, store_url=pg_url) as v:
        v.ingest_bytes([page("agence.example", 0, 3)])
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        by_source = {a.source: a.id for a in v.latest(2)}
    original, copy = by_source["agence.example"], by_source["copie.example"]
    with psycopg.connect(pg_url) as conn:
        for article, other in ((original, copy), (copy, original)):
            doc = json.loads(conn.execute("SELECT doc FROM articles WHERE id = %s",
                                          (article,)).fetchone()[0])
            doc["dedup"].update(relation="version", duplicate_of=other, version_of=article)
            conn.execute("UPDATE articles SET doc = %s WHERE id = %s",
                         (json.dumps(doc), article))
        conn.execute("ALTER TABLE fetch_state DROP COLUMN retry_at")  # schema 12's
        conn.execute("DROP TABLE merged_articles")  # schema 13's
        conn.execute("ALTER TABLE articles DROP COLUMN own_time")  # schema 14's
        conn.execute("ALTER TABLE articles DROP COLUMN time_precision")
        conn.execute("UPDATE veille_schema SET version = 10")
    with veille.open(data, store_url=pg_url) as v:
        first, second = v.get(original).dedup, v.get(copy).dedup
    assert first is not None and second is not None
    assert (first.relation, first.duplicate_of, first.version_of) == ("", None, original)
    assert (second.relation, second.duplicate_of) == ("reprint", original)
