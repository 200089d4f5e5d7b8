"""`veille ingest` of a long input says it is at work from the start, where stderr is no
terminal too (a log, a pipe): a folder of two files, one a JSON Lines of a hundred articles,
said nothing for ~6 s, then everything (h-api66, t-final65 C8). Real CLI, real store."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, json_record, run_veille


def test_a_long_ingest_prints_a_progress_line_first(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = []
    for i in range(120):
        record = json_record(i)
        record["paragraphs"] = [f"Paragraphe {i} : " + "le conseil a voté le budget. " * 40]
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (folder / "articles.jsonl").stat().st_size > 100_000
    done = run_veille(["ingest", str(folder)], data_dir=tmp_path / "data")
    assert done.returncode == 0, err(done)
    said = err(done).splitlines()
    assert said and said[0] == "ingesting files: 0 of 1; inputs done: 0", said
    # the run's end is the summary's; a progress line for the last batch depends on the
    # machine's speed (ci-104, a quiet machine, printed none): not asserted
    assert "read 120, new 120" in err(done)


def test_a_small_ingest_prints_no_progress(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(json_record(1), ensure_ascii=False) + "\n", encoding="utf-8")
    done = run_veille(["ingest", str(path)], data_dir=tmp_path / "data")
    assert done.returncode == 0 and "ingesting files" not in err(done), err(done)
