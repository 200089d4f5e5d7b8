"""Ingest JSON records through the real CLI into a real store, enrich them, and read the
enrichment back by URL (the tests of places and entities written from records)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from veille.cli.main import main


def enriched_by_url(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    *articles: dict[str, object]) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``articles`` (JSON records) once ingested into
    ``tmp_path/data``, enriched and exported with `veille`."""
    source = tmp_path / "a.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                      encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    found: dict[str, dict[str, Any]] = {}
    for line in capsys.readouterr().out.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            found[record["content"]["url"]] = record.get("enrichment") or {}
    return found


def enriched_in(tmp: Path, *articles: dict[str, object]) -> dict[str, dict[str, Any]]:
    """:func:`enriched_by_url` without ``capsys`` (the export written to a file), for a
    module-scoped fixture that enriches its records once: ``tmp`` from
    ``tmp_path_factory.mktemp``."""
    source, out = tmp / "a.jsonl", tmp / "out.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                      encoding="utf-8")
    data = str(tmp / "data")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    assert main(["--data-dir", data, "export", "--format", "jsonl", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    return {r["content"]["url"]: r.get("enrichment") or {} for r in records}
