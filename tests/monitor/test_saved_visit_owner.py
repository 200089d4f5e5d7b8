"""Only the logged-in owner's visit marks a saved search's matches seen: a view without a
session (a colleague, a crawler, a link preview) leaves "N nouveaux depuis votre dernière
visite" as it was (newuser15a W14). Real store, real server on 127.0.0.1."""

from __future__ import annotations

import html
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from test_web_saved import AUTH, live, login, post_article  # noqa: E402, F401
from web_kit import LiveServer  # noqa: E402


def new_count(http: httpx.Client) -> int:
    return int(http.get("/api/v1/saved-searches").json()["saved_searches"][0][
        "new_since_visit"])


def test_an_anonymous_visit_marks_nothing_seen(live: LiveServer) -> None:  # noqa: F811
    with httpx.Client(base_url=live.url, timeout=30) as owner, \
            httpx.Client(base_url=live.url, timeout=30) as visitor:
        sid = owner.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Volcans", "query": "volcan"}).json()["id"]
        post_article(owner, 1, "Le volcan se réveille")
        assert new_count(owner) == 1
        for lang in ("fr", "en"):
            page = visitor.get(f"/saved/{sid}?lang={lang}")
            assert page.status_code == 200
            said = html.unescape(page.text)
            assert ("seule sa visite, connecté, les marque comme vus" in said if lang == "fr"
                    else "only the owner's visit, logged in, marks them seen" in said)
        visitor.get(f"/api/v1/saved-searches/{sid}")
        assert new_count(owner) == 1
        assert "1 nouveau depuis votre dernière visite" in owner.get("/saved").text
        assert login(owner).status_code == 303
        seen = owner.get(f"/saved/{sid}")
        assert "1 nouveau depuis votre dernière visite" in seen.text  # shown, then seen
        assert "seule sa visite" not in html.unescape(seen.text)
        assert new_count(visitor) == 0
