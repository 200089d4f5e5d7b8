"""Score a held-out story set of gold pairs: the harness h-stories58, r-rpm54, r-rpm55 and
r-stories56–59 share (CC0 sets written for veille).

A set is a folder holding ``articles.jsonl`` (one article record a line, with ``url`` and
``published``) and ``gold.json`` (``articles``: gold id -> ``{"url": …}``; ``pairs``:
``[a, b, together]``). The articles are ingested into a fresh data directory in publication
order, then into another in reverse order; each article's story is read back with ``veille
export`` (its own id when it is in no story). One line per pair and order, then
``total K/N``.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path


def stories(here: Path, cli: str, reverse: bool) -> dict[str, str]:
    """Gold article id -> veille's story id (``solo:<article id>`` when in no story)."""
    gold = json.loads((here / "gold.json").read_text("utf-8"))
    rows = [json.loads(x) for x in (here / "articles.jsonl").read_text("utf-8").splitlines()
            if x.strip()]
    rows.sort(key=lambda r: r["published"], reverse=reverse)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
        subprocess.run([cli, "--data-dir", d, "ingest", str(path)], check=True,
                       stdout=subprocess.DEVNULL)
        out = subprocess.run([cli, "--data-dir", d, "export"], check=True,
                             capture_output=True, text=True).stdout
    by_url = {r["url"]: r for r in map(json.loads, filter(str.strip, out.splitlines()))}
    return {gid: (by_url[g["url"]].get("dedup") or {}).get("story_id")
            or "solo:" + by_url[g["url"]]["id"] for gid, g in gold["articles"].items()}


def score_pairs(here: Path, cli: str) -> tuple[int, int]:
    """Print one line per gold pair and order, then ``total K/N``; return ``(K, N)``."""
    gold = json.loads((here / "gold.json").read_text("utf-8"))
    ok = total = 0
    for reverse in (False, True):
        story = stories(here, cli, reverse)
        order = "reverse" if reverse else "in order"
        for a, b, together in gold["pairs"]:
            got = story[a] == story[b]
            ok += got == together
            total += 1
            print(f"{'ok  ' if got == together else 'FAIL'} [{order}] {a} {b} want "
                  f"{'together' if together else 'apart'}, got "
                  f"{'together' if got else 'apart'}")
    print(f"total {ok}/{total}")
    return ok, total


def load_rows(here: Path) -> dict[str, dict]:
    """Gold id -> article record, from ``here/articles.jsonl`` (each line has an ``id``)."""
    lines = (here / "articles.jsonl").read_text("utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, filter(str.strip, lines))}


def ingest_row(rows: dict[str, dict], cli: str, data: str, gid: str) -> None:
    """Ingest the record ``rows[gid]`` (without its gold ``id``) alone into ``data``."""
    row = {k: v for k, v in rows[gid].items() if k != "id"}
    path = Path(data) / f"{gid}.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    subprocess.run([cli, "--data-dir", data, "ingest", str(path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stories_of(rows: dict[str, dict], cli: str, data: str
               ) -> tuple[dict[str, str], dict[str, str]]:
    """From ``stories --json``: gold id -> story id (absent: in no story), story id -> title."""
    out = subprocess.run([cli, "--data-dir", data, "stories", "--json", "-n", "1000"],
                         check=True, capture_output=True, text=True).stdout
    by_url = {r["url"]: g for g, r in rows.items()}
    of: dict[str, str] = {}
    titles: dict[str, str] = {}
    for story in json.loads(out):
        titles[story["id"]] = story["title"]
        for item in story["items"]:
            if item.get("url") in by_url:
                of[by_url[item["url"]]] = story["id"]
    return of, titles


class Tally:
    """Checks counted as they are printed: ``ok  LINE`` or ``FAIL LINE``."""

    def __init__(self) -> None:
        self.ok = self.total = 0

    def check(self, good: bool, line: str) -> None:
        """Count one check and print its line."""
        self.ok += good
        self.total += 1
        print(f"{'ok  ' if good else 'FAIL'} {line}")

    def done(self) -> None:
        """Print ``total: K/N``."""
        print(f"total: {self.ok}/{self.total}")
