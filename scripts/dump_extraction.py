#!/usr/bin/env python3
"""Dump every output of veille's extractors on the benchmark pages, to diff before/after.

Why: a speed change to extraction must leave every output identical. This writes one JSON
line per input -- every field of :func:`veille.extract.html.extract_html` (with and without
captions) and of :func:`~veille.extract.html.extract_dates` for each HTML page, every field
of :func:`veille.extract.text_capture.extract_text_capture` for each text capture -- so two
runs (integ's ``src`` and a branch's) compare with ``cmp`` or ``diff``.

Inputs, each when present: the 181 AEB pages (with their URLs), the French pages and the
Wikinews HTML of ``$VEILLE_SHARED_DIR`` (default ``../shared``); ``tests/fixtures/html``;
the capture bench's renders (``bench/.cache/captures``, made by ``bench/captures.py``);
``tests/fixtures/captures`` and ``demo/captures``; the demo corpus's texts
(``demo/wikinews-fr/articles.jsonl``) read as captures. Every page is read at the same
fixed fetch time, so relative dates do not move between runs.

Usage (from the repository root)::

    PYTHONPATH=src python scripts/dump_extraction.py /tmp/after.jsonl
    PYTHONPATH=/tmp/integ/src python scripts/dump_extraction.py /tmp/before.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from veille.errors import ExtractionError  # noqa: E402
from veille.extract.html import extract_dates, extract_html  # noqa: E402
from veille.extract.html_encoding import decode_html  # noqa: E402
from veille.extract.text_capture import extract_text_capture  # noqa: E402

#: Every extraction reads its dates against this moment.
FETCHED_AT = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _encode(value: object) -> object:
    """JSON for what :func:`json.dumps` does not know: dataclasses, sets, dates."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    return str(value)


def _outcome(call: Callable[..., object], *args: object, **kwargs: object) -> object:
    """``call(*args, **kwargs)``, or its ExtractionError as text (a refusal is an output)."""
    try:
        return call(*args, **kwargs)
    except ExtractionError as exc:
        return f"ExtractionError({exc.reason}): {exc}"


def html_pages(shared: Path) -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every HTML page found."""
    from lib.datasets import load_aeb  # reads $VEILLE_SHARED_DIR itself

    for record in load_aeb().records:
        yield f"aeb/{record.id}", record.html_bytes, record.url
    for folder in (shared / "data" / "extraction" / "fr" / "pages",
                   shared / "data" / "corpora" / "wikinews-fr" / "html",
                   ROOT / "tests" / "fixtures" / "html"):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and path.suffix != ".json":
                    yield str(path.relative_to(path.parents[2])), path.read_bytes(), None


def captures() -> Iterator[tuple[str, str]]:
    """(name, text) of every text capture found."""
    for folder in (ROOT / "bench" / ".cache" / "captures", ROOT / "tests" / "fixtures" / "captures",
                   ROOT / "demo" / "captures"):
        if folder.is_dir():
            for path in sorted(folder.rglob("*.txt")):
                yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    demo = ROOT / "demo" / "wikinews-fr" / "articles.jsonl"
    if demo.is_file():
        for line in demo.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            yield f"demo/{article['id']}", f"{article['title']}\n\n{article['text']}"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    shared = Path(os.environ.get("VEILLE_SHARED_DIR", ROOT.parent / "shared"))
    os.environ.setdefault("VEILLE_SHARED_DIR", str(shared))
    counts = {"html": 0, "capture": 0}
    with open(argv[1], "w", encoding="utf-8") as out:
        def write(record: dict[str, Any]) -> None:
            out.write(json.dumps(record, default=_encode, sort_keys=True, ensure_ascii=False))
            out.write("\n")

        for name, data, url in html_pages(shared):
            html = decode_html(data).text
            record: dict[str, Any] = {"html": name, "url": url}
            for captions in (False, True):
                record[f"captions={captions}"] = _outcome(
                    extract_html, html, url=url, include_captions=captions,
                    fetched_at=FETCHED_AT)
            record["dates"] = _outcome(extract_dates, html, url=url, fetched_at=FETCHED_AT)
            write(record)
            counts["html"] += 1
        for name, text in captures():
            write({"capture": name,
                   "result": _outcome(extract_text_capture, text, fetched_at=FETCHED_AT)})
            counts["capture"] += 1
    print(f"{counts['html']} HTML pages, {counts['capture']} captures", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
