"""The store contract: every backend must pass these (SQLite, and PostgreSQL on a throwaway
server that the session's ``pg_cluster`` fixture starts; skipped only where PostgreSQL is
not installed)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from veille.errors import NotFound, SchemaError
from veille.record import Article, Content, Dedup, RawInput
from veille.store.base import Failure, Store
from veille.store.postgres import PostgresStore
from veille.store.sqlite import MAX_SITE_BLOCK_CHARS, SQLiteStore


@dataclass(frozen=True)
class Backend:
    name: str
    open: Callable[[Path], Any]
    make_newer: Callable[[Path], None]  # mark the store as written by a newer veille


def _sqlite_newer(root: Path) -> None:
    conn = sqlite3.connect(root / "veille.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _pg_database(cluster: Any, root: Path) -> str:
    """One database per store directory of a test (a reopen finds the same data)."""
    name = "c_" + hashlib.blake2b(str(root).encode(), digest_size=8).hexdigest()
    return str(cluster.create_database(name))


def _pg_newer(cluster: Any, root: Path) -> None:
    with psycopg.connect(_pg_database(cluster, root), autocommit=True) as conn:
        conn.execute("UPDATE veille_schema SET version = 99")


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", lambda root: SQLiteStore.open(root / "veille.sqlite3"),
                       _sqlite_newer)
    cluster = request.getfixturevalue("pg_cluster")
    return Backend("postgresql",
                   lambda root: PostgresStore.open_url(_pg_database(cluster, root)),
                   lambda root: _pg_newer(cluster, root))


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(backend: Backend, root: Path) -> Iterator[Store]:
    opened = backend.open(root)
    yield opened
    opened.close()


NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def article(n: int, *, published: datetime | None = None, first_seen: datetime = NOW,
            url: str | None = None, data: bytes | None = None, fingerprint: str | None = None,
            title: str | None = None) -> Article:
    raw = RawInput(data=data if data is not None else f"capture {n}\n".encode(),
                   origin=f"in/{n}.txt", media_type="text/plain", url=url,
                   fetched_at=first_seen)
    content = Content(title=title or f"Titre {n}", paragraphs=[f"Paragraphe {n}.", "Suite."],
                      published=published, language="fr", extractor="test")
    return Article(raw=raw, first_seen=first_seen, content=content,
                   dedup=Dedup(fingerprint=fingerprint or f"fp{n}"))


def failure(origin: str, reason: str = "empty", data: bytes | None = None) -> Failure:
    raw = RawInput(data=data, origin=origin, media_type="text/plain") if data else None
    return Failure(origin=origin, reason=reason, message=f"{origin}: {reason}", raw=raw)


# -- writing -----------------------------------------------------------------------------


def test_put_batch_then_get(store: Store) -> None:
    batch = [article(1, url="https://ex.org/1"), article(2)]
    result = store.put_batch(batch)
    assert result.new == [a.id for a in batch] and result.duplicate == 0
    for stored in batch:
        assert store.get(stored.id).to_dict() == stored.to_dict()
    assert store.counts()["articles"] == 2 and store.counts()["raw_inputs"] == 2


def test_put_batch_is_atomic(store: Store) -> None:
    store.put_batch([article(1)], [failure("old.txt")])
    before = (store.counts(), [a.to_dict() for a in store.iter_articles()])
    broken = article(3)
    broken.content = None  # a stage bug: the store must refuse it, and roll back the batch
    with pytest.raises(AssertionError):
        store.put_batch([article(2), broken, article(4)],
                        [failure("new.txt", data=b"bad bytes")])
    assert (store.counts(), [a.to_dict() for a in store.iter_articles()]) == before
    assert store.known_raw_ids([article(2).raw.raw_id, article(4).raw.raw_id]) == set()
    with pytest.raises(NotFound):
        store.get(article(2).id)
    assert [f.origin for f in store.failures()] == ["old.txt"]
    # The store is still usable after the failed batch.
    assert store.put_batch([article(2)]).new == [article(2).id]


def test_put_batch_rolls_back_on_any_exception(store: Store) -> None:
    class Boom(Exception):
        pass

    class Exploding(Article):
        @property  # type: ignore[override]
        def url(self) -> str | None:
            raise Boom

    good = article(1)
    bad = Exploding(raw=article(2).raw, content=article(2).content, dedup=Dedup("fp2"))
    with pytest.raises(Boom):
        store.put_batch([good, bad])
    assert store.counts()["articles"] == 0 and store.counts()["raw_inputs"] == 0


def test_same_article_twice_is_one_article(store: Store) -> None:
    assert store.put_batch([article(1)]).new == [article(1).id]
    again = store.put_batch([article(1)])
    assert again.new == [] and again.duplicate == 1
    assert store.counts()["articles"] == 1


def test_same_url_other_content_becomes_a_version(store: Store) -> None:
    first = article(1, url="https://ex.org/a", data=b"version one")
    second = article(2, url="https://ex.org/a", data=b"version two")
    assert first.id == second.id
    store.put_batch([first])
    result = store.put_batch([second])
    assert result.new == [] and result.duplicate == 0 and result.versions == [first.id]
    current = store.get(first.id)
    assert current.content is not None and current.content.title == "Titre 2"
    assert current.first_seen == first.first_seen
    assert current.dedup is not None and current.dedup.version_of == first.id
    assert (current.dedup.relation, current.dedup.duplicate_of) == ("", None)  # its place
    chain = store.versions(first.id)
    assert [(v.version, v.title) for v in chain] == [(1, "Titre 1")]
    assert "-Titre 1" in chain[0].diff and "+Titre 2" in chain[0].diff
    assert store.get_raw(second.raw.raw_id).data == b"version two"
    both = {first.raw.raw_id, second.raw.raw_id}
    assert store.known_raw_ids(both) == both
    assert store.counts()["articles"] == 1


def test_each_version_is_dated_when_first_seen(store: Store) -> None:
    """newuser11b U22: a version was dated when the next one replaced it."""
    url = "https://ex.org/a"
    for h in (9, 11, 13):
        store.put_batch([article(h, url=url, data=f"capture {h}".encode(),
                                 first_seen=datetime(2026, 11, 30, h, tzinfo=UTC))])
    chain = store.versions(article(9, url=url).id)
    assert [(v.title, v.seen_at.hour, v.replaced_at.hour if v.replaced_at else None)
            for v in chain] == [("Titre 9", 9, 11), ("Titre 11", 11, 13)]


def test_an_older_capture_read_late_goes_into_the_chain(store: Store) -> None:
    """newuser7 P14: captures of 09:00, 13:00 and 11:00 (fetch times) read 13:00, 09:00,
    11:00: the 13:00 one stays current, the others take their places in the chain, with
    no change logged for them. Each is seen when veille read it (14:00, 14:05, 14:10),
    never at its capture's time, before the article was first seen (t-final29 F9)."""
    url = "https://ex.org/a"
    read = {13: 0, 9: 5, 11: 10}
    at = {h: article(h, url=url, data=f"capture {h}".encode(),
                     first_seen=datetime(2026, 11, 30, 14, read[h], tzinfo=UTC))
          for h in (9, 11, 13)}
    for h, one in at.items():
        one.raw.fetched_at = datetime(2026, 11, 30, h, tzinfo=UTC)
    store.put_batch([at[13]])
    seq = store.change_seq()
    assert store.put_batch([at[9]]).versions == [at[13].id]
    assert store.put_batch([at[11]]).versions == [at[13].id]
    assert store.change_seq() == seq
    current = store.get(at[13].id)
    assert current.content is not None and current.content.title == "Titre 13"
    chain = store.versions(at[13].id)
    assert [(v.version, v.title) for v in chain] == [(1, "Titre 9"), (2, "Titre 11")]
    assert [(v.seen_at.hour, v.seen_at.minute) for v in chain] == [(14, 5), (14, 10)]
    assert "+Titre 11" in chain[0].diff and "+Titre 13" in chain[1].diff
    assert store.get_raw(at[9].raw.raw_id).data == b"capture 9"
    assert store.put_batch([at[11]]).duplicate == 1  # read again: nothing changes
    assert len(store.versions(at[13].id)) == 2


