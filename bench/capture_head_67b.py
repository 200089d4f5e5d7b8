"""Held-out head lines of text captures (h-capture67b): a headline over its deck, under
header lines the chrome tests do not know ("Edición Valencia  Hemeroteca", a weather widget,
"Today's Paper  Crosswords"), in es/fr/it/pt/ca/de/en.

Each capture in ``bench/data/capture_head_67b`` is scored on the fields its entry in
``expected.json`` names: ``title`` and ``lead`` (the deck; "" when the page has none). The
``ctl-`` captures are controls: the first line under the chrome is a headline without a deck
(or a teaser of another article sits above it). All were written for this bench (t-check66
F3, h-capture67 section 4 item 1) before the fix; none is a copy of a reported case. The
``b2-`` captures (a headline in its own words over a deck restating the lead, not copying
it) and the ``by-`` captures (scored on ``authors``: an outlet no table knows after the
byline's name, h-capture67 section 4 item 3) were written after the first fix, and scored
on the base too.

Run: ``PYTHONPATH=src python bench/capture_head_67b.py``; prints one line per miss and the
score per field.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from veille.extract.text_capture import extract_text_capture

DATA = Path(__file__).parent / "data" / "capture_head_67b"
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
