#!/usr/bin/env python3
"""Dump what an ingest leaves in the store and the search index, to diff before/after.

Why: a speed change to the ingest path (stories, near duplicates, the store's SQL, the
index's catch-up) must leave every stored row and every search answer identical. This
ingests the capture bench's renders (``bench/.cache/captures``, made by
``bench/captures.py``), the text fixtures and the demo corpus into fresh SQLite stores,
brings a search index up to each store's change log (:func:`veille.index.sync.follow`),
and writes one JSON line per stored row (every table, each sorted; raw bytes and compressed
columns as SHA-256 digests) and per search answer (ids, scores and total of a few fixed
queries; ties in id order; the story lists' pages and counts, :data:`STORY_PAGES`), so
two runs (integ's ``src`` and a branch's) compare with ``cmp`` or ``diff``.

The clock is fixed (:func:`veille.record.utcnow` and ``datetime.now`` in the modules that
read it), so relative dates and first-seen times do not move between runs. Each corpus is
ingested in two orders of its files (by name, and in reverse), in batches of 50, so late
articles make the story state catch up with stored ones (``Stories.catch_up``).

``--writers N`` ingests each order in runs of N files, each run by a new writer (its own
story state, warmed from the store, and its own memo of the terms), as one ``veille
ingest`` per file does: what a writer reads back from the store (the persisted story terms
of p-warm30) is then what its stories are built from. The ``story_terms`` table is left
out of the dump (:data:`NOT_DUMPED`): derived data that a tree without it lacks.

Usage (from the repository root)::

    PYTHONPATH=src python scripts/dump_store.py /tmp/after.jsonl [--writers 10]
    PYTHONPATH=/tmp/integ/src python scripts/dump_store.py /tmp/before.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIXED = datetime(2026, 12, 1, 12, tzinfo=UTC)
"""What the clock reads during the dump."""

QUERIES = ("police", "Macron", "gouvernement OR président", "\"the company\"", "élection",
           "France -Paris", "climate change", "2012", "football", "SpaceX")
"""Search queries whose answers are dumped (a mix of French and English words, a phrase,
a negation, an OR)."""

NOT_DUMPED = frozenset({"story_terms", "story_state"})
"""Tables left out: the persisted story terms, derived data (a cache of
``veille.dedup.stories.terms`` by input digest), and the story state a writer saves for
the next (r-perf36, ``veille.dedup.story_state``), derived data too, that the trees
compared may not both write; what they change, the stories, is dumped."""


class _FrozenDatetime(datetime):
    """``datetime`` whose ``now`` is :data:`FIXED`."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _FrozenDatetime:
        moment = FIXED if tz is None or tz is UTC else FIXED.astimezone(tz)
        return cls.fromtimestamp(moment.timestamp(), moment.tzinfo)


def _freeze_clock() -> None:
    """Point every loaded veille module's ``utcnow`` and ``datetime`` at the fixed clock."""
    import veille.index.sync  # noqa: F401
    import veille.ingest  # noqa: F401  (load the ingest path's modules first)
    import veille.record as record

    original = record.utcnow

    def utcnow() -> datetime:
        return FIXED

    for name, module in list(sys.modules.items()):
        if not name.startswith("veille"):
            continue
        if getattr(module, "utcnow", None) is original:
            module.utcnow = utcnow  # type: ignore[attr-defined]
        if getattr(module, "datetime", None) is datetime:
            module.datetime = _FrozenDatetime  # type: ignore[attr-defined]


def corpora() -> Iterator[tuple[str, list[tuple[str, bytes]]]]:
    """(corpus name, [(file name, bytes)]) for each corpus present."""
    renders = ROOT / "bench" / ".cache" / "captures"
    if renders.is_dir():
        for set_dir in sorted(p for p in renders.iterdir() if p.is_dir()):
            files = [(f"{r.name}-{p.name}", p.read_bytes())
                     for r in sorted(q for q in set_dir.iterdir() if q.is_dir())
                     for p in sorted(r.glob("*.txt"))]
            if files:
                yield f"renders-{set_dir.name}", files
    fixtures = [(p.name, p.read_bytes()) for folder in ("tests/fixtures/captures",
                                                         "demo/captures")
                for p in sorted((ROOT / folder).glob("*.txt"))]
    if fixtures:
        yield "captures", fixtures
    corpus = ROOT / "demo" / "wikinews-fr" / "articles.jsonl"
    if corpus.is_file():
        lines = corpus.read_bytes().splitlines(keepends=True)
        yield "demo", [(f"{i:04d}.jsonl", line) for i, line in enumerate(lines)]


def _cell(value: object) -> object:
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, float):
        return repr(value)
    return value


