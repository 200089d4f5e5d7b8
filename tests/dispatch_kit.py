"""One real dispatch (the seed, an AFP text) and captures of it in other outlets' chrome,
for the duplicate, version and story tests."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

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


def outlet_page(outlet: str, title: str, when: str, paragraphs: list[str]) -> bytes:
    """An outlet's HTML page of ``paragraphs``, published at ``when`` (ISO 8601)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{outlet}">'
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


def records_file(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    """``records`` written to ``path`` as JSON Lines (UTF-8, one a line), for ingest."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path
