"""The smaller faults of issue #10, run as a user would: counts that add up, stats that
agree with ingest, every failure read from standard input kept."""

from __future__ import annotations

from pathlib import Path

from capture_kit import err, make_capture, out, run_veille

from .index_kit import assert_index_equals_store


def test_stats_agree_with_what_ingest_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    page = tmp_path / "page.txt"
    page.write_text(make_capture(1).text, "utf-8")
    assert run_veille(["ingest", str(page)], data_dir=data).returncode == 0
    again = run_veille(["ingest", str(page)], data_dir=data)
    assert "read 1, new 0, duplicate 1, failed 0, versions 0" in err(again)
    stats = out(run_veille(["stats"], data_dir=data))
    assert "duplicates: 1" in stats
    assert "index_lag: 0" in stats and "store_seq: 1" in stats and "index_seq: 1" in stats


def test_every_failure_read_from_standard_input_is_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for blob in (b"\x00\x01\x02 first binary blob", b"\x00\x01\x02 second binary blob"):
        result = run_veille(["ingest", "-"], data_dir=data, input=blob)
        assert result.returncode == 1, err(result)
    failures = out(run_veille(["stats", "--failures"], data_dir=data))
    assert "failures: 2" in failures
    assert len([line for line in failures.splitlines()
                if line.startswith("  <stdin>: binary data")]) == 2, failures


def test_reextract_streams_and_keeps_the_index(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    assert run_veille(["ingest", str(corpus)], data_dir=data).returncode == 0
    result = run_veille(["reextract"], data_dir=data)
    assert result.returncode == 0 and "articles 5" in err(result)
    assert_index_equals_store(data)
