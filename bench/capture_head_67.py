"""Held-out head lines of text captures (h-capture67): datelines, headlines, decks, bylines.

Each capture in ``bench/data/capture_head_67`` is scored on the fields its entry in
``expected.json`` names: ``day`` (MM-DD of the publication date), ``title``, ``lead`` (the
deck) and ``authors``. A key ``name@host`` ingests the capture with that source (as
``veille ingest --source host``). The captures were written for this bench (t-check66 F2, F3,
F4, F7, F10) before the fix; none is a copy of a reported case.

Run: ``PYTHONPATH=src python bench/capture_head_67.py [-v]``; prints one line per miss and the
score per field.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from veille.extract.text_capture import extract_text_capture

DATA = Path(__file__).parent / "data" / "capture_head_67"
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def main() -> None:
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
    hits: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for key, want in expected.items():
        name, _, host = key.partition("@")
        result = extract_text_capture((DATA / name).read_text(encoding="utf-8"), fetched_at=NOW,
                                      outlet=host, site_url=f"https://{host}/" if host else None)
        got = {"day": result.published.strftime("%m-%d") if result.published else None,
               "title": result.title, "lead": result.lead, "authors": result.authors}
        for field, value in want.items():
            total[field] += 1
            if got[field] == value:
                hits[field] += 1
            else:
                print(f"miss {key} {field}: {got[field]!r} (want {value!r})")
    for field in sorted(total):
        print(f"{field:8} {hits[field]}/{total[field]}")
    print(f"all      {sum(hits.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
