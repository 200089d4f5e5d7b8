"""Stories of records ingested one per ``ingest`` into a real store (shared by the story
tests that feed (title, text, published, language) items, as ``veille ingest`` of one JSON
record a file does: each ingest re-clusters its window)."""

from __future__ import annotations

import json
from pathlib import Path

import veille

Item = tuple[str, str, str, str]
"""(headline, text, published ISO 8601, language)."""


def record(k: int, item: Item, outlet: str = "Outlet") -> tuple[str, bytes]:
    """The ``k``th item as a JSON record file (name, bytes), from "``outlet`` ``k``" at
    ``https://outlet{k}.example/a/{k}``."""
    title, text, published, language = item
    body = {"title": title, "text": text, "published": published,
            "source": f"{outlet} {k}", "url": f"https://outlet{k}.example/a/{k}",
            "language": language}
    return f"r{k}.jsonl", json.dumps(body, ensure_ascii=False).encode()


def stories_of(tmp_path: Path, items: list[Item], outlet: str = "Outlet") -> list[str]:
    """Each item's story id ("" for none), the items ingested in order, one per ingest,
    into a fresh store under ``tmp_path``."""
    with veille.open(tmp_path / "data") as v:
        for k, item in enumerate(items):
            v.ingest_bytes([record(k, item, outlet)])
        by_url = {a.url: a.dedup.story_id for a in v.store.iter_articles() if a.dedup}
    return [by_url[f"https://outlet{k}.example/a/{k}"] or "" for k in range(len(items))]
