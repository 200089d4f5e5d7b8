"""Search in PostgreSQL (``index_url``): the same index protocol as tantivy's.

One row per article in ``search_docs``: what a result line shows (title, body, source,
dates, url), ``tsv`` (title and body) and ``title_tsv``, each analysed by the text search
configuration of the article's language (see :mod:`veille.index.pg_query`), with GIN
indexes; ``daynum`` (the article's own calendar day, ``YYYYMMDD``) for date filters,
``source_key`` for ``source:``, ``entities`` and ``places`` (the search terms of enrichment,
as tantivy's ``entity`` and ``place`` fields, GIN-indexed arrays) for ``entity:`` and
``place:``, ``authors`` (the terms of :mod:`veille.index.authors`, a GIN-indexed array) for
``author:``, and ``hash`` for ``veille check``. A day-only date is kept as its real instant
with ``published_day`` beside it, as in tantivy, so a result gives back the record's own time.

It follows the store's change log like the embedded index (:mod:`veille.index.sync`):
``search_state`` holds the last change applied, written *in the transaction* of the rows it
accounts for. A writer transaction takes an advisory lock first (``pg_try_advisory_xact_lock``):
one writer at a time, and the others get :class:`~veille.errors.IndexBusy` and wait, as with
tantivy's writer lock. Readers (a replica through ``read_url``) never wait.

Ranking is PostgreSQL's ``ts_rank`` (term frequency, normalised by document length, title
matches counted twice), not BM25: see docs/search.md.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from veille.errors import IndexBusy, SearchIndexError
from veille.index.analysis import LANGUAGES, language_for, query_spelling
from veille.index.authors import author_terms
from veille.index.base import (
    PREFERRED_LANGUAGE_BOOST,
    IndexDoc,
    IndexHit,
    IndexResult,
    IndexSort,
    doc_from_article,
    preferred_code,
    published_day_number,
    restored_published,
)
from veille.index.pg_query import (
    CONFIGS,
    LINE_GAP,
    TERMS_SETUP,
    TS_SETUP,
    Compiled,
    PgCompiler,
    exact_text,
    folded_title,
    normalize,
    normalize_lines,
)
from veille.index.query import Node, Phrase, common_words_only
from veille.index.scripts import script_fold
from veille.index.state import doc_hash
from veille.index.sync import ChangeLog, follow, still_pending
from veille.index.tantivy_index import (
    FACET_SIZES,
    FRESH_WINDOW,
    fresh_then_rest,
    recency_factors,
)
from veille.index.variants import with_variants
from veille.record import Article

WRITER_LOCK = 0x76656978  # the advisory lock of the index's one writer
STATE = "search"
REWRITING_COLUMNS = {
    "published_day": "INTEGER NOT NULL DEFAULT 0",
    "entities": "TEXT[] NOT NULL DEFAULT '{}'",
    "places": "TEXT[] NOT NULL DEFAULT '{}'",
    "authors": "TEXT[] NOT NULL DEFAULT '{}'",
    "exact_tsv": "TSVECTOR NOT NULL DEFAULT ''::tsvector",
    "site_key": "TEXT NOT NULL DEFAULT ''",
    "chain": "TEXT NOT NULL DEFAULT ''",
    "folded_tsv": "TSVECTOR NOT NULL DEFAULT ''::tsvector",
}
"""Columns added to an existing index whose rows must be written again to fill them:
``published_day`` (a day-only date's own calendar day, kept beside its real instant, as
tantivy's field of that name), the ``entity``/``place`` search terms of enrichment and the
``author`` terms of the names an article is signed with (:mod:`veille.index.authors`), and
``exact_tsv``, the words as written (tantivy's ``exact_<code>`` fields, newuser9 R23; no
positions and no index: it ranks and filters the rows ``tsv`` finds), and ``site_key``, the
site name the page declares, lower-cased, which ``source:`` matches too (newuser12b D5),
``chain``, the analysis the row's text went through (``fr``, ``en``, ``any``: a word's
``tsquery`` in a language is matched in the rows of that analysis only), and ``folded_tsv``,
the accent-blind stream of a French title (tantivy's ``title_fr_folded``).
When
one is added, the index's applied change goes back to 0, so the next catch-up rewrites every
article from the store's change log (:func:`ensure_schema`), readers keeping the old rows
meanwhile."""
ANALYSIS = 23
"""The version of the text analysis the rows' ``tsv`` were written with (:func:`normalize`
and :data:`~veille.index.pg_query.TS_SETUP`), kept in ``search_state`` under
:data:`ANALYSIS_STATE`, as the embedded index keeps its ``FORMAT``. 1 (no row): before
numbers in digit groups (``10.000``) got their joined form (``10000``); 2: with it; 3:
French analysed in Python by tantivy's chain (Snowball on the accented word, then folding:
``blessée`` = ``blessé``), where 2 folded first (``unaccent``, then Snowball); 4: words
with an apostrophe after a part that is not an elided particle get their joined form
(``presqu'île`` → ``presquîle``), as in the embedded index's ``FORMAT`` 10; 5: a gap of
two positions between the lines of a body (:data:`~veille.index.pg_query.LINE_GAP`); 6:
``exact_tsv``, the words as written (:func:`~veille.index.pg_query.exact_text`); 7: words
of up to 160 bytes, CJK characters one word each, other scripts folded
(:mod:`~veille.index.scripts`), as the embedded index's ``FORMAT`` 15 (16); 8: French
plurals in ``-s`` after a vowel also indexed as their singular
(:func:`~veille.index.analysis.singular_words`) and Persian ``ی`` ``ک`` folded to Arabic
``ي`` ``ك``, as ``FORMAT`` 17; 9: each row's analysis kept (``chain``) and a language's
``tsquery`` matched in its rows only (8 matched every language's against every row, so the
English stem of ``fois``, ``foi``, found French articles saying *foi*), and French titles'
accent-blind stream (``folded_tsv``, tantivy's ``title_fr_folded``); 10: words joined by
an ampersand get their joined form (``AT&T`` → ``att``), as ``FORMAT`` 18; 11:
compatibility characters (``𝐌𝐚𝐜𝐫𝐨𝐧``, ``𝕏``) folded to their NFKC form, as
``FORMAT`` 19; 12: ``authors`` holds the agency whose own dispatch the article is
(:mod:`~veille.index.own_agency`, t-reader22 R4) and ``entities`` each person's
surnames (t-enrich22 E12), as ``FORMAT`` 20; 13: a word whose apostrophe is inside a name
gets its joined form after a one-letter part too (``Guivarc'h`` → ``guivarch``, an English
clitic apart), as ``FORMAT`` 21; 14: each place's terms also hold the names of the areas
it lies in (``place:Drôme`` finds Valence), as ``FORMAT`` 22; 15: French plurals in ``-s``
after a consonant that Snowball stems apart from their singular also indexed as their
singular (``foyers`` → ``foyer``) and hyphenated names through an elided particle joined
(``Pont-l'Abbé`` → ``pontlabbe``), as ``FORMAT`` 23; 16: plurals read as their singular
from a French lexicon only, never into another lexeme's term (``conseillers`` is not
``conseil``), as ``FORMAT`` 24; 17: place terms hold each place entity's names
(``place:Loire``), as ``FORMAT`` 25; 18: regular plurals of the lexicon's nouns
(``newsletters``), participles marked in ``exact_tsv`` (``porte0301``), no place terms for
a facility's name, as ``FORMAT`` 26; 19: a place abroad's terms hold its first-level
region's names where GeoNames numbers the region (``place:Bayern`` finds München;
h-regions54), as ``FORMAT`` 27; 20: the regions joined from the gazetteer and islands'
regions (``place:Hyogo`` finds Kobe, ``place:Canarias`` Tenerife; r-places55), as
``FORMAT`` 28; 21: Greece's regions (``place:"Central Macedonia"`` finds Thessaloníki;
r-places56), as ``FORMAT`` 29; 22: German, Spanish, Italian, Portuguese and Russian rows
analysed by their own language's Snowball chain, tantivy's, in Python (terms in
``veille_terms``, :data:`~veille.index.pg_query.CONFIGS`; r-search57), as ``FORMAT`` 30;
23: each place's country names also in the country's official languages (``place:España``
finds Sevilla; r-search58), as ``FORMAT`` 31. An
index written with another version has its applied change set back to 0 on open, like a
:data:`REWRITING_COLUMNS` change, so the next catch-up rewrites every article with this
analysis (readers keep the old rows meanwhile)."""
ANALYSIS_STATE = "search-analysis"
SCHEMA = [
    """CREATE TABLE IF NOT EXISTS search_docs (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        body       TEXT NOT NULL,
        source     TEXT NOT NULL,
        source_key TEXT NOT NULL,
        lang       TEXT NOT NULL,
        date       TIMESTAMPTZ NOT NULL,
        daynum     INTEGER NOT NULL,
        day        TEXT NOT NULL,
        published  TIMESTAMPTZ,
        url        TEXT,
        hash       BIGINT NOT NULL,
        title_tsv  TSVECTOR NOT NULL,
        tsv        TSVECTOR NOT NULL
    )""",
    "ALTER TABLE search_docs ADD COLUMN IF NOT EXISTS published_precision TEXT NOT NULL "
    "DEFAULT 'time'",
    *(f"ALTER TABLE search_docs ADD COLUMN IF NOT EXISTS {name} {kind}"
      for name, kind in REWRITING_COLUMNS.items()),
    "CREATE INDEX IF NOT EXISTS search_docs_tsv ON search_docs USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS search_docs_title ON search_docs USING GIN (title_tsv)",
    "CREATE INDEX IF NOT EXISTS search_docs_folded ON search_docs USING GIN (folded_tsv)",
    "CREATE INDEX IF NOT EXISTS search_docs_date ON search_docs (date DESC)",
    # The date order (undated after dated): `ORDER BY daynum = 0, date DESC`.
    "CREATE INDEX IF NOT EXISTS search_docs_dated ON search_docs ((daynum = 0), date DESC)",
    "CREATE INDEX IF NOT EXISTS search_docs_daynum ON search_docs (daynum)",
    "CREATE INDEX IF NOT EXISTS search_docs_source ON search_docs (source_key)",
    "CREATE INDEX IF NOT EXISTS search_docs_site ON search_docs (site_key)",
    "CREATE INDEX IF NOT EXISTS search_docs_entities ON search_docs USING GIN (entities)",
    "CREATE INDEX IF NOT EXISTS search_docs_places ON search_docs USING GIN (places)",
    "CREATE INDEX IF NOT EXISTS search_docs_authors ON search_docs USING GIN (authors)",
    """CREATE TABLE IF NOT EXISTS search_state (
        name        TEXT PRIMARY KEY,
        applied_seq BIGINT NOT NULL
    )""",
]
_UPSERT_COLUMNS = (
    "id", "title", "body", "source", "source_key", "lang", "date", "daynum", "day",
    "published", "url", "hash", "title_tsv", "tsv", "published_precision",
    "published_day", "entities", "places", "authors", "exact_tsv", "site_key", "chain",
    "folded_tsv")
"""The columns a row is written to, named: a column added by an upgrade comes last in the
table, whatever order this list gives."""
_UPSERT = (
    f"INSERT INTO search_docs AS d ({', '.join(_UPSERT_COLUMNS)}) "
    "VALUES (%(id)s, %(title)s, %(body)s, %(source)s, "
    "%(source_key)s, %(lang)s, %(date)s, %(daynum)s, %(day)s, %(published)s, %(url)s, %(hash)s, "
    "to_tsvector(%(config)s::regconfig, %(title_n)s), "
    "to_tsvector(%(config)s::regconfig, %(title_n)s) || "
    "ts_delete(to_tsvector(%(config)s::regconfig, %(body_n)s), "
    "tsvector_to_array(to_tsvector(%(config)s::regconfig, %(gap)s))), %(published_precision)s, "
    "%(published_day)s, %(entities)s, %(places)s, %(authors)s, "
    "strip(to_tsvector('veille_terms', %(exact_n)s)), %(site_key)s, %(chain)s, "
    "to_tsvector('veille_terms', %(folded_n)s)) "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(
        f"{c} = excluded.{c}" for c in _UPSERT_COLUMNS[1:]))
_COLUMNS = ("id, title, body, source, lang, date, published, url, published_precision, "
            "published_day")
TITLE_WEIGHT = 2.0
EXACT_WEIGHT = 1.0
"""The weight of a word's rank among the words as written (``exact_tsv``) in its score:
its own form ("Solidaris") counts beside its stem's ("solidarité"), as tantivy's
:data:`~veille.index.tantivy_query.EXACT_BOOST` (newuser9 R23)."""
DF_CAP = 10_000
"""Document frequencies are counted up to this (a bounded cost per query word on a large
index; past it a word is common anyway)."""


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _clean(text: str) -> str:
    return text.replace("\x00", "\ufffd")


def ensure_schema(conn: Any) -> None:
    """Create the text search configurations and tables (once per database)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK + 1,))
        exists = conn.execute(
            "SELECT 1 FROM pg_ts_config WHERE cfgname = 'veille_french'").fetchone()
        if not exists:
            for statement in TS_SETUP:
                conn.execute(statement)
        if not conn.execute(
                "SELECT 1 FROM pg_ts_config WHERE cfgname = 'veille_terms'").fetchone():
            for statement in TERMS_SETUP:
                conn.execute(statement)
        columns = {row[0] for row in conn.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'search_docs'")}
        for statement in SCHEMA:
            conn.execute(statement)
        version = conn.execute("SELECT applied_seq FROM search_state WHERE name = %s",
                               (ANALYSIS_STATE,)).fetchone()
        stale = version is None or int(version[0]) != ANALYSIS
        if columns and (stale or not columns.issuperset(REWRITING_COLUMNS)):
            conn.execute("UPDATE search_state SET applied_seq = 0 WHERE name = %s", (STATE,))
        if stale:
            conn.execute("INSERT INTO search_state VALUES (%s, %s) ON CONFLICT (name) DO "
                         "UPDATE SET applied_seq = excluded.applied_seq",
                         (ANALYSIS_STATE, ANALYSIS))


class PgIndex:
    """The PostgreSQL backend of :class:`veille.index.base.Index` (see the module)."""

    def __init__(self, url: str, *, readonly: bool = False,
                 default_language: str = "fr") -> None:
        from veille.store.postgres import connect

        self.url = url
        self.default_language = default_language
        self.readonly = readonly
        self.compiler = PgCompiler(self._resolve)
        self._analyzers = {lang.code: lang.build() for lang in LANGUAGES}
        self._writing = False
        try:
            self.conn = connect(url, readonly=readonly)
            if not readonly:
                ensure_schema(self.conn)
        except SearchIndexError:
            raise
        except Exception as exc:
            raise SearchIndexError(f"cannot open the search index in PostgreSQL: {exc}",
                                   hint="check index_url (or read_url)") from exc

    # --- writing ----------------------------------------------------------------------

    @property
    def writing(self) -> bool:
        return self._writing

    def _begin(self) -> None:
        """Open the writer's transaction (once), or raise IndexBusy."""
        if self._writing:
            return
        self.conn.execute("BEGIN")
        got = self.conn.execute("SELECT pg_try_advisory_xact_lock(%s)",
                                (WRITER_LOCK,)).fetchone()[0]
        if not got:
            self.conn.execute("ROLLBACK")
            raise IndexBusy("the search index is being written by another process",
                            hint="wait for the other `veille ingest` or `reindex` to finish")
        self._writing = True

    def doc(self, article: Article) -> IndexDoc:
        return doc_from_article(article, default_language=self.default_language)

    def add(self, articles: Sequence[Article]) -> int:
        return self.add_docs(self.doc(a) for a in articles)

    def _row(self, doc: IndexDoc) -> dict[str, Any]:
        lang = language_for(doc.language)
        return {
            "id": doc.id, "title": _clean(doc.title), "body": _clean(doc.body),
            "source": doc.source, "source_key": doc.source.lower(),
            "site_key": doc.site_name.lower().strip(),
            "lang": (doc.language or self.default_language).lower()[:2],
            # An undated article has no day (0 and ''): date filters and the day facet do
            # not count it on the day it was first seen, as in tantivy.
            "date": _utc(doc.date),
            "daynum": _daynum(doc.published) if doc.published else 0,
            "day": doc.published.date().isoformat() if doc.published else "",
            "published": _utc(doc.published) if doc.published else None,
            "published_precision": doc.published_precision,
            "published_day": published_day_number(doc),
            "entities": list(doc.entities), "places": list(doc.places),
            "authors": list(author_terms(doc.authors)),
            "url": doc.url or "", "hash": doc_hash(doc), "config": CONFIGS[lang.code],
            "title_n": normalize(doc.title, lang), "body_n": normalize_lines(doc.body, lang),
            "gap": LINE_GAP, "exact_n": exact_text(doc.title, doc.body),
            "chain": lang.code, "folded_n": folded_title(doc.title, lang),
        }

    def add_docs(self, docs: Iterable[IndexDoc], *, replace: bool = True) -> int:
        """Add (or replace, by id) documents in the writer's transaction."""
        self._begin()
        rows = [self._row(doc) for doc in docs]
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(_UPSERT, rows)
        return len(rows)

    def delete(self, ids: Iterable[str]) -> None:
        wanted = list(ids)
        self._begin()
        if wanted:
            self.conn.execute("DELETE FROM search_docs WHERE id = ANY(%s)", (wanted,))

    def commit(self, *, applied_seq: int | None = None) -> None:
        """Commit the writer's transaction; with ``applied_seq``, record it in it (never
        lowering what another writer recorded meanwhile)."""
        if applied_seq is not None:
            self._begin()
            self.conn.execute(
                "INSERT INTO search_state VALUES (%s, %s) ON CONFLICT (name) DO UPDATE "
                "SET applied_seq = GREATEST(search_state.applied_seq, excluded.applied_seq)",
                (STATE, int(applied_seq)))
        if self._writing:
            self._writing = False
            try:
                self.conn.execute("COMMIT")
            except Exception as exc:
                raise SearchIndexError(f"cannot commit to the search index: {exc}",
                                       hint="run `veille check --repair`") from exc

    def rollback(self) -> None:
        if self._writing:
            self._writing = False
            self.conn.execute("ROLLBACK")

    def start_rebuild(self) -> None:
        """Empty the index inside the writer's transaction: readers keep seeing the old
        rows until the rebuild commits (``veille reindex``)."""
        self._begin()
        self.conn.execute("DELETE FROM search_docs")

    def clear(self) -> None:
        self.start_rebuild()
        self.commit()

    def refresh(self) -> None:
        """Every statement sees the last commit: nothing to reload."""

    def close(self) -> None:
        self.rollback()
        self.conn.close()

    # --- reading ----------------------------------------------------------------------

    def applied_seq(self) -> int:
        row = self.conn.execute("SELECT applied_seq FROM search_state WHERE name = %s",
                                (STATE,)).fetchone()
        return int(row[0]) if row else 0

    def entries(self) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in self.conn.execute("SELECT id, hash FROM search_docs")}

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0])

    def written_counts(self, words: Sequence[str]) -> tuple[int, dict[str, int]]:
        """How many articles the table holds and how many match each quoted word of
        ``words`` (with its other spellings, as a search for it reads it), in one round
        trip: a count per word (PostgreSQL keeps no document frequency a query may read);
        0 for a word made of function words only, which a search does not count."""
        nodes = {word: with_variants(Phrase(word)) for word in dict.fromkeys(words)}
        asked = {word: self.compiler.compile(node) for word, node in nodes.items()
                 if not common_words_only(node, self.analyze)}
        sql = "SELECT (SELECT COUNT(*) FROM search_docs)" + "".join(
            f", (SELECT COUNT(*) FROM search_docs WHERE {compiled.sql})"
            for compiled in asked.values())
        row = self.conn.execute(sql, [p for c in asked.values() for p in c.params]).fetchone()
        found = dict(zip(asked, (int(n) for n in row[1:]), strict=True))
        return int(row[0]), {word: found.get(word, 0) for word in words}

    def analyze(self, text: str, language: str) -> list[str]:
        """For highlighting: the embedded analyzers, in process (no round trip)."""
        lang = language_for(language)
        spelled = query_spelling(script_fold(text), lang)  # as the tantivy backend reads it
        return list(self._analyzers[lang.code].analyze(spelled))

    def search(self, query: Node, *, limit: int = 10, offset: int = 0,
               sort: IndexSort = "relevance", facets: bool = False,
               prefer: str | None = None) -> IndexResult:
        compiled = self.compiler.compile(query)
        where, params = compiled.sql, compiled.params
        limit, offset = max(0, limit), max(0, offset)
        rank, rank_params = self._rank(compiled)
        code = preferred_code(prefer)
        if code is not None and rank != "0.0":
            # the reader's language first at about equal relevance, as tantivy's
            rank = f"({rank} * CASE WHEN lang = %s THEN {PREFERRED_LANGUAGE_BOOST} ELSE 1 END)"
            rank_params = [*rank_params, code]
        select = f"SELECT {_COLUMNS}, {rank} AS score FROM search_docs WHERE {where}"
        args = [*rank_params, *params]
        if sort == "date":
            # Undated (daynum 0) after every dated match, as the tantivy backend does.
            rows = self._rows(f"{select} ORDER BY daynum = 0, date DESC, id LIMIT %s OFFSET %s",
                              [*args, limit, offset])
            hits = [IndexHit(self._doc(r), 0.0) for r in rows]
        elif sort == "fresh":
            rows = self._rows(f"{select} ORDER BY score DESC, date DESC, id LIMIT %s",
                              [*args, max(FRESH_WINDOW, offset + limit)])
            found = [IndexHit(self._doc(r), float(r[-1])) for r in rows]
            hits = [IndexHit(doc, score) for score, doc in fresh_then_rest(
                [(h.score, h.doc) for h in _fresh(found[:FRESH_WINDOW])],
                [(h.score, h.doc) for h in found[FRESH_WINDOW:]])][offset:offset + limit]
        else:
            rows = self._rows(f"{select} ORDER BY score DESC, date DESC, id "
                              "LIMIT %s OFFSET %s", [*args, limit, offset])
            hits = [IndexHit(self._doc(r), float(r[-1])) for r in rows]
        total = int(self.conn.execute(f"SELECT COUNT(*) FROM search_docs WHERE {where}",
                                      params).fetchone()[0])
        result = IndexResult(total=total, hits=hits)
        if facets:
            result.facets = self._facets(where, params)
        return result

    def count_among(self, query: Node, ids: Sequence[str]) -> int:
        """How many of the articles ``ids`` match ``query`` (a paging cursor's count of
        the matches it leaves out: :mod:`veille.search.service`)."""
        if not ids:
            return 0
        compiled = self.compiler.compile(query)
        return int(self.conn.execute(
            f"SELECT COUNT(*) FROM search_docs WHERE ({compiled.sql}) AND id = ANY(%s)",
            [*compiled.params, list(ids)]).fetchone()[0])

    def _rank(self, compiled: Compiled) -> tuple[str, list[object]]:
        """The score: for each word or phrase, its ``ts_rank`` in the text plus
        :data:`TITLE_WEIGHT` times its rank in the title (each through the row's own
        analysis: :meth:`~veille.index.pg_query.TextQuery.rank`), weighted by its inverse
        document frequency (BM25's, from a count capped at :data:`DF_CAP`), so that a rare
        word weighs more than a common one, as in the tantivy backend."""
        if not compiled.terms:
            return "0.0", []
        total = max(1, int(self.conn.execute(
            "SELECT GREATEST(reltuples::bigint, 0) FROM pg_class "
            "WHERE oid = 'search_docs'::regclass").fetchone()[0]) or self.count())
        parts, params = [], []
        for term, exact in zip(compiled.terms, compiled.exact, strict=True):
            every, every_params = term.every()  # its readings in any row: one GIN scan
            found = int(self.conn.execute(
                f"SELECT COUNT(*) FROM (SELECT 1 FROM search_docs WHERE tsv @@ ({every}) "
                "LIMIT %s) AS capped", [*every_params, DF_CAP]).fetchone()[0])
            total = max(total, found)
            idf = math.log(1.0 + (total - found + 0.5) / (found + 0.5))
            written, written_params = self.compiler.exact_query(exact) if exact else ("", [])
            bonus = f" + {EXACT_WEIGHT} * ts_rank(exact_tsv, {written}, 1)" if exact else ""
            rank, rank_params = term.rank(TITLE_WEIGHT)  # through the row's own analysis
            parts.append(f"{idf:.6f} * ({rank}{bonus})")
            params.extend([*rank_params, *written_params])
        return "(" + " + ".join(parts) + ")", params

    def _resolve(self, queries: list[tuple[str, list[object]]]) -> list[str]:
        """The values of ``tsquery`` expressions, as text, in one round trip
        (:class:`~veille.index.pg_query.PgCompiler`'s ``resolve``)."""
        if not queries:
            return []
        row = self.conn.execute(
            "SELECT " + ", ".join(f"({sql})::text" for sql, _params in queries),
            [p for _sql, params in queries for p in params]).fetchone()
        return [str(value) for value in row]

    def _rows(self, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(sql, params).fetchall())

    def _facets(self, where: str, params: list[object]) -> dict[str, list[tuple[str, int]]]:
        def terms(expr: str, size: int, order: str, only: str = "TRUE") -> list[tuple[str, int]]:
            rows = self.conn.execute(
                f"SELECT {expr} AS k, COUNT(*) AS n FROM search_docs WHERE ({where}) "
                f"AND {only} GROUP BY k ORDER BY {order} LIMIT %s", [*params, size]).fetchall()
            return [(str(r[0]), int(r[1])) for r in rows]

        return {"source": terms("source", FACET_SIZES["source"], "n DESC, k"),
                "language": terms("lang", FACET_SIZES["language"], "n DESC, k"),
                "day": terms("day", FACET_SIZES["day"], "k DESC", "day <> ''")}

    def _doc(self, row: Sequence[Any]) -> IndexDoc:
        return IndexDoc(id=row[0], title=row[1], body=row[2], source=row[3], language=row[4],
                        date=_utc(row[5]),
                        published=restored_published(_utc(row[6]), int(row[9] or 0))
                        if row[6] else None,
                        url=row[7] or None, published_precision=row[8] or "time")


