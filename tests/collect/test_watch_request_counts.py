"""The last line of `veille watch --once` counts each request once, in words that say
what they count (newuser11b U34: "listings 0, unchanged 5" after 3 feeds answered 304 and 2
revisited pages, the revisits counted on the line above too). Real HTTP server on
127.0.0.1, real SQLite store."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner
from test_revisit import FEED, LEAD, _age, page, watched

from veille.collect.poll import PollSummary
from veille.collect.testserver import Page
from veille.collect.watch import watch
from veille.settings import Settings
from veille.store.base import Source


def test_listings_and_pages_each_add_up(tmp_path: Path) -> None:
    with watched(Settings(data_dir=tmp_path / "data")) as (store, site, collector):
        _age(store, 70 / 60)  # the page's 1 h revisit is due; the feed answers 304
        again = watch(store, collector, once=True)
        assert again.request_counts() == ((1, 0, 1, 0), (1, 0, 1, 0, 0))
        # the feed now lists a second page, which is missing: the listing is read, the new
        # page asked for and failed (404), the known page not asked again
        site.pages["/feed.xml"] = Page(FEED.replace(
            b"</channel>", b"<item><title>Absent</title><link>/absent.html</link></item>"
                           b"</channel>") + b" ", "application/rss+xml")
        site.pages["/budget.html"] = Page(page(LEAD))
        third = watch(store, collector, once=True)
        assert third.request_counts() == ((1, 1, 0, 0), (1, 0, 0, 0, 1))
        assert third.skipped == 1


def test_the_cli_line_names_what_each_number_counts() -> None:
    from veille.cli.sources import _print

    summary = PollSummary(listings=1, not_modified=5, listings_not_modified=3, pages=2,
                          pages_failed=1, skipped=4)

    @click.command()
    def show() -> None:
        _print(summary)

    line = CliRunner().invoke(show).output.splitlines()[0]
    assert line == ("listings asked 4: read 1, unchanged (304) 3, failed 0; pages asked 5: "
                    "downloaded 2, unchanged (304) 2, failed 1; listed pages already fetched "
                    "(not asked) 4")


def test_a_page_waiting_for_its_retry_is_not_already_fetched(tmp_path: Path) -> None:
    """newuser16c N6: a listed page refused with 503 and a Retry-After, never stored, was
    counted among the "listed pages already fetched (not asked)" at the next poll; it
    waits for its retry, said apart with the time."""
    from datetime import UTC, datetime, timedelta

    with watched(Settings(data_dir=tmp_path / "data")) as (store, site, collector):
        site.pages["/feed.xml"] = Page(FEED.replace(
            b"</channel>", b"<item><title>Plus tard</title><link>/plus-tard.html</link>"
                           b"</item></channel>") + b" ", "application/rss+xml")
        site.pages["/plus-tard.html"] = Page(b"busy", status=503,
                                             headers={"Retry-After": "3600"})
        first = watch(store, collector, once=True)
        assert first.pages_failed == 1 and first.waiting == 0
        site.pages["/feed.xml"] = Page(site.pages["/feed.xml"].body + b" ",
                                       "application/rss+xml")  # read again, same items
        # a second feed lists the waiting page too: one page waits (verify18a V1)
        site.pages["/autre.xml"] = Page(site.pages["/feed.xml"].body, "application/rss+xml")
        [first_feed] = store.registered_sources()
        store.add_source(Source(name="autre", kind="feed",
                                url=first_feed.url.replace("/feed.xml", "/autre.xml")))
        again = watch(store, collector, once=True)
        assert (again.skipped, again.waiting) == (2, 1), again
        assert again.next_retry is not None
        later = datetime.now(UTC) + timedelta(minutes=50)
        assert later < again.next_retry < later + timedelta(minutes=20)

    from veille.cli.sources import _print

    @click.command()
    def show() -> None:
        _print(again)

    line = CliRunner().invoke(show).output.splitlines()[0]
    assert line.endswith(f"; waiting for a retry 1 (the next at "
                         f"{again.next_retry.astimezone(UTC):%Y-%m-%d %H:%M} UTC)"), line
