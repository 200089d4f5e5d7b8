"""Regression (issue 14, f-copies22's follow-up): a store written before every copy was
filed under its root original kept its false links until the articles were ingested again:
an excerpt filed "teaser of" a paper's reprint of the AFP dispatch, a story whose id was the
reprint's or the excerpt's. Migration 15 (``veille.store.copy_repair``) repairs them when
the store is opened: the opened store says what the fixed code writes on the same inputs
(records, links, story memberships, with the same scores), the old story id still leads to
the story, a saved search following it follows the new id, every article changed logs one
``link`` change (no alert is queued again), and opening it again changes nothing.

The old store is built in the test: the texts are ingested by the current code, then the
dedup part of each record, the ``article_links`` and the ``story_members`` rows are written
back as the old code wrote them (``tests/fixtures/copies/old_store.json``, captured by
running the same ingest on main before f-copies22: the code itself cannot be run here), and
the schema set back to 14. Real SQLite store, real ingest; PostgreSQL too when a server is
at hand (``pg_url``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import veille
from copies_kit import FIXTURES, Copies
from veille.dedup import near
from veille.store.copy_repair import migrate_sqlite, repair_copy_links
from veille.store.migrations import MIGRATIONS, SCHEMA_VERSION


@pytest.fixture(autouse=True)
def _cut_copies_as_when_captured(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixture's old store was captured before r-head56's rule (a cut text holding most
    of the longer copy is no teaser of it); its "cut" excerpt is one by that rule, which no
    migration of links can know: the code's verdicts are compared with the rule off."""
    monkeypatch.setattr(near, "FULL_COPY_NOT_CUT", False)

BEFORE_REPAIR = MIGRATIONS.index(migrate_sqlite)
"""The schema version of a store written before migration 15 (the later ones, such as
16's story overrides, f-detach28, are run again too: they are idempotent)."""

TEXTS = Copies("ports.json")
OLD: dict[str, Any] = json.loads((FIXTURES / "old_store.json").read_text())
CASES = [k for k in OLD if not k.startswith("_")]
Run = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]


def _shape(run: Run, names: dict[str, str]) -> dict[str, Any]:
    """The dedup part of every record, the links and story memberships, by text name."""
    def n(value: Any) -> Any:
        if isinstance(value, list):
            return [n(v) for v in value]
        return names.get(value, value) if isinstance(value, str) else value
    records = {n(i): {k: n(v) for k, v in json.loads(doc)["dedup"].items()
                      if k in ("relation", "duplicate_of", "near_duplicates", "similarity",
                               "story_id")}
               for i, doc in run("SELECT id, doc FROM articles", ())}
    return {"records": records,
            "links": sorted([n(a), n(b), r, float(s)] for a, b, r, s in
                            run("SELECT * FROM article_links", ())),
            "members": sorted([n(a), n(s), int(r)] for a, s, r in
                              run("SELECT article_id, story_id, reprint FROM story_members", ()))}


def _write_old(run: Run, case: dict[str, Any], ids: dict[str, str]) -> None:
    """Write the old code's dedup records, links and memberships over the current ones."""
    def i(value: Any) -> Any:
        if isinstance(value, list):
            return [i(v) for v in value]
        return ids.get(value, value) if isinstance(value, str) else value
    for name, fields in case["records"].items():
        [(doc,)] = run("SELECT doc FROM articles WHERE id = ?", (ids[name],))
        record = json.loads(doc)
        record["dedup"].update({k: v if k in ("relation", "similarity") else i(v)
                                for k, v in fields.items()})
        run("UPDATE articles SET doc = ? WHERE id = ?", (json.dumps(record), ids[name]))
    run("DELETE FROM article_links", ())
    for a, b, relation, score in case["links"]:
        run("INSERT INTO article_links VALUES (?,?,?,?)", (ids[a], ids[b], relation, score))
    for a, story, reprint in case["members"]:
        run("UPDATE story_members SET story_id = ?, reprint = ? WHERE article_id = ?",
            (ids[story], reprint, ids[a]))


