"""One real dispatch (the seed, an AFP text) and captures of it in other outlets' chrome,
for the duplicate, version and story tests."""

from __future__ import annotations

from pathlib import Path

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
