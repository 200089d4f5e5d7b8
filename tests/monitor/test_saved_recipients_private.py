"""Regression (t-final25 S6): anyone who could read the web app read every saved search's
alert e-mail addresses and webhook URL (with its ``?token=``) through
``GET /api/v1/saved-searches``. Now only a request holding the API token, or a logged-in
account, reads them whole; anyone else reads a mask (real uvicorn server on 127.0.0.1)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import httpx
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402

from veille.store.sqlite import SQLiteStore  # noqa: E402
from veille.web.auth import hash_password  # noqa: E402
from veille.web.recipients import masked_email, masked_webhook  # noqa: E402

TOKEN = "saved-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EMAIL = "redaction@journal.example.org, veille@agence.example"
SECRET = "s3cret-webhook-credential"
PASSWORD = "correct horse battery"


def test_recipients_are_masked_for_anonymous_readers(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = SQLiteStore.open(data / "veille.sqlite3")
    store.set_password_hash("ana", hash_password(PASSWORD))
    store.close()
    with serve(data, api_token=TOKEN) as live, \
            httpx.Client(base_url=live.url, timeout=30) as http:
        created = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Cyclone", "query": "cyclone", "email": EMAIL,
            "webhook": f"https://8.8.8.8:8443/hook/in?token={SECRET}"})
        assert created.status_code == 201, created.text
        sid = created.json()["id"]
        for path in ("/api/v1/saved-searches", f"/api/v1/saved-searches/{sid}"):
            anonymous = http.get(path)
            assert anonymous.status_code == 200
            assert SECRET not in anonymous.text and "redaction@" not in anonymous.text
            assert "r…@journal.example.org" in anonymous.text
            assert "https://8.8.8.8:8443/…" in anonymous.text
            owner = http.get(path, headers=AUTH)
            assert SECRET in owner.text and "redaction@journal.example.org" in owner.text
        wrong = http.get(f"/api/v1/saved-searches/{sid}",
                         headers={"Authorization": "Bearer not-the-token"})
        assert SECRET not in wrong.text
        # a logged-in account (the pages' edit form) reads them whole
        page = http.get("/login")
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
        assert csrf
        http.post("/login", data={"name": "ana", "password": PASSWORD,
                                  "csrf": csrf.group(1), "next": "/saved"})
        assert SECRET in http.get(f"/api/v1/saved-searches/{sid}").text


@given(local=st.text(min_size=1, max_size=20).filter(lambda s: "@" not in s and "," not in s),
       domain=st.from_regex(r"[a-z]{1,10}\.[a-z]{2,4}", fullmatch=True))
def test_a_mask_never_holds_more_than_one_letter_of_the_local_part(local: str,
                                                                    domain: str) -> None:
    masked = masked_email(f"{local}@{domain}")
    assert masked.endswith(f"@{domain}")
    assert len(masked) <= len(domain) + 3


@given(path=st.text(max_size=40), query=st.text(max_size=40))
def test_a_webhook_mask_keeps_no_path_or_query(path: str, query: str) -> None:
    url = f"https://hooks.example.org/{path}?{query}"
    assert masked_webhook(url) == "https://hooks.example.org/…"
