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
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from veille.enrich.text import fold
from veille.record import REPRINT_RELATIONS, utcnow
from veille.store.base import EntityMention, EntitySummary, PlaceSummary, QuoteRow
from veille.store.calendar import article_day, article_precision, article_time

_INDEPENDENT = (
    "CASE WHEN COALESCE(json_extract(a.doc, '$.dedup.relation'), '') IN ("
    + ", ".join(f"'{r}'" for r in sorted(REPRINT_RELATIONS)) + ") THEN 0 ELSE 1 END")
"""1 for an article of its own, 0 for a reprint or teaser of another outlet's article
(:data:`~veille.record.REPRINT_RELATIONS`, the Attention page's ``independent``)."""


def _relation_is(relation: str) -> str:
    """1 for an article whose ``dedup.relation`` is ``relation`` (one of
    :data:`~veille.record.REPRINT_RELATIONS`), else 0."""
    assert relation in REPRINT_RELATIONS
    return f"CASE WHEN json_extract(a.doc, '$.dedup.relation') = '{relation}' THEN 1 ELSE 0 END"


_COPY_COUNTS = (f"SUM({_INDEPENDENT}), SUM({_relation_is('teaser')}), "
                f"SUM({_relation_is('republication')})")
"""Independent articles, teasers and republications among the rows of an entity or place."""
_FRENCH_ROW = "(a.language IS NULL OR a.language = '' OR a.language LIKE 'fr%')"
_ENGLISH_ROW = "a.language LIKE 'en%'"
"""A place row of a French (or untagged) article, of an English one: a place's name is
the label its French articles give it, and its English name the English articles' (the
largest label of all named València "Valencia" on the French page; f-places25)."""

VIEW = "enrichment"
REBUILD = ":rebuild"
"""Suffix of the ``view_state`` row that marks a re-enrichment of every article under way."""


@lru_cache(maxsize=65_536)
def folded_name(name: str) -> str:
    """An entity's name folded (:func:`veille.enrich.text.fold`), remembered: the same
    names recur on many rows of ``article_entities``."""
    return fold(name)


