"""The SQLite schema, as numbered migrations applied in order.

``PRAGMA user_version`` holds the number of migrations applied. A store written by a newer
veille (a higher version than this code knows) is refused rather than damaged. A migration
is SQL (statements separated by ``;``), or a function of the connection for a repair that
needs the store's own rules (migration 15); either runs in the migration's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from veille.errors import SchemaError
from veille.store.copy_repair import migrate_sqlite as repair_copy_links

PLACE_FROM_LINKS = ("SELECT l.{column} FROM article_links l WHERE l.article_id = articles.id "
          "AND l.other_id <> articles.id AND l.relation NOT IN ('exact', 'version') "
          "ORDER BY l.score DESC LIMIT 1")
"""A stored article's place from its links (migration 11), the query of
:func:`veille.store.dedup_sql.keep_place`."""


def _add_relation_column(conn: sqlite3.Connection) -> None:
    """Migration 19: the generated ``relation`` column and its partial index, each only
    when missing (``PRAGMA table_xinfo`` lists generated columns)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_xinfo(articles)")}
    if "relation" not in columns:
        conn.execute("ALTER TABLE articles ADD COLUMN relation TEXT GENERATED ALWAYS AS "
                     "(json_extract(doc, '$.dedup.relation')) VIRTUAL")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_relation ON articles(relation) "
                 "WHERE relation IS NOT NULL")