def test_same_url_same_content_is_a_duplicate_kept_apart(store: Store) -> None:
    first = article(1, url="https://ex.org/a", data=b"bytes one", fingerprint="same")
    second = article(1, url="https://ex.org/a", data=b"bytes two", fingerprint="same")
    store.put_batch([first])
    result = store.put_batch([second])
    assert result.new == [] and result.duplicate == 1 and result.versions == []
    assert store.known_raw_ids([second.raw.raw_id]) == {second.raw.raw_id}
    assert store.counts()["duplicates"] == 1


def test_same_fingerprint_is_a_duplicate(store: Store) -> None:
    first = article(1, fingerprint="same")
    other = article(2, fingerprint="same", title="Titre 1")
    assert first.id != other.id
    result = store.put_batch([first, other])
    assert result.new == [first.id] and result.duplicate == 1
    with pytest.raises(NotFound):
        store.get(other.id)
    assert store.known_raw_ids([other.raw.raw_id]) == {other.raw.raw_id}


def test_same_fingerprint_under_another_headline_is_a_version(store: Store) -> None:
    """The same body under another headline, same source, is no read of the same page: the
    stored article's new version, its headline the new one (t-final51 A10, r-stories52)."""
    first = article(1, fingerprint="same")
    other = article(2, fingerprint="same")
    assert store.put_batch([first]).new == [first.id]
    result = store.put_batch([other])
    assert result.new == [] and result.duplicate == 0 and result.versions == [first.id]
    stored = store.get(first.id).content
    assert stored is not None and stored.title == "Titre 2"


