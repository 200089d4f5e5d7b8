"""SQLite FTS5 as the bench's baseline, fed the same parsed queries as veille.

The table layout is the one a careful SQLite user would pick: an ordinary ``docs`` table
(id, title, body, source, lang, day, date) and an external-content FTS5 index over title and
body with ``tokenize="unicode61 remove_diacritics 2"`` (case and accents folded, no stemming,
no elisions: ``l'annonce`` is the two tokens ``l`` and ``annonce``). Ranking is ``bm25`` with the
title weighted 2, as in veille. Source, language and date filters are SQL conditions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from veille.index.query import And, DateRange, Filter, MatchAll, Node, Not, Or, Phrase, Word

SCHEMA = """
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT, title TEXT, body TEXT, source TEXT,
                   lang TEXT, day INTEGER, date INTEGER);
CREATE INDEX docs_date ON docs(date);
CREATE VIRTUAL TABLE fts USING fts5(title, body, content='docs', content_rowid='rowid',
                                    tokenize="unicode61 remove_diacritics 2");
"""


def open_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def create(path: Path) -> sqlite3.Connection:
    conn = open_db(path)
    conn.executescript(SCHEMA)
    return conn


def add(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str, str, str, int, int]]
        ) -> None:
    """Rows are (rowid, id, title, body, source, lang, day, date); one transaction."""
    rows = list(rows)
    with conn:
        conn.executemany("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?)", rows)
        conn.executemany("INSERT INTO fts(rowid, title, body) VALUES (?,?,?)",
                         [(r[0], r[2], r[3]) for r in rows])


def optimize(conn: sqlite3.Connection) -> None:
    with conn:
        conn.execute("INSERT INTO fts(fts) VALUES('optimize')")


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _match(node: Node) -> str | None:
    """The FTS5 MATCH expression for the text part of a query."""
    if isinstance(node, Word):
        term = _quote(node.text.rstrip("*")) + (" *" if node.prefix else "")
        return f"title : {term}" if node.field == "title" else term
    if isinstance(node, Phrase):
        return f"title : {_quote(node.text)}" if node.field == "title" else _quote(node.text)
    if isinstance(node, Or):
        parts = [p for p in (_match(i) for i in node.items) if p]
        return "(" + " OR ".join(parts) + ")" if parts else None
    if isinstance(node, And):
        positive = [p for p in (_match(i) for i in node.items if not isinstance(i, Not)) if p]
        negative = [p for p in (_match(i.item) for i in node.items if isinstance(i, Not)) if p]
        if not positive:
            return None
        expr = "(" + " AND ".join(positive) + ")"
        for neg in negative:
            expr = f"{expr} NOT {neg}"
        return expr
    return None


def _filters(node: Node) -> tuple[list[str], list[object]]:
    items = node.items if isinstance(node, And) else (node,)
    sql: list[str] = []
    args: list[object] = []
    for item in items:
        if isinstance(item, Filter) and item.field == "source":
            sql.append("d.source = ?")
            args.append(item.value)
        elif isinstance(item, Filter):
            sql.append("d.lang = ?")
            args.append(item.value)
        elif isinstance(item, DateRange):
            if item.start:
                sql.append("d.day >= ?")
                args.append(int(item.start.strftime("%Y%m%d")))
            if item.end:
                sql.append("d.day < ?")
                args.append(int(item.end.strftime("%Y%m%d")))
    return sql, args


def search(conn: sqlite3.Connection, node: Node, *, limit: int = 10, sort: str = "relevance"
           ) -> tuple[int, list[tuple[str, str]]]:
    """Total count and the top ``limit`` (id, title)."""
    match = _match(node)
    where, args = _filters(node)
    if match is None or isinstance(node, MatchAll):
        return 0, []
    clause = " AND ".join(["fts MATCH ?", *where])
    base = f"FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE {clause}"
    order = "d.date DESC" if sort == "date" else "bm25(fts, 2.0, 1.0)"
    rows = conn.execute(f"SELECT d.id, d.title {base} ORDER BY {order} LIMIT ?",
                        [match, *args, limit]).fetchall()
    total = conn.execute(f"SELECT count(*) {base}", [match, *args]).fetchone()[0]
    return int(total), rows


def ranked_ids(conn: sqlite3.Connection, words: list[str], *, limit: int) -> list[str]:
    """OR of the words, best bm25 first (the relevance bench's reading of a summary)."""
    match = " OR ".join(_quote(w) for w in words)
    rows = conn.execute("SELECT d.id FROM fts JOIN docs d ON d.rowid = fts.rowid "
                        "WHERE fts MATCH ? ORDER BY bm25(fts, 2.0, 1.0) LIMIT ?",
                        [match, limit]).fetchall()
    return [r[0] for r in rows]
