"""A failed page fetch says what happened, in the CLI and the stored failures: a body cut
short is not "cannot connect ... check the URL", a 5xx is the site's failure (tried again
at the next poll), a 410 the site removing the page (newuser13b M3). Real HTTP server on
127.0.0.1, real SQLite store."""

from __future__ import annotations

from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=1, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
BODY = ("<!doctype html><html lang='fr'><head><title>Nîmes</title></head><body><article>"
        "<h1>Nîmes : le bilan des inondations s'alourdit</h1>"
        + "<p>Les pompiers du Gard ont poursuivi leurs recherches toute la nuit.</p>" * 12
        + "</article></body></html>").encode()


def test_failures_say_what_the_site_did(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/cut.html": Page(BODY, truncate=300),
                       "/gone.html": Page(b"gone", status=410)})
    with LocalServer(site) as running:
        urls = [running.url("/cut.html"), running.url("/status/500"),
                running.url("/gone.html"), running.url("/missing.html")]
        done = Collector(store, settings, policy=POLICY).fetch_urls(urls)
    lines = {p.origin.rsplit("/", 1)[1]: p.one_line() for p in done.ingest.problems}
    cut, failed, gone, missing = (lines[name] for name in
                                  ("cut.html", "500", "gone.html", "missing.html"))
    assert f"the page was cut short (300 of {len(BODY)} bytes)" in cut
    assert "cannot connect" not in cut and "check the URL" not in cut
    assert "the site failed (HTTP 500)" in failed and "tried again at a later poll" in failed
    assert "check the URL" not in failed
    assert "the site removed the page (HTTP 410 Gone)" in gone and "check the URL" not in gone
    assert "HTTP 404" in missing
    assert site.hits["/cut.html"] == 2  # retried like a connection error
    stored = {f.origin.rsplit("/", 1)[1]: f for f in store.failures()}
    assert stored["cut.html"].reason == "truncated"
    assert "cut short" in stored["cut.html"].message
    assert "the site failed (HTTP 500)" in stored["500"].message
