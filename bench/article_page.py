#!/usr/bin/env python3
"""The article page of a huge article stored before the article bound: HTML size and time.

A data directory holds one article whose body is ``--paragraphs`` paragraphs of 30,500
characters, written into the store past the extractors' 1 M-character bound (as a store
filled before the bound holds it). The page ``/articles/{id}`` and its JSON twin
``/api/v1/articles/{id}`` (the whole record: the peer, measured in the same run) are fetched
``--runs`` times each, alternately, from the app in this process (Starlette's test client);
the table gives the median wall clock and the bytes of each answer.

Usage::

    .venv/bin/python bench/article_page.py [--paragraphs 600] [--runs 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import tempfile
import time
from pathlib import Path

from starlette.testclient import TestClient

import veille
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
from veille.web.app import create_app

PARAGRAPH = "Le conseil a délibéré longuement sur le budget de la ville. " * 500


def huge_article(data: Path, paragraphs: int) -> str:
    """Store one article, then give it ``paragraphs`` paragraphs past the bound."""
    line = json.dumps({"title": "Compte rendu du conseil", "text": "Le conseil s'est réuni.",
                       "url": "https://archive.example/conseil", "source": "archive.example",
                       "language": "fr", "published": "2026-11-29T18:00:00+01:00"})
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", (line + "\n").encode())])
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        article = next(store.iter_articles())
        assert article.content is not None
        body = [f"{n}. {PARAGRAPH}" for n in range(paragraphs)]
        store.replace_content([dataclasses.replace(
            article, content=dataclasses.replace(article.content, paragraphs=body))])
        return article.id
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=600)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        article_id = huge_article(data, args.paragraphs)
        paths = {"page": f"/articles/{article_id}", "json": f"/api/v1/articles/{article_id}"}
        times: dict[str, list[float]] = {k: [] for k in paths}
        sizes: dict[str, int] = {}
        with TestClient(create_app(Settings(data_dir=data)),
                        base_url="http://127.0.0.1") as client:
            for _ in range(args.runs):
                for name, path in paths.items():
                    start = time.perf_counter()
                    answer = client.get(path)
                    times[name].append(time.perf_counter() - start)
                    assert answer.status_code == 200, answer.text[:200]
                    sizes[name] = len(answer.content)
    chars = args.paragraphs * (len(PARAGRAPH) + 5)
    print(f"article of ~{chars:,} characters, {args.runs} runs each")
    print("| answer | median s | bytes |\n| --- | ---: | ---: |")
    for name in paths:
        print(f"| {name} | {statistics.median(times[name]):.2f} | {sizes[name]:,} |")


if __name__ == "__main__":
    main()
