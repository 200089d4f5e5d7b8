"""The reading commands, for real: ``show`` (text, ``--json``, ``--raw``), ``latest``,
``export``, ``reextract``, ``stats``, and how the data directory is chosen."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from capture_kit import err, json_record, make_capture, out, run_veille
from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.record import Article
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PUBLISHED = ["2024-03-05T10:00:00+01:00", "2024-03-07T08:30:00+01:00",
             "2023-12-31T23:59:00+00:00", "2024-03-06T12:00:00Z"]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A store with dated records, undated captures and one cp1252 capture."""
    data_dir = tmp_path / "data"
    store = SQLiteStore.open(Settings(data_dir=data_dir).store_path)
    records = [json.dumps(json_record(i, published=p)) for i, p in enumerate(PUBLISHED)]
    ingest_texts(store, [("feed.jsonl", "\n".join(records).encode()),
                         ("undated.txt", make_capture(1).bytes()),
                         ("legacy.txt", make_capture(2).bytes("cp1252"))])
    assert store.counts()["articles"] == 6
    store.close()
    return data_dir


def ids_by_origin(data_dir: Path) -> dict[str, str]:
    conn = sqlite3.connect(data_dir / "veille.sqlite3")
    try:
        return dict(conn.execute(
            "SELECT r.origin, a.id FROM articles a JOIN raw_inputs r USING (raw_id)"))
    finally:
        conn.close()


def test_show_as_text(data: Path) -> None:
    article_id = ids_by_origin(data)["undated.txt"]
    capture = make_capture(1)
    result = run_veille(["show", article_id], data_dir=data)
    assert result.returncode == 0, err(result)
    text = out(result)
    assert text.splitlines()[0] == capture.title
    assert f"id: {article_id}" in text and "language: fr" in text
    assert "published: -" in text and "first seen: " in text
    flowing = " ".join(text.split())
    for paragraph in capture.paragraphs:
        assert paragraph in flowing
    # the page's chrome is no part of the text; it is listed apart under it, each block
    # with its reason (issue 14, r-ux51)
    body, left_out = re.split(r"\n(?:Écarté par l'extraction|Left out by extraction)\n",
                              text, maxsplit=1)
    assert "Rechercher" not in body and "Partager" not in body
    assert "Rechercher" in left_out


def test_show_as_json_is_the_full_record(data: Path) -> None:
    article_id = ids_by_origin(data)["feed.jsonl#2"]
    result = run_veille(["show", article_id, "--json"], data_dir=data)
    assert result.returncode == 0, err(result)
    record = json.loads(out(result))
    article = Article.from_dict(record)
    assert article.id == article_id
    assert article.content is not None
    assert article.content.published == datetime.fromisoformat(PUBLISHED[1])
    assert article.url == json_record(1)["url"]
    assert article.to_dict() == record
    assert set(record) >= {"id", "source", "url", "first_seen", "raw", "content", "dedup"}
    assert record["dedup"]["fingerprint"]


def test_show_raw_gives_back_the_capture_byte_for_byte(data: Path) -> None:
    """Regression: ``--raw`` decoded the bytes as UTF-8, so a cp1252 capture came out with
    "\ufffd" in place of every accent."""
    ids = ids_by_origin(data)
    undated = run_veille(["show", ids["undated.txt"], "--raw"], data_dir=data)
    assert undated.returncode == 0
    assert undated.stdout == make_capture(1).bytes()
    legacy = run_veille(["show", ids["legacy.txt"], "--raw"], data_dir=data)
    assert legacy.stdout == make_capture(2).bytes("cp1252")
    line = run_veille(["show", ids["feed.jsonl#1"], "--raw"], data_dir=data)
    assert json.loads(line.stdout) == json_record(0, published=PUBLISHED[0])


def test_unknown_id_is_exit_2_with_one_line(data: Path) -> None:
    for args in (["show", "0000000000000000"], ["show", "nope", "--json"],
                 ["show", "nope", "--raw"]):
        result = run_veille(args, data_dir=data)
        assert result.returncode == 2
        assert result.stdout == b""
        (line,) = err(result).strip().splitlines()
        assert line.startswith("error: no article with id ") and "veille latest" in line