def _daynum(value: datetime) -> int:
    day = value.date()
    return day.year * 10000 + day.month * 100 + day.day


def _fresh(hits: list[IndexHit]) -> list[IndexHit]:
    """Relevance times a recency factor, as the tantivy backend's ``sort="fresh"``."""
    if not hits:
        return []
    factors = recency_factors([h.doc.published for h in hits])
    rescored = [IndexHit(hit.doc, hit.score * factor)
                for hit, factor in zip(hits, factors, strict=True)]
    rescored.sort(key=lambda h: h.score, reverse=True)
    return rescored


class PgIndexKeeper:
    """Keeps the PostgreSQL index up to the store's change log, for one process (the
    counterpart of :class:`veille.index.sync.IndexKeeper`, without generations: a
    rebuild is one transaction)."""

    def __init__(self, store: ChangeLog, opener: Callable[[], PgIndex]) -> None:
        self.store = store
        self.opener = opener
        self.index: PgIndex | None = None

    def live(self, *, create: bool = True) -> PgIndex:
        if self.index is None:
            self.index = self.opener()
        return self.index

    def sync(self, *, wait: float = 0.0) -> int:
        """Apply every pending change; when another process holds the writer, wait up to
        ``wait`` seconds for it to apply them. Returns how many are still pending."""
        target = self.store.change_seq()
        deadline = time.monotonic() + wait
        index = self.live()
        while True:
            try:
                follow(self.store, index)
                return 0
            except IndexBusy:
                pending = still_pending(index, target, deadline)
                if pending is not None:
                    return pending

    def applied_seq(self) -> int:
        return self.live().applied_seq()

    def release(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None

