"""Headline and standfirst gold for whole-page captures of the French pages.

The pages are ``../shared/data/extraction/fr/`` (third-party HTML, never copied into the
repository); their captures are made at bench time by :mod:`lib.render`, whole pages with
menus, account and subscription widgets and section labels kept.

Gold, per page and per capture (a text capture can only hold what the page prints):

* **title**: the headlines a reader sees, any of which counts as right: ``gold.jsonl``'s
  ``title``, the page's ``og:title`` and its first ``<h1>``, each only when it is printed in
  the capture (whitespace-normalised). An ``<h1>`` sharing less than half its words with
  ``og:title`` / ``<title>`` is the site's logo, not a headline, and does not count. Pages
  where none is printed have no title gold for that renderer.
* **standfirst**: ``gold.jsonl``'s ``lead`` or ``excerpt``, else the page's ``og:description``
  or ``<meta name="description">``, when printed verbatim in the capture (whitespace-normalised,
  a trailing ellipsis ignored). A description that the page does not print (a search-engine
  summary) gives no standfirst gold.
* **body**: ``gold.jsonl``'s full ``body`` where it has one (5 pages).

The same page gold (``og:title``/``<h1>``, descriptions; :func:`page_golds`) scores the
headline and standfirst on the AEB pages too; the capture rules were tuned on those.

The French pages are split in two fixed halves by a hash of their file name: ``tune`` (the pages
looked at while writing the capture rules) and ``held-out`` (never looked at).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from lib.datasets import shared_dir

__all__ = ["WholePage", "half_of", "load_pages", "page_golds", "title_golds",
           "standfirst_gold"]

_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(rb"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_H1 = re.compile(rb"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(rb"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*$")


@dataclass
class WholePage:
    """One French page: its bytes and the gold the page and ``gold.jsonl`` give."""

    id: str
    half: str
    html_bytes: bytes
    gold_titles: list[str] = field(default_factory=list)
    standfirsts: list[str] = field(default_factory=list)
    body: str = ""


def norm(text: str) -> str:
    return " ".join(text.split())


def _text(raw: bytes) -> str:
    return norm(html.unescape(_TAG.sub(" ", raw.decode("utf-8", "replace"))))


def _metas(page: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _META.findall(page[:500_000]):
        attrs = {m.group(1).lower(): (m.group(2) or m.group(3) or b"")
                 for m in _ATTR.finditer(tag)}
        name = attrs.get(b"property") or attrs.get(b"name") or b""
        key = name.decode("ascii", "ignore").lower()
        content = attrs.get(b"content")
        if key and content is not None and key not in found:
            found[key] = norm(html.unescape(content.decode("utf-8", "replace")))
    return found


def half_of(page_id: str) -> str:
    """``tune`` or ``held-out``, fixed by the page's name."""
    return "tune" if hashlib.sha1(page_id.encode()).digest()[0] % 2 == 0 else "held-out"


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def page_golds(raw: bytes, titles: list[str], standfirsts: list[str]) -> tuple[list[str],
                                                                            list[str]]:
    """Candidate gold titles and standfirsts of a page: the given ones first, then the
    page's ``og:title`` and first ``<h1>`` (unless it is a logo), ``og:description`` and
    ``description``. Which of them a capture prints is decided per capture."""
    metas = _metas(raw)
    page_title = _TITLE.search(raw)
    reference = _words(metas.get("og:title", "") + " " +
                       (_text(page_title.group(1)) if page_title else ""))
    titles = list(titles)
    if metas.get("og:title"):
        titles.append(metas["og:title"])
    h1 = _H1.search(raw)
    if h1:
        heading = _text(h1.group(1))
        mine = _words(heading)
        if mine and len(mine & reference) >= 0.5 * len(mine):
            titles.append(heading)
    standfirsts = list(standfirsts)
    standfirsts += [metas[k] for k in ("og:description", "description") if metas.get(k)]
    return list(dict.fromkeys(titles)), list(dict.fromkeys(standfirsts))


def load_pages() -> tuple[list[WholePage], str]:
    """Every page of the fr set with its candidate golds; ([], why) when the data is absent."""
    root = shared_dir() / "data" / "extraction" / "fr"
    gold_path = root / "gold.jsonl"
    if not gold_path.is_file():
        return [], f"frpage: skipped, {gold_path} not found"
    pages: list[WholePage] = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        path = root / entry["file"]
        if not path.is_file():
            continue
        raw = path.read_bytes()
        titles, standfirsts = page_golds(
            raw, [norm(entry["title"])] if entry.get("title") else [],
            [norm(entry[k]) for k in ("lead", "excerpt") if entry.get(k)])
        page_id = Path(entry["file"]).stem
        pages.append(WholePage(page_id, half_of(page_id), raw, titles, standfirsts,
                               entry.get("body") or ""))
    pages.sort(key=lambda p: p.id)
    return pages, ""


def title_golds(titles: list[str], capture: str) -> list[str]:
    """The gold titles printed in this capture (empty: no title gold for it)."""
    flat = norm(capture)
    return [t for t in titles if t and t in flat]


def standfirst_gold(standfirsts: list[str], capture: str) -> str:
    """The first standfirst candidate printed verbatim in this capture, or ""."""
    flat = norm(capture)
    for text in standfirsts:
        core = _ELLIPSIS.sub("", text)
        if len(_WORD.findall(core)) >= 8 and core in flat:
            return core
    return ""