class EnrichTables:
    """Entities, places, dates and quotes kept per article."""

    conn: sqlite3.Connection
    _lock: threading.RLock
    compacted_seq: Callable[[], int]  # the change log's (ChangeLogTables)
    FOLDED_NAME = "veille_fold(name)"
    """The SQL an entity's name is matched by, folded as :func:`veille.enrich.text.fold`
    folds the text asked for (the function :class:`~veille.store.sqlite.SQLiteStore`
    registers on its connection)."""

    FOLDED_ARG = "?"
    """The SQL the folded, ``%``-wrapped text asked for is compared through: as given on
    SQLite; through the server's own fold on PostgreSQL (:class:`~veille.store.postgres.
    PostgresStore`), so both sides of ``LIKE`` are folded by one function."""

    @staticmethod
    def fold_key(text: str) -> str:
        """The text asked for, folded as :attr:`FOLDED_NAME` folds the names."""
        return folded_name(text)

    def enrich_applied_seq(self, view: str = VIEW) -> int:
        row = self.conn.execute("SELECT applied_seq FROM view_state WHERE view = ?",
                                (view,)).fetchone()
        return int(row[0]) if row else 0

    def mark_rebuild(self, view: str = VIEW, *, pending: bool = True) -> None:
        """Note (``pending``) or clear that every article of ``view`` is being enriched
        again (``veille reenrich``): a run killed half-way leaves the mark, so the next
        catch-up starts it again and the lag counts every article meanwhile (newuser9 R10:
        a killed reenrich left stale entities while "pending: 0")."""
        name = view + REBUILD
        with self._lock:
            if pending:
                self.conn.execute("INSERT INTO view_state VALUES (?, 0) ON CONFLICT(view) "
                                  "DO NOTHING", (name,))
            else:
                self.conn.execute("DELETE FROM view_state WHERE view = ?", (name,))

    def rebuild_pending(self, view: str = VIEW) -> bool:
        """Whether a re-enrichment of every article was started and not finished."""
        return self.conn.execute("SELECT 1 FROM view_state WHERE view = ?",
                                 (view + REBUILD,)).fetchone() is not None

    def enrich_lag(self, view: str = VIEW) -> int:
        """What the view has not seen yet: the changes after its position (its own
        ``enrich`` changes aside), or, when the log's compaction removed changes it never
        applied (its position below the compacted seq: a gap), every stored article, since
        the view then enriches them all again (:func:`veille.enrich.view.follow`) and which
        articles the removed changes touched is unknown. Counting only the changes the log
        kept would show a view that never ran as nearly caught up."""
        applied = self.enrich_applied_seq(view)
        compacted = self.compacted_seq()
        if applied < compacted or self.rebuild_pending(view):
            return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        row = self.conn.execute("SELECT COUNT(*) FROM changes WHERE seq > ? AND kind != 'enrich'",
                                (applied,)).fetchone()
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
                 name: str | None = None, ids: Sequence[str] = ()) -> list[EntitySummary]:
        """Entities by number of articles naming them (``name``: a substring of the name;
        ``ids``: those entities too, the ones the caller found ``name`` among the aliases
        of). Each with its ``independent``, ``teasers`` and ``republications`` counted, as
        :meth:`entity` gives them (t-enrich20 E16: ``veille entities --json`` and
        ``/api/v1/entities`` said ``"independent": null`` where the docs promise a number)."""
        where, args = ["1=1"], []
        if label:
            where.append("label = ?")
            args.append(label)
        if name:
            # Both sides folded (accents, case: "federation" and "PÉRIGORD" name
            # "Fédération", "Périgord"; SQLite's LIKE folds ASCII letters only: issue 16).
            named = f"{self.FOLDED_NAME} LIKE {self.FOLDED_ARG}"
            args.append(f"%{self.fold_key(name)}%")
            if ids:
                named += f" OR entity_id IN ({','.join('?' * len(ids))})"
                args.extend(ids)
            where.append(f"({named})")
        rows = self.conn.execute(
            "SELECT entity_id, label, MAX(name), COUNT(*), SUM(count) FROM article_entities "
            f"WHERE {' AND '.join(where)} GROUP BY entity_id, label "
            "ORDER BY COUNT(*) DESC, SUM(count) DESC, entity_id LIMIT ? OFFSET ?",
            (*args, limit, offset)).fetchall()
        copies = self._copy_counts([r[0] for r in rows])
        return [EntitySummary(r[0], r[1], r[2], int(r[3]), int(r[4]),
                              *copies.get((r[0], r[1]), (0, 0, 0))) for r in rows]

    def entity_count(self, *, label: str | None = None) -> int:
        """How many rows :meth:`entities` lists without a name (of kind ``label``)."""
        where, args = ("WHERE label = ?", [label]) if label else ("", [])
        row = self.conn.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM article_entities "
            f"{where} GROUP BY entity_id, label) c", args).fetchone()
        return int(row[0]) if row else 0

    def place_count(self, *, name: str | None = None) -> int:
        """How many rows :meth:`places` lists (``name``: a substring, as there)."""
        where, args = ("WHERE p.name LIKE ?", [f"%{name}%"]) if name else ("", [])
        row = self.conn.execute(
            f"SELECT COUNT(DISTINCT p.place_id) FROM article_places p {where}",
            args).fetchone()
        return int(row[0]) if row else 0

    def _copy_counts(self, entity_ids: Sequence[str]) -> dict[tuple[str, str],
                                                              tuple[int, int, int]]:
        """``(independent, teasers, republications)`` per ``(entity id, label)`` of
        ``entity_ids``: counted for the listed entities only, not the whole table."""
        if not entity_ids:
            return {}
        rows = self.conn.execute(
            f"SELECT e.entity_id, e.label, {_COPY_COUNTS} FROM article_entities e "
            "LEFT JOIN articles a ON a.id = e.article_id "
            f"WHERE e.entity_id IN ({','.join('?' * len(entity_ids))}) "
            "GROUP BY e.entity_id, e.label", tuple(entity_ids)).fetchall()
        return {(r[0], r[1]): (int(r[2]), int(r[3]), int(r[4])) for r in rows}

    def entity(self, entity_id: str) -> EntitySummary | None:
        """One entity, with how many of the articles naming it are ``independent``."""
        row = self.conn.execute(
            "SELECT e.entity_id, e.label, MAX(e.name), COUNT(*), SUM(e.count), "
            f"{_COPY_COUNTS} FROM article_entities e "
            "LEFT JOIN articles a ON a.id = e.article_id "
            "WHERE e.entity_id = ? GROUP BY e.entity_id, e.label", (entity_id,)).fetchone()
        return EntitySummary(row[0], row[1], row[2], int(row[3]), int(row[4]),
                             *(int(n) for n in row[5:8])) if row else None

    def entity_articles(self, entity_id: str, *, limit: int = 50) -> list[EntityMention]:
        """The articles naming an entity, newest first; undated ones after the dated (their
        time is when veille first saw them, no news of that day: newuser11 U3)."""
        rows = self.conn.execute(
            f"SELECT a.id, a.title, a.source, {article_time()}, e.count, {article_precision()}, "
            "COALESCE(a.language, '') "
            "FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.entity_id = ? "
            "ORDER BY a.published IS NULL, a.sort_time DESC LIMIT ?",
            (entity_id, limit)).fetchall()
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

    def quotes(self, *, speaker_id: str | None = None, speaker: str | None = None,
               limit: int = 50, offset: int = 0, text: str | None = None,
               source: str | None = None, since: str | None = None,
               until: str | None = None, until_seq: int | None = None) -> list[QuoteRow]:
        """Quotes, newest article first (``speaker_id``: one speaker's; ``speaker``: also
        those given to that name without an entity, any case: t-enrich25 E13, a speaker
        with no entity could not be filtered on), each once: see
        :meth:`_collapsed_quotes`. The other filters (h-api65, ``/api/v1/quotes``):
        ``text``, words the quote holds (a substring, accents and case folded); ``source``, the
        article's source key; ``since``/``until``, the first and last calendar days
        (``YYYY-MM-DD``, inclusive) of the article in its own offset
        (:func:`~veille.store.calendar.article_day`); ``until_seq``, only the articles
        stored up to that sequence number (a paging cursor's snapshot)."""
        where, args = self._quote_filter(speaker_id, speaker, text, source, since, until,
                                         until_seq)
        return self._collapsed_quotes("", where, args, limit, offset)

    def quote_count(self, *, speaker_id: str | None = None, speaker: str | None = None,
                    text: str | None = None, source: str | None = None,
                    since: str | None = None, until: str | None = None,
                    until_seq: int | None = None) -> int:
        """How many rows :meth:`quotes` gives with these filters and no limit."""
        where, args = self._quote_filter(speaker_id, speaker, text, source, since, until,
                                         until_seq)
        row = self.conn.execute(
            f"SELECT COUNT(*) FROM ({self._ranked_quotes('', where)}) r WHERE pos = 1",
            args).fetchone()
        return int(row[0]) if row else 0

    def _quote_filter(self, speaker_id: str | None, speaker: str | None, text: str | None,
                      source: str | None, since: str | None, until: str | None,
                      until_seq: int | None) -> tuple[str, list[Any]]:
        """The WHERE clause (over ``q`` quotes and ``a`` articles) and its arguments."""
        said: list[str] = []
        args: list[Any] = []
        if speaker_id:
            said.append("q.speaker_id = ?")
            args.append(speaker_id)
        if speaker:
            said.append("(COALESCE(q.speaker_id, '') = '' AND LOWER(q.speaker) = LOWER(?))")
            args.append(speaker)
        where = [f"({' OR '.join(said)})" if said else "1=1"]
        if text:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            # both sides folded (accents, case), as an entity's name is matched
            folded = self.FOLDED_NAME.replace("name", "q.text")
            where.append(f"{folded} LIKE {self.FOLDED_ARG} ESCAPE '\\'")
            args.append(f"%{self.fold_key(escaped)}%")
        if source:
            where.append("a.source = ?")
            args.append(source)
        if since:
            where.append(f"{article_day()} >= ?")
            args.append(since)
        if until:
            where.append(f"{article_day()} <= ?")
            args.append(until)
        if until_seq is not None:
            where.append("a.seq <= ?")
            args.append(until_seq)
        return " AND ".join(where), args

    # -- entity and place pages, search facets (issue 16, "where users see it") --------

    def area_articles(self, country: str) -> int:
        """How many articles name a place of the country or territory ``country`` (ISO
        3166-1 alpha-2), the country itself included: what the search's ``place:RE``
        finds (places' country codes are search terms, ``index/base.py``). France's
        overseas regions are stored with country FR and their own id ``iso3166:RE``
        (``enrich/overseas_regions.py``), which counts too, and so are their communes,
        with country FR and the ISO code as ``admin1`` (f-places27)."""
        row = self.conn.execute("SELECT COUNT(DISTINCT article_id) FROM article_places "
                                "WHERE country = ? OR place_id = ? "
                                "OR (country = 'FR' AND admin1 = ?)",
                                (country, f"iso3166:{country}", country)).fetchone()
        return int(row[0]) if row else 0

    def place(self, place_id: str) -> PlaceSummary | None:
        """One place with the articles naming it, or None."""
        found = self.places(ids=[place_id], limit=1)
        return found[0] if found else None

    def places(self, *, limit: int = 50, offset: int = 0, name: str | None = None,
               ids: Sequence[str] = ()) -> list[PlaceSummary]:
        """Places by number of articles naming them (``name``: a substring; ``ids``:
        only those), each named as its French (or untagged) articles name it, else as
        its English ones, else by the first label in code point order (Latin letters
        before other scripts), with its English and French names
        (:func:`veille.enrich.english_names.place_labels`: the shipped name, else the
        label articles of that language give it, else '')."""
        from veille.enrich.english_names import place_labels

        where, args = ["1=1"], []
        if name:
            where.append("p.name LIKE ?")
            args.append(f"%{name}%")
        if ids:
            where.append(f"p.place_id IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        rows = self.conn.execute(
            f"SELECT p.place_id, COALESCE(MAX(CASE WHEN {_FRENCH_ROW} THEN p.name END), "
            f"MAX(CASE WHEN {_ENGLISH_ROW} THEN p.name END), "
            "MIN(p.name)), MAX(p.kind), MAX(p.country), MAX(p.admin1), "
            f"MAX(p.lat), MAX(p.lon), COUNT(*), SUM(p.count), {_COPY_COUNTS}, "
            f"COALESCE(MAX(CASE WHEN {_ENGLISH_ROW} THEN p.name END), ''), "
            f"COALESCE(MAX(CASE WHEN {_FRENCH_ROW} THEN p.name END), '') "
            "FROM article_places p LEFT JOIN articles a ON a.id = p.article_id "
            f"WHERE {' AND '.join(where)} "
            "GROUP BY p.place_id ORDER BY COUNT(*) DESC, SUM(p.count) DESC, p.place_id "
            "LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
        out = []
        for r in rows:
            english, french = place_labels(str(r[0]), str(r[12]), str(r[13]), str(r[2]),
                                           str(r[1]))
            out.append(PlaceSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(r[7]),
                                    int(r[8]), int(r[9]), int(r[10]), int(r[11]),
                                    english_name=english, french_name=french))
        return out

    def entity_timeline(self, entity_id: str) -> list[tuple[str, int, int, int]]:
        """``(day, articles, mentions, independent)`` per calendar day of the article in
        its own offset (:func:`~veille.store.calendar.article_day`: its publication, else
        when first seen; never UTC) for an entity or place id, oldest first;
        ``independent`` leaves reprints and teasers of another outlet's article out."""
        rows = self.conn.execute(
            f"SELECT {article_day()} AS day, COUNT(*), SUM(e.count), SUM({_INDEPENDENT}) "
            "FROM article_entities e JOIN articles a ON a.id = e.article_id "
            "WHERE e.entity_id = ? GROUP BY day ORDER BY day", (entity_id,)).fetchall()
        return [(str(r[0]), int(r[1]), int(r[2]), int(r[3])) for r in rows]

    def entity_sources(self, entity_id: str, *, limit: int = 20) -> list[tuple[str, int]]:
        """``(source, articles)`` naming an entity or place, most first."""
        rows = self.conn.execute(
            "SELECT a.source, COUNT(*) AS n FROM article_entities e "
            "JOIN articles a ON a.id = e.article_id WHERE e.entity_id = ? "
            "GROUP BY a.source ORDER BY n DESC, a.source LIMIT ?",
            (entity_id, limit)).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def quotes_naming(self, entity_id: str, *, limit: int = 50) -> list[QuoteRow]:
        """Quotes of the articles naming an entity or place, newest article first, each
        once (:meth:`_collapsed_quotes`)."""
        return self._collapsed_quotes(
            "JOIN article_entities e ON e.article_id = q.article_id", "e.entity_id = ?",
            [entity_id], limit)

    @staticmethod
    def _ranked_quotes(join: str, where: str) -> str:
        """The quotes matching ``where`` with each one's rank among the copies of its
        dispatch carrying the same text (``pos`` 1: the one shown)."""
        base = (
            "SELECT q.article_id, q.n, q.speaker, q.speaker_id, q.text, a.title, "
            f"{article_time()} AS at, a.published IS NULL AS undated, a.sort_time, "
            "COALESCE(a.language, '') AS lang, "
            "COALESCE(json_extract(a.doc, '$.dedup.duplicate_of'), a.id) AS root, "
            "(SELECT MAX(x.name) FROM article_entities x WHERE x.entity_id = q.speaker_id) "
            "AS speaker_name "
            f"FROM quotes q JOIN articles a ON a.id = q.article_id {join} WHERE {where}")
        return (
            "SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.root, c.text ORDER BY "
            "CASE WHEN c.article_id = c.root THEN 0 ELSE 1 END, c.sort_time, c.article_id, "
            f"c.n) AS pos FROM ({base}) c")

    def _collapsed_quotes(self, join: str, where: str, args: list[Any],
                          limit: int, offset: int = 0) -> list[QuoteRow]:
        """One row per quote of a dispatch (newuser6 M25): the copies of an article
        (reprints, republications, teasers: ``dedup.duplicate_of``, see docs/dedup.md)
        that carry the same quote text are shown once, from the original when it carries
        the quote, else from the earliest copy, with the other copies' ids in
        ``reprints`` (earliest first; never the shown article's own id, when it repeats
        the quote). Quotes of unrelated articles stay apart even when
        their text is the same (two articles citing one communiqué).

        Newest dated article first, then, apart, the quotes of undated articles, newest
        first seen first, as the latest news keeps them (``veille latest``, the home
        page): an undated article's time is veille's sighting, no news of that day, and
        stood above the newest dated quotes (t-final29 U2).

        ``speaker_name`` is the name of the entity the speaker was resolved to, the one its
        page and the entity lists show (the longest of its article names, ``MAX(name)`` as
        :meth:`entity` gives it), not the quote's surface form ("Mme Darcourt"; t-final60
        #21)."""
        ranked = self._ranked_quotes(join, where)
        rows = self.conn.execute(
            "SELECT article_id, n, speaker, speaker_id, text, title, at, undated, root, lang, "
            f"speaker_name FROM ({ranked}) r WHERE pos = 1 "
            "ORDER BY undated, sort_time DESC, article_id, n LIMIT ? OFFSET ?",
            (*args, limit, offset)).fetchall()
        copies: dict[tuple[str, str], list[str]] = {}
        # a quote repeated inside the kept article (a headline and its lead) is shown
        # once and is no copy of itself (newuser14a E9)
        kept = {(str(r[8]), str(r[4])): str(r[0]) for r in rows}
        roots = sorted({str(r[8]) for r in rows})
        if roots:
            for root, text, article_id in self.conn.execute(
                    f"SELECT root, text, article_id FROM ({ranked}) r WHERE pos > 1 AND "
                    f"root IN ({','.join('?' * len(roots))}) ORDER BY sort_time, article_id",
                    (*args, *roots)).fetchall():
                found = copies.setdefault((root, text), [])
                if article_id not in found and article_id != kept.get((root, text)):
                    found.append(article_id)
        return [QuoteRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]),
                         tuple(copies.get((str(r[8]), r[4]), ())), str(r[9]), str(r[10] or ""))
                for r in rows]

    def entity_counts(self, article_ids: Sequence[str], *, limit: int = 10
                      ) -> tuple[list[EntitySummary], list[EntitySummary]]:
        """The entities (places apart) and the places (resolved in the gazetteer, or
        labelled LOC) named in ``article_ids``, each by number of those articles naming
        them, most first: a search's facets."""
        ids = list(dict.fromkeys(article_ids))[:1000]
        if not ids:
            return [], []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT e.entity_id, e.label, MAX(e.name), COUNT(*), SUM(e.count), "
            "MAX(CASE WHEN p.place_id IS NULL THEN 0 ELSE 1 END) "
            "FROM article_entities e LEFT JOIN article_places p "
            "ON p.article_id = e.article_id AND p.place_id = e.entity_id "
            f"WHERE e.article_id IN ({marks}) GROUP BY e.entity_id, e.label "
            "ORDER BY COUNT(*) DESC, SUM(e.count) DESC, e.entity_id", ids).fetchall()
        entities: list[EntitySummary] = []
        places: list[EntitySummary] = []
        for r in rows:
            kept = places if r[5] or r[1] == "LOC" else entities
            if len(kept) < limit:
                kept.append(EntitySummary(r[0], r[1], r[2], int(r[3]), int(r[4])))
        return entities, places
