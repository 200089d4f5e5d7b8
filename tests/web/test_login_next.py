"""With ``read_requires_login`` the way to the login form keeps the whole address asked for
(newuser11b U28), never an address off the site; and the login rate limit's page speaks the
user's language once (newuser11b U17 addendum). Real uvicorn servers on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from web_kit import LiveServer, records_data_dir, serve

from veille.cli.main import main
from veille.store.sqlite import SQLiteStore
from veille.web.auth import hash_password

PASSWORD = "correct horse battery"
TEXT = ("Un article de test assez long pour être lu comme un article ordinaire par veille, "
        "avec plusieurs phrases et des mots en français. ")


@pytest.fixture(scope="module")
def closed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("closed")
    records = [{"title": f"La crue de la Seine, épisode {i}", "text": TEXT * 4 + f"crue {i}",
                "url": f"https://exemple.fr/crue/{i}"} for i in range(3)]
    records += [{"title": f"Le festival de jazz, soirée {i}", "text": TEXT * 4 + f"jazz {i}",
                 "url": f"https://exemple.fr/jazz/{i}"} for i in range(4)]
    data = records_data_dir(root, records)
    assert main(["--data-dir", str(data), "reindex"]) == 0
    store = SQLiteStore.open(data / "veille.sqlite3")
    store.set_password_hash("ana", hash_password(PASSWORD))
    store.close()
    with serve(data, read_requires_login=True) as server:
        yield server


def login_form(http: httpx.Client, location: str) -> tuple[str, str]:
    """The CSRF token and the ``next`` field of the login form at ``location``."""
    page = http.get(location)
    assert page.status_code == 200
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
    nxt = re.search(r'name="next" value="([^"]*)"', page.text)
    assert csrf and nxt
    return csrf.group(1), nxt.group(1).replace("&amp;", "&")


@pytest.mark.parametrize("asked", ["/export.csv?q=crue", "/search?q=crue&sort=date",
                                   "/attention?q=crue&q=jazz", "/?lang=en",
                                   "/search?q=%C3%A9pisode+crue"])
def test_the_login_redirect_keeps_the_query(closed: LiveServer, asked: str) -> None:
    with httpx.Client(base_url=closed.url, timeout=30) as http:
        answer = http.get(asked)
        assert answer.status_code == 303
        location = answer.headers["location"]
        assert location.startswith("/login?")
        assert parse_qs(urlsplit(location).query)["next"] == [asked]
        csrf, nxt = login_form(http, location)
        assert nxt == parse_qs(urlsplit(location).query)["next"][0]
        done = http.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": csrf,
                                         "next": nxt})
        assert done.status_code == 303 and done.headers["location"] == asked


def test_the_menu_s_log_in_comes_back_to_the_page(client: httpx.Client) -> None:
    page = client.get("/search", params={"q": "crue", "sort": "date"}).text
    link = re.search(r'<a href="(/login\?next=[^"]+)">', page)
    assert link
    assert parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query)["next"] == [
        "/search?q=crue&sort=date"]
    assert '<a href="/login">' in client.get("/login").text


def test_a_shared_export_link_exports_its_query_after_login(closed: LiveServer) -> None:
    with httpx.Client(base_url=closed.url, timeout=30, follow_redirects=True) as http:
        first = http.get("/export.csv?q=crue")
        assert "/login" in str(first.url)
        csrf, nxt = login_form(http, str(first.url))
        exported = http.post("/login", data={"name": "ana", "password": PASSWORD,
                                             "csrf": csrf, "next": nxt})
        assert exported.status_code == 200 and str(exported.url).endswith("/export.csv?q=crue")
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        assert len(rows) == 3 and all("crue" in r["title"] for r in rows)


@pytest.mark.parametrize("target", ["//evil.example/x", "/\\evil.example", "https://evil.example/",
                                    "/\t/evil.example", "/\n/evil.example", "evil.example",
                                    "/" + "a" * 5000])
def test_next_never_leaves_the_site(closed: LiveServer, target: str) -> None:
    with httpx.Client(base_url=closed.url, timeout=30) as http:
        csrf, nxt = login_form(http, f"/login?{httpx.QueryParams({'next': target})}")
        assert nxt == "/"
        done = http.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": csrf,
                                         "next": target})
        assert done.status_code == 303 and done.headers["location"] == "/"


def test_a_very_long_address_comes_back_to_its_page(closed: LiveServer) -> None:
    with httpx.Client(base_url=closed.url, timeout=30) as http:
        answer = http.get("/search", params={"q": "crue " * 1000})
        assert answer.status_code == 303
        assert parse_qs(urlsplit(answer.headers["location"]).query)["next"] == ["/search"]


@pytest.mark.parametrize(("lang", "lead", "hint"), [
    ("fr", "trop de connexions ratées", "attendez quelques minutes avant de réessayer"),
    ("en", "too many failed logins", "wait a few minutes, then try again")])
def test_the_login_limit_page_speaks_the_language_once(closed: LiveServer, lang: str,
                                                       lead: str, hint: str) -> None:
    with httpx.Client(base_url=closed.url, timeout=30,
                      headers={"Accept-Language": lang}) as http:
        for _ in range(6):
            csrf, _next = login_form(http, "/login")
            answer = http.post("/login", data={"name": "ana", "password": "wrong",
                                               "csrf": csrf, "next": "/"})
        assert answer.status_code == 429 and answer.headers["retry-after"] == "300"
        main_text = re.sub(r"<[^>]+>", " ", answer.text.split("<main", 1)[1])
        assert main_text.count(lead) == 1 and main_text.count(hint) == 1, main_text
        if lang == "fr":
            assert "too many" not in answer.text and "wait" not in answer.text
