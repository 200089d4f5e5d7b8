"""Plain-text rendering of articles for the terminal."""

from __future__ import annotations

import textwrap

from veille.record import Article


def _when(article: Article) -> str:
    content = article.content
    if content and content.published:
        return content.published.strftime("%Y-%m-%d %H:%M")
    return "date unknown, first seen " + article.first_seen.strftime("%Y-%m-%d %H:%M")


def article_line(article: Article) -> str:
    """One line per article: id, date, source, title."""
    title = article.content.title if article.content else ""
    source = article.source or "-"
    return f"{article.id}  {_when(article)}  {source:<20.20}  {title}"


def article_text(article: Article, *, width: int = 88) -> str:
    """The full article, readable in a terminal."""
    content = article.content
    if content is None:
        return f"{article.id} (not extracted)"
    lines = [content.title or "(no title)", ""]
    meta = [("id", article.id), ("source", article.source or "-"), ("url", article.url or "-"),
            ("published", content.published.isoformat() if content.published else "-"),
            ("updated", content.updated.isoformat() if content.updated else "-"),
            ("first seen", article.first_seen.isoformat()),
            ("language", content.language or "-"),
            ("authors", ", ".join(content.authors) or "-")]
    lines += [f"{k:>10}: {v}" for k, v in meta]
    if content.truncated:
        lines.append("            (truncated: the page cut the article, e.g. at a paywall)")
    lines.append("")
    for paragraph in content.paragraphs:
        lines.append(textwrap.fill(paragraph, width=width))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
