"""Loaders for the extraction benchmark sets kept outside the repository.

Why outside: the pages are third-party HTML under their own licences, and they are large; they
live in a shared directory next to the checkout (``/work/shared`` beside ``/work/main``). A
checkout without it must still import and run the bench, so every loader returns an empty set
plus a human-readable message instead of raising.

Set ``VEILLE_SHARED_DIR`` to point elsewhere (e.g. on a laptop or in CI).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Dataset", "Record", "load", "load_aeb", "load_fr", "shared_dir", "SET_NAMES"]

SET_NAMES = ("aeb", "fr")


@dataclass(frozen=True)
class Record:
    """One benchmark page: the bytes as fetched (never pre-decoded, charset handling is part of
    what is being tested) and the gold article body."""

    id: str
    html_bytes: bytes
    gold_body: str
    url: str | None


@dataclass
class Dataset:
    """A loaded set. ``records`` is empty and ``message`` says why when the data is missing."""

    name: str
    records: list[Record] = field(default_factory=list)
    source: Path | None = None
    message: str = ""


def shared_dir() -> Path:
    """The shared data root: ``$VEILLE_SHARED_DIR`` if set, else ``<checkout>/../shared``.

    Resolved from this file rather than the working directory so the bench works whatever
    directory it is launched from.
    """
    env = os.environ.get("VEILLE_SHARED_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(__file__).resolve().parents[2].parent / "shared"


def _extraction_dir(name: str) -> Path:
    return shared_dir() / "data" / "extraction" / name


def load_aeb(limit: int | None = None) -> Dataset:
    """The article extraction benchmark: ``html/<id>.html`` + ``ground-truth.json``.

    Records are sorted by id so ``limit`` always picks the same pages run after run.
    """
    root = _extraction_dir("aeb")
    truth_path = root / "ground-truth.json"
    if not truth_path.is_file():
        return Dataset("aeb", message=f"aeb: skipped, {truth_path} not found")
    truth: dict[str, dict[str, str]] = json.loads(truth_path.read_text(encoding="utf-8"))
    records: list[Record] = []
    missing = 0
    for page_id in sorted(truth):
        html_path = root / "html" / f"{page_id}.html"
        if not html_path.is_file():
            missing += 1
            continue
        entry = truth[page_id]
        body = entry.get("articleBody") or ""
        records.append(Record(page_id, html_path.read_bytes(), body, entry.get("url")))
        if limit is not None and len(records) >= limit:
            break
    message = f"aeb: {missing} page(s) listed in ground truth but missing" if missing else ""
    return Dataset("aeb", records, root, message)


def load_fr(limit: int | None = None) -> Dataset:
    """French news pages from ``gold.jsonl``; only records whose gold has a full ``body``.

    The other records carry only titles, dates, a body prefix or a lead -- scoring a whole
    extracted body against those would measure the gold's incompleteness, not the extractor.
    """
    root = _extraction_dir("fr")
    gold_path = root / "gold.jsonl"
    if not gold_path.is_file():
        return Dataset("fr", message=f"fr: skipped, {gold_path} not found")
    records: list[Record] = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        body = entry.get("body")
        if not body:
            continue
        html_path = root / entry["file"]
        if not html_path.is_file():
            continue
        page_id = Path(entry["file"]).stem
        records.append(Record(page_id, html_path.read_bytes(), body, entry.get("url")))
    records.sort(key=lambda r: r.id)
    if limit is not None:
        records = records[:limit]
    return Dataset("fr", records, root, "")


def load(name: str, limit: int | None = None) -> Dataset:
    """Load a set by name (``aeb`` or ``fr``)."""
    if name == "aeb":
        return load_aeb(limit)
    if name == "fr":
        return load_fr(limit)
    raise ValueError(f"unknown set {name!r}; expected one of {SET_NAMES}")
