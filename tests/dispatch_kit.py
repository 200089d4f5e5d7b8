"""One real dispatch (the seed, an AFP text) and captures of it in other outlets' chrome,
for the duplicate, version and story tests."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

from veille.dedup.stories import Stories, story_terms
from veille.record import utcnow

SEED = Path(__file__).resolve().parents[0] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def body_paragraphs() -> list[str]:
    """The seed's article paragraphs: after its headline, before the teaser block."""
    blocks = [b.strip() for b in seed_text().split("\n\n") if b.strip()]
    start = next(i for i, b in enumerate(blocks) if b.startswith("Les Etats-Unis vont"))
    return blocks[start:-1]


def capture(title: str, paragraphs: list[str], *, top: list[str], bottom: list[str]) -> bytes:
    return "\n\n".join([*top, title, *paragraphs, *bottom]).encode()


def outlet_page(outlet: str, title: str, when: str, paragraphs: list[str], *,
                lang: str = "fr", url: str = "", author: str = "") -> bytes:
    """An outlet's HTML page of ``paragraphs``, published at ``when`` (ISO 8601), in
    ``lang``; ``url`` its ``og:url``, ``author`` its meta author, when given."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = (f'<meta property="og:url" content="{url}">' if url else "") + (
        f'<meta name="author" content="{author}">' if author else "")
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{title}</title><meta property="og:site_name" content="{outlet}">{meta}'
            f'<meta property="article:published_time" content="{when}"></head><body>'
            f"<nav>Accueil | Régions</nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>© {outlet}</footer></body></html>").encode()


def outlet_record(host: str, hours_ago: float, text: str, title: str) -> str:
    """One JSON Lines record of ``host``'s copy, published ``hours_ago`` hours before now,
    in French, at ``https://{host}/incendie``."""
    return json.dumps({"title": title, "url": f"https://{host}/incendie", "text": text,
                       "source": host, "language": "fr",
                       "published": (utcnow() - timedelta(hours=hours_ago)).isoformat()},
                      ensure_ascii=False)


def enriched_outlet_store(data: Path, articles: Iterable[tuple[str, float, str, str]]) -> Path:
    """Ingest one :func:`outlet_record` per (host, hours ago, text, title) into the store
    ``data`` through the Python API, enrich it, and return ``data``."""
    import veille

    lines = [outlet_record(*article) for article in articles]
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", ("\n".join(lines) + "\n").encode())])
        v.enrich()
    return data


def entity_index_names(page: str) -> list[str]:
    """The entity names an ``/entities`` page lists, in order."""
    import re

    return re.findall(r'<a class="title" href="[^"]+">([^<]+)</a>', page)


def records_file(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    """``records`` written to ``path`` as JSON Lines (UTF-8, one a line), for ingest."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def feed_stories(stories: Stories, items: list[dict[str, Any]], hours: int = 3) -> list[str]:
    """The story of each of ``items`` (``title``, ``paragraphs``), assigned in turn
    ``hours`` apart as ``a0``, ``a1``…, after the moves the stream made."""
    labels = [stories.assign(f"a{k}", story_terms(stories, f"a{k}", item["title"],
                                                  item["paragraphs"]), k * hours * 60)
              for k, item in enumerate(items)]
    moved = stories.take_moved()
    return [moved.get(f"a{k}", label) for k, label in enumerate(labels)]


def feed_at(stories: Stories, items: list[tuple[int, dict[str, Any]]]) -> list[str]:
    """The story of each ``(minute, item)`` (``title``, ``paragraphs``), assigned in turn as
    ``a0``, ``a1``…, after the moves the stream made."""
    labels = [stories.assign(f"a{k}", story_terms(stories, f"a{k}", item["title"],
                                                  item["paragraphs"]), minute)
              for k, (minute, item) in enumerate(items)]
    moved = stories.take_moved()
    return [moved.get(f"a{k}", label) for k, label in enumerate(labels)]


def stream_record(k: int, item: dict[str, Any], *, sources: tuple[str, str], path: str,
                  first_hour: int = 6) -> tuple[str, bytes]:
    """A JSON record of ``item``, the k-th of a stream, three hours after the last (from
    ``first_hour`` on 2026-11-29, Paris), from one of two ``sources`` in turn, at
    ``https://{source}/{path}/{k}``; named ``{path}-{k}.jsonl`` for ingest."""
    record = {"title": item["title"], "text": "\n\n".join(item["paragraphs"]),
              "published": f"2026-11-29T{first_hour + 3 * k:02d}:00:00+01:00"}
    record["source"] = source = sources[k % 2]
    record["url"] = f"https://{source}/{path}/{k}"
    return f"{path}-{k}.jsonl", json.dumps(record, ensure_ascii=False).encode()
