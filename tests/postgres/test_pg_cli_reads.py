"""The CLI's read commands read the configured store (newuser8 Q9): with ``store_url`` set,
``latest``, ``show``, ``stats`` and ``export`` read the SQLite copy ``migrate-store`` left
behind (stale: the new article missing), or, in a data directory that never had a SQLite
file, said "no veille store" of the PostgreSQL one ``ingest`` had just filled. Real
PostgreSQL cluster, real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from capture_kit import make_capture
from veille.cli.main import main


def _out(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(args) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_read_commands_follow_store_url_after_a_migration(
        tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "captures"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    data = tmp_path / "data"
    args = ["--data-dir", str(data)]
    assert main([*args, "ingest", "--source", "quotidien.example", str(corpus)]) == 0
    assert main([*args, "migrate-store", "--to", pg_url]) == 0
    (data / "veille.toml").write_text(f'store_url = "{pg_url}"\nindex_url = "{pg_url}"\n',
                                      "utf-8")
    assert main([*args, "reindex"]) == 0
    extra = tmp_path / "new.txt"
    extra.write_text(make_capture(7).text, "utf-8")
    assert main([*args, "ingest", "--source", "quotidien.example", str(extra)]) == 0
    assert "articles: 4\n" in _out([*args, "stats"], capsys)
    latest = _out([*args, "latest", "-n", "10"], capsys).splitlines()
    assert len(latest) == 4
    title = make_capture(7).title
    [line] = [row for row in latest if row.endswith(title)]
    assert title in _out([*args, "show", line.split()[0]], capsys)
    exported = _out([*args, "export"], capsys).splitlines()
    assert len(exported) == 4
