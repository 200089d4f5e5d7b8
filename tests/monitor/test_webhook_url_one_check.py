"""One webhook URL check for the CLI, the API and the web form (newuser16c N4: the API
refused ports past 9999, ``?token=``, capitals and ``%`` escapes with a raw regex, which
the CLI saved; the CLI dropped ``user:pw@`` without a word). Real uvicorn server on
127.0.0.1, the real CLI, real SQLite store."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capture_kit import err, run_veille
from veille.errors import ConfigError
from veille.monitor.saved import webhook_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402

TOKEN = "webhook-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ACCEPTED = ["https://hooks.example.com:18763/x", "https://hooks.example.com/services/x?token=abc",
            "https://Hooks.Example.com/x", "https://example.com/h%C3%A9"]
REFUSED = ["https://user:pw@example.com/x", "ftp://example.com/x", "https://exa mple.com/x"]


def test_the_api_and_the_cli_accept_and_refuse_the_same_webhooks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with serve(data, api_token=TOKEN) as live, \
            httpx.Client(base_url=live.url, timeout=30) as http:
        for n, url in enumerate(ACCEPTED + REFUSED):
            answer = http.post("/api/v1/saved-searches", headers=AUTH, json={
                "name": f"API{n}", "query": "Daech", "webhook": url})
            cli = run_veille(["saved", "add", f"CLI{n}", "Daech", "--webhook", url],
                             data_dir=data)
            if url in ACCEPTED:
                assert answer.status_code == 201, (url, answer.text)
                assert cli.returncode == 0, (url, err(cli))
            else:
                assert answer.status_code == 422, (url, answer.text)
                assert "pattern" not in answer.text and "webhook" in answer.text
                assert cli.returncode != 0, url
        saved = {s["name"]: s["webhook"] for s in http.get(  # whole for the owner (S6)
            "/api/v1/saved-searches", headers=AUTH).json()["saved_searches"]}
    for n, url in enumerate(ACCEPTED):
        assert saved[f"API{n}"] == saved[f"CLI{n}"] == url
    assert "user:password@" in err(run_veille(
        ["saved", "add", "W", "Daech", "--webhook", REFUSED[0]], data_dir=data))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_the_check_saves_a_clean_url_or_says_why_not(text: str) -> None:
    try:
        url = webhook_url(text)
    except ConfigError as exc:
        assert str(exc).startswith("webhook ")
        return
    assert url.lower().startswith(("http://", "https://")) and "@" not in url.split("/")[2]


@pytest.mark.parametrize("url", ACCEPTED)
def test_ordinary_webhook_urls_are_kept_as_written(url: str) -> None:
    assert webhook_url(f"  {url} ") == url
