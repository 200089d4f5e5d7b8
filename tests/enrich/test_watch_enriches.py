"""Regression: enrichment never ran unless ``veille enrich`` was run by hand (``enrich_lag``
grew under ``serve --watch``), so entity searches, marks and facets stayed empty and entity
alerts never fired. ``veille watch`` (and ``serve --watch``, which runs it) keep the
enrichment view caught up: in the background while watching, at the end of ``--once``.
Real store, real index, real feed on 127.0.0.1, spaCy's real French model.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

import veille
from sitekit import article_html, rss, xml_page
from veille.cli.main import main
from veille.collect.testserver import LocalServer, Page, Site
from veille.store.base import Source

SETTINGS = {"fetch_allow": "127.0.0.1", "fetch_delay": 0.0, "fetch_retries": 0}


class Enough(Exception):
    """Ends a test's endless watch."""


@pytest.fixture
def feed() -> Iterator[str]:
    site = Site(pages={f"/a/{n}.html": Page(article_html(n)) for n in range(3)})
    with LocalServer(site) as running:
        site.pages["/feed.xml"] = xml_page(rss(running.root, [f"/a/{n}.html" for n in range(3)]))
        yield running.url("/feed.xml")


def _data(tmp_path: Path, feed: str) -> Path:
    data = tmp_path / "data"
    with pytest.MonkeyPatch.context() as patch:  # a loopback feed is refused unless allowed
        patch.setenv("VEILLE_FETCH_ALLOW", "127.0.0.1")
        assert main(["--data-dir", str(data), "sources", "add", feed]) == 0
    return data


def test_watch_once_enriches_what_it_stored(tmp_path: Path, feed: str) -> None:
    with veille.open(_data(tmp_path, feed), **SETTINGS) as v:
        v.watch(once=True)
        stats = v.stats()
        assert stats["articles"] == 3
        assert stats["enrich_lag"] == 0 and stats["enrich_seq"] > 0


def test_the_setting_turns_it_off(tmp_path: Path, feed: str) -> None:
    with veille.open(_data(tmp_path, feed), enrich_in_background=False, **SETTINGS) as v:
        v.watch(once=True)
        assert v.stats()["enrich_lag"] > 0


def test_an_endless_watch_enriches_in_the_background(tmp_path: Path, feed: str) -> None:
    seen: list[int] = []

    def idle(_source: Source | None, _when: datetime | None) -> None:
        deadline = time.monotonic() + 120  # a bound on the wait, not a speed target
        while v.store.enrich_lag() and time.monotonic() < deadline:
            time.sleep(0.2)
        seen.append(v.store.enrich_lag())
        raise Enough

    with veille.open(_data(tmp_path, feed), **SETTINGS) as v:
        with pytest.raises(Enough):
            v.watch(idle=idle)
        assert seen == [0]
        assert v.stats()["articles"] == 3
