"""Schema migration 15: the copy links and story names of a store written before copies
were filed under their root original (f-copies22, t-final21 F1/F2), repaired on open.

Since then the store files every new reprint or teaser under the **root** of its match
(:func:`veille.store.dedup_sql.to_root`) and names a story after its original when the
article it was named after is, or becomes, a copy
(:func:`veille.store.dedup_sql.name_stories_after_originals`). A store written before keeps
what the old code wrote until those articles are ingested again: a teaser filed "teaser of"
a paper's reprint of the AFP dispatch (its page names the reprint its original), a story
whose id is the reprint's or the teaser's. :func:`repair_copy_links` rewrites them as the
live path writes them now, in the caller's transaction (the migration's: all or nothing):

1. **Every copy whose original is itself a copy is filed under the root.** A ``reprint`` or
   ``teaser`` whose record's ``dedup.duplicate_of`` names an article whose own record names
   another, followed to the article that copies nothing (:func:`~veille.store.dedup_sql.root_of`'s
   walk, here one recursive query over every copy at once). Its record names the root, which
   joins its matches with the pair's score (``_pair_score``, ``_add_match``: as a copy
   relinked by a late original); its link to the intermediate copy is replaced by one to the
   root. A ``republication`` keeps its link (its own site's text, as ``to_root`` leaves it).
2. **Every story named after a copy takes its root original's id**, when the original is in
   the story and names no other story (the live rule): every member's record
   (``dedup.story_id``), its ``story_members`` row, and the saved searches following the
   story (``filters.stories``). The old id keeps leading to the story with no record of its
   own, as on the live path: a story id is an article id, and ``Store.story_id_of`` finds
   the story that article is in now (``/stories/OLD`` answers 308).
3. **Each article changed logs one ``link`` change** (the copy re-filed, the copy it left, the
   root it joined; every member of a renamed story), so the search index, the enrichment
   view, alerts, exports and a running writer's story state (``StoryFollower``) follow. A
   ``link`` alerts nobody (``veille.monitor.alerts.ALERT_KINDS``): nothing is sent again.

The copies and roots are found with set-based SQL (one pass reading each record's
``dedup.duplicate_of``, a recursive walk of the links, joins for the stories); only the
re-filed copies' records are rewritten one by one, in Python, because their new score is
computed from the two signatures as ingest computes it. Links that loop (never written, but
records may be edited) lead to no root and are left as they are. Running it again changes
nothing: no copy is left under a copy, and the stories it could rename are renamed.

What it cannot repair: a store where the old code made a copy the *original* (t-final21 F2's
other fault: a teaser stamped first kept a paper's credited copy the original of the AFP
dispatch when the dispatch came last) keeps that direction; deciding it again needs the
articles ingested again (docs/dedup.md).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from veille.record import utcnow
from veille.store.dedup_sql import COPY_RELATIONS, _add_match, _iso, _pair_score

MAX_DEPTH = 64
"""The longest chain of copy links walked; a longer one is a loop (left alone)."""

_EDGES = {
    False: """
    CREATE TEMP TABLE repair_edges AS
    WITH dedup AS MATERIALIZED (SELECT seq, id, json_extract(doc, '$.dedup') AS part
                                FROM articles)
    SELECT seq, id, original, relation FROM (
        SELECT seq, id, json_extract(part, '$.duplicate_of') AS original,
               json_extract(part, '$.relation') AS relation FROM dedup) AS e
    WHERE original IS NOT NULL AND original <> '' AND original <> id
    """,
    True: """
    CREATE TEMP TABLE repair_edges AS
    WITH dedup AS MATERIALIZED (SELECT seq, id, doc::jsonb -> 'dedup' AS part FROM articles)
    SELECT seq, id, original, relation FROM (
        SELECT seq, id, part ->> 'duplicate_of' AS original, part ->> 'relation' AS relation
        FROM dedup) AS e
    WHERE original IS NOT NULL AND original <> '' AND original <> id
    """,
}
"""Every stored copy link (``dedup.duplicate_of``), each record parsed once (SQLite's
``json_extract`` parses the whole record at each call, and both databases would inline a
plain subquery's expression into each use: the dedup part is read first, materialised)."""

_ROOTS = f"""
    CREATE TEMP TABLE repair_roots AS
    WITH RECURSIVE walk(id, at, depth) AS (
        SELECT id, original, 1 FROM repair_edges
        UNION ALL
        SELECT walk.id, e.original, walk.depth + 1
        FROM walk JOIN repair_edges e ON e.id = walk.at
        WHERE walk.depth < {MAX_DEPTH})
    SELECT id, at AS root FROM walk
    WHERE NOT EXISTS (SELECT 1 FROM repair_edges e WHERE e.id = walk.at)
"""
"""Each copy's root: the end of its links (none for a loop)."""

_REFILED = f"""
    SELECT e.id, e.original, r.root FROM repair_edges e
    JOIN repair_roots r ON r.id = e.id
    WHERE e.relation IN ({",".join(f"'{r}'" for r in COPY_RELATIONS)}) AND r.root <> e.original
    ORDER BY e.seq
"""
"""The reprints and teasers filed under a copy: (copy, the copy it names, the root)."""

_RENAMES = """
    CREATE TEMP TABLE repair_renames AS
    SELECT s.story_id AS story, r.root AS root
    FROM (SELECT DISTINCT story_id FROM story_members) AS s
    JOIN repair_roots r ON r.id = s.story_id
    WHERE EXISTS (SELECT 1 FROM story_members o
                  WHERE o.article_id = r.root AND o.story_id = s.story_id)
      AND NOT EXISTS (SELECT 1 FROM story_members n WHERE n.story_id = r.root)
"""
"""The stories named after a copy, with the id they take (the live rule of
:func:`veille.store.dedup_sql.name_stories_after_originals`)."""

_RENAMED_MEMBERS = """
    CREATE TEMP TABLE repair_members AS
    SELECT m.article_id, r.root FROM story_members m JOIN repair_renames r ON r.story = m.story_id
"""
"""The members of each renamed story, with the id it takes."""

_RECORD_STORY = {
    False: """
    UPDATE articles SET doc = json_set(doc, '$.dedup.story_id', (
        SELECT w.root FROM repair_members w WHERE w.article_id = articles.id))
    WHERE id IN (SELECT article_id FROM repair_members)
      AND json_type(doc, '$.dedup') = 'object'
    """,
    True: """
    UPDATE articles SET doc = CASE WHEN jsonb_typeof(doc::jsonb -> 'dedup') = 'object'
        THEN jsonb_set(doc::jsonb, '{dedup,story_id}', to_jsonb(w.root))::text ELSE doc END
    FROM repair_members w WHERE articles.id = w.article_id
    """,
}
"""Each renamed story's members' records name the new id (SQLite, PostgreSQL), found
from the memberships: no record is read but theirs (PostgreSQL scanned every record to test
its dedup part when the test was a condition of the join)."""

_MEMBERSHIP = """
    UPDATE story_members SET story_id = (
        SELECT r.root FROM repair_renames r WHERE r.story = story_members.story_id)
    WHERE story_id IN (SELECT story FROM repair_renames)
"""

_TEMP = ("repair_edges", "repair_roots", "repair_renames", "repair_members",
         "repair_logged")


@dataclass(slots=True)
class Repair:
    """What :func:`repair_copy_links` changed: ``refiled`` (copy, the copy it was filed
    under, its root), ``renamed`` (old story id, new story id), and ``logged``, the
    articles given a ``link`` change, in store order."""

    refiled: list[tuple[str, str, str]] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    logged: list[str] = field(default_factory=list)


def repair_copy_links(conn: Any, *, postgres: bool = False) -> Repair:
    """Repair the copy links and story names of the store on ``conn`` (a
    ``sqlite3.Connection``, or a :class:`~veille.store.postgres.PgConnection` with
    ``postgres``), in the caller's transaction; see the module's docstring."""
    for table in _TEMP:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.execute(_EDGES[postgres])
    conn.execute("CREATE INDEX repair_edges_id ON repair_edges(id)")
    _analyze(conn, postgres, "repair_edges")
    conn.execute(_ROOTS)
    conn.execute("CREATE INDEX repair_roots_id ON repair_roots(id)")
    _analyze(conn, postgres, "repair_roots")
    done = Repair(refiled=[(str(c), str(o), str(r)) for c, o, r in
                           conn.execute(_REFILED).fetchall()])
    for copy, original, root in done.refiled:
        _refile(conn, copy, original, root)
    conn.execute(_RENAMES)
    conn.execute("CREATE INDEX repair_renames_story ON repair_renames(story)")
    _analyze(conn, postgres, "repair_renames")
    done.renamed = [(str(s), str(r)) for s, r in
                    conn.execute("SELECT story, root FROM repair_renames ORDER BY story")]
    members: list[str] = []
    if done.renamed:
        conn.execute(_RENAMED_MEMBERS)
        conn.execute("CREATE INDEX repair_members_id ON repair_members(article_id)")
        _analyze(conn, postgres, "repair_members")
        members = [str(r[0]) for r in conn.execute("SELECT article_id FROM repair_members")]
        conn.execute(_RECORD_STORY[postgres])
        conn.execute(_MEMBERSHIP)
        _follow_renamed_stories(conn, dict(done.renamed))
    done.logged = _log_links(conn, [i for row in done.refiled for i in row] + members)
    for table in _TEMP:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    return done


def _analyze(conn: Any, postgres: bool, *tables: str) -> None:
    """PostgreSQL's statistics of the new temporary tables (autovacuum never analyses
    them; without, the planner guessed sizes and scanned every article to join a few)."""
    if postgres:
        for table in tables:
            conn.execute(f"ANALYZE {table}")


def _refile(conn: Any, copy: str, original: str, root: str) -> None:
    """File ``copy`` (filed under the copy ``original``) under ``root``: its record names
    the root among its matches with the pair's score, and its link follows."""
    [doc] = [json.loads(r[0]) for r in conn.execute("SELECT doc FROM articles WHERE id = ?",
                                                    (copy,))]
    dedup = doc["dedup"]
    similarity = dedup.get("similarity")
    score = _pair_score(conn, str(dedup.get("signature") or ""), root,
                        float(similarity) if isinstance(similarity, (int, float)) else 0.0)
    _add_match(dedup, root, score)
    dedup["duplicate_of"] = root
    conn.execute("UPDATE articles SET doc = ? WHERE id = ?",
                 (json.dumps(doc, ensure_ascii=False), copy))
    conn.execute("DELETE FROM article_links WHERE article_id = ? AND other_id IN (?, ?)",
                 (copy, original, root))
    conn.execute("INSERT INTO article_links VALUES (?,?,?,?)",
                 (copy, root, str(dedup.get("relation") or "reprint"), score))


def _follow_renamed_stories(conn: Any, renamed: dict[str, str]) -> None:
    """The saved searches following a renamed story (``filters.stories``) follow its new
    id (:func:`veille.store.dedup_sql._follow_renamed_story`, for every story at once)."""
    for search_id, filters in conn.execute(
            "SELECT id, filters FROM saved_searches WHERE filters LIKE ?",
            ('%"stories"%',)).fetchall():
        given = json.loads(filters)
        followed = given.get("stories")
        if not isinstance(followed, list) or not any(s in renamed for s in followed):
            continue
        given["stories"] = list(dict.fromkeys(renamed.get(s, s) for s in followed))
        conn.execute("UPDATE saved_searches SET filters = ? WHERE id = ?",
                     (json.dumps(given, ensure_ascii=False), search_id))


def _log_links(conn: Any, ids: Sequence[str]) -> list[str]:
    """One ``link`` change for each stored article of ``ids``, in store order (``seq``);
    returns their ids."""
    if not ids:
        return []
    conn.execute("CREATE TEMP TABLE repair_logged (article_id TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO repair_logged VALUES (?)", [(i,) for i in sorted(set(ids))])
    logged = [str(r[1]) for r in conn.execute(
        "SELECT seq, article_id FROM (SELECT (SELECT a.seq FROM articles a "
        "WHERE a.id = l.article_id) AS seq, l.article_id FROM repair_logged l) AS found "
        "WHERE seq IS NOT NULL ORDER BY seq")]
    at = _iso(utcnow())
    conn.executemany("INSERT INTO changes (article_id, kind, at) VALUES (?, 'link', ?)",
                     [(i, at) for i in logged])
    return logged


def migrate_sqlite(conn: sqlite3.Connection) -> None:
    """Migration 15 on an SQLite store (:mod:`veille.store.migrations`)."""
    repair_copy_links(conn)
