"""Which stories one page of the story lists holds, read newest first off an index (issue
#13, brief r-perf66 item 2).

The story lists (:func:`veille.store.dedup_sql.stories`) are ordered by story: dated stories
first, by their newest dated article (``MAX(sort_time)`` of the articles with a
``published`` time), then their newest article, then the story id; undated stories follow,
by their newest article, then the story id. In SQL that order is a ``GROUP BY`` over every
membership joined to its article before the ``LIMIT``: 0.3–0.4 s a page at 100,000
articles, 2.4 s for page 101 (``bench/story_pages.py``).

:func:`page_story_ids` reads the same page by walking the articles newest first on the
index ``articles_sort`` (``sort_time DESC, seq DESC``), dated articles first: a story's
first article met in the walk gives its newest (dated) time, so the stories come out in the
list's order, but for ties on that time, which the walk resolves by reading every article of
the tied time before it stops and sorting the tied stories by the list's next keys. Each
story met is checked (its memberships' count, first ``seq``, a membership of no prose) by one
query on the index ``story_members_story``. A page costs about (offset + limit) stories'
checks instead of a pass over the whole store.

It answers ``None`` when the walk would not pay (a connection that is not SQLite's, whose
cursor reads every row at once; a page too deep; too many stories checked without filling the
page, as when few stories have ``min_articles``): the caller then runs the ``GROUP BY``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 5_000
"""Deepest page end (offset + limit) the walk reads; deeper pages use the ``GROUP BY``."""

MAX_CHECKED = 2_000
"""Stories checked before the walk gives up and the caller runs the ``GROUP BY``, beyond
:data:`CHECKED_PER_STORY` a story of the page: each check is ~0.03 ms, the ``GROUP BY`` at
100,000 articles ~350 ms (``bench/story_pages.py``), so a walk that gives up costs at most
a fifth more than the ``GROUP BY`` alone."""

CHECKED_PER_STORY = 20
"""Stories checked a story of the page (offset + limit) before the walk gives up."""

_DATED_WALK = ("SELECT a.sort_time, m.story_id FROM articles a INDEXED BY articles_sort "
               "JOIN story_members m ON m.article_id = a.id WHERE a.published IS NOT NULL "
               "ORDER BY a.sort_time DESC, a.seq DESC")
_ALL_WALK = ("SELECT a.sort_time, m.story_id FROM articles a INDEXED BY articles_sort "
             "JOIN story_members m ON m.article_id = a.id "
             "ORDER BY a.sort_time DESC, a.seq DESC")
_CHECK = ("SELECT COUNT(*), MIN(a.seq), MAX(a.sort_time), "
          "EXISTS (SELECT 1 FROM story_members p WHERE p.story_id = ? AND p.reason = ?) "
          "FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?")


@dataclass(frozen=True)
class PageQuery:
    """What a story list asks: ``limit`` stories after ``offset``, of ``min_articles``
    articles or more, with an article stored up to ``until_seq`` (``None``: any), without
    the stories holding a membership whose reason is ``not_prose_reason`` (``None``: all).
    """

    limit: int
    offset: int
    min_articles: int
    until_seq: int | None
    not_prose_reason: str | None


class _GiveUp(Exception):
    """The walk checked more stories than its budget: the ``GROUP BY`` is cheaper."""


def page_story_ids(conn: Any, query: PageQuery) -> list[str] | None:
    """The story ids of the page ``query`` asks for, in the list's order, or ``None`` when
    the caller must run the ``GROUP BY`` instead (see the module's docstring). Reads only."""
    need = query.offset + query.limit
    if (not isinstance(conn, sqlite3.Connection) or query.limit < 0 or query.offset < 0
            or need > MAX_DEPTH):
        return None
    if query.limit == 0:
        return []
    walker = _Walker(conn, query)
    try:
        dated = walker.walk(_DATED_WALK, need)
        undated = walker.walk(_ALL_WALK, need - len(dated)) if len(dated) < need else []
    except _GiveUp:
        return None
    return [*dated, *undated][query.offset:need]


class _Walker:
    """One page's walk: the stories met so far (each checked once, in either walk)."""

    def __init__(self, conn: sqlite3.Connection, query: PageQuery) -> None:
        self.conn = conn
        self.query = query
        self.met: set[str] = set()
        self.budget = MAX_CHECKED + CHECKED_PER_STORY * (query.offset + query.limit)
        self.newest: dict[str, str] = {}
        """A kept story's newest article time, any article (the list's second key)."""

    def walk(self, sql: str, need: int) -> list[str]:
        """The first ``need`` stories kept, in the list's order, of the stories not met
        before whose first article of the walk ``sql`` comes in its order (dated articles
        only, or all)."""
        kept: list[tuple[str, str]] = []
        boundary: str | None = None
        for when, story in self._rows(sql):
            if boundary is not None and when < boundary:
                break
            if story in self.met:
                continue
            self.met.add(story)
            if len(self.met) > self.budget:
                raise _GiveUp
            if self._keep(story):
                kept.append((when, story))
                if len(kept) == need:
                    boundary = when  # read the rest of this time: ties sort by later keys
        # newest time first, then (ties) newest article of any kind, then story id
        kept.sort(key=lambda k: k[1])
        kept.sort(key=lambda k: (k[0], self.newest[k[1]]), reverse=True)
        return [story for _, story in kept]

    def _rows(self, sql: str) -> Iterator[tuple[str, str]]:
        """The walk's (sort time, story id) rows, read lazily off the index."""
        cursor = self.conn.execute(sql)
        try:
            yield from cursor
        finally:
            cursor.close()

    def _keep(self, story: str) -> bool:
        """Whether ``story`` is listed by the query (and its newest time noted)."""
        query = self.query
        count, first_seq, newest, not_prose = self.conn.execute(
            _CHECK, (story, query.not_prose_reason or "", story)).fetchone()
        self.newest[story] = newest or ""
        if int(count) < query.min_articles:
            return False
        if query.until_seq is not None and (first_seq is None
                                            or int(first_seq) > query.until_seq):
            return False
        return not (query.not_prose_reason is not None and not_prose)