def _rows(path: Path) -> Iterator[dict[str, object]]:
    """Every row of every table of the SQLite file at ``path``, each table sorted."""
    db = sqlite3.connect(path)
    try:
        tables = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in (t for t in tables if t not in NOT_DUMPED):
            cursor = db.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (names from schema)
            columns = [d[0] for d in cursor.description]
            rows = [[_cell(v) for v in row] for row in cursor]
            rows.sort(key=lambda row: json.dumps(row, ensure_ascii=False, default=str))
            for row in rows:
                yield {"table": table, **dict(zip(columns, row, strict=True))}
    finally:
        db.close()


def _hits(store: object, folder: Path) -> Iterator[dict[str, object]]:
    """The index brought up to the store's log, and its answer to each query."""
    from veille.index.query import parse_query
    from veille.index.sync import follow
    from veille.index.tantivy_index import open_index

    index = open_index(folder)
    try:
        applied = follow(store, index)  # type: ignore[arg-type]
        yield {"index_applied": applied, "applied_seq": index.applied_seq()}
        for text in QUERIES:
            result = index.search(parse_query(text).node, limit=20)
            # Ties in ascending id: the index orders them by document address, which
            # its writer's threads lay out differently from one run to the next.
            hits = sorted(((hit.doc.id, hit.score) for hit in result.hits),
                          key=lambda hit: (-hit[1], hit[0]))
            # Which of the hits tied at the cut (the 20th hit's score) make the list is
            # that same address order: they are counted, not named.
            tied = [hit for hit in hits if hit[1] == hits[-1][1]] \
                if hits and result.total > len(hits) else []
            yield {"query": text, "total": result.total,
                   "hits": [[doc, repr(score)] for doc, score in hits[:len(hits) - len(tied)]],
                   "tied_at_cut": [len(tied), repr(tied[0][1])] if tied else []}
    finally:
        close = getattr(index, "close", None)
        if callable(close):
            close()


STORY_PAGES = [dict(limit=limit, offset=offset, min_articles=least, prose_only=prose)
               for limit, offset in ((20, 0), (7, 5), (1000, 0)) for least in (1, 2)
               for prose in (False, True)]
"""The story lists' pages dumped (``store.stories`` keyword arguments): first pages, a
page within, every story; all stories and those of 2 articles or more; with and without
the stories of no prose (r-perf66: the list's page is walked off the time index)."""


def _story_pages(store: object) -> Iterator[dict[str, object]]:
    """Each :data:`STORY_PAGES` page of the store's story lists, and the story counts."""
    from dataclasses import asdict

    for kwargs in STORY_PAGES:
        found = store.stories(**kwargs)  # type: ignore[attr-defined]
        yield {"story_page": kwargs, "stories": [asdict(s) for s in found]}
    for least in (1, 2):
        yield {"story_count": least,
               "count": store.story_count(min_articles=least),  # type: ignore[attr-defined]
               "prose": store.story_count(min_articles=least,  # type: ignore[attr-defined]
                                          prose_only=True)}


def dump(out: Path, writers: int = 0) -> int:
    """Write the dump to ``out``; the number of lines written. ``writers``: files per
    writer (0: one writer per corpus and order)."""
    _freeze_clock()
    from veille.ingest import ingest_texts
    from veille.settings import Settings
    from veille.store.sqlite import SQLiteStore

    settings = Settings(batch_size=50)
    lines = 0
    with out.open("w", encoding="utf-8") as sink:
        for name, files in corpora():
            for order, ordered in (("forward", files), ("reverse", files[::-1])):
                with tempfile.TemporaryDirectory(prefix="veille-dump-") as tmp:
                    path = Path(tmp) / "store.sqlite3"
                    store = SQLiteStore.open(path)
                    try:
                        step = writers or len(ordered) or 1
                        records: list[dict[str, object]] = [
                            {"summary": ingest_texts(store, ordered[i:i + step],
                                                     settings=settings).as_dict()}
                            for i in range(0, len(ordered), step)]
                        records.extend(_hits(store, Path(tmp) / "index"))
                        records.extend(_story_pages(store))
                    finally:
                        store.close()
                    records.extend(_rows(path))
                for record in records:
                    sink.write(json.dumps({"corpus": name, "order": order, **record},
                                          ensure_ascii=False, sort_keys=True, default=str))
                    sink.write("\n")
                    lines += 1
    return lines


def main(argv: list[str]) -> int:
    writers = 0
    if len(argv) == 4 and argv[2] == "--writers" and argv[3].isdigit():
        writers = int(argv[3])
    elif len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"{dump(Path(argv[1]), writers)} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
