"""The collection part of the store contract (sources, fetch state, responses, wire
versions): every backend must pass these, like ``test_store_contract.py``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from test_store_contract import Backend, backend  # noqa: F401 (the backends, as a fixture)

from veille.record import Article, Content, RawInput
from veille.store.base import CollectStore, FetchRecord, Source, Store, StoredResponse

T0 = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(backend: Backend, tmp_path: Path) -> Iterator[CollectStore]:  # noqa: F811
    opened = backend.open(tmp_path)
    yield opened
    opened.close()


def test_sources_register_pause_poll_and_remove(store: CollectStore) -> None:
    store.add_source(Source(name="fil", kind="feed", url="https://news.example/feed"))
    store.add_source(Source(name="plan", kind="sitemap", url="https://news.example/sitemap.xml",
                            every_s=60))
    names = [s.name for s in store.registered_sources()]
    assert names == ["fil", "plan"]
    fil = store.registered_sources()[0]
    assert fil.next_due is not None and not fil.paused and fil.every_s == 900
    assert store.pause_source("fil") and store.registered_sources()[0].paused
    assert store.pause_source("fil", paused=False) and not store.registered_sources()[0].paused
    assert not store.pause_source("nothing")
    store.source_polled("plan", at=T0, next_due=T0 + timedelta(minutes=1), error="timeout")
    plan = store.registered_sources()[1]
    assert (plan.last_polled, plan.next_due, plan.last_error) == (
        T0, T0 + timedelta(minutes=1), "timeout")
    store.add_source(Source(name="plan", kind="sitemap", url="https://news.example/s2.xml"))
    assert store.registered_sources()[1].url == "https://news.example/s2.xml"
    assert store.remove_source("fil") and not store.remove_source("fil")
    assert [s.name for s in store.registered_sources()] == ["plan"]


def test_fetch_state_keeps_validators_and_raw_id(store: CollectStore) -> None:
    url = "https://news.example/a/1"
    assert store.fetch_state(url) is None
    headers = {"etag": '"abc"', "last-modified": "Sun, 29 Nov 2026 08:00:00 GMT",
               "content-type": "text/html; charset=utf-8"}
    store.record_fetches(
        [FetchRecord(url=url, status=200, fetched_at=T0, etag='"abc"',
                     last_modified=headers["last-modified"], raw_id="r1")],
        [StoredResponse(raw_id="r1", url=url, final_url=url + "?x", status=200,
                        headers=headers, fetched_at=T0)])
    state = store.fetch_state(url)
    assert state is not None and (state.etag, state.raw_id, state.status) == ('"abc"', "r1", 200)
    # A later 304 keeps the validators and the raw input it refers to.
    store.record_fetches([FetchRecord(url=url, status=304, fetched_at=T0 + timedelta(hours=1))])
    state = store.fetch_state(url)
    assert state is not None and (state.etag, state.raw_id, state.status) == ('"abc"', "r1", 304)
    response = store.response("r1")
    assert response is not None and response.headers == headers
    assert response.final_url == url + "?x" and store.response("nothing") is None


def test_a_refusal_keeps_its_retry_time_and_lists_read_states_at_once(store: CollectStore
                                                                       ) -> None:
    """``retry_at`` (a 429's Retry-After, schema 12) round-trips and a later fetch clears
    it; ``fetch_states`` reads a list's URLs at once (an unpublished mark per row)."""
    url, other = "https://news.example/a/2", "https://news.example/a/3"
    store.record_fetches([FetchRecord(url=url, status=200, fetched_at=T0, raw_id="r2"),
                          FetchRecord(url=other, status=0, fetched_at=T0, error="http-410")])
    later = T0 + timedelta(hours=1)
    store.record_fetches([FetchRecord(url=url, status=0, fetched_at=T0, error="http-429",
                                      retry_at=later)])
    state = store.fetch_state(url)
    assert state is not None and (state.error, state.retry_at, state.raw_id) == (
        "http-429", later, "r2")
    found = store.fetch_states([url, other, "https://news.example/never", ""])
    assert set(found) == {url, other} and found[other].error == "http-410"
    store.record_fetches([FetchRecord(url=url, status=200, fetched_at=later)])
    state = store.fetch_state(url)
    assert state is not None and state.retry_at is None and state.error == ""


def _wire(version: int, title: str) -> Article:
    raw = RawInput(data=f"<newsItem version='{version}'>{title}</newsItem>".encode(),
                   origin=f"item-v{version}.xml", media_type="application/vnd.iptc.g2.newsitem+xml")
    content = Content(title=title, paragraphs=[title + " body"], guid="urn:newsml:x:1",
                      version=version, subjects=["politics"], urgency=3)
    return Article(raw=raw, id="wire00000000001", content=content)


def test_wire_versions_chain_by_guid(store: CollectStore) -> None:
    writer = cast(Store, store)  # the SQLite store is both
    assert writer.put_batch([_wire(1, "First")]).new == ["wire00000000001"]
    third = writer.put_batch([_wire(3, "Third")])  # a newer version: the same article
    assert (third.new, third.versions) == ([], ["wire00000000001"])
    stale = writer.put_batch([_wire(2, "Second, late")])
    assert stale.new == [] and stale.duplicate == 1
    stored = writer.get("wire00000000001")
    assert stored.content is not None and stored.content.title == "Third"
    assert stored.content.subjects == ["politics"] and stored.content.urgency == 3
    chain = store.wire_versions("urn:newsml:x:1")
    assert [v.version for v in chain] == [1, 2, 3]
    assert writer.get_raw(chain[0].raw_id).data.startswith(b"<newsItem version='1'>")
    # The replaced content is an earlier version with its diff, as for a page updated at
    # its URL (fresh-user report nu1, F10: ``duplicates`` showed none).
    earlier = writer.versions("wire00000000001")
    assert [(v.version, v.title) for v in earlier] == [(1, "First")]
    assert "-First" in earlier[0].diff and "+Third" in earlier[0].diff


def test_fetch_states_under_a_prefix(store: CollectStore) -> None:
    """The stored items of one listing (``<listing>#item=``), the latest first, bounded;
    a prefix is literal (``%`` and ``_`` are no wildcards)."""
    base = "https://news.example/f_1%.json#item="
    store.record_fetches([
        FetchRecord(url=base + "a", status=0, fetched_at=T0, raw_id="ra"),
        FetchRecord(url=base + "b", status=0, fetched_at=T0 + timedelta(hours=1), raw_id="rb"),
        FetchRecord(url=base + "c", status=0, fetched_at=T0, error="gone"),
        FetchRecord(url="https://news.example/fX1%.json#item=d", status=0, fetched_at=T0,
                    raw_id="rd")])
    assert [r.url for r in store.fetch_states_under(base, limit=10)] == [base + "b", base + "a"]
    assert [r.raw_id for r in store.fetch_states_under(base, limit=1)] == ["rb"]
    assert store.fetch_states_under("https://other.example/", limit=10) == []
