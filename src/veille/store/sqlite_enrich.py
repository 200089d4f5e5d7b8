"""The enrichment tables of the SQLite store (migration 5): entities, places, dates
mentioned and quotes per article, and the position of the enrichment view in the change log.

A mixin of :class:`~veille.store.sqlite.SQLiteStore`. :meth:`put_enrichment` writes a
batch of articles' enrichment, the article documents' ``enrichment`` section, an
``enrich`` change per article (so the search index picks up entity ids) and the view's
applied ``seq``, all in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from typing import Any

from veille.record import utcnow
from veille.store.base import EntityMention, EntitySummary, QuoteRow

VIEW = "enrichment"


class EnrichTables:
    """Entities, places, dates and quotes kept per article."""

    conn: sqlite3.Connection
    _lock: threading.RLock

    def enrich_applied_seq(self, view: str = VIEW) -> int:
        row = self.conn.execute("SELECT applied_seq FROM view_state WHERE view = ?",
                                (view,)).fetchone()
        return int(row[0]) if row else 0

    def enrich_lag(self, view: str = VIEW) -> int:
        """Changes the view has not applied yet (its own ``enrich`` changes aside)."""
        row = self.conn.execute("SELECT COUNT(*) FROM changes WHERE seq > ? AND kind != 'enrich'",
                                (self.enrich_applied_seq(view),)).fetchone()
        return int(row[0])

    def put_enrichment(self, results: Sequence[tuple[str, dict[str, Any] | None]], *,
                       applied_seq: int | None = None, view: str = VIEW) -> int:
        """Replace the enrichment of each ``(article_id, enrichment)`` (None: remove it),
        and raise the view's applied seq to ``applied_seq``; returns the rows written."""
        written = 0
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for article_id, enrichment in results:
                    written += self._put_one(article_id, enrichment)
                if applied_seq is not None:
                    self.conn.execute(
                        "INSERT INTO view_state VALUES (?, ?) ON CONFLICT(view) DO UPDATE "
                        "SET applied_seq = MAX(applied_seq, excluded.applied_seq)",
                        (view, applied_seq))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return written

    def _put_one(self, article_id: str, enrichment: dict[str, Any] | None) -> int:
        for table in ("article_entities", "article_places", "mentioned_dates", "quotes"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        exists = self.conn.execute("SELECT 1 FROM articles WHERE id = ?",
                                   (article_id,)).fetchone()
        if enrichment is None or exists is None:
            return 0
        self.conn.executemany(
            "INSERT OR REPLACE INTO article_entities VALUES (?,?,?,?,?)",
            [(article_id, e["id"], e["label"], e["name"], e["count"])
             for e in enrichment.get("entities", [])])
        self.conn.executemany(
            "INSERT OR REPLACE INTO article_places VALUES (?,?,?,?,?,?,?,?,?)",
            [(article_id, p["id"], p["name"], p["kind"], p["country"], p["admin1"],
              p["lat"], p["lon"], p["count"]) for p in enrichment.get("places", [])])
        self.conn.executemany(
            "INSERT INTO mentioned_dates VALUES (?,?,?,?,?,?)",
            [(article_id, n, d["value"], d["granularity"], d["text"], d["sentence"])
             for n, d in enumerate(enrichment.get("dates", []))])
        self.conn.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?)",
            [(article_id, n, q["speaker"], q["speaker_id"], q["text"])
             for n, q in enumerate(enrichment.get("quotes", []))])
        self.conn.execute(
            "UPDATE articles SET doc = json_set(doc, '$.enrichment', json(?)) WHERE id = ?",
            (json.dumps(enrichment, ensure_ascii=False), article_id))
        self.conn.execute("INSERT INTO changes (article_id, kind, at) VALUES (?,?,?)",
                          (article_id, "enrich", utcnow().isoformat()))
        return 1

    # -- reading -----------------------------------------------------------------------

    def entities(self, *, limit: int = 50, offset: int = 0, label: str | None = None,
                 name: str | None = None) -> list[EntitySummary]:
        """Entities by number of articles naming them (``name``: a substring)."""
        where, args = ["1=1"], []
        if label:
            where.append("label = ?")
            args.append(label)
        if name:
            where.append("name LIKE ?")
            args.append(f"%{name}%")
        rows = self.conn.execute(
            "SELECT entity_id, label, MAX(name), COUNT(*), SUM(count) FROM article_entities "
            f"WHERE {' AND '.join(where)} GROUP BY entity_id, label "
            "ORDER BY COUNT(*) DESC, SUM(count) DESC, entity_id LIMIT ? OFFSET ?",
            (*args, limit, offset)).fetchall()
        return [EntitySummary(r[0], r[1], r[2], int(r[3]), int(r[4])) for r in rows]

    def entity(self, entity_id: str) -> EntitySummary | None:
        row = self.conn.execute(
            "SELECT entity_id, label, MAX(name), COUNT(*), SUM(count) FROM article_entities "
            "WHERE entity_id = ? GROUP BY entity_id, label", (entity_id,)).fetchone()
        return EntitySummary(row[0], row[1], row[2], int(row[3]), int(row[4])) if row else None

    def entity_articles(self, entity_id: str, *, limit: int = 50) -> list[EntityMention]:
        """The articles naming an entity, newest first."""
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.source, a.sort_time, e.count FROM article_entities e "
            "JOIN articles a ON a.id = e.article_id WHERE e.entity_id = ? "
            "ORDER BY a.sort_time DESC LIMIT ?", (entity_id, limit)).fetchall()
        return [EntityMention(*r) for r in rows]

    def cooccurring(self, entity_id: str, *, limit: int = 20) -> list[EntitySummary]:
        """Entities named in the same articles, by number of shared articles."""
        rows = self.conn.execute(
            "SELECT o.entity_id, o.label, MAX(o.name), COUNT(*), SUM(o.count) "
            "FROM article_entities e JOIN article_entities o "
            "ON o.article_id = e.article_id AND o.entity_id != e.entity_id "
            "WHERE e.entity_id = ? GROUP BY o.entity_id, o.label "
            "ORDER BY COUNT(*) DESC LIMIT ?", (entity_id, limit)).fetchall()
        return [EntitySummary(r[0], r[1], r[2], int(r[3]), int(r[4])) for r in rows]

    def quotes(self, *, speaker_id: str | None = None, limit: int = 50) -> list[QuoteRow]:
        """Quotes, newest article first (``speaker_id``: one speaker's)."""
        where, args = ("WHERE q.speaker_id = ?", [speaker_id]) if speaker_id else ("", [])
        rows = self.conn.execute(
            "SELECT q.article_id, q.n, q.speaker, q.speaker_id, q.text, a.title, a.sort_time "
            f"FROM quotes q JOIN articles a ON a.id = q.article_id {where} "
            "ORDER BY a.sort_time DESC, q.n LIMIT ?", (*args, limit)).fetchall()
        return [QuoteRow(*r) for r in rows]
