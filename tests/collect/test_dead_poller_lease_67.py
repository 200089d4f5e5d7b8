"""A poll lease held by a poller of this host that was killed is taken over at once; one
of another host keeps its expiry; ``sources list`` says who holds a lease (t-final67 R1:
after a kill -9 of ``serve --watch`` its restart did not poll for 15 minutes, silently).

A real subprocess killed with SIGKILL, a real SQLite store, a real HTTP server.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitekit import article_html
from veille.cli.main import cli
from veille.collect.fetch import FetchPolicy
from veille.collect.leases import parse_holder, process_start, stopped, this_holder
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import POLL_LEASE, poll_once
from veille.record import utcnow
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)

_HOLD = """
import sys, time
from datetime import timedelta
from veille.collect.leases import this_holder
from veille.record import utcnow
from veille.store.sqlite import SQLiteStore
store = SQLiteStore.open(sys.argv[1])
now = utcnow()
assert store.claim("source:ouest", holder=this_holder(), now=now,
                   until=now + timedelta(minutes=15))
store.close()
print("held", flush=True)
time.sleep(600)
"""


def _holder(store_path: Path) -> subprocess.Popen[str]:
    """A process that takes the source's lease as a poller does, then waits."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", _HOLD, str(store_path)], env=env,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site()
    with LocalServer(site) as running:
        site.pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
        site.pages["/a.html"] = Page(article_html(6711))
        site.pages["/feed.rss"] = Page(
            (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Ouest</title>"
             f"<link>{running.root}/</link><item><title>Brève</title>"
             f"<link>{running.root}/a.html</link></item></channel></rss>").encode(),
            "application/rss+xml")
        yield running


def test_a_killed_pollers_lease_is_taken_over_at_once(server: LocalServer, store: SQLiteStore,
                                                      settings: Settings) -> None:
    source = Source(name="ouest", kind="feed", url=server.url("/feed.rss"))
    store.add_source(source)
    child = _holder(settings.store_path)
    try:
        # alive: its lease holds, and `sources list` names its pid and host
        polled: list[Source] = []
        poll_once(store, Collector(store, settings, policy=POLICY), [source], polled)
        assert polled == []
        listed = CliRunner().invoke(cli, ["--data-dir", str(settings.data_dir),
                                          "sources", "list"])
        assert f"held by pid {child.pid} on {socket.gethostname()}" in listed.output
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    listed = CliRunner().invoke(cli, ["--data-dir", str(settings.data_dir), "sources", "list"])
    assert f"held by a poller that stopped (pid {child.pid})" in listed.output, listed.output
    polled = []
    summary = poll_once(store, Collector(store, settings, policy=POLICY), [source], polled)
    assert [s.name for s in polled] == ["ouest"]
    assert summary.ingest.new == 1, summary.ingest.errors
    assert store.lease("source:ouest") is None  # given back after the poll


def test_another_hosts_lease_keeps_its_expiry(store: SQLiteStore) -> None:
    now = utcnow()
    other = f"{socket.gethostname()}-elsewhere:4242:123:abcd1234"
    assert store.claim("source:x", holder=other, now=now, until=now + POLL_LEASE)
    assert not stopped(other)
    from veille.collect.leases import claim

    assert not claim(store, "source:x", holder=this_holder(), now=now, until=now + POLL_LEASE)
    assert claim(store, "source:x", holder=this_holder(), now=now + POLL_LEASE,
                 until=now + 2 * POLL_LEASE)


def test_a_pid_given_again_is_not_the_poller() -> None:
    """A lease's pid now names another process (started at another time): stopped."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        start = process_start(child.pid)
        assert start
        host = socket.gethostname()
        assert not stopped(f"{host}:{child.pid}:{start}:abcd1234")
        assert stopped(f"{host}:{child.pid}:{int(start) + 1}:abcd1234")
        assert not stopped(f"{host}:{child.pid}:abcd1234")  # older holder: pid alone
    finally:
        child.kill()
        child.wait()
    assert stopped(f"{socket.gethostname()}:{child.pid}:abcd1234")


def test_holder_names_read_back() -> None:
    mine = parse_holder(this_holder())
    assert mine is not None and mine.pid == os.getpid() and mine.host == socket.gethostname()
    assert parse_holder("nonsense") is None
    assert parse_holder("h:12:tok") is not None
    assert not stopped("nonsense")
    assert timedelta(minutes=15) == POLL_LEASE
