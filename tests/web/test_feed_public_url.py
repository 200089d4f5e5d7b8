"""Feed links are absolute: under ``public_url`` when set, else from the request's own
``Host`` (docs/settings.md; newuser11b U29: the doc said "relative", and ``public_url`` was
read nowhere, so behind a proxy a feed's links carried the proxy's 127.0.0.1). Real uvicorn
servers on 127.0.0.1, demo store."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import LiveServer, serve

PUBLIC = "https://veille.example.org/news"


def test_without_public_url_links_follow_the_host(live: LiveServer) -> None:
    feed = httpx.get(f"{live.url}/feeds/latest.json").json()
    assert feed["home_page_url"] == f"{live.url}/"
    assert feed["items"] and all(i["url"].startswith(f"{live.url}/articles/")
                                 for i in feed["items"])


def test_public_url_is_what_feeds_link_to(web_data: Path) -> None:
    with serve(web_data, public_url=PUBLIC + "/") as server, \
            httpx.Client(base_url=server.url, timeout=30) as http:
        feed = http.get("/feeds/latest.json").json()
        assert feed["home_page_url"] == f"{PUBLIC}/"
        assert feed["feed_url"] == f"{PUBLIC}/feeds/latest.json"
        assert feed["items"] and all(i["url"].startswith(f"{PUBLIC}/articles/")
                                     and i["id"] == i["url"] for i in feed["items"])
        atom = http.get("/feeds/search.atom", params={"q": "Syrie"}).text
        assert f'href="{PUBLIC}/search?q=Syrie' in atom and "127.0.0.1" not in atom
