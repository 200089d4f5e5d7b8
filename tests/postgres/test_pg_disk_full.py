"""A full disk on the PostgreSQL store (SQLSTATE 53100, psycopg's ``errors.DiskFull``) is
the one-line :class:`~veille.errors.DiskFull` with what to do, as on SQLite
(newuser8 Q30; tests/store/test_disk_full.py). A real server cannot cheaply be filled, so
the server itself raises ``disk_full`` from a trigger, the way it does when a data file
cannot be extended: the real error class, through the real connection and CLI."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

import veille
from capture_kit import err, make_capture, run_veille
from veille import diskfull
from veille.errors import DiskFull
from veille.store.postgres import PgConnection, PostgresStore

FULL = "could not extend file \"base/16384/16390\": No space left on device"


def _fill_on_insert(pg_url: str, table: str) -> None:
    """Every insert into ``table`` fails as a full disk does."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"""CREATE FUNCTION disk_is_full() RETURNS trigger AS $$
                         BEGIN RAISE EXCEPTION '{FULL}' USING ERRCODE = 'disk_full'; END
                         $$ LANGUAGE plpgsql""")
        conn.execute(f"CREATE TRIGGER full_disk BEFORE INSERT ON {table} "
                     "FOR EACH ROW EXECUTE FUNCTION disk_is_full()")


def test_the_error_class_counts_as_a_full_disk() -> None:
    # the class, whatever its text says
    assert diskfull.is_disk_full(psycopg.errors.DiskFull("could not extend file \"base/1/2\""))
    assert not diskfull.is_disk_full(psycopg.errors.UniqueViolation("duplicate key"))


def test_the_connection_raises_disk_full_in_one_line(pg_url: str) -> None:
    conn = PgConnection(psycopg.connect(pg_url, autocommit=True), where="the database X")
    try:
        with pytest.raises(DiskFull) as raised:
            conn.execute("DO $$ BEGIN RAISE EXCEPTION 'full' USING ERRCODE = 'disk_full'; "
                         "END $$")
        assert isinstance(raised.value.__cause__, psycopg.errors.DiskFull)
        line = raised.value.one_line()
        assert "the store cannot be written: the disk holding the database X is full" in line
        assert diskfull.HINT in line
        conn.execute("SELECT 1")  # other errors stay psycopg's own; the connection lives
        with pytest.raises(psycopg.errors.UndefinedTable):
            conn.execute("SELECT * FROM no_such_table")
    finally:
        conn.close()


def test_ingest_into_a_full_store_is_one_line_and_exit_2(tmp_path: Path, pg_url: str) -> None:
    PostgresStore.open_url(pg_url).close()  # the tables
    _fill_on_insert(pg_url, "articles")
    corpus = tmp_path / "captures"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    done = run_veille(["ingest", str(corpus)], data_dir=tmp_path / "data",
                      env={"VEILLE_STORE_URL": pg_url})
    assert done.returncode == 2, err(done)
    assert "Traceback" not in err(done)
    assert "the store cannot be written: the disk holding the database postgresql://" \
        in err(done), err(done)
    assert "No space left on device" in err(done) and diskfull.HINT in err(done)
    with veille.open(tmp_path / "data", store_url=pg_url) as v:
        assert v.stats()["articles"] == 0
