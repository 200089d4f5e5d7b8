"""Exports of a search, a saved search or a story: CSV and JSON Lines.

One row per article: id, title, source, published, URL, language, story, relation, snippet,
the original a copy copies (``original_id``), the outlet's shown name, its authors,
and when its site unpublished it (``unpublished``: the time veille saw its page answer 410
or 404, ``unpublished_status`` that status; empty for a live article): an unpublished
article is marked, not left out (newuser13b M1).
CSV is UTF-8 (RFC 4180, comma-separated). ``excel=True`` writes what Excel opens directly
whatever its locale: UTF-16 little-endian with a byte-order mark and tab-separated fields
(Excel's own "Unicode text"; UTF-8 with a BOM opens too, but Excel splits it on the locale's
list separator, a comma in English and a semicolon in French, so no one file suits both).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from veille.collect.gone import Unpublished, unpublished_of
from veille.errors import QueryError
from veille.extract.wire import withdrawn
from veille.monitor.deliver import snippet
from veille.outlet_names import names_of
from veille.record import DAY, REPRINT_RELATIONS, Article
from veille.search.types import SearchRequest, SearchResponse
from veille.store.calendar import calendar_day

COLUMNS = ("id", "title", "source", "published", "url", "language", "story", "relation", "snippet",
           "unpublished", "unpublished_status", "no_longer_matches", "original_id", "outlet",
           "authors", "updated", "withdrawn")
"""The export's columns; ``original_id``, after the older ones so that a script reading
columns by position keeps its indices, is the id of the article a copy copies (t-reader21
R17); ``outlet``, after it for the same reason, the outlet's name as the pages show it
(``source`` is the store's key for it: t-final21 F9, "lequotidien.fr" where the pages say
"Le Quotidien"); ``authors``, last, its bylines joined by :data:`AUTHORS_JOIN` (empty when
none: t-final28 F13, a desk exporting coverage wants the bylines); ``updated``, after
it, the time the source says the article was last changed, written as ``published`` is
(empty when the source gives none: t-final59, the CSV had ``published`` only);
``withdrawn``, last, ``canceled`` or ``withheld`` when the agency killed or held the wire
item in its latest version (t-final61 #4: a killed dispatch was exported as live)."""
AUTHORS_JOIN = "; "
"""What joins an article's authors in one cell: a name never holds it (a comma may:
"Dupont, Jean")."""
STORY_ORDERS = ("newest", "timeline")
"""How a story's export lists its articles: newest first, as every export (the default,
newuser16c N14), or in its timeline's order, oldest first (t-reader21 R17)."""
MAX_EXPORT = 10_000
"""At most this many articles in one export (the search's deepest page)."""
PAGE = 100


def row(article: Article, gone: Unpublished | None = None,
        unmatched: datetime | None = None) -> dict[str, str]:
    """One export row; an unknown publication time is an empty cell, never a guess, and a
    date known to the day only is the day alone (``2026-11-30``, the source's own day).
    ``gone``: the site removed the article's page (:func:`veille.collect.gone.
    unpublished`), said in two cells; ``unmatched``: in a saved search's export, when the
    search found that the article's current version no longer matches it (newuser16c N3),
    the last cell (empty otherwise)."""
    content, dedup = article.content, article.dedup
    published = content.published if content else None
    return {"id": article.id, "title": content.title if content else "", "source": article.source,
            "published": "" if not (content and published) else calendar_day(published)
            if content.published_precision == DAY else published.isoformat(),
            "url": article.url or "", "language": content.language if content else "",
            "story": (dedup.story_id or "") if dedup else "",
            "relation": dedup.relation if dedup else "", "snippet": snippet(article),
            "unpublished": gone.seen.isoformat() if gone else "",
            "unpublished_status": str(gone.status) if gone else "",
            "no_longer_matches": unmatched.isoformat() if unmatched else "",
            "original_id": (dedup.duplicate_of or "")
            if dedup and dedup.relation in REPRINT_RELATIONS else "",
            "outlet": article.source,
            "authors": AUTHORS_JOIN.join(content.authors) if content else "",
            "updated": "" if not (content and content.updated)
            else content.updated.isoformat(),
            "withdrawn": withdrawn(content.evidence) if content else ""}


def story_ids(members: Iterable[Any], order: str = "newest") -> list[str]:
    """The ids of a story's articles (:class:`~veille.store.base.StoryArticle`) newest
    first, as every export lists them (docs/monitoring.md; newuser16c N14), or with
    ``order="timeline"`` in the story's timeline order, as the store gives them and the
    story page shows them (t-reader21 R17), up to :data:`MAX_EXPORT`. Raises
    :class:`~veille.errors.QueryError` for another ``order`` (:data:`STORY_ORDERS`)."""
    if order not in STORY_ORDERS:
        raise QueryError(f"order: {order!r} is not one of {', '.join(STORY_ORDERS)}",
                         hint="order=timeline lists a story oldest first, as its page")
    if order == "timeline":
        return [a.article_id for a in members][:MAX_EXPORT]
    ordered = sorted(members, key=lambda a: (a.time.timestamp(), a.article_id), reverse=True)
    return [a.article_id for a in ordered][:MAX_EXPORT]


def rows(store: Any, ids: Iterable[str],
         unmatched: Mapping[str, datetime] | None = None) -> Iterator[dict[str, str]]:
    """The export rows of the stored articles of ``ids`` (:func:`selected_articles`), each
    marked when its site unpublished it, and (``unmatched``, a saved search's export: by
    article id, when its current version stopped matching) when it no longer matches,
    read a chunk of articles at a time."""
    batch: list[Article] = []
    for article in selected_articles(store, ids):
        batch.append(article)
        if len(batch) == 500:
            yield from _marked(store, batch, unmatched or {})
            batch = []
    yield from _marked(store, batch, unmatched or {})


def _marked(store: Any, batch: list[Article],
            unmatched: Mapping[str, datetime]) -> Iterator[dict[str, str]]:
    gone = unpublished_of(store, (a.url for a in batch)) if batch else {}
    outlets = names_of(store, (a.source for a in batch)) if batch else {}
    yield from ({**row(a, gone.get(a.url or ""), unmatched.get(a.id)),
                 "outlet": outlets.get(a.source, a.source)} for a in batch)


def search_ids(run: Callable[[SearchRequest], SearchResponse], query: str, *,
               limit: int = MAX_EXPORT,
               warn: Callable[[str], None] | None = None) -> Iterator[str]:
    """The ids a query finds, newest first, page after page (up to ``limit``); ``warn``
    gets each warning of the search (a filter it ignores, such as ``date:2026-13-01``,
    which leaves an export empty: the CLI prints them on stderr and the web export sends
    them as ``X-Veille-Warnings``, as search shows them; newuser8 Q7)."""
    page, seen = 1, 0
    while seen < limit:
        response = run(SearchRequest(query=query, page=page, per_page=PAGE, sort="date"))
        if page == 1 and warn is not None:
            for warning in response.warnings:
                warn(warning)
        for hit in response.hits[:limit - seen]:
            yield hit.id
        seen += len(response.hits)
        if len(response.hits) < PAGE or page * PAGE >= response.total:
            return
        page += 1


def csv_lines(rows: Iterable[dict[str, str]], *, excel: bool = False) -> Iterator[str]:
    """The CSV text, line by line (a header first)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter="\t" if excel else ",",
                            lineterminator="\r\n")
    writer.writeheader()
    for item in rows:
        writer.writerow({k: _cell(v) for k, v in item.items()} if excel else item)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP's CSV injection advice: a
    leading ``'`` before ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)."""
    return "'" + value if value[:1] in FORMULA_STARTS else value


FORMULA_STARTS = frozenset("=+-@\t\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP)."""


def encode(lines: Iterable[str], *, excel: bool = False) -> Iterator[bytes]:
    """UTF-8, or UTF-16LE after a BOM for Excel."""
    if excel:
        yield b"\xff\xfe"
    for line in lines:
        if line:
            yield line.encode("utf-16-le" if excel else "utf-8")


def jsonl_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """JSON Lines: one object per line (RFC 8259 text each)."""
    for item in rows:
        yield json.dumps(item, ensure_ascii=False) + "\n"


def json_array_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON document (RFC 8259): an array of the objects ``rows`` gives, one per line,
    written as they come (never held whole); ``[]`` for none. What ``veille export
    --format json`` writes (t-final59: refused, JSON Lines only)."""
    yield "["
    first = True
    for item in rows:
        yield ("\n" if first else ",\n") + json.dumps(item, ensure_ascii=False)
        first = False
    yield "]\n" if first else "\n]\n"


def selected_articles(store: Any, ids: Iterable[str], *, chunk: int = 500
                      ) -> Iterator[Article]:
    """The stored articles of ``ids``, in that order, each once (read ``chunk`` at a
    time): an export has one row per article (docs/monitoring.md), though a saved search
    matched an article once per version (newuser8 Q6: a corrected article was two rows)."""
    batch: list[str] = []
    seen: set[str] = set()
    for article_id in ids:
        if article_id in seen:
            continue
        seen.add(article_id)
        batch.append(article_id)
        if len(batch) == chunk:
            yield from _in_order(store, batch)
            batch = []
    yield from _in_order(store, batch)


def _in_order(store: Any, ids: list[str]) -> Iterator[Article]:
    found = store.get_many(ids) if ids else {}
    yield from (found[i] for i in ids if i in found)