def _sqlite(path: Path) -> Run:
    def run(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(sql, params).fetchall()
            conn.commit()
            return rows
        finally:
            conn.close()
    return run


def _old_store(data: Path, name: str, run: Run, store_url: str = "") -> dict[str, Any]:
    """Ingest case ``name`` with the current code, remember what it writes, write the old
    shape over it, follow the old story with a saved search; returns the case's facts."""
    case = OLD[name]
    with veille.open(data, store_url=store_url) as v:
        v.update_search("Tout", {"query": ""})
        ids = TEXTS.ingest(v.store, case["dated"], tuple(case["order"]), case["one_batch"])
        v.match_alerts()
    names = {i: n for n, i in ids.items()}
    expected = _shape(run, names)
    _write_old(run, case, ids)
    old_story = ids[case["records"][case["order"][0]]["story_id"]]
    with veille.open(data, store_url=store_url) as v:
        v.update_search("Suivi", {"query": "", "stories": [old_story]})
    if not case["one_batch"]:
        expected = _named_after_originals(expected)
    return {"ids": ids, "names": names, "expected": expected, "old_story": old_story}


def _named_after_originals(shape: dict[str, Any]) -> dict[str, Any]:
    """``shape`` with each story named after a copy renamed after that copy's original, as
    the schema-15 repair renames a stored story (once, for a store written before
    t-final21 F2), although a story stored by today's code keeps its id when its original
    arrives in a later ingest (r-stories61, t-final60 #8): the repair cannot tell a
    story stored in one batch from one grown across ingests, and names both after the
    original."""
    records = shape["records"]

    def root(name: str) -> str:
        seen = {name}
        while records[name].get("relation") and records[name].get("duplicate_of") and \
                records[name]["duplicate_of"] not in seen:
            name = records[name]["duplicate_of"]
            seen.add(name)
        return name

    renamed = {r["story_id"]: root(r["story_id"]) for r in records.values()
               if r.get("story_id") in records}
    return {**shape,
            "records": {n: {**r, "story_id": renamed.get(r.get("story_id"), r.get("story_id"))}
                        for n, r in records.items()},
            "members": sorted([a, renamed.get(s, s), r] for a, s, r in shape["members"])}


def _check_repaired(data: Path, run: Run, facts: dict[str, Any], head: int,
                    store_url: str = "") -> None:
    ids, names, expected = facts["ids"], facts["names"], facts["expected"]
    with veille.open(data, store_url=store_url) as v:
        matches = run("SELECT COUNT(*) FROM alert_matches", ())
        v.match_alerts()
        assert run("SELECT COUNT(*) FROM alert_matches", ()) == matches  # nothing alerted again
        story = expected["records"]["dispatch"]["story_id"]
        assert v.store.story_id_of(facts["old_story"]) == ids[story]
        follow = next(s for s in v.store.saved_searches() if s.name == "Suivi")
        assert follow.stories == [ids[story]]
    assert _shape(run, names) == expected
    changed = run("SELECT article_id, kind FROM changes WHERE seq > ? ORDER BY seq", (head,))
    assert sorted(names[a] for a, _ in changed) == sorted(ids)  # each article once
    assert {kind for _, kind in changed} == {"link"}


@pytest.mark.parametrize("name", CASES)
def test_an_old_store_says_what_the_fixed_code_writes_once_opened(
        tmp_path: Path, name: str) -> None:
    data = tmp_path / "data"
    run = _sqlite(data / "veille.sqlite3")
    facts = _old_store(data, name, run)
    assert _shape(run, facts["names"]) != facts["expected"]  # the old links are false
    run(f"PRAGMA user_version = {BEFORE_REPAIR}", ())
    [(head,)] = run("SELECT MAX(seq) FROM changes", ())
    _check_repaired(data, run, facts, head)
    assert run("PRAGMA user_version", ()) == [(SCHEMA_VERSION,)]
    # a second open, and the repair run again, change nothing
    docs = run("SELECT id, doc FROM articles ORDER BY id", ())
    [(after,)] = run("SELECT MAX(seq) FROM changes", ())
    with veille.open(data):
        pass
    conn = sqlite3.connect(data / "veille.sqlite3", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        again = repair_copy_links(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert (again.refiled, again.renamed, again.logged) == ([], [], [])
    assert run("SELECT id, doc FROM articles ORDER BY id", ()) == docs
    assert run("SELECT MAX(seq) FROM changes", ()) == [(after,)]


def test_a_store_written_by_the_fixed_code_is_left_as_it_is(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run = _sqlite(data / "veille.sqlite3")
    case = OLD["every_kind"]
    with veille.open(data) as v:
        TEXTS.ingest(v.store, case["dated"], tuple(case["order"]), case["one_batch"])
    docs = run("SELECT id, doc FROM articles ORDER BY id", ())
    [(head,)] = run("SELECT MAX(seq) FROM changes", ())
    run(f"PRAGMA user_version = {BEFORE_REPAIR}", ())
    with veille.open(data):
        pass
    assert run("SELECT id, doc FROM articles ORDER BY id", ()) == docs
    assert run("SELECT MAX(seq) FROM changes", ()) == [(head,)]


def test_links_that_loop_are_left_as_they_are(tmp_path: Path) -> None:
    """Links that loop (never written, but a record may be edited) lead to no root: the
    repair ends and leaves them, and the copies filed under them, as they are."""
    data = tmp_path / "data"
    run = _sqlite(data / "veille.sqlite3")
    case = OLD["every_kind"]
    with veille.open(data) as v:
        ids = TEXTS.ingest(v.store, case["dated"], tuple(case["order"]), case["one_batch"])
    loop = {"credited": "teaser", "teaser": "credited", "cut": "credited"}
    _point(run, ids, loop)
    run(f"PRAGMA user_version = {BEFORE_REPAIR}", ())
    with veille.open(data) as v:
        kept = {n: v.store.get(i).dedup.duplicate_of for n, i in ids.items()}  # type: ignore[union-attr]
    assert {n: kept[n] for n in loop} == {n: ids[o] for n, o in loop.items()}


def _point(run: Run, ids: dict[str, str], links: dict[str, str]) -> None:
    """Make each named text's record name another as its original."""
    for name, other in links.items():
        [(doc,)] = run("SELECT doc FROM articles WHERE id = ?", (ids[name],))
        record = json.loads(doc)
        record["dedup"]["duplicate_of"] = ids[other]
        run("UPDATE articles SET doc = ? WHERE id = ?", (json.dumps(record), ids[name]))


def test_a_chain_of_three_goes_to_its_root(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run = _sqlite(data / "veille.sqlite3")
    case = OLD["every_kind"]
    with veille.open(data) as v:
        ids = TEXTS.ingest(v.store, case["dated"], tuple(case["order"]), case["one_batch"])
    _point(run, ids, {"teaser": "cut", "cut": "credited"})
    run(f"PRAGMA user_version = {BEFORE_REPAIR}", ())
    with veille.open(data) as v:
        got = {n: v.store.get(i).dedup.duplicate_of for n, i in ids.items()}  # type: ignore[union-attr]
        links = {(link.relation, link.other_id) for link in v.store.links(ids["teaser"])
                 if link.direction == "of"}
    assert got["teaser"] == got["cut"] == got["credited"] == ids["dispatch"]
    assert got["local"] == ids["credited"]  # a republication keeps its own site's text
    assert links == {("teaser", ids["dispatch"])}


def test_an_old_store_is_repaired_on_postgres(tmp_path: Path, pg_url: str) -> None:
    """The same migration on the PostgreSQL store (its schema set back to 14)."""
    import psycopg

    def run(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with psycopg.connect(pg_url) as conn:
            cursor = conn.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []

    data = tmp_path / "data"
    facts = _old_store(data, "reprint_named", run, pg_url)
    assert _shape(run, facts["names"]) != facts["expected"]
    run("UPDATE veille_schema SET version = ?", (BEFORE_REPAIR,))
    [(head,)] = run("SELECT MAX(seq) FROM changes", ())
    _check_repaired(data, run, facts, head, pg_url)
    assert run("SELECT version FROM veille_schema", ()) == [(SCHEMA_VERSION,)]
    [(after,)] = run("SELECT MAX(seq) FROM changes", ())
    with veille.open(data, store_url=pg_url):
        pass
    assert run("SELECT MAX(seq) FROM changes", ()) == [(after,)]