def test_failures_are_stored_once_per_origin_and_reason(store: Store) -> None:
    store.put_batch([], [failure("a.txt", "empty"), failure("b.txt", "binary", b"\x00")])
    store.put_batch([], [failure("a.txt", "empty")])
    store.put_batch([], [failure("a.txt", "too-large")])
    assert store.counts()["failures"] == 3
    assert sorted((f.origin, f.reason) for f in store.failures()) == [
        ("a.txt", "empty"), ("a.txt", "too-large"), ("b.txt", "binary")]
    assert store.failures(limit=1)[0].reason == "too-large"  # most recent first


def test_failed_raw_input_is_kept_but_not_known(store: Store) -> None:
    """A failed item's bytes are kept, but a re-run must retry it, not skip it."""
    bad = failure("x.txt", "no-text", b"Menu\nAccueil\n")
    store.put_batch([], [bad])
    assert bad.raw is not None
    assert store.get_raw(bad.raw.raw_id).data == b"Menu\nAccueil\n"
    assert store.known_raw_ids([bad.raw.raw_id]) == set()


def test_replace_content(store: Store) -> None:
    original = article(1)
    store.put_batch([original])
    assert store.replace_content([original]) == 0
    changed = Article.from_dict(original.to_dict())
    changed.content = Content(title="Nouveau titre", paragraphs=["Autre."],
                              published=NOW - timedelta(days=1), language="fr")
    assert store.replace_content([changed]) == 1
    got = store.get(original.id)
    assert got.content is not None and got.content.title == "Nouveau titre"
    assert got.first_seen == original.first_seen
    assert store.replace_content([changed]) == 0


# -- reading -----------------------------------------------------------------------------


def test_get_unknown_id_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound) as info:
        store.get("0123456789abcdef")
    assert "0123456789abcdef" in info.value.one_line()
    with pytest.raises(NotFound):
        store.get_raw("f" * 64)


def test_latest_is_newest_first_falling_back_to_first_seen(store: Store) -> None:
    a = article(1, published=NOW - timedelta(days=3))
    b = article(2, published=None, first_seen=NOW - timedelta(days=1))
    c = article(3, published=NOW - timedelta(days=2),
                first_seen=NOW + timedelta(days=5))  # published wins over first seen
    d = article(4, published=(NOW - timedelta(hours=12)).astimezone(
        ZoneInfo("America/New_York")))
    e = article(5, published=NOW - timedelta(days=3))  # same time as a, stored later
    store.put_batch([a, b])
    store.put_batch([c, d, e])
    assert [x.id for x in store.latest(limit=10)] == [d.id, b.id, c.id, e.id, a.id]
    assert [x.id for x in store.latest(limit=2)] == [d.id, b.id]
    assert [x.id for x in store.latest(limit=2, offset=2)] == [c.id, e.id]
    # Undated articles apart (issue 12): never listed as the latest news.
    assert [x.id for x in store.latest(limit=10, dated=True)] == [d.id, c.id, e.id, a.id]
    assert [x.id for x in store.latest(limit=10, dated=False)] == [b.id]


