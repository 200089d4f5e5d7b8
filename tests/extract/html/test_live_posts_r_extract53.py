"""A live blog's HTML posts keep their time and heading in the body, as captures' posts do
(r-extract53, t-final52 B5: the times were dropped as loose blocks and the first post's
heading lost). Through ``extract_html`` and a real SQLite store (``ingest_paths``)."""

from __future__ import annotations

from pathlib import Path

from veille.extract.html import extract_html
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

POSTS = [
    ("10:55", "Rail line to Penzance reopens",
     "Great Western Railway said the line to Penzance had reopened after engineers cleared a "
     "fallen tree near Truro."),
    ("09:20", "Schools closed in Cornwall",
     "Cornwall Council said 40 schools would stay closed on Friday because of damage to their "
     "roofs and power cuts."),
    ("07:05", "Amber warning issued",
     "The Met Office issued an amber warning for wind covering Cornwall and Devon until "
     "midnight on Friday."),
]


def _page() -> str:
    posts = "".join(f'<div class="post"><time datetime="2026-12-05T{t}:00Z">{t}</time>'
                    f"<h2>{h}</h2><p>{p}</p></div>" for t, h, p in POSTS)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Storm Ilse live: schools closed - West Country Post</title></head>"
            "<body><main><article><h1>Storm Ilse live: schools closed</h1>"
            f"{posts}</article></main></body></html>")


def test_each_post_keeps_its_time_and_heading() -> None:
    content = extract_html(_page(), url="https://westcountry.example/live")
    for (time, heading, text), paragraph in zip(POSTS, content.paragraphs, strict=True):
        assert paragraph == f"{time} — {heading} — {text}"


def test_the_stored_article_says_when_each_post_was_written(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "live.html").write_text(_page(), "utf-8")
    ingest_paths(store, [folder], settings=settings)
    (article,) = list(store.iter_articles())
    assert article.content is not None
    body = "\n".join(article.content.paragraphs)
    assert "07:05 — Amber warning issued — The Met Office" in body
    assert "10:55 — Rail line to Penzance reopens" in body


def test_a_page_of_one_time_is_no_live_blog() -> None:
    page = ("<html><body><article><h1>Ferry fares rise in January</h1><time>08:15</time>"
            "<p>The ferry operator said fares would rise by four per cent in January, its "
            "first increase in two years.</p><p>Season tickets bought before December keep "
            "their price until they expire.</p></article></body></html>")
    content = extract_html(page, url="https://ferry.example/a")
    assert content.paragraphs[0].startswith("The ferry operator said")
