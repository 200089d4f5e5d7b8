"""Stored outlet names follow the naming rules' version on PostgreSQL too (r-source57's
re-derivation, tested there on SQLite only: tests/extract/test_outlet_rules_version_r_source57.py).
A PostgreSQL store whose names older rules derived (a Reuters capture's site name "Skip to
main content", a page of "Nouvelle-Calédonie la 1ère" kept under 127.0.0.1, no version
kept; written so by hand in the real database) is named again by the next writer that
opens it, through the change log (the PostgreSQL index follows), a user's edited source
kept; the next writer does nothing. Same inputs as the SQLite test (own text)."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from tests.extract.test_outlet_rules_version_r_source57 import CAPTURE, OTHER, PAGE

import veille
from veille.cli.main import main
from veille.naming_rules import NAMING_STATE

REUTERS = "Storm floods Thessaly villages, cuts power on Crete"
NOUMEA = "Nouméa : le port engage ses travaux"


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def _rows(url: str) -> dict[str, tuple[str, str]]:
    """title -> (source column, site_name) as stored."""
    with psycopg.connect(url) as conn:
        found = {}
        for source, doc in conn.execute("SELECT source, doc FROM articles"):
            content = json.loads(doc)["content"]
            found[content["title"]] = (source, content["site_name"])
        return found


def _as_old_rules_stored(url: str) -> None:
    with psycopg.connect(url) as conn:
        for article_id, source, doc in conn.execute(
                "SELECT id, source, doc FROM articles").fetchall():
            record = json.loads(doc)
            content = record["content"]
            if content["site_name"] == "Reuters":
                content["site_name"] = "Skip to main content"
            if content["site_name"] == "Nouvelle-Calédonie la 1ère":
                source = record["source"] = "127.0.0.1"
            conn.execute("UPDATE articles SET source = %s, doc = %s WHERE id = %s",
                         (source, json.dumps(record, ensure_ascii=False), article_id))
            for table in ("signatures", "story_members"):
                conn.execute(f"UPDATE {table} SET source = %s WHERE article_id = %s",
                             (source, article_id))
        conn.execute("DELETE FROM counters WHERE name = %s", (NAMING_STATE,))


def _changes(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [kind for (kind,) in conn.execute("SELECT kind FROM changes ORDER BY seq")]


def test_names_stored_by_older_rules_are_derived_again_on_postgresql(
        tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "veille.toml").write_text(f'store_url = "{pg_url}"\nindex_url = "{pg_url}"\n',
                                      "utf-8")
    inputs = []
    for name, text in {"a.txt": CAPTURE, "b.html": PAGE, "c.txt": OTHER}.items():
        (tmp_path / name).write_text(text, "utf-8")
        inputs.append(str(tmp_path / name))
    args = ("--data-dir", str(data))
    _out(capsys, *args, "ingest", *inputs)
    records = [json.loads(line) for line in
               _out(capsys, *args, "latest", "--json").splitlines() if line.startswith("{")]
    ids = {record["content"]["title"]: record["id"] for record in records}
    epirus = next(i for title, i in ids.items() if "Epirus" in title)
    _out(capsys, *args, "edit", epirus, "--source", "apnews.com")
    _as_old_rules_stored(pg_url)
    assert _rows(pg_url)[REUTERS][1] == "Skip to main content"
    assert _rows(pg_url)[NOUMEA][0] == "127.0.0.1"

    with veille.open(data) as writer:  # a writer opens the store: the rules changed
        writer.store  # noqa: B018
        writer.sync()
    new = _rows(pg_url)
    assert new[REUTERS] == ("reuters.com", "Reuters")
    assert new[NOUMEA] == ("Nouvelle-Calédonie la 1ère", "Nouvelle-Calédonie la 1ère")
    assert new["Storm floods Epirus villages, cuts power on Crete"][0] == "apnews.com"
    kinds = _changes(pg_url)
    assert kinds.count("reextract") >= 2
    with psycopg.connect(pg_url) as conn:
        members = {s for (s,) in conn.execute("SELECT source FROM story_members")}
    assert "127.0.0.1" not in members
    latest = _out(capsys, *args, "latest")
    assert "127.0.0.1" not in latest and "Skip to" not in latest
    hits = json.loads(_out(capsys, *args, "search", "port", "--json"))
    assert "127.0.0.1" not in json.dumps(hits, ensure_ascii=False)
    assert "Nouvelle-Calédonie la 1ère" in json.dumps(hits, ensure_ascii=False)

    with veille.open(data) as writer:  # the version kept: the next writer changes nothing
        writer.store  # noqa: B018
    assert len(_changes(pg_url)) == len(kinds)
