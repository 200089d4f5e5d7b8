"""Score the h-dates63 held-out set: python score.py /path/to/veille-cli [WORK_DIR].

Each capture of ``cases/`` (a line of ``gold.jsonl``) is ingested alone, captured
2026-12-04 12:00 UTC, enriched and exported (:func:`bench.lib.exported_cases.score_cases`).
A check per ``[mention, value]`` of the line's ``dates``: the first date mentioned whose
text holds ``mention`` has a value starting with ``value``; ``null``: no date holds it (a
weekday or a day inside a place's name). Prints one line per check, then ``total: K/N``."""
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[3]))
from bench.lib.exported_cases import Check, score_cases  # noqa: E402


def mentioned(case: dict[str, Any], rows: list[dict[str, Any]]) -> Iterator[Check]:
    """One check per gold mention: (file, the mention, the wanted value's prefix, what
    veille resolved it to, cut to the wanted prefix's length)."""
    found = ((rows[0] if rows else {}).get("enrichment") or {}).get("dates") or []
    for text, want in case["dates"]:
        value = next((d.get("value") for d in found if text in d.get("text", "")), None)
        yield case["file"], f"date {text!r}", want, value[:len(want)] if want and value else value


sys.exit(score_cases(here, sys.argv[1:], "/tmp/h-dates63-score", mentioned,
                     captured=datetime(2026, 12, 4, 12, tzinfo=UTC).timestamp(), enrich=True))
