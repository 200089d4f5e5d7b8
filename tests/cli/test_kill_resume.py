"""A ``kill -9`` in the middle of ``veille ingest`` leaves a consistent store, and running the
same ingest again completes it without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from capture_kit import VEILLE, err, make_capture, run_veille

BATCH = 50
FILES = 3000


def write_captures(root: Path, start: int, stop: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(start, stop):
        (root / f"{i:05d}.txt").write_text(make_capture(i, paragraphs=2).text, "utf-8")


def count_articles(db: Path) -> int:
    """The committed article count, read through a read-only connection (0 until it exists)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def ingest_and_kill(corpus: Path, data: Path, env: dict[str, str],
                    sig: signal.Signals = signal.SIGKILL) -> tuple[bool, int, str]:
    """Start an ingest, send it ``sig`` once a batch is committed; (stopped by it mid-way?,
    count, what it wrote on standard error)."""
    db = data / "veille.sqlite3"
    process = subprocess.Popen([str(VEILLE), "--data-dir", str(data), "ingest", str(corpus)],
                               env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if count_articles(db) >= BATCH:
                os.kill(process.pid, sig)
                break
            time.sleep(0.005)
        _out, said = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    stopped = process.returncode in (-sig, 130)
    return stopped, count_articles(db), said


def check_consistent(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)  # a read-write link, like the next veille run: WAL recovery
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute("SELECT COUNT(*) FROM articles a LEFT JOIN raw_inputs r "
                               "USING (raw_id) WHERE r.raw_id IS NULL").fetchone()[0]
        assert orphans == 0, "an article without its raw input"
        articles, ids, raw_ids = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT raw_id) FROM articles"
        ).fetchone()
        assert articles == ids == raw_ids
        raws = conn.execute("SELECT COUNT(*) FROM raw_inputs").fetchone()[0]
        dups = conn.execute("SELECT COUNT(*) FROM duplicates").fetchone()[0]
        fails = conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0]
        assert (raws, dups, fails) == (articles, 0, 0)
        return articles, raws
    finally:
        conn.close()


def test_killed_ingest_resumes_without_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env["VEILLE_BATCH_SIZE"] = str(BATCH)
    files = FILES
    write_captures(corpus, 0, files)

    for _attempt in range(3):  # a machine fast enough to finish first gets more files
        killed, committed, _said = ingest_and_kill(corpus, data, env)
        if killed and committed < files:
            break
        write_captures(corpus, files, files * 2)
        files *= 2
        for leftover in data.glob("*"):
            if leftover.is_file():
                leftover.unlink()
    assert killed and 0 < committed < files, "the ingest could not be killed mid-way"

    articles, _ = check_consistent(data / "veille.sqlite3")
    assert articles == committed
    assert articles % BATCH == 0, "a batch was partly committed"

    resumed = run_veille(["ingest", str(corpus)], data_dir=data, env=env, timeout=600)
    assert resumed.returncode == 0, err(resumed)
    assert (f"read {files}, new {files - articles}, duplicate {articles}, failed 0"
            in err(resumed))
    final, _ = check_consistent(data / "veille.sqlite3")
    assert final == files
    conn = sqlite3.connect(data / "veille.sqlite3")
    titles = {row[0] for row in conn.execute("SELECT title FROM articles")}
    conn.close()
    assert titles == {make_capture(i, paragraphs=2).title for i in range(files)}

    again = run_veille(["ingest", str(corpus)], data_dir=data, env=env, timeout=600)
    assert f"read {files}, new 0, duplicate {files}, failed 0" in err(again)


def test_interrupted_ingest_says_what_it_kept(tmp_path: Path) -> None:
    """t-final24 S11: Ctrl-C printed "aborted" only; it says now how many articles were
    kept and that the same command resumes."""
    corpus = tmp_path / "corpus"
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env["VEILLE_BATCH_SIZE"] = str(BATCH)
    write_captures(corpus, 0, FILES)
    stopped, committed, said = ingest_and_kill(corpus, data, env, signal.SIGINT)
    if not stopped or committed >= FILES:
        pytest.skip("the ingest ended before it could be interrupted")
    assert "aborted" not in said
    assert f"interrupted: {committed} new articles kept" in said, said[-400:]
    assert "run the same command again to resume" in said
