"""The /saved form's refusal of a query speaks French through and through (newuser11
U24): the warning inside the message and the hint after it are messages of the catalogue
too, translated apart, not left in English inside a French sentence. Real server."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from test_web_saved import live, login  # noqa: E402, F401
from web_kit import LiveServer  # noqa: E402


def test_a_refused_query_is_explained_in_french(live: LiveServer) -> None:  # noqa: F811
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert login(http).status_code == 303
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', http.get("/saved").text)
        assert token
        answer = http.post("/saved", params={"lang": "fr"},
                           data={"csrf": token.group(1), "name": "Crue", "query": "(crue"})
        page = html.unescape(answer.text)
        assert "Recherche non enregistrée" in page
        assert "parenthèse non fermée" in page and "corrigez la requête" in page
        assert "unbalanced" not in page and "fix the query" not in page