def test_iter_articles_in_insertion_order(store: Store) -> None:
    batches = [[article(i) for i in range(k * 300, k * 300 + 300)] for k in range(3)]
    for batch in batches:
        store.put_batch(batch)
    ids = [a.id for a in store.iter_articles()]
    assert ids == [a.id for batch in batches for a in batch]
    assert all(a.raw.data == b"" for a in store.iter_articles())
    with_raw = list(store.iter_articles(with_raw=True))
    assert [a.raw.data for a in with_raw[:2]] == [b"capture 0\n", b"capture 1\n"]


@pytest.mark.parametrize("data", [b"", b"\x00\x01\xff" * 100, os.urandom(70_000),
                                  "été « ça »\r\n".encode("cp1252") * 1000,
                                  b"a" * 1_000_000])
def test_get_raw_round_trips_bytes_exactly(store: Store, data: bytes) -> None:
    stored = article(1, data=data)
    store.put_batch([stored])
    raw = store.get_raw(stored.raw.raw_id)
    assert raw.data == data
    assert (raw.raw_id, raw.origin, raw.media_type, raw.url) == (
        stored.raw.raw_id, stored.raw.origin, stored.raw.media_type, stored.raw.url)
    assert raw.fetched_at == stored.raw.fetched_at


def test_known_raw_ids(store: Store) -> None:
    stored = [article(i) for i in range(1200)]
    store.put_batch(stored[:700])
    asked = [a.raw.raw_id for a in stored]
    assert store.known_raw_ids(asked) == set(asked[:700])
    assert store.known_raw_ids(iter(asked[650:750])) == set(asked[650:700])
    assert store.known_raw_ids([]) == set()


def test_site_chrome_is_learned_across_pages(store: Store) -> None:
    for page in range(3):
        store.learn_site_blocks("ex.org", ["menu", "rechercher", f"article {page}", "menu"])
    store.learn_site_blocks("other.org", ["menu"])
    store.learn_site_blocks("ex.org", ["x" * (MAX_SITE_BLOCK_CHARS + 1), ""])
    assert store.site_chrome("ex.org") == frozenset({"menu", "rechercher"})
    assert store.site_chrome("ex.org", min_pages=4) == frozenset()
    assert store.site_chrome("ex.org", min_pages=1) >= {"article 0", "article 2"}
    assert store.site_chrome("other.org") == frozenset()
    assert store.site_chrome("unknown.org") == frozenset()


def test_counts_of_an_empty_store(store: Store) -> None:
    assert store.counts() == {"articles": 0, "raw_inputs": 0, "duplicates": 0, "copies": 0,
                              "failures": 0}
    assert store.latest() == [] and list(store.iter_articles()) == []


# -- lifetime ----------------------------------------------------------------------------


def test_what_is_stored_survives_a_reopen(backend: Backend, root: Path) -> None:
    first = backend.open(root)
    first.put_batch([article(1), article(2, url="https://ex.org/2")], [failure("x.txt")])
    first.learn_site_blocks("ex.org", ["menu"])
    expected = [a.to_dict() for a in first.iter_articles()]
    first.close()
    second = backend.open(root)
    try:
        assert [a.to_dict() for a in second.iter_articles()] == expected
        assert second.counts()["failures"] == 1
        assert second.site_chrome("ex.org", min_pages=1) == frozenset({"menu"})
    finally:
        second.close()


def test_a_store_from_a_newer_veille_is_refused(backend: Backend, root: Path) -> None:
    backend.open(root).close()
    backend.make_newer(root)
    with pytest.raises(SchemaError) as info:
        backend.open(root)
    message = info.value.one_line()
    assert "99" in message and "newer" in message
    assert "upgrade veille" in message


# -- near duplicates, versions and stories -------------------------------------------------


def test_signatures_are_replaced_in_place(store: Store) -> None:
    """``update_signatures`` (the re-sign after an upgrade, veille.dedup.resign) replaces
    the blobs of stored rows and leaves articles without a signature row alone."""
    first = article(1, url="https://a.example/1")
    assert first.dedup is not None
    first.dedup.signature = "AAAAAAA="
    store.put_batch([first])
    store.update_signatures([(first.id, b"\2new"), ("0" * 16, b"\2none")])
    assert [(r[0], r[3]) for r in store.recent_signatures(window_minutes=60)] == \
        [(first.id, b"\2new")]


