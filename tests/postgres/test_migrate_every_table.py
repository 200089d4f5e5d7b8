"""``veille migrate-store`` moves every table: saved searches with their alert state, the
enrichment with its view's position, the UI's accounts, the log's followers (newuser7 P7:
a hand-kept list of tables dropped all of these without a word). A table the copy cannot
place stops it, naming the table."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import veille
from alert_kit import webhook_server
from capture_kit import json_record
from veille.cli.main import main
from veille.errors import StoreError
from veille.store.base import SavedSearch
from veille.store.migrate import NOT_COPIED, copy_store, source_tables
from veille.store.postgres import PostgresStore

TEXT = ("Emmanuel Macron a reçu Olaf Scholz à Lyon, a indiqué l'Élysée. « Nous avons trouvé "
        "un accord sur le volcan », a déclaré Olaf Scholz. Le sommet reprendra le 3 décembre "
        "2026 à Marseille, selon Ursula von der Leyen.")


def records(start: int, stop: int) -> bytes:
    lines = []
    for i in range(start, stop):
        record = json_record(i, date=f"2026-11-{1 + i:02d}T08:00:00Z")
        record["title"] = f"{record['title']} volcan"
        record["text"] = f"{TEXT}\n\n{record['text']}"
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def row_counts(tables: list[str], execute) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {t: int(execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in tables}


def test_every_table_moves_and_alerts_go_on_exactly_once(
        tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with webhook_server() as (hooks, url):
        with veille.open(data, fetch_allow="127.0.0.1") as v:
            v.ingest_bytes([("a.jsonl", records(0, 2))])
            v.save_search(SavedSearch(name="Volcans", query="volcan", collapse=False,
                                      webhook=url))
            v.ingest_bytes([("b.jsonl", records(2, 5))])
            assert v.deliver_alerts().sent == 3
            v.ingest_bytes([("c.jsonl", records(5, 7))])
            v.match_alerts()  # two deliveries queued, not sent yet: they must not be lost
            assert len(v.store.deliveries(pending=True)) == 2
            v.enrich()
            v.store.set_password_hash("ana", "hash-1")
            assert v.store.entities()
        main(["--data-dir", str(data), "saved", "list"])
        saved_before = capsys.readouterr().out
        lite = sqlite3.connect(data / "veille.sqlite3")
        tables = source_tables(lite)
        before = row_counts(tables, lite.execute)
        lite.close()
        for table in ("saved_searches", "alert_matches", "alert_outbox", "article_entities",
                      "quotes", "mentioned_dates", "article_places", "accounts",
                      "view_state", "log_followers"):
            assert table in tables
        for table in ("saved_searches", "alert_matches", "alert_outbox", "article_entities",
                      "accounts", "view_state", "log_followers"):
            assert before[table], table

        assert main(["--data-dir", str(data), "migrate-store", "--to", pg_url]) == 0
        assert "saved_searches: 1 row" in capsys.readouterr().err
        moved = PostgresStore.open_url(pg_url)
        try:
            assert row_counts(tables, moved.pg.execute) == before
        finally:
            moved.close()

        (data / "veille.toml").write_text(f'store_url = "{pg_url}"\n', "utf-8")
        assert main(["--data-dir", str(data), "saved", "list"]) == 0
        assert capsys.readouterr().out == saved_before
        assert main(["--data-dir", str(data), "stats"]) == 0
        stats = dict(line.strip().split(": ", 1) for line in capsys.readouterr().out.splitlines()
                     if ": " in line)
        with veille.open(data, fetch_allow="127.0.0.1") as v:
            assert int(stats["enrich_lag"]) == v.store.enrich_lag() == 0
            assert int(stats["enrich_seq"]) == v.store.enrich_applied_seq() > 0
            assert v.store.entities() and v.store.has_accounts()
            assert v.deliver_alerts().sent == 2  # the queued ones, nothing again
            assert v.deliver_alerts().sent == 0
            v.ingest_bytes([("d.jsonl", records(7, 8))])
            assert v.deliver_alerts().sent == 1  # the saved search goes on
            assert v.enrich().enriched == 1  # only the new article: the rest was copied
            # PostgreSQL's sequences go on after the ids copied (no key reused).
            added = v.save_search(SavedSearch(name="Plages", query="plage"))
            assert added.id > max(s.id for s in v.store.saved_searches() if s.name != "Plages")
    keys = [json.loads(body)["key"] for _, body in hooks.posts]
    assert len(keys) == 6 == len(set(keys))


def test_a_table_the_copy_cannot_place_stops_it(tmp_path: Path, pg_url: str) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", records(0, 1))])
    lite = sqlite3.connect(data / "veille.sqlite3")
    lite.execute("CREATE TABLE notes_locales (x TEXT)")
    lite.execute("INSERT INTO notes_locales VALUES ('à garder')")
    lite.commit()
    lite.close()
    with pytest.raises(StoreError, match="'notes_locales'.*will not drop it"):
        copy_store(data / "veille.sqlite3", pg_url)
    moved = PostgresStore.open_url(pg_url)
    try:  # nothing written
        assert not moved.pg.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]
    finally:
        moved.close()


def test_only_the_listed_tables_stay_behind(tmp_path: Path) -> None:
    """The tables left behind are SQLite's own bookkeeping, each with a reason; every
    table veille's migrations create is copied."""
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.jsonl", records(0, 1))])
    lite = sqlite3.connect(tmp_path / "data" / "veille.sqlite3")
    lite.execute("ANALYZE")
    names = {str(r[0]) for r in lite.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'table'")}
    tables = source_tables(lite)
    lite.close()
    assert names - set(tables) <= set(NOT_COPIED)
    assert all(name.startswith("sqlite_") and reason for name, reason in NOT_COPIED.items())
    assert [t for t in tables if t.startswith("sqlite_")] == []
    assert tables.index("raw_inputs") < tables.index("articles")
    assert tables.index("saved_searches") < tables.index("alert_outbox")
    assert tables.index("accounts") < tables.index("sessions")
