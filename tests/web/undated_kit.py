"""A store where most articles carry no date (t-reader19 R2: a folder of text files has
none), for the tests that page through the latest list to its end: distinct articles,
dated and undated, and two stories of copies (one with a dated member, one all undated),
so the collapsed list counts some articles in its rows' "+N"."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from web_kit import records_data_dir

from veille.service import Veille
from veille.settings import Settings

DATED = 27
UNDATED = 46
SYLLABLES = ("ba", "co", "di", "fu", "ga", "lo", "mi", "nu", "pa", "ro", "si", "tu", "va",
             "ze", "ki", "le", "mo", "ri", "sa", "to")
def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(4))


def _record(n: int, dated: bool) -> dict[str, Any]:
    """An article of its own: its words (made up) are shared with no other."""
    rng = random.Random(n)
    place, word = _word(rng).capitalize(), _word(rng)
    sentences = [" ".join(rng.choice(("le", "la", "de", "et", "du")) + " " + _word(rng)
                          for _ in range(6)).capitalize() + "." for _ in range(4)]
    record: dict[str, Any] = {
        "url": f"https://site{n % 7}.example/article-{n}", "language": "fr",
        "title": f"{place} : le dossier {word} à l'étude ({n})",
        "text": f"Le conseil de {place} examine le dossier {word}. " + " ".join(sentences)}
    if dated:
        record["published"] = f"2026-11-{1 + n % 28:02d}T{n % 24:02d}:15:00+00:00"
    return record


def _copies(base: dict[str, Any], hosts: list[str], dated: list[bool]) -> list[dict[str, Any]]:
    out = []
    for host, has_date in zip(hosts, dated, strict=True):
        copy = {**base, "url": f"https://{host}/copie"}
        if not has_date:
            copy.pop("published", None)
        out.append(copy)
    return out


def records() -> list[dict[str, Any]]:
    """Every record of the store (its ids come from the store, not from here)."""
    out = [_record(n, dated=n < DATED) for n in range(DATED + UNDATED)]
    out += _copies(_record(900, dated=True), ["a.example", "b.example", "c.example"],
                   [True, False, False])
    out += _copies(_record(901, dated=False), ["d.example", "e.example", "f.example"],
                   [False, False, False])
    return out


CAPTURE = ("{place} : la fête du village\n\nLa fête du village de {place} a réuni les "
           "habitants autour du dossier {word}, selon les organisateurs.\n")


def build(root: Path) -> Path:
    """The data directory: :func:`records`, then two text captures of no source (and no
    date), as a folder of files gives."""
    data = records_data_dir(root, records())
    with Veille(Settings(data_dir=data)) as service:
        for n in (950, 951):
            rng = random.Random(n)
            text = CAPTURE.format(place=_word(rng).capitalize(), word=_word(rng))
            service.ingest_bytes([(f"capture{n}.txt", text.encode())])
    return data


def ids_on(html: str, list_id: str) -> list[tuple[str, int]]:
    """``(id, others)`` of the rows of the ``<ol id=list_id>`` of a page."""
    match = re.search(rf'<ol id="{list_id}"[^>]*>(.*?)</ol>', html, re.S)
    if match is None:
        return []
    return [(i, int(o)) for i, o in re.findall(
        r'<li class="item" data-id="([^"]+)" data-others="(\d+)"', match.group(1))]
