"""Logged in, every page's menu says who is logged in and logs out (newuser11 U14: the
menu still said "Se connecter", and only /login could log out). Real server."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from test_web_saved import live, login  # noqa: E402, F401
from web_kit import LiveServer  # noqa: E402


def test_the_menu_logs_out(live: LiveServer) -> None:  # noqa: F811
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert "Se connecter" in http.get("/", params={"lang": "fr"}).text
        assert login(http).status_code == 303
        for path in ("/", "/saved", "/search?q=crue"):
            page = html.unescape(http.get(path).text)
            assert "Se déconnecter (ana)" in page, path
            assert 'href="/login"' not in page, path
        csrf = re.search(r'action="/logout"><input type="hidden" name="csrf" value="([0-9a-f]+)"',
                         http.get("/").text)
        assert csrf
        assert http.post("/logout", data={"csrf": csrf.group(1)}).status_code == 303
        assert "Se connecter" in http.get("/").text
