"""Saving a search under the name of another one from a form that did not show its
settings is refused with a link to edit it, never an e-mail alert silently erased
(newuser15a W13); the API and the CLI keep the fields they are not given. Real store,
real server on 127.0.0.1."""

from __future__ import annotations

import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from test_web_saved import AUTH, live, login, post_article  # noqa: E402, F401
from web_kit import LiveServer  # noqa: E402

from capture_kit import err, run_veille  # noqa: E402


class _Form(HTMLParser):
    """The fields the saved-search form would post (a browser's view of it)."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self._inside = False
        self._select = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("action") == "/saved":
            self._inside = True
        if not self._inside:
            return
        if tag == "input" and a.get("type") != "checkbox":
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "input" and "checked" in a:
            self.fields[a["name"]] = a.get("value", "on")
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and (
                "selected" in a or self._select not in self.fields):
            self.fields[self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._inside = False
        if tag == "select":
            self._select = ""


def form_of(page: str) -> dict[str, str]:
    parser = _Form()
    parser.feed(page)
    return parser.fields


def saved(http: httpx.Client, sid: int) -> dict[str, object]:
    # the owner reads the recipients whole (t-final25 S6: masked to anyone else)
    return dict(http.get(f"/api/v1/saved-searches/{sid}", headers=AUTH).json())


def test_saving_under_a_taken_name_offers_to_edit_it(live: LiveServer) -> None:  # noqa: F811
    with httpx.Client(base_url=live.url, timeout=30) as http:
        made = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Séisme Turquie", "query": "séisme", "email": "moi@example.org",
            "digest": "daily"})
        assert made.status_code == 201, made.text
        sid = made.json()["id"]
        assert login(http).status_code == 303
        # "Enregistrer cette recherche" from a search page: the new-search form
        page = http.get("/saved", params={"q": "séisme OR earthquake",
                                          "name": "Séisme Turquie"})
        fields = form_of(page.text)
        assert fields["email"] == "" and fields["edit"] == ""
        refused = http.post("/saved", data=fields)
        assert refused.status_code == 422
        text = html.unescape(refused.text)
        assert "Une recherche nommée « Séisme Turquie » existe déjà" in text
        kept = saved(http, sid)
        assert (kept["email"], kept["digest"], kept["query"]) == (
            "moi@example.org", "daily", "séisme")
        # the refusal links to that search's own form, pre-filled, with the typed query
        link = re.search(r'<a href="(/saved\?edit=[^"]+)">Modifier « Séisme Turquie »',
                         refused.text)
        assert link, refused.text
        edit = form_of(http.get(html.unescape(link.group(1))).text)
        assert (edit["edit"], edit["email"], edit["digest"], edit["query"]) == (
            str(sid), "moi@example.org", "daily", "séisme OR earthquake")
        done = http.post("/saved", data=edit)
        assert done.status_code == 303 and done.headers["location"] == f"/saved/{sid}"
        after = saved(http, sid)
        assert (after["email"], after["digest"], after["query"]) == (
            "moi@example.org", "daily", "séisme OR earthquake")
        # another name: a new search, the first one untouched
        fields["name"] = "Séisme Turquie 2"
        assert http.post("/saved", data=fields).status_code == 303
        assert saved(http, sid)["email"] == "moi@example.org"
        # the refusal in English too
        english = http.post("/saved?lang=en", data={**form_of(http.get(
            "/saved?lang=en").text), "name": "Séisme Turquie", "query": "x"})
        assert english.status_code == 422
        assert "A search named “Séisme Turquie” already exists" in html.unescape(english.text)


def test_api_and_cli_updates_keep_the_alert(live: LiveServer, tmp_path: Path) -> None:  # noqa: F811
    with httpx.Client(base_url=live.url, timeout=30) as http:
        sid = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Crues", "query": "crue", "email": "moi@example.org"}).json()["id"]
        again = http.post("/api/v1/saved-searches", headers=AUTH,
                          json={"name": "Crues", "query": "crue OR inondation"})
        assert again.status_code == 201 and again.json()["email"] == "moi@example.org"
    cli = run_veille(["saved", "add", "Crues", "crue OR inondations"],
                     data_dir=tmp_path / "data")
    assert cli.returncode == 0, err(cli)
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert saved(http, sid)["email"] == "moi@example.org"


def test_following_a_story_again_keeps_its_alert(live: LiveServer) -> None:  # noqa: F811
    """The story page's Follow form shows an empty e-mail box: following again must not
    erase the alert set the first time."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        post_article(http, 1, "Le volcan se réveille")
        listed = http.get("/api/v1/latest").json()
        story = [*listed["articles"], *listed["undated"]][0]["story_id"]
        assert login(http).status_code == 303
        page = http.get(f"/stories/{story}").text
        csrf = re.search(r'action="/stories/[0-9a-f]+/follow">\s*<input type="hidden" '
                         r'name="csrf" value="([0-9a-f]+)"', page)
        assert csrf, page
        first = http.post(f"/stories/{story}/follow",
                          data={"csrf": csrf.group(1), "email": "moi@example.org"})
        assert first.status_code == 303
        sid = int(first.headers["location"].rsplit("/", 1)[1].split("?")[0])
        again = http.post(f"/stories/{story}/follow", data={"csrf": csrf.group(1), "email": ""})
        assert again.status_code == 303 and again.headers["location"].startswith(f"/saved/{sid}")
        assert saved(http, sid)["email"] == "moi@example.org"
