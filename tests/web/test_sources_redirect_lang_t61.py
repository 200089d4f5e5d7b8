"""``/sources`` sends a reader on to ``/manage/sources`` with its query: ``?lang=en`` was
dropped and a first visit without the cookie landed in French (t-final61). Real server."""
from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve


def test_the_short_address_keeps_the_language(tmp_path: Path) -> None:
    with serve(tmp_path / "data") as live, \
            httpx.Client(base_url=live.url, timeout=30) as http:
        moved = http.get("/sources", params={"lang": "en"})
        assert moved.status_code == 308
        assert moved.headers["location"] == "/manage/sources?lang=en"
        assert http.get("/sources").headers["location"] == "/manage/sources"
        page = http.get("/sources", params={"lang": "en"}, follow_redirects=True)
        assert page.status_code == 200 and 'lang="en"' in page.text
