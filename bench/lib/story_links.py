"""Stories and their links in other languages, read back from a CLI (held-out story sets).

A held-out set of stories ingests its ``articles.jsonl`` (one JSON record a line, each with
an ``id`` and a ``url``) into a fresh data dir, enriches it, and asks, of each pair of
articles, whether veille put them in **one story** (``veille stories --json``' ``items``)
or **linked** their stories as one event told in another language (the story's
``other_languages`` ids). :func:`read` does the CLI part; :func:`linked` and
:func:`together` answer for a pair; :class:`Tally` prints one line per check and the
total. Used by ``bench/data/heldout/h-stories62/score.py``.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class StoryMap:
    """Held-out id -> story id (absent: in no story), story id -> the ids of the stories
    linked to it in other languages, story id -> its title."""

    story: dict[str, str] = field(default_factory=dict)
    links: dict[str, set[str]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def together(self, a: str, b: str) -> bool:
        """Whether held-out articles ``a`` and ``b`` are in one story."""
        sa = self.story.get(a)
        return sa is not None and sa == self.story.get(b)

    def linked(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are in one story or their stories name each other as
        the same event in another language."""
        sa, sb = self.story.get(a), self.story.get(b)
        if sa is None or sb is None:
            return False
        return sa == sb or sb in self.links.get(sa, set()) or sa in self.links.get(sb, set())


def read(cli: str, articles: Path, enrich: bool = True) -> StoryMap:
    """Ingest ``articles`` (JSON Lines) with ``cli`` in a fresh data dir, enrich unless told
    not to, and read ``stories --json -n 1000``. Raises ``CalledProcessError`` when a
    command fails."""
    by_url = {r["url"]: r["id"] for r in map(json.loads, articles.read_text("utf-8")
                                              .splitlines()) if r}
    out = StoryMap()
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([cli, "--data-dir", d, "ingest", str(articles)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if enrich:
            subprocess.run([cli, "--data-dir", d, "enrich"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        text = subprocess.run([cli, "--data-dir", d, "stories", "--json", "-n", "1000"],
                              check=True, capture_output=True, text=True).stdout
    for story in json.loads(text):
        out.titles[story["id"]] = story["title"]
        out.links[story["id"]] = {x["id"] for x in story.get("other_languages") or []}
        for item in story["items"]:
            if item.get("url") in by_url:
                out.story[by_url[item["url"]]] = story["id"]
    return out


@dataclass
class Tally:
    """Checks counted and printed as ``ok``/``FAIL`` lines, by group."""

    ok: int = 0
    total: int = 0
    groups: dict[str, list[int]] = field(default_factory=dict)

    def check(self, good: bool, line: str, group: str = "") -> None:
        self.ok += good
        self.total += 1
        counts = self.groups.setdefault(group, [0, 0])
        counts[0] += good
        counts[1] += 1
        print(f"{'ok  ' if good else 'FAIL'} {line}")

    def close(self) -> None:
        """Print each group's count, then ``total: K/N``."""
        for group, (ok, total) in self.groups.items():
            if group:
                print(f"{group}: {ok}/{total}")
        print(f"total: {self.ok}/{self.total}")