def test_links_signatures_and_stories_round_trip(store: Store) -> None:
    first = article(1, url="https://a.example/1")
    first.source = "a.example"
    assert first.dedup is not None
    first.dedup.signature, first.dedup.story_id = "AAAAAAA=", "s1"
    copy = article(2, url="https://b.example/2")
    copy.source = "b.example"
    assert copy.dedup is not None
    copy.dedup.signature, copy.dedup.story_id = "AQAAAAA=", "s1"
    copy.dedup.relation, copy.dedup.duplicate_of = "reprint", first.id
    copy.dedup.near_duplicates, copy.dedup.similarity = [first.id], 0.8
    store.put_batch([first, copy])
    rows = store.recent_signatures(window_minutes=60)
    assert sorted(r[0] for r in rows) == sorted([first.id, copy.id])
    assert {r[3] for r in rows} == {b"\0\0\0\0\0", b"\1\0\0\0\0"}
    [link] = store.links(first.id)
    assert (link.article_id, link.other_id, link.relation) == (first.id, copy.id, "reprint")
    assert [lk.other_id for lk in store.links(copy.id)] == [first.id]
    [summary] = store.stories()
    assert (summary.story_id, summary.articles, summary.sources, summary.independent) == \
        ("s1", 2, 2, 1)
    assert [a.article_id for a in store.story("s1")] == [first.id, copy.id]
    assert [a.reprint for a in store.story("s1")] == [False, True]
    assert store.story("nothing") == [] and store.versions(first.id) == []
    assert [s.story_id for s in store.stories(story_id="s1")] == ["s1"]
    assert store.stories(story_id="nothing") == [] and store.stories(min_articles=3) == []


def test_an_undated_story_is_never_listed_as_the_newest(store: Store) -> None:
    """A story of undated articles only follows every story with a dated article, however
    recently it was first seen (its first-seen time is no publication time), as the latest
    list does; dated stories by their newest dated article."""
    def member(n: int, story: str, **when: Any) -> Article:
        made = article(n, **when)
        assert made.dedup is not None
        made.dedup.story_id = story
        return made
    old = member(1, "old", published=NOW - timedelta(days=400))
    fresh = member(2, "fresh", published=NOW - timedelta(days=1))
    fresh_undated_copy = member(3, "fresh", first_seen=NOW + timedelta(days=30))
    undated = member(4, "undated", first_seen=NOW + timedelta(days=10))
    store.put_batch([old, fresh, fresh_undated_copy, undated])
    assert [s.story_id for s in store.stories()] == ["fresh", "old", "undated"]
    assert [s.story_id for s in store.stories(limit=1, offset=2)] == ["undated"]


# -- the change log (issue 10) -----------------------------------------------------------


def test_every_change_is_logged_with_an_increasing_seq(store: Store) -> None:
    assert store.change_seq() == 0 and store.changes(after=0) == []
    first = article(1, url="https://ex.org/a", data=b"one", fingerprint="f1")
    store.put_batch([first, article(2)])
    assert [(c.article_id, c.kind) for c in store.changes(after=0)] == [
        (first.id, "new"), (article(2).id, "new")]
    head = store.change_seq()
    store.put_batch([article(1, url="https://ex.org/a", data=b"two", fingerprint="f2",
                             title="Titre changé")])
    [version] = store.changes(after=head)
    assert (version.article_id, version.kind, version.seq) == (first.id, "version", head + 1)
    # same headline and text, another input (another headline would be a version)
    copy = article(3, data=b"copy", fingerprint="f2", title="Titre changé")
    store.put_batch([copy])
    assert [(c.article_id, c.kind) for c in store.changes(after=head + 1)] == [
        (first.id, "link")]
    changed = store.get(first.id)
    assert changed.content is not None
    changed.content.paragraphs = ["Réextrait."]
    assert store.replace_content([changed]) == 1
    assert store.replace_content([changed]) == 0  # nothing changed: nothing logged
    assert store.changes(after=store.change_seq() - 1)[0].kind == "reextract"
    assert store.delete_articles([first.id, "nothing"]) == 1
    last = store.changes(after=store.change_seq() - 1)[0]
    assert (last.article_id, last.kind) == (first.id, "delete")
    seqs = [c.seq for c in store.changes(after=0, limit=100)]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs) == store.change_seq()
    assert [c.seq for c in store.changes(after=0, limit=2)] == seqs[:2]
    assert set(store.get_many([first.id, article(2).id, "x"])) == {article(2).id}


