#!/usr/bin/env python3
"""Bench the "possibly cut" rule (docs/monitoring.md, verify14 V8 and verify15 R2): how many
whole pages that leave out ``</body></html>`` are taken as whole, and how many connection
cuts are taken for a whole page (``veille.collect.fetch.ends_closed``).

Data: the HTML pages of ``../shared/data/extraction`` (``aeb/`` and ``fr/``), each with its
``</body>`` and ``</html>`` removed (a page omitting its optional end tags), then cut at
200 positions spread through it (every position of a short page). A page whose whole body
is taken as whole is a hit; a cut position taken as whole is a cut that goes unmarked.

Usage (from the repository root)::

    .venv/bin/python bench/cut_pages.py            # this checkout's src
    .venv/bin/python bench/cut_pages.py OTHER/src  # another checkout, for a before/after
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction"


def main() -> int:
    sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "src")
    from veille.collect.fetch import ends_closed, open_document

    files = sorted([*DATA.glob("aeb/**/*.html"), *DATA.glob("fr/**/*.html")])
    if not files:
        print(f"no pages under {DATA}")
        return 1
    pages = whole = closed = total = 0
    started = time.perf_counter()
    for path in files:
        body = re.sub(rb"</(body|html)\s*>", b"", path.read_bytes(), flags=re.IGNORECASE)
        if not open_document(body):
            continue
        pages += 1
        whole += ends_closed(body.rstrip() + b"\n")
        for at in range(1, len(body), max(1, len(body) // 200)):
            total += 1
            closed += ends_closed(body[:at])
    print(f"pages {pages}, whole taken as whole {whole} ({whole / pages:.1%}); cut positions "
          f"{total}, taken as whole {closed} ({closed / total:.2%}); "
          f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
