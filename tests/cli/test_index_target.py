"""Regression (newuser7 P13 e): ``veille reindex`` with ``index_url = postgresql://…`` named
the tantivy directory it never touched; messages now name the real index, without the
URL's credentials (the PostgreSQL run itself: tests/postgres/test_pg_service.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.backends import index_target
from veille.cli.main import main
from veille.settings import load_settings
from veille.store.sqlite import SQLiteStore


def test_the_index_target_is_the_real_one_without_credentials(tmp_path: Path) -> None:
    url = "postgresql://veille:s3cret@db.example:5433/news"
    settings = load_settings({"data_dir": tmp_path, "index_url": url})
    assert index_target(settings) == "PostgreSQL search_docs on db.example:5433/news"
    socket = load_settings({"data_dir": tmp_path,
                            "index_url": "postgresql:///news?host=/run/pg&password=x"})
    assert index_target(socket) == "PostgreSQL search_docs on /run/pg/news"
    assert index_target(load_settings({"data_dir": tmp_path})) == str(tmp_path / "index")


def test_reindex_on_tantivy_names_its_directory(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    SQLiteStore.open(tmp_path / "veille.sqlite3").close()  # reindex needs a store (Q26)
    assert main(["--data-dir", str(tmp_path), "reindex"]) == 0
    assert capsys.readouterr().err.strip().endswith(f"in {tmp_path / 'index'}")