def _add_reason_column(conn: sqlite3.Connection) -> None:
    """Migration 21: ``story_members.reason``, only when missing (a store whose
    ``user_version`` was set back may hold it), filled from the records' reasons."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(story_members)")}
    if "reason" not in columns:
        conn.execute("ALTER TABLE story_members ADD COLUMN reason TEXT")
    conn.execute("UPDATE story_members SET reason = (SELECT json_extract(a.doc, "
                 "'$.dedup.story_reason') FROM articles a WHERE a.id = "
                 "story_members.article_id)")


MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 1: raw inputs, articles, duplicates, failures, and the blocks seen per site.
    """
    CREATE TABLE raw_inputs (
        raw_id     TEXT PRIMARY KEY,
        origin     TEXT NOT NULL,
        media_type TEXT NOT NULL,
        url        TEXT,
        source     TEXT,
        fetched_at TEXT NOT NULL,
        size       INTEGER NOT NULL,
        codec      TEXT NOT NULL,
        data       BLOB NOT NULL
    );
    CREATE TABLE articles (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        id          TEXT NOT NULL UNIQUE,
        raw_id      TEXT NOT NULL REFERENCES raw_inputs(raw_id),
        source      TEXT NOT NULL,
        url         TEXT,
        title       TEXT NOT NULL,
        language    TEXT NOT NULL,
        published   TEXT,
        updated     TEXT,
        first_seen  TEXT NOT NULL,
        sort_time   TEXT NOT NULL,
        fingerprint TEXT,
        doc         TEXT NOT NULL
    );
    CREATE INDEX articles_sort ON articles(sort_time DESC, seq DESC);
    CREATE INDEX articles_fingerprint ON articles(fingerprint);
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_raw ON articles(raw_id);
    CREATE TABLE duplicates (
        raw_id     TEXT PRIMARY KEY REFERENCES raw_inputs(raw_id),
        article_id TEXT NOT NULL,
        origin     TEXT NOT NULL,
        kind       TEXT NOT NULL,
        seen_at    TEXT NOT NULL
    );
    CREATE TABLE failures (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        origin  TEXT NOT NULL,
        reason  TEXT NOT NULL,
        message TEXT NOT NULL,
        raw_id  TEXT REFERENCES raw_inputs(raw_id),
        at      TEXT NOT NULL
    );
    CREATE UNIQUE INDEX failures_once ON failures(origin, reason);
    CREATE TABLE site_blocks (
        source TEXT NOT NULL,
        block  TEXT NOT NULL,
        pages  INTEGER NOT NULL,
        PRIMARY KEY (source, block)
    ) WITHOUT ROWID;
    """,
    # Near duplicates, versions and stories (issue 6): compact signatures for the candidate
    # index, links between copies, the version chain of an article, and story membership.
    """
    CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY,
        source     TEXT NOT NULL,
        minute     INTEGER NOT NULL,
        signature  BLOB NOT NULL
    );
    CREATE INDEX signatures_minute ON signatures(minute);
    CREATE TABLE article_links (
        article_id TEXT NOT NULL,
        other_id   TEXT NOT NULL,
        relation   TEXT NOT NULL,
        score      REAL NOT NULL,
        PRIMARY KEY (article_id, other_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_links_other ON article_links(other_id);
    CREATE TABLE article_versions (
        article_id TEXT NOT NULL,
        version    INTEGER NOT NULL,
        raw_id     TEXT NOT NULL,
        seen_at    TEXT NOT NULL,
        title      TEXT NOT NULL,
        diff       TEXT NOT NULL,
        doc        TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
    );
    CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY,
        story_id   TEXT NOT NULL,
        source     TEXT NOT NULL,
        reprint    INTEGER NOT NULL,
        at         TEXT NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story_id);
    ALTER TABLE duplicates ADD COLUMN source TEXT;
    CREATE INDEX duplicates_article ON duplicates(article_id);
    """,
    # Collection (issue 7): the source registry, each URL's fetch state (conditional GET,
    # never fetching the same thing twice), the headers of every fetched response (pages can
    # be reprocessed without fetching again), and the version chains of wire items by guid.
    """
    CREATE TABLE IF NOT EXISTS sources (
        name        TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        url         TEXT NOT NULL UNIQUE,
        every_s     INTEGER NOT NULL,
        paused      INTEGER NOT NULL DEFAULT 0,
        added_at    TEXT NOT NULL,
        next_due    TEXT NOT NULL,
        last_polled TEXT,
        last_error  TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE IF NOT EXISTS fetch_state (
        url           TEXT PRIMARY KEY,
        etag          TEXT,
        last_modified TEXT,
        status        INTEGER NOT NULL,
        fetched_at    TEXT NOT NULL,
        raw_id        TEXT,
        error         TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE IF NOT EXISTS responses (
        raw_id     TEXT NOT NULL,
        url        TEXT NOT NULL,
        final_url  TEXT NOT NULL,
        status     INTEGER NOT NULL,
        headers    TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (raw_id, url)
    );
    CREATE TABLE IF NOT EXISTS wire_versions (
        guid       TEXT NOT NULL,
        version    INTEGER NOT NULL,
        raw_id     TEXT NOT NULL,
        article_id TEXT NOT NULL,
        seen_at    TEXT NOT NULL,
        PRIMARY KEY (guid, version, raw_id)
    );
    """,
    # The change log (issue 10): every change to what readers see gets a sequence number,
    # written in the transaction of the change; derived views (the search index, and later
    # alerts) record the last one they applied and catch up from there. Existing articles
    # are logged once, in their insertion order, so a view built from zero sees them all.
    # Failures: every one is kept (two different failures read from standard input share
    # origin and reason), once per origin, reason and raw input, so a re-run adds nothing.
    # ``counters`` keeps what ingest reports and the store does not otherwise hold (inputs
    # recognised as duplicates, re-reads included), so `veille stats` agrees with ingest.
    """
    CREATE TABLE changes (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL,
        kind       TEXT NOT NULL,
        at         TEXT NOT NULL
    );
    CREATE INDEX changes_article ON changes(article_id);
    INSERT INTO changes (article_id, kind, at)
        SELECT id, 'new', first_seen FROM articles ORDER BY seq;
    DROP INDEX failures_once;
    CREATE UNIQUE INDEX failures_once ON failures(origin, reason, COALESCE(raw_id, ''));
    CREATE TABLE counters (
        name  TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO counters VALUES ('duplicates',
        (SELECT COUNT(*) FROM duplicates WHERE kind = 'exact'));
    """,
    # What the listing said of a raw input (``RawInput.hints``: the feed's or sitemap's
    # date), kept with it, so a re-extraction dates an undated page as ingest did.
    """
    ALTER TABLE raw_inputs ADD COLUMN hints TEXT;
    """,
    # Enrichment (issue 16): what the enrichment view found per article, and where each
    # view other than the search index stands in the change log (its applied seq).
    """
    CREATE TABLE view_state (
        view        TEXT PRIMARY KEY,
        applied_seq INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE article_entities (
        article_id TEXT NOT NULL,
        entity_id  TEXT NOT NULL,
        label      TEXT NOT NULL,
        name       TEXT NOT NULL,
        count      INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_entities_entity ON article_entities(entity_id);
    CREATE TABLE article_places (
        article_id TEXT NOT NULL,
        place_id   TEXT NOT NULL,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL,
        country    TEXT NOT NULL,
        admin1     TEXT NOT NULL,
        lat        REAL,
        lon        REAL,
        count      INTEGER NOT NULL,
        PRIMARY KEY (article_id, place_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_places_place ON article_places(place_id);
    CREATE TABLE mentioned_dates (
        article_id  TEXT NOT NULL,
        n           INTEGER NOT NULL,
        value       TEXT NOT NULL,
        granularity TEXT NOT NULL,
        text        TEXT NOT NULL,
        sentence    TEXT NOT NULL,
        PRIMARY KEY (article_id, n)
    );
    CREATE INDEX mentioned_dates_value ON mentioned_dates(value);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL,
        n          INTEGER NOT NULL,
        speaker    TEXT NOT NULL,
        speaker_id TEXT NOT NULL,
        text       TEXT NOT NULL,
        PRIMARY KEY (article_id, n)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    """,
    # Monitoring (issue 15): saved searches (the alert view keeps its position in the
    # change log in ``view_state``, as enrichment does), the matches it found
    # (what a saved search's feed and "new since your last visit" show), and the outbox
    # of deliveries: one row per (saved search, article, version, channel), unique by its
    # idempotency key, written in the transaction that advances the view. Sources get a
    # friendly name and a group. The web UI's one account (an argon2 hash) and its sessions
    # (the SHA-256 of each session cookie).
    """
    CREATE TABLE saved_searches (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        name        TEXT NOT NULL UNIQUE,
        query       TEXT NOT NULL,
        filters     TEXT NOT NULL,
        collapse    INTEGER NOT NULL DEFAULT 1,
        channels    TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        created_seq INTEGER NOT NULL,
        visited_seq INTEGER NOT NULL
    );
    CREATE TABLE alert_matches (
        search_id  INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        version    INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        seq        INTEGER NOT NULL,
        matched_at TEXT NOT NULL,
        PRIMARY KEY (search_id, article_id, version)
    );
    CREATE INDEX alert_matches_seq ON alert_matches(search_id, seq);
    CREATE TABLE alert_outbox (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        key          TEXT NOT NULL UNIQUE,
        search_id    INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
        article_id   TEXT NOT NULL,
        version      INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        channel      TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        due_at       TEXT NOT NULL,
        attempts     INTEGER NOT NULL DEFAULT 0,
        last_error   TEXT NOT NULL DEFAULT '',
        delivered_at TEXT
    );
    CREATE INDEX alert_outbox_due ON alert_outbox(delivered_at, due_at);
    ALTER TABLE sources ADD COLUMN label TEXT NOT NULL DEFAULT '';
    ALTER TABLE sources ADD COLUMN source_group TEXT NOT NULL DEFAULT '';
    CREATE TABLE accounts (
        name          TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        account    TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
    )
    """,
    # Compaction of the change log (store/changelog.py): every follower of the log (the
    # search index, enrichment, alerts) registers its position and when it was last seen,
    # as a replication slot does; compaction removes only changes every live follower has
    # applied, and ``changes_compacted`` says up to which seq changes are gone. The views
    # already kept in ``view_state`` are registered as seen now.
    """
    CREATE TABLE log_followers (
        name        TEXT PRIMARY KEY,
        applied_seq INTEGER NOT NULL,
        seen_at     TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO log_followers
        SELECT view, applied_seq, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') FROM view_state;
    INSERT INTO counters VALUES ('changes_compacted', 0)
    """,
    # 9: what the listing said of a raw input (``RawInput.hints``: the feed's date,
    # authors, language, update time), in a small table of its own: a page fetched again
    # (``veille fetch``, an update its feed announced) reads its last input's hints from
    # here, not its whole raw input (``raw_inputs.hints`` comes after the data blob: reading
    # it walks the blob's pages). Filled from the inputs stored before.
    # And the recent articles' pages by first-seen time and raw input: what ``veille watch``
    # revisits (collect/revisit.py) is found at each round without a scan of every article.
    """
    CREATE TABLE raw_hints (
        raw_id TEXT PRIMARY KEY REFERENCES raw_inputs(raw_id),
        hints  TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO raw_hints SELECT raw_id, hints FROM raw_inputs WHERE hints IS NOT NULL;
    CREATE INDEX articles_first_seen ON articles(first_seen);
    CREATE INDEX fetch_state_raw ON fetch_state(raw_id)
    """,
    # 10: a source's own time zone (``veille sources add --timezone Pacific/Noumea``): the
    # zone of its pages' and feeds' dates written without one ("" when not set).
    """
    ALTER TABLE sources ADD COLUMN timezone TEXT NOT NULL DEFAULT ''
    """,
    # 11: records of a version written before its place in the dedup graph was kept
    # (newuser11b U9) said ``relation: version`` (or named the article its own original):
    # their place is read from the links, as :func:`veille.store.dedup_sql.keep_place`
    # reads it for the next version, so every reader (CSV export, alerts, stories) has
    # it now: the copy of the highest-scoring link where the article is the copy, else
    # an original (relation "", no duplicate_of).
    f"""
    UPDATE articles SET doc = json_set(doc,
        '$.dedup.relation', COALESCE(({PLACE_FROM_LINKS.format(column="relation")}), ''),
        '$.dedup.duplicate_of', ({PLACE_FROM_LINKS.format(column="other_id")}))
    WHERE json_extract(doc, '$.dedup.relation') = 'version'
       OR json_extract(doc, '$.dedup.duplicate_of') = id
    """,
    # 12: when a page refused for a while (``429``, ``503``... with its ``Retry-After``)
    # may be asked again (``collect/revisit.py``); NULL: whenever it is due.
    """
    ALTER TABLE fetch_state ADD COLUMN retry_at TEXT
    """,
    # 13: ids of articles merged into another one (a page its site moved, stored first
    # under its new URL, then found to be the earlier article's version: newuser16c N8),
    # so that an id veille handed out leads to the article it became.
    """
    CREATE TABLE merged_articles (
        id        TEXT PRIMARY KEY,
        into_id   TEXT NOT NULL,
        merged_at TEXT NOT NULL
    );
    CREATE INDEX merged_articles_into ON merged_articles(into_id)
    """,
    # 14: an article's own publication time (``content.published`` as the record writes
    # it, with its own offset; NULL when undated) and its precision, in columns the store
    # keeps with the content: the story, calendar and monitor queries read them for every
    # article of a story, where ``json_extract`` parsed the whole record each time
    # (bench/article_page.py: 2 s of a huge old record's page; veille.store.calendar).
    """
    ALTER TABLE articles ADD COLUMN own_time TEXT;
    ALTER TABLE articles ADD COLUMN time_precision TEXT;
    UPDATE articles SET own_time = json_extract(doc, '$.content.published'),
        time_precision = json_extract(doc, '$.content.published_precision')
    """,
    # 15: copy links and story names written before every copy was filed under its root
    # original (f-copies22, t-final21 F1/F2): a teaser filed "teaser of" a reprint, a
    # story named after a copy. Re-filed and renamed as the live path does now, each
    # change logged as a ``link`` (veille.store.copy_repair).
    repair_copy_links,
    # 16: a journalist's corrections of the stories (f-detach28): "A is not in story S"
    # (``detach``, with what S held then) and "A belongs with B" (``join``), which every
    # re-clustering respects (veille.dedup.story_overrides); removed when undone.
    """
    CREATE TABLE IF NOT EXISTS story_overrides (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        kind       TEXT NOT NULL,
        article_id TEXT NOT NULL,
        other_id   TEXT NOT NULL,
        members    TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS story_overrides_article ON story_overrides(article_id);
    CREATE INDEX IF NOT EXISTS story_overrides_other ON story_overrides(other_id)
    """,
    # 17: each article's story terms, by input digest and rules' version (p-warm30): derived
    # data a writer's warm-up and re-clustering read back instead of reading the terms
    # again (veille.store.sqlite_terms); a missing or stale row is read afresh.
    """
    CREATE TABLE IF NOT EXISTS story_terms (
        article_id TEXT NOT NULL,
        digest     BLOB NOT NULL,
        version    TEXT NOT NULL,
        terms      BLOB NOT NULL,
        PRIMARY KEY (article_id, digest)
    )
    """,
    # 18: one raw-input row per URL (or origin) that brought a content (f-b2-32): the
    # content is kept once in ``raw_inputs`` (its id is its bytes' SHA-256), and identical
    # bytes at two URLs (a page and its AMP copy in a WARC, two addresses polled) each keep
    # their own origin, URL, source, time and hints here, so the second URL's provenance is
    # no longer lost. Filled from every input kept before and from the copies filed as
    # duplicates under another origin ("(earlier version)" and the like name no origin).
    """
    CREATE TABLE IF NOT EXISTS raw_fetches (
        raw_id     TEXT NOT NULL REFERENCES raw_inputs(raw_id),
        origin     TEXT NOT NULL,
        media_type TEXT NOT NULL,
        url        TEXT,
        source     TEXT,
        fetched_at TEXT NOT NULL,
        hints      TEXT,
        PRIMARY KEY (raw_id, origin)
    );
    INSERT OR IGNORE INTO raw_fetches
        SELECT r.raw_id, r.origin, r.media_type, r.url, r.source, r.fetched_at,
               (SELECT h.hints FROM raw_hints h WHERE h.raw_id = r.raw_id) FROM raw_inputs r;
    INSERT OR IGNORE INTO raw_fetches
        SELECT d.raw_id, d.origin, r.media_type,
               CASE WHEN d.origin LIKE 'http://%' OR d.origin LIKE 'https://%'
                    THEN d.origin END, d.source, d.seen_at, NULL
        FROM duplicates d JOIN raw_inputs r ON r.raw_id = d.raw_id
        WHERE d.origin NOT LIKE '(%'
    """,
    # 19: each article's copy relation (``dedup.relation``: reprint, teaser,
    # republication, or NULL for independent coverage) as a column SQLite derives from the
    # record at every write (generated, so no write path can forget it), with an index
    # holding the copies only: ``stats`` counts them from the index, where it parsed every
    # stored record at each call (f-cliux33). Not in ``PRAGMA table_info``, so
    # ``migrate-store`` copies the tables as before (PostgreSQL derives its own).
    # A store whose ``user_version`` was set back (an older copy restored over a newer
    # file, or the migration tests' old stores) may hold the column already: added once.
    _add_relation_column,
    # 20: the story state a writer ends with (r-perf36, issue #13): derived data, keyed by
    # the change log's position it reflects, that the next writer loads and brings up to
    # date from the log instead of replaying the store's latest articles
    # (veille.dedup.story_state, veille.store.sqlite_state); a missing, stale or corrupt
    # row is a full replay.
    """
    CREATE TABLE IF NOT EXISTS story_state (
        name    TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        seq     INTEGER NOT NULL,
        digest  BLOB NOT NULL,
        state   BLOB NOT NULL
    )
    """,
    # 21: the join's reason with each story membership (r-rpm53): why a rule other than
    # the score put the article in its story (``dedup.story_reason``, a commentary and
    # the names the rule read: veille.dedup.commentary), NULL for the score.
    _add_reason_column,
    # 22: leases (t-final58 #21): a poller claims a source due for a poll until a time
    # (``key`` "source:NAME"), in one statement, so a second poller on the same store
    # (``serve --watch`` beside ``veille watch``) skips it; a poller that dies holds it
    # until ``until`` at most (veille.collect.watch.poll_once).
    """
    CREATE TABLE IF NOT EXISTS leases (
        key    TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        until  TEXT NOT NULL
    )
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this store lacks, each in its own transaction."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"this store has schema version {version}, newer than this veille's "
            f"{SCHEMA_VERSION}",
            hint="upgrade veille, or point --data-dir at another directory",
        )
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) > number:
            conn.execute("COMMIT")  # another process (or thread) applied it meanwhile
            continue
        try:
            run(conn, MIGRATIONS[number])
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def run(conn: sqlite3.Connection,
        migration: str | Callable[[sqlite3.Connection], None]) -> None:
    """Apply one migration (its SQL statements, or its function) in the open transaction."""
    if callable(migration):
        migration(conn)
        return
    for statement in migration.split(";"):
        if statement.strip():
            conn.execute(statement)
