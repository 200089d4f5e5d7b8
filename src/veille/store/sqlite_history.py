"""What a line of ``veille export`` carries beyond its article's current record, and what
ingesting the line restores (docs/collect.md, *JSON records*): the article's earlier
versions (``article_versions``) and the user's story overrides naming it first
(``story_overrides``, migration 16).

An export is the store's backup and the way to move it (docs/web.md: "they round-trip into
a store"); it wrote the current records only, so a store rebuilt from it lost every
article's version chain and every correction made by hand (f-b2-32). A mixin of
:class:`~veille.store.sqlite.SQLiteStore`. Restoring is idempotent: a version is keyed by
its article and number, an override by its kind, articles and members, so importing one
export twice adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from veille.dedup.story_overrides import JOIN, KINDS
from veille.store.sqlite_overrides import OVERRIDE_CHANGE, OverrideTables

EXPORT_VERSIONS = "versions"
"""The key of an export line's earlier versions: a list of objects ``version``,
``raw_id``, ``replaced_at`` (when the next content replaced it), ``title``, ``diff`` (to
the next content) and ``record`` (the version's whole record), oldest first."""
EXPORT_OVERRIDES = "story_overrides"
"""The key of an export line's story overrides whose article (A) is the line's: a list of
objects ``kind``, ``article_id``, ``other_id``, ``members``, ``created_at``."""


def _iso(value: object) -> str | None:
    """``value`` when it is an ISO 8601 time with a zone, else None."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return value if parsed.tzinfo is not None else None


class HistoryTables(OverrideTables):
    """Read an article's history for its export line, and restore it from one (the
    overrides' mixin, whose writes it extends)."""

    def versioned_ids(self) -> set[str]:
        """The ids of the articles that have earlier versions."""
        return {str(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT article_id FROM article_versions")}

    def exported_versions(self, article_id: str) -> list[dict[str, Any]]:
        """The article's earlier versions as its export line carries them
        (:data:`EXPORT_VERSIONS`), oldest first."""
        return [{"version": int(r[0]), "raw_id": r[1], "replaced_at": r[2], "title": r[3],
                 "diff": r[4], "record": json.loads(r[5])}
                for r in self.conn.execute(
                    "SELECT version, raw_id, seen_at, title, diff, doc FROM article_versions "
                    "WHERE article_id = ? ORDER BY version", (article_id,))]

    def exported_overrides(self) -> dict[str, list[dict[str, Any]]]:
        """Every story override as the export line of its article (A) carries it
        (:data:`EXPORT_OVERRIDES`), by that article's id, oldest first."""
        found: dict[str, list[dict[str, Any]]] = {}
        for kind, article_id, other_id, members, created_at in self.conn.execute(
                "SELECT kind, article_id, other_id, members, created_at "
                "FROM story_overrides ORDER BY id"):
            found.setdefault(str(article_id), []).append(
                {"kind": kind, "article_id": article_id, "other_id": other_id,
                 "members": json.loads(members or "[]"), "created_at": created_at})
        return found

    def restore_history(self, article_id: str, line: Mapping[str, Any]) -> tuple[int, int]:
        """Restore what the export ``line`` of the stored article ``article_id`` carries
        (:data:`EXPORT_VERSIONS`, :data:`EXPORT_OVERRIDES`): the versions it lacks and the
        overrides not stored yet, each override logged as an ``override`` change of the
        articles it names (the ``stories`` follower applies it). Malformed entries are
        skipped. Returns ``(versions, overrides)`` added."""
        versions = [v for v in _list(line.get(EXPORT_VERSIONS)) if _version_ok(v)]
        overrides = [o for o in _list(line.get(EXPORT_OVERRIDES))
                     if _override_ok(o) and o["article_id"] == article_id]
        added = [0, 0]
        with self._write():
            self._log_rows, self._logged = [], set()
            for v in versions:
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO article_versions VALUES (?,?,?,?,?,?,?)",
                    (article_id, int(v["version"]), v["raw_id"], v["replaced_at"],
                     v["title"], v["diff"],
                     json.dumps({**v["record"], "id": article_id}, ensure_ascii=False)))
                added[0] += cur.rowcount
            if added[0]:
                self._restore_version_link(article_id, line)
            for o in overrides:
                members = json.dumps(sorted({str(m) for m in o["members"]}))
                if self.conn.execute(
                        "SELECT 1 FROM story_overrides WHERE kind = ? AND article_id = ? "
                        "AND other_id = ? AND members = ?",
                        (o["kind"], article_id, o["other_id"], members)).fetchone():
                    continue
                self.conn.execute(
                    "INSERT INTO story_overrides (kind, article_id, other_id, members, "
                    "created_at) VALUES (?,?,?,?,?)",
                    (o["kind"], article_id, o["other_id"], members, o["created_at"]))
                self._log(article_id, OVERRIDE_CHANGE)
                if o["kind"] == JOIN:
                    self._log(o["other_id"], OVERRIDE_CHANGE)
                added[1] += 1
            self._write_log()
        return added[0], added[1]

    def _restore_version_link(self, article_id: str, line: Mapping[str, Any]) -> None:
        """Give the stored article the version link its export ``line`` states
        (``dedup.version_of``, ``dedup.version_seen``: its current content came as a
        version of itself, read at that time) when the stored record has none. The line
        was stored as a new article, so its current content was "first seen" when the
        article was: the history read backwards, the last version seen before the one
        it replaced (t-final52 A15)."""
        dedup = line.get("dedup")
        if not isinstance(dedup, dict):
            return
        version_of, seen = dedup.get("version_of"), _iso(dedup.get("version_seen"))
        if not isinstance(version_of, str) or not version_of:
            return
        row = self.conn.execute("SELECT doc FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        if row is None:
            return
        doc = json.loads(row[0])
        stored = doc.get("dedup")
        if not isinstance(stored, dict) or stored.get("version_seen") or \
                stored.get("version_of"):
            return
        stored["version_of"] = article_id if version_of == line.get("id") else version_of
        if seen is not None:  # a wire item's versions say none (issue 14): the link alone
            stored["version_seen"] = seen
        self.conn.execute("UPDATE articles SET doc = ? WHERE id = ?",
                          (json.dumps(doc, ensure_ascii=False), article_id))


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _version_ok(v: object) -> bool:
    return (isinstance(v, dict) and isinstance(v.get("version"), int)
            and not isinstance(v.get("version"), bool) and v["version"] >= 1
            and isinstance(v.get("raw_id"), str) and _iso(v.get("replaced_at")) is not None
            and isinstance(v.get("title"), str) and isinstance(v.get("diff"), str)
            and isinstance(v.get("record"), dict))


def _override_ok(o: object) -> bool:
    return (isinstance(o, dict) and o.get("kind") in KINDS
            and isinstance(o.get("article_id"), str) and isinstance(o.get("other_id"), str)
            and bool(o["other_id"]) and isinstance(o.get("members"), list)
            and _iso(o.get("created_at")) is not None)