def test_the_change_log_is_written_in_the_transaction_of_the_change(store: Store) -> None:
    store.put_batch([article(1)])
    head = store.change_seq()
    broken = article(2)
    broken.content = None  # the store refuses it mid-batch: nothing of the batch is kept
    with pytest.raises(AssertionError):
        store.put_batch([article(3), broken])
    assert store.change_seq() == head and store.counts()["articles"] == 1


def test_two_failures_with_one_origin_and_reason_are_both_kept(store: Store) -> None:
    """Issue #10: a second failure read from standard input overwrote the first."""
    store.put_batch([], [failure("-", "binary", b"\x00first")])
    store.put_batch([], [failure("-", "binary", b"\x00second")])
    store.put_batch([], [failure("-", "binary", b"\x00second")])  # the same one again
    assert store.counts()["failures"] == 2


def test_duplicates_count_what_ingest_reports(store: Store) -> None:
    store.put_batch([article(1, fingerprint="same")])
    store.put_batch([article(2, fingerprint="same", title="Titre 1")], seen_again=3)
    assert store.counts()["duplicates"] == 4


def test_enrichment_round_trips_on_every_backend(store: Store) -> None:
    """Enrichment rows, the view's applied seq (never lowered) and the record's copy."""
    stored = article(1)
    store.put_batch([stored])
    enrichment = {
        "entities": [{"id": "Q2429253", "label": "ORG", "name": "État islamique", "count": 3}],
        "places": [{"id": "geo:2988507", "name": "Paris", "kind": "city", "country": "FR",
                    "admin1": "11", "lat": 48.85, "lon": 2.35, "count": 1}],
        "dates": [{"value": "2019-02-06", "granularity": "day", "text": "le 6 février",
                   "sentence": "Les ministres se réunissent le 6 février."}],
        "quotes": [{"speaker": "le département d'Etat", "speaker_id": "Q789915",
                    "text": "Nous resterons"}],
    }
    enriching: Any = store  # the enrichment part of a store (store/sqlite_enrich.py)
    assert enriching.put_enrichment([(stored.id, enrichment)], applied_seq=5) == 1
    assert enriching.put_enrichment([], applied_seq=3) == 0
    assert enriching.enrich_applied_seq() == 5
    entity = enriching.entity("Q2429253")
    assert entity is not None and entity.articles == 1
    assert [q.speaker_id for q in enriching.quotes()] == ["Q789915"]
    again = store.get(stored.id).enrichment
    assert again is not None and again["entities"][0]["id"] == "Q2429253"


def test_story_overrides_are_kept_and_logged(store: Store) -> None:
    """A user's story override (f-detach28) is stored, read back by any article it names,
    logged as an ``override`` change of each of them, and removed (logged too): the same
    in both backends (migration 16)."""
    assert isinstance(store, SQLiteStore)
    store.put_batch([article(1), article(2), article(3)])
    a, b, c = (x.id for x in sorted(store.latest(limit=3), key=lambda x: x.content.title
                                    if x.content else ""))
    before = store.change_seq()
    detach = store.add_story_override("detach", a, b, [c, b, c])
    join = store.add_story_override("join", a, c)
    assert detach.id < join.id and detach.members == tuple(sorted({b, c}))
    assert [(x.kind, x.article_id, x.other_id) for x in store.story_overrides()] == [
        ("detach", a, b), ("join", a, c)]
    assert [x.id for x in store.story_overrides([c])] == [join.id]
    assert [x.id for x in store.story_overrides([b])] == [detach.id]
    logged = store.changes(after=before)
    assert [(x.article_id, x.kind) for x in logged] == [
        (a, "override"), (a, "override"), (c, "override")]
    with pytest.raises(ValueError):
        store.add_story_override("merge", a, b)
    removed = store.remove_story_overrides([detach.id, 999])
    assert [x.id for x in removed] == [detach.id]
    assert [x.id for x in store.story_overrides()] == [join.id]
    assert store.changes(after=logged[-1].seq)[-1].kind == "override"
