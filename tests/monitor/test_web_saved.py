"""Saved searches through the API, the pages and the feeds, and the UI's login (real
uvicorn servers on 127.0.0.1)."""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import LiveServer, serve  # noqa: E402

from capture_kit import err, json_record, run_veille  # noqa: E402
from veille.store.sqlite import SQLiteStore  # noqa: E402
from veille.web.auth import hash_password  # noqa: E402

TOKEN = "saved-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PASSWORD = "correct horse battery"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    data = tmp_path / "data"
    store = SQLiteStore.open(data / "veille.sqlite3")
    store.set_password_hash("ana", hash_password(PASSWORD))
    store.close()
    with serve(data, api_token=TOKEN) as server:
        yield server


def post_article(http: httpx.Client, i: int, title: str) -> None:
    body = json.dumps(json_record(i, title=title), ensure_ascii=False).encode()
    answer = http.post("/api/v1/articles", content=body, headers={
        **AUTH, "Content-Type": "application/json"})
    assert answer.status_code == 201, answer.text


def login(http: httpx.Client, password: str = PASSWORD) -> httpx.Response:
    page = http.get("/login")
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
    assert csrf
    return http.post("/login", data={"name": "ana", "password": password,
                                     "csrf": csrf.group(1), "next": "/saved"})