def test_latest_is_newest_first(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = ids_by_origin(data)
    assert main(["--data-dir", str(data), "latest", "-n", "4", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 4
    # Dated articles first, newest first; undated ones apart after them (never as today's
    # news), newest first seen first (issue 12).
    assert [r["id"] for r in records] == [ids["feed.jsonl#2"], ids["feed.jsonl#4"],
                                          ids["feed.jsonl#1"], ids["feed.jsonl#3"]]
    assert main(["--data-dir", str(data), "latest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:4]] == [r["id"] for r in records]
    assert {line.split()[0] for line in lines[4:]} == {ids["undated.txt"], ids["legacy.txt"]}
    assert lines[0].split()[1:3] == ["2024-03-07", "08:30"]
    assert "date unknown, first seen" in lines[4] and "date unknown" not in lines[3]
    assert main(["--data-dir", str(data), "latest", "-n", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_a_read_command_on_a_missing_data_dir_says_so_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """newuser6 M24: a mistyped --data-dir was created empty and `latest` printed nothing,
    as if there were no news."""
    missing = tmp_path / "typo"
    for command in (["latest"], ["stories"], ["stats"]):
        assert main(["--data-dir", str(missing), *command]) != 0
        assert "no veille store in" in capsys.readouterr().err
    assert not missing.exists()
    empty = tmp_path / "empty"
    SQLiteStore.open(empty / "veille.sqlite3").close()
    assert main(["--data-dir", str(empty), "latest"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no articles in" in captured.err


def test_latest_refuses_a_bad_count(data: Path) -> None:
    result = run_veille(["latest", "-n", "0"], data_dir=data)
    assert result.returncode == 2 and "Traceback" not in err(result)


def test_export_jsonl_round_trips(data: Path, tmp_path: Path) -> None:
    result = run_veille(["export", "--format", "jsonl"], data_dir=data)
    assert result.returncode == 0, err(result)
    lines = out(result).splitlines()
    assert len(lines) == 6
    store = SQLiteStore.open(data / "veille.sqlite3", readonly=True)
    try:
        for line in lines:
            record = json.loads(line)
            article = Article.from_dict(record)
            assert article.to_dict() == record
            assert store.get(article.id).to_dict() == record
    finally:
        store.close()
    to_file = run_veille(["export", "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")],
                         data_dir=data)
    assert to_file.returncode == 0
    assert (tmp_path / "out.jsonl").read_text("utf-8").splitlines() == lines


def test_export_then_ingest_into_another_store(data: Path, tmp_path: Path) -> None:
    """Regression: veille could not read its own export (every line "has neither title
    nor text"), so a store could not be moved or merged through it."""
    exported = tmp_path / "export.jsonl"
    assert run_veille(["export", "-o", str(exported)], data_dir=data).returncode == 0
    other = tmp_path / "other"
    result = run_veille(["ingest", str(exported)], data_dir=other)
    assert result.returncode == 0, err(result)
    assert "new 6" in err(result)

    def contents(data_dir: Path) -> dict[str, tuple[object, ...]]:
        store = SQLiteStore.open(data_dir / "veille.sqlite3", readonly=True)
        try:
            return {a.content.title: (a.content.paragraphs, a.content.published, a.url)
                    for a in store.iter_articles() if a.content}
        finally:
            store.close()

    assert contents(other) == contents(data)
    again = run_veille(["ingest", str(exported)], data_dir=other)
    assert "new 0, duplicate 6" in err(again)


def _tamper(data: Path, article_id: str) -> None:
    conn = sqlite3.connect(data / "veille.sqlite3")
    with conn:
        conn.execute("UPDATE articles SET title = 'Tampered', doc = json_set(doc, "
                     "'$.content.title', 'Tampered', '$.content.paragraphs[0]', 'x') "
                     "WHERE id = ?", (article_id,))
    conn.close()


def test_reextract_changes_nothing_on_a_fresh_store_and_repairs_a_tampered_one(
        data: Path) -> None:
    fresh = run_veille(["reextract"], data_dir=data)
    assert fresh.returncode == 0, err(fresh)
    assert "articles 6, changed 0, failed 0" in err(fresh)
    ids = ids_by_origin(data)
    before = json.loads(out(run_veille(["show", ids["undated.txt"], "--json"], data_dir=data)))
    _tamper(data, ids["undated.txt"])
    _tamper(data, ids["feed.jsonl#3"])
    tampered = json.loads(out(run_veille(["show", ids["undated.txt"], "--json"],
                                         data_dir=data)))
    assert tampered["content"]["title"] == "Tampered"
    repaired = run_veille(["reextract"], data_dir=data)
    assert repaired.returncode == 0, err(repaired)
    assert "articles 6, changed 2, failed 0" in err(repaired)
    after = json.loads(out(run_veille(["show", ids["undated.txt"], "--json"], data_dir=data)))
    assert after == before
    conn = sqlite3.connect(data / "veille.sqlite3")
    titles = {row[0] for row in conn.execute("SELECT title FROM articles")}
    conn.close()
    assert "Tampered" not in titles
    again = run_veille(["reextract"], data_dir=data)
    assert "changed 0" in err(again)


def test_reextract_keeps_ids_first_seen_and_order(data: Path) -> None:
    before = out(run_veille(["export"], data_dir=data))
    assert run_veille(["reextract"], data_dir=data).returncode == 0
    assert out(run_veille(["export"], data_dir=data)) == before


def test_read_commands_take_the_data_dir_from_the_environment(data: Path) -> None:
    by_env = run_veille(["latest"], env={"VEILLE_DATA_DIR": str(data)})
    by_flag = run_veille(["latest"], data_dir=data)
    assert by_env.returncode == by_flag.returncode == 0
    assert out(by_env) == out(by_flag) and len(out(by_env).splitlines()) == 6


def test_stats(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "stats", "--failures"]) == 0
    text = capsys.readouterr().out
    assert "articles: 6" in text and "raw_inputs: 6" in text and "failures: 0" in text


def test_main_returns_2_on_unknown_id(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "show", "ffffffffffffffff"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == ("error: no article with id 'ffffffffffffffff'; "
                                    "list ids with `veille latest` or `veille search`")


def test_first_seen_is_a_recent_utc_time(data: Path) -> None:
    store = SQLiteStore.open(data / "veille.sqlite3", readonly=True)
    try:
        for article in store.iter_articles():
            assert article.first_seen.tzinfo is not None
            age = datetime.now(UTC) - article.first_seen
            assert 0 <= age.total_seconds() < 600
    finally:
        store.close()


def test_export_of_an_unknown_story_is_an_error(data: Path) -> None:
    """Regression: ``export --story nope`` printed nothing and exited 0, as if the story
    existed and were empty."""
    result = run_veille(["export", "--story", "nope"], data_dir=data)
    assert result.returncode != 0 and out(result) == ""
    assert "no story 'nope'" in err(result) and "veille stories" in err(result)
    assert "Traceback" not in err(result)
