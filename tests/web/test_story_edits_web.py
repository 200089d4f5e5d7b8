"""A journalist's corrections of stories on the web (f-detach28): the JSON API (the write
API's bearer token; 404 and 409 with a hint), the article page's "Retirer de cette
histoire" form (logged in, CSRF checked) and the story page saying it was edited by hand.
Real uvicorn server on 127.0.0.1, real SQLite store and index.

Fixture: own text (``tests/fixtures/stories/order-independence.jsonl``: the Rennes
verdict story holds Ouest Exemple's report, a reprint of it, and Bretagne Radio's piece
on the family)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import TOKEN, LiveServer, records_data_dir, serve

from veille.store.sqlite import SQLiteStore
from veille.web.auth import hash_password

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"
FAMILY = "https://www.bretagne-radio-exemple.fr/proces-thabor-verdict-famille"
VERDICT = "https://www.ouest-exemple.fr/rennes/assises-verdict-meurtre-thabor"
PASSWORD = "correct horse battery"
AUTH = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    root = tmp_path_factory.mktemp("story-edits")
    records = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    data = records_data_dir(root, records)
    store = SQLiteStore.open(data / "veille.sqlite3")
    store.set_password_hash("ana", hash_password(PASSWORD))
    ids = {a.url or "": a.id for a in store.latest(limit=100)}
    store.close()
    with serve(data, api_token=TOKEN) as server:
        yield server, ids


def story_of(http: httpx.Client, article_id: str) -> dict[str, object]:
    story = http.get(f"/api/v1/articles/{article_id}").json()["story"]
    assert isinstance(story, dict)
    return story


def test_the_api_detaches_lists_refuses_and_undoes(
        site: tuple[LiveServer, dict[str, str]]) -> None:
    server, ids = site
    family = ids[FAMILY]
    with httpx.Client(base_url=server.url, timeout=60) as http:
        assert http.post(f"/api/v1/articles/{family}/detach").status_code == 401
        done = http.post(f"/api/v1/articles/{family}/detach", headers=AUTH)
        assert done.status_code == 201, done.text
        body = done.json()
        verdict = story_of(http, ids[VERDICT])["id"]
        assert body["story_id"] == story_of(http, family)["id"] != verdict
        override = body["overrides"][0]
        assert override["kind"] == "detach" and ids[VERDICT] in override["members"]
        listed = http.get("/api/v1/story-overrides").json()["overrides"]
        assert [o["id"] for o in listed] == [override["id"]]
        again = http.post(f"/api/v1/articles/{family}/detach", headers=AUTH)
        assert again.status_code == 409
        assert again.json()["error"]["hint"] == \
            f"undo it with DELETE /api/v1/story-overrides/{override['id']}"
        unknown = http.post("/api/v1/articles/0000000000000000/detach", headers=AUTH)
        assert unknown.status_code == 404
        assert http.delete(f"/api/v1/story-overrides/{override['id']}").status_code == 401
        undone = http.delete(f"/api/v1/story-overrides/{override['id']}", headers=AUTH)
        assert undone.status_code == 200, undone.text
        assert story_of(http, family)["id"] == story_of(http, ids[VERDICT])["id"]
        assert http.get("/api/v1/story-overrides").json()["overrides"] == []
        # join: by a story id, then undone by the article's id
        lens = next(i for u, i in ids.items() if "sport-exemple" in u)
        joined = http.post(f"/api/v1/articles/{family}/join", headers=AUTH,
                           json={"with": story_of(http, lens)["id"]})
        assert joined.status_code == 201, joined.text
        assert story_of(http, family)["id"] == story_of(http, lens)["id"]
        assert http.delete(f"/api/v1/story-overrides/{family}", headers=AUTH).status_code == 200
        assert story_of(http, family)["id"] == story_of(http, ids[VERDICT])["id"]


def test_the_article_page_button_detaches_and_the_story_page_says_so(
        site: tuple[LiveServer, dict[str, str]]) -> None:
    server, ids = site
    family = ids[FAMILY]
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get(f"/articles/{family}?lang=fr").text
        assert "Connectez-vous pour retirer cet article de cette histoire" in page
        assert http.post(f"/articles/{family}/detach", data={"csrf": "x"}).status_code == 403
        login = http.get("/login").text
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', login)
        assert csrf
        http.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": csrf.group(1),
                                  "next": "/"})
        page = http.get(f"/articles/{family}?lang=fr").text
        form = re.search(r'<form class="story-edit" method="post" action="([^"]+)">\s*'
                         r'<input type="hidden" name="csrf" value="([0-9a-f]+)">', page)
        assert form and "Retirer de cette histoire" in page
        assert http.post(form.group(1), data={"csrf": "0" * 64}).status_code == 403
        before = story_of(http, family)["id"]
        done = http.post(form.group(1), data={"csrf": form.group(2)})
        assert done.status_code == 303 and done.headers["location"].endswith("?detached=1")
        page = http.get(done.headers["location"] + "&lang=en").text
        assert "Taken out of its story by hand." in page
        assert "Remove from this story" not in page  # alone now
        assert story_of(http, family)["id"] != story_of(http, ids[VERDICT])["id"]
        verdict = story_of(http, ids[VERDICT])["id"]
        story = http.get(f"/stories/{verdict}?lang=fr").text
        assert "Histoire corrigée à la main" in story and f"/articles/{family}" in story
        # the JSON twin says it too
        edits = http.get(f"/api/v1/stories/{verdict}").json()["edits"]
        assert [(e["kind"], e["article_id"]) for e in edits] == [("detach", family)]
        assert before  # the story it left
        # its "annuler" button undoes it (CSRF checked), back to the article's page
        undo = re.search(r'<form class="story-edit-undo" method="post" action="([^"]+)">'
                         r'<input type="hidden" name="csrf" value="([0-9a-f]+)">', story)
        assert undo
        assert http.post(undo.group(1), data={"csrf": "0" * 64}).status_code == 403
        undone = http.post(undo.group(1), data={"csrf": undo.group(2)})
        assert undone.status_code == 303 and undone.headers["location"] == f"/articles/{family}"
        assert story_of(http, family)["id"] == story_of(http, ids[VERDICT])["id"]
        assert http.get("/api/v1/story-overrides").json()["overrides"] == []


def test_the_api_errors_are_translated_and_name_api_calls(
        site: tuple[LiveServer, dict[str, str]]) -> None:
    """t-final29 U1: the 409s' localized_message was English, a 404 read "aucune histoire
    override #4" with an English hint, and the hints named CLI commands."""
    server, ids = site
    family = ids[FAMILY]
    french = {**AUTH, "accept-language": "fr"}
    with httpx.Client(base_url=server.url, timeout=60) as http:
        missing = http.delete("/api/v1/story-overrides/999", headers=french)
        assert missing.status_code == 404
        error = missing.json()["error"]
        assert error["localized_message"] == "aucune correction d'histoire n'a le numéro 999"
        assert error["hint"] == "list the overrides with GET /api/v1/story-overrides"
        assert error["localized_hint"] == \
            "les corrections se trouvent avec GET /api/v1/story-overrides"
        done = http.post(f"/api/v1/articles/{family}/detach", headers=french)
        assert done.status_code == 201, done.text
        number = done.json()["overrides"][0]["id"]
        again = http.post(f"/api/v1/articles/{family}/detach", headers=french).json()["error"]
        assert again["localized_message"].startswith(f"l'article '{family}' a déjà été retiré")
        assert again["localized_hint"] == \
            f"annulez-la avec DELETE /api/v1/story-overrides/{number}"
        itself = http.post(f"/api/v1/articles/{family}/join", headers=french,
                           json={"with": family}).json()["error"]
        assert itself["localized_message"] == \
            f"l'article '{family}' ne peut pas être mis avec lui-même"
        with_verdict = http.post(f"/api/v1/articles/{ids[VERDICT]}/join", headers=french,
                                 json={"with": "ffffffffffffffff"}).json()["error"]
        assert with_verdict["localized_message"] == \
            "aucun article ni aucune histoire n'a l'identifiant 'ffffffffffffffff'"
        assert "GET /api/v1/stories" in with_verdict["hint"]
        nobody = http.post("/api/v1/articles/ffffffffffffffff/detach",
                           headers=french).json()["error"]
        assert nobody["hint"] == "list ids with GET /api/v1/latest or GET /api/v1/search"
        assert nobody["localized_hint"].startswith("les identifiants se trouvent avec GET")
        for body in (again, itself, with_verdict, nobody):
            assert "veille " not in body["hint"] + body["localized_hint"]
        assert http.delete(f"/api/v1/story-overrides/{number}", headers=AUTH).status_code == 200
