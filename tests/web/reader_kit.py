"""A small enriched store for the reader's tests (f-reader20): an article updated once
(headline and a figure changed), naming places and an organisation with English names, and
a huge article stored as an old store holds it, past the article bound."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import veille
from veille.extract.article_bound import MAX_ARTICLE_CHARS
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

URL = "https://gazette.example/greve"
OLD_TITLE = "Grève des trains en Allemagne : 12 000 voyageurs bloqués à Berlin"
NEW_TITLE = "Grève des trains en Allemagne : 15 000 voyageurs bloqués à Berlin et Munich"
BODY = ("La grève des conducteurs de train a bloqué {n} voyageurs lundi à Berlin, selon la "
        "compagnie ferroviaire allemande. Le ministre a appelé les syndicats au dialogue. "
        "L'OTAN, réunie à Pékin et à Londres, n'a pas commenté.\n\n"
        "Les syndicats se réuniront le 30 novembre 2026 pour décider de la suite du "
        "mouvement.")
HUGE_URL = "https://archive.example/compte-rendu"
HUGE_PARAGRAPH = "Le conseil a délibéré longuement sur le budget de la ville. " * 500
HUGE_PARAGRAPHS = 60
"""60 paragraphs of 30,500 characters: 1.83 M characters, past the 1 M article bound."""


def record(title: str, n: str, *, published: str, url: str = URL, text: str = "") -> str:
    return json.dumps({"title": title, "url": url, "text": text or BODY.format(n=n),
                       "source": "gazette.example", "language": "fr",
                       "published": published}, ensure_ascii=False)


def build(root: Path, *, enrich: bool = True) -> Path:
    """The data directory: the updated article (two versions), enriched (unless not
    ``enrich``), and the huge one."""
    data = root / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", (record(OLD_TITLE, "12 000",
                                            published="2026-11-30T08:00:00+01:00") + "\n"
                                     ).encode())])
        v.ingest_bytes([("b.jsonl", (record(NEW_TITLE, "15 000",
                                            published="2026-11-30T08:00:00+01:00") + "\n"
                                     ).encode())])
        v.ingest_bytes([("c.jsonl", (record("Compte rendu du conseil municipal", "",
                                            published="2026-11-29T18:00:00+01:00",
                                            url=HUGE_URL, text="Le conseil s'est réuni.")
                                     + "\n").encode())])
        if enrich:
            v.enrich()
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        huge = next(a for a in store.iter_articles() if a.url == HUGE_URL)
        assert huge.content is not None
        paragraphs = [f"{n}. {HUGE_PARAGRAPH}" for n in range(HUGE_PARAGRAPHS)]
        assert sum(map(len, paragraphs)) > MAX_ARTICLE_CHARS
        store.replace_content([dataclasses.replace(
            huge, content=dataclasses.replace(huge.content, paragraphs=paragraphs))])
    finally:
        store.close()
    return data


def article_id(data: Path, url: str) -> str:
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        return next(a.id for a in store.iter_articles() if a.url == url)
    finally:
        store.close()