def test_api_saved_search_new_since_visit_and_feeds(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        created = http.post("/api/v1/saved-searches", headers=AUTH,
                            json={"name": "Volcans", "query": "volcan", "collapse": False})
        assert created.status_code == 201, created.text
        sid = created.json()["id"]
        assert http.post("/api/v1/saved-searches", json={"name": "x", "query": "y"}
                         ).status_code == 401
        post_article(http, 1, "Le volcan se réveille")
        post_article(http, 2, "La plage est fermée")
        listed = http.get("/api/v1/saved-searches").json()["saved_searches"]
        assert listed[0]["new_since_visit"] == 1
        page = http.get(f"/saved/{sid}")
        assert page.status_code == 200 and "1 nouveau depuis votre dernière visite" in page.text
        assert "Le volcan se réveille" in page.text and "La plage" not in page.text
        # only the logged-in owner's visit marks them seen (newuser15a W14)
        assert login(http).status_code == 303
        http.get(f"/saved/{sid}")
        assert http.get("/api/v1/saved-searches").json()["saved_searches"][0][
            "new_since_visit"] == 0
        atom = http.get(f"/feeds/saved/{sid}.atom")
        assert atom.status_code == 200 and "Le volcan se réveille" in atom.text
        feed = http.get(f"/feeds/saved/{sid}.json").json()
        assert [i["title"] for i in feed["items"]] == ["Le volcan se réveille"]
        assert http.get("/api/v1/saved-searches/999").status_code == 404
        assert http.delete(f"/api/v1/saved-searches/{sid}", headers=AUTH).status_code == 204
        assert http.get("/api/v1/saved-searches").json()["saved_searches"] == []


def test_a_saved_search_feed_lists_an_updated_article_once(live: LiveServer) -> None:
    """newuser6 M17: a version's match listed the article twice in the Atom and JSON
    feeds, under one id (JSON Feed 1.1 and Atom want ids unique)."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        created = http.post("/api/v1/saved-searches", headers=AUTH,
                            json={"name": "Volcans", "query": "volcan", "collapse": False})
        sid = created.json()["id"]
        post_article(http, 1, "Le volcan se réveille")
        record = json_record(1, title="Le volcan se réveille : l'alerte relevée")
        record["text"] = f"{record['text']}\n\nMise à jour : l'alerte passe au rouge."
        answer = http.post("/api/v1/articles", headers={**AUTH, "Content-Type":
                                                        "application/json"},
                           content=json.dumps(record, ensure_ascii=False).encode())
        assert answer.json()["versions"] == 1, answer.text
        detail = http.get(f"/api/v1/saved-searches/{sid}").json()
        # once, as its newest match (newuser8 Q6: the article, then its version, were two
        # rows, a reader counted two articles), and counted once as new
        [match] = detail["matches"]
        assert (match["kind"], match["version"], match["new"]) == ("update", 2, True)
        assert detail["new_since_visit"] == 1
        page = http.get(f"/saved/{sid}").text
        assert page.count("Le volcan se réveille : l&#39;alerte relevée") == 1
        feed = http.get(f"/feeds/saved/{sid}.json").json()
        assert [i["title"] for i in feed["items"]] == [
            "Le volcan se réveille : l'alerte relevée"]
        atom = http.get(f"/feeds/saved/{sid}.atom").text
        assert atom.count("<entry ") + atom.count("<entry>") == 1  # xml:lang on entries


def test_form_needs_login_and_csrf_then_logout(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        refused = http.post("/saved", data={"csrf": "x", "name": "a", "query": "b"})
        assert refused.status_code == 403
        assert 'action="/saved"' not in http.get("/saved").text
        assert login(http).status_code == 303
        page = http.get("/saved")
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
        assert csrf and 'action="/saved"' in page.text
        assert http.post("/saved", data={"csrf": "0" * 64, "name": "a", "query": "b"}
                         ).status_code == 403
        saved = http.post("/saved", data={"csrf": csrf.group(1), "name": "Séismes",
                                          "query": "séisme"})
        assert saved.status_code == 303 and saved.headers["location"].startswith("/saved/")
        assert "Séismes" in http.get("/saved").text
        out = re.search(r'action="/logout"><input type="hidden" name="csrf" value="([0-9a-f]+)"',
                        http.get("/login").text)
        assert out
        assert http.post("/logout", data={"csrf": out.group(1)}).status_code == 303
        assert 'action="/saved"' not in http.get("/saved").text


def test_login_is_rate_limited(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        statuses = [login(http, "wrong password").status_code for _ in range(6)]
        assert statuses[:5] == [401] * 5 and statuses[5] == 429
        assert login(http).status_code == 429  # even the right password, until the window ends


def test_reading_closed_by_a_setting(tmp_path: Path) -> None:
    with serve(tmp_path / "data", read_requires_login=True) as server, \
            httpx.Client(base_url=server.url, timeout=30) as http:
        assert http.get("/api/v1/latest").status_code == 401
        assert http.get("/").status_code == 303
        assert http.get("/login").status_code == 200


def test_follow_a_story_from_its_page_and_a_story_alert_by_api(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        post_article(http, 1, "Le volcan se réveille")
        story = http.get("/api/v1/stories").json()["stories"][0]["id"]
        page = http.get(f"/stories/{story}")
        assert f'href="/login?next=/stories/{story}"' in page.text
        assert http.post(f"/stories/{story}/follow", data={"csrf": "x"}).status_code == 403
        assert login(http).status_code == 303
        page = http.get(f"/stories/{story}")
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
        assert csrf and f'action="/stories/{story}/follow"' in page.text
        followed = http.post(f"/stories/{story}/follow", data={"csrf": csrf.group(1)})
        assert followed.status_code == 303
        sid = int(followed.headers["location"].rsplit("/", 1)[1])
        detail = http.get(f"/api/v1/saved-searches/{sid}").json()
        assert detail["stories"] == [story] and detail["query"] == ""
        assert detail["name"].startswith("Histoire " + story) or \
            detail["name"].startswith("Story " + story)
        alert = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Ça monte", "query": "", "breaking": 3, "within_minutes": 30})
        assert alert.status_code == 201, alert.text
        assert (alert.json()["breaking"], alert.json()["within_minutes"]) == (3, 30)
        assert http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "trop", "query": "", "breaking": 5000}).status_code == 422


@pytest.mark.parametrize(("lang", "message"), [
    # the bound written as the locale writes numbers (f-reader20 R14: "10000" was shown
    # without its separator)
    ("fr", "« abc » n'est pas un nombre entier de 1 à 10\u202f080"),
    ("en", "“abc” is not a whole number from 1 to 10,080"),
])
def test_a_bad_window_shows_the_form_again_with_why(live: LiveServer, lang: str,
                                                    message: str) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert login(http).status_code == 303
        page = http.get("/saved", params={"lang": lang})
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
        assert csrf
        for within in ("abc", "0", "99999"):
            answer = http.post("/saved", data={
                "csrf": csrf.group(1), "name": "Séisme", "query": "séisme", "breaking": "2",
                "within": within})
            assert answer.status_code == 422
            assert 'class="saved-form"' in answer.text and 'value="Séisme"' in answer.text
            assert 'role="alert"' in answer.text
        assert message in html.unescape(http.post("/saved", data={
            "csrf": csrf.group(1), "name": "Séisme", "within": "abc"}).text)
        assert http.get("/api/v1/saved-searches").json()["saved_searches"] == []


def test_following_a_long_story_names_it_cut_at_a_word(live: LiveServer) -> None:
    title = "Réforme des retraites : les syndicats appellent à une nouvelle journée de " \
            "mobilisation nationale contre le recul de l'âge légal de départ à la retraite"
    with httpx.Client(base_url=live.url, timeout=30) as http:
        post_article(http, 1, title)
        story = http.get("/api/v1/stories").json()["stories"][0]["id"]
        assert login(http).status_code == 303
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', http.get(f"/stories/{story}").text)
        assert csrf
        followed = http.post(f"/stories/{story}/follow", data={"csrf": csrf.group(1)})
        sid = int(followed.headers["location"].rsplit("/", 1)[1])
        name = http.get(f"/api/v1/saved-searches/{sid}").json()["name"]
        assert len(name) <= 100 and name.endswith("…")
        words = name.removesuffix("…").split()
        assert words[-1] in title.split()  # a whole word, not "retra"


def test_api_checks_a_saved_search_as_the_cli_does(live: LiveServer, tmp_path: Path) -> None:
    """newuser4 N26: the API saved ``"email": "x@"`` and a webhook at the cloud metadata
    address, which alerts would retry forever and the address guard refuses at every
    delivery; the API, the CLI and the form now refuse them with one reason."""
    refused = [({"email": "x@"}, "'x@' is not an e-mail address"),
               ({"email": "a@example.org, b@y"}, "'b@y' is not an e-mail address"),
               ({"webhook": "http://169.254.169.254/latest"}, "link-local address")]
    # Changed on purpose by h-api66 (t-final65 C4): a webhook at a non-public address that
    # fetch_allow may open (localhost, 10.1.2.3) is saved with a warning, not refused.
    with httpx.Client(base_url=live.url, timeout=30) as http:
        for extra, says in refused:
            answer = http.post("/api/v1/saved-searches", headers=AUTH,
                               json={"name": "n", "query": "volcan", **extra})
            assert answer.status_code == 422, (extra, answer.text)
            assert says in answer.json()["error"]["message"], answer.text
        kept = http.post("/api/v1/saved-searches", headers=AUTH,
                         json={"name": "ok", "query": "volcan",
                               "email": "a@example.org, élodie@exemple.fr",
                               "webhook": "https://hooks.example.org/v"})
        assert kept.status_code == 201, kept.text
        for hook in ("http://localhost:9/hook", "http://10.1.2.3/hook"):
            warned = http.post("/api/v1/saved-searches", headers=AUTH,
                               json={"name": "p", "query": "volcan", "webhook": hook})
            assert warned.status_code == 201, warned.text
            assert any("non-public address" in w and "VEILLE_FETCH_ALLOW=" in w
                       for w in warned.json()["warnings"]), warned.text
    cli = run_veille(["saved", "add", "Z", "volcan", "--email", "x@"],
                     data_dir=tmp_path / "data")
    assert cli.returncode != 0 and "'x@' is not an e-mail address" in err(cli)
