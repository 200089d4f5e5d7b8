"""Updating a saved search keeps what the update does not give (newuser8 Q5, Q17), a
redefined search starts again like a new one (Q13), its refusals speak French (Q15), and
an export says why a query gives nothing (Q7): real stores, real HTTP servers on
127.0.0.1, a real SMTP server and webhook receiver."""

from __future__ import annotations

import ast
import html
import json
import re
import sys
from pathlib import Path

import httpx
import pytest

import veille
from alert_kit import smtp_server, webhook_server
from capture_kit import err, json_record, out, run_veille
from veille.errors import ConfigError
from veille.store.base import SavedSearch
from veille.web.i18n import load_locales

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from test_web_saved import AUTH, live, login  # noqa: E402, F401
from web_kit import LiveServer, serve  # noqa: E402

SRC = Path(__file__).resolve().parents[2] / "src" / "veille"


def article(i: int, title: str, extra: str = "") -> tuple[str, bytes]:
    record = json_record(i, title=title)
    record["text"] = str(record["text"]) + extra
    return f"a{i}-{len(extra)}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def show(data: Path, name: str) -> dict[str, object]:
    shown = run_veille(["saved", "show", name, "--keep-new", "--json"], data_dir=data)
    assert shown.returncode == 0, err(shown)
    return dict(json.loads(out(shown)))


def test_cli_update_keeps_the_options_it_is_not_given(tmp_path: Path) -> None:
    """Q5: changing the e-mail alone dropped the webhook (and digest, language...)."""
    data = tmp_path / "data"
    env = {"VEILLE_FETCH_ALLOW": "127.0.0.1"}
    with webhook_server() as (hooks, url), smtp_server() as (box, port):
        first = run_veille(["saved", "add", "Crues", "crue OR inondations", "--email",
                            "moi@example.org", "--webhook", url, "--digest", "daily",
                            "--alert-lang", "en", "--lang", "fr"], data_dir=data, env=env)
        assert first.returncode == 0, err(first)
        secret = show(data, "Crues")
        again = run_veille(["saved", "add", "Crues", "crue OR inondations", "--email",
                            "autre@example.org"], data_dir=data, env=env)
        assert again.returncode == 0, err(again)
        assert "email: 'moi@example.org' -> 'autre@example.org'" in err(again)
        assert "webhook" not in err(again)
        kept = show(data, "Crues")
        assert (kept["webhook"], kept["digest"], kept["lang"], kept["languages"]) == (
            url, "daily", "en", ["fr"])
        assert kept["email"] == "autre@example.org"
        assert secret["id"] == kept["id"]
        # the kept webhook still receives the alerts, signed with the same secret
        again2 = run_veille(["saved", "add", "Crues", "crue OR inondations", "--digest",
                             "immediate"], data_dir=data, env=env)
        assert "digest: 'daily' -> 'immediate'" in err(again2)
        with veille.open(data, fetch_allow="127.0.0.1", smtp_host="127.0.0.1",
                         smtp_port=port, smtp_starttls=False) as v:
            v.ingest_bytes([article(1, "La crue de la Loire menace Orléans")])
            assert v.deliver_alerts().sent == 2
        assert len(hooks.posts) == 1 and len(box.messages) == 1
        assert box.messages[0]["To"] == "autre@example.org"
        # an option given as '' clears it, and says so
        cleared = run_veille(["saved", "add", "Crues", "crue OR inondations", "--webhook", "",
                              "--lang", ""], data_dir=data, env=env)
        assert cleared.returncode == 0, err(cleared)
        assert f"webhook removed (was '{url}';" in err(cleared)
        after = show(data, "Crues")
        assert (after["webhook"], after["languages"], after["email"]) == (
            "", [], "autre@example.org")


def test_a_redefined_search_announces_an_old_article_as_new(tmp_path: Path) -> None:
    """Q13: after a query edit ("starts it again from now, like a new search"), the next
    version of an article matched before the edit was sent as an update to a webhook that
    never had the article."""
    title = "Crue du Rhône : Lyon en alerte"
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="Crues", query="crue", webhook=url))
        v.ingest_bytes([article(1, title)])
        assert v.deliver_alerts().sent == 1  # (unsent, the update would fold into it)
        v.ingest_bytes([article(1, title, "\n\nMise à jour : la crue monte encore.")])
        assert v.deliver_alerts().sent == 1
        assert sorted(json.loads(b)["kind"] for _, b in hooks.posts) == ["new", "update"]
        saved, before = v.update_search("Crues", {"query": "crue OR Rhône"})
        assert before is not None and saved.created_seq > before.created_seq
        assert saved.webhook == url  # kept: only the query was given
        v.ingest_bytes([article(1, title, "\n\nMise à jour : la crue monte encore. Fin.")])
        assert v.deliver_alerts().sent == 1
        third = json.loads(hooks.posts[-1][1])
        assert third["kind"] == "new", third
        v.ingest_bytes([article(1, title, "\n\nMise à jour : la décrue commence.")])
        assert v.deliver_alerts().sent == 1
        assert json.loads(hooks.posts[-1][1])["kind"] == "update"  # announced since


def _login(http: httpx.Client) -> str:
    assert login(http).status_code == 303
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', http.get("/saved").text)
    assert token
    return token.group(1)


def _form(page: str) -> dict[str, str]:
    """The fields of the /saved form as a browser would send them."""
    start = page.index('class="saved-form"')
    form = page[start:page.index("</form>", start)]
    fields: dict[str, str] = {}
    for tag in re.findall(r"<input [^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if not name or ('type="checkbox"' in tag and " checked" not in tag):
            continue
        fields[name.group(1)] = html.unescape(value.group(1)) if value else ""
    for name, body in re.findall(r'<select [^>]*name="([^"]+)"[^>]*>(.*?)</select>', form,
                                 re.S):
        chosen = re.search(r'<option value="([^"]+)" selected>', body)
        assert chosen, name
        fields[name] = chosen.group(1)
    return fields


def test_web_form_shows_and_keeps_every_setting(live: LiveServer) -> None:  # noqa: F811
    """Q17: re-saving from /saved reset the digest and dropped the webhook; the form had
    no field for them."""
    hook = "https://hooks.example.org/v"
    with httpx.Client(base_url=live.url, timeout=30) as http:
        made = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Dig", "query": "volcan", "email": "dig@example.org", "digest": "daily",
            "webhook": hook, "lang": "en", "collapse": False, "languages": ["fr"]})
        assert made.status_code == 201, made.text
        sid, secret = made.json()["id"], made.json()["webhook_secret"]
        csrf = _login(http)
        # a post with a few fields (an older form, a script) keeps the others
        answer = http.post("/saved", data={"csrf": csrf, "name": "Dig", "query": "volcan",
                                           "email": "autre@example.org"})
        assert answer.status_code == 303, answer.text
        kept = http.get(f"/api/v1/saved-searches/{sid}").json()
        assert (kept["digest"], kept["webhook"], kept["lang"], kept["collapse"],
                kept["languages"], kept["email"]) == (
            "daily", hook, "en", False, ["fr"], "autre@example.org")
        # the edit form shows every setting; sent back as it is, it changes nothing
        page = http.get("/saved", params={"edit": sid, "lang": "fr"}).text
        assert "Modifier cette recherche" in page and "Webhook" in page
        fields = _form(page)
        assert fields["stories"] == "" and fields["groups"] == ""
        assert (fields["digest"], fields["alert_lang"], fields["webhook"],
                fields["languages"], fields.get("reprints")) == ("daily", "en", hook, "fr", "1")
        assert http.post("/saved", data=fields).status_code == 303
        assert http.get(f"/api/v1/saved-searches/{sid}").json() == kept
        # unticking reprints and emptying the webhook field are changes
        fields.pop("reprints")
        fields["webhook"] = ""
        assert http.post("/saved", data=fields).status_code == 303
        changed = http.get(f"/api/v1/saved-searches/{sid}").json()
        assert (changed["collapse"], changed["webhook"], changed["digest"]) == (
            True, "", "daily")
        # the API merges the same way: a field left out is kept, "" clears
        again = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Dig", "query": "volcan", "webhook": hook})
        assert again.status_code == 201 and again.json()["digest"] == "daily"
        assert again.json()["webhook_secret"] != secret  # the old one went with the URL
        same = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Dig", "query": "volcan", "email": ""}).json()
        assert (same["email"], same["webhook"]) == ("", hook)


FRENCH_REFUSALS = [
    ({"query": "le de la"}, "n'a que des mots courants"),
    ({"email": "x@y"}, "'x@y' n'est pas une adresse électronique"),
    ({"languages": ["français"]}, "n'est pas un code de langue"),
    ({"query": "(crue inondation"}, "parenthèse non fermée"),
    ({"query": "date:2026-13-01"}, "pas une date"),
    ({"stories": ["s-nope"]}, "aucune histoire 's-nope'"),
]
# h-api66 (t-final65 C4): a webhook at 10.1.2.3 is no refusal any more but a warning,
# said in French too (test_saved_webhook_blocked_66.py).


def test_api_refusals_and_search_warnings_in_french(live: LiveServer) -> None:  # noqa: F811
    """Q15: localized_message stayed English for the saved-search refusals and the
    search warnings; the refusals pointed web users at CLI commands only."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        http.post("/api/v1/articles", headers={**AUTH, "Content-Type": "application/json"},
                  content=json.dumps(json_record(1, title="Une crue")).encode())
        for extra, says in FRENCH_REFUSALS:
            answer = http.post("/api/v1/saved-searches", headers={**AUTH,
                               "Accept-Language": "fr"},
                               json={"name": "A", "query": "crue", **extra})
            assert answer.status_code == 422, (extra, answer.text)
            error = answer.json()["error"]
            assert says in error["localized_message"], error
            assert error["localized_message"] != error["message"]
            assert error["localized_hint"] != error["hint"] or not error["hint"]
        found = http.get("/api/v1/search", params={"q": "crue date:2026-13-01"},
                         headers={"Accept-Language": "fr"}).json()
        assert found["warnings"] and "not a date" in found["warnings"][0]
        assert "pas une date" in found["localized_warnings"][0]


def _refusals() -> list[ConfigError]:
    """One refusal of each check of a saved search (monitor/saved.py and the service)."""
    from veille.monitor.saved import check_query, prepare

    bad = [dict(name=" "), dict(name="123"), dict(query="x" * 10_001), dict(digest="weekly"),
           dict(breaking=5000), dict(within_minutes=0), dict(lang="de"), dict(email="x@"),
           dict(webhook="ftp://x.org/h"),  # 127.0.0.1: saved, warned since h-api66
           dict(webhook="http://169.254.169.254/h"),
           dict(webhook="https://user:pw@x.org/h"),
           dict(languages=["french"]), dict(query="date:2026-13-01 (x")]
    errors = []
    for fields in bad:
        with pytest.raises(ConfigError) as refused:
            prepare(SavedSearch(**{"name": "n", "query": "x", **fields}))  # type: ignore[arg-type]
        errors.append(refused.value)
    with pytest.raises(ConfigError) as common:
        check_query("le de la", lambda text, field: [])
    return [*errors, common.value]


def test_every_saved_search_refusal_has_a_french_form(tmp_path: Path) -> None:
    """Q15: each message (and hint) the saved-search checks raise is in the French
    catalogue; the cases cover every ``raise ConfigError`` of monitor/saved.py."""
    raises = sum(isinstance(node, ast.Raise) and "ConfigError" in ast.unparse(node)
                 for node in ast.walk(ast.parse((SRC / "monitor" / "saved.py").read_text())))
    errors = _refusals()
    with veille.open(tmp_path / "data") as v:
        for fields in ({"groups": ["nogroup"]}, {"stories": ["s-nope"]}):
            with pytest.raises(ConfigError) as refused:
                v.save_search(SavedSearch(name="n", query="x", **fields))  # type: ignore[arg-type]
            errors.append(refused.value)
    assert len(errors) >= raises + 2
    fr = load_locales()["fr"]
    for error in errors:
        for text in (str(error), error.hint):
            if text:
                assert fr.message(text) != text, text
                assert not re.search(r"\b(the|is not|not a|which|give|add)\b",
                                     fr.message(text)), fr.message(text)


def test_export_says_why_a_query_gives_nothing(tmp_path: Path) -> None:
    """Q7: an export of a query search warns about wrote only the header, silently."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([article(1, "La crue de la Loire")])
    cli = run_veille(["export", "--format", "csv", "--query", "date:2026-13-01"],
                     data_dir=data)
    # a failure, like a failed ingest: a script must not take it for "no news"
    assert cli.returncode == 1, err(cli)
    assert out(cli).count("\n") == 1  # the header
    assert "warning: date:2026-13-01: not a date" in err(cli)
    assert "nothing exported" in err(cli)
    fine = run_veille(["export", "--format", "csv", "--query", "crue"], data_dir=data)
    assert fine.returncode == 0, err(fine)
    assert "warning" not in err(fine) and out(fine).count("\n") == 2
    # a harmless warning with results: exit 0, the rows and the warning
    harmless = run_veille(["export", "--format", "csv", "--query", "crue ("], data_dir=data)
    assert harmless.returncode == 0, err(harmless)
    assert "warning:" in err(harmless) and out(harmless).count("\n") == 2
    # no warning and no match: an empty export is an answer, exit 0
    empty = run_veille(["export", "--format", "csv", "--query", "volcan"], data_dir=data)
    assert empty.returncode == 0 and out(empty).count("\n") == 1, err(empty)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for path in ("/export.csv", "/export.jsonl"):
            # nothing because of its warnings: refused with them, as the CLI exits 1
            answer = http.get(path, params={"q": "date:2026-13-01"})
            assert answer.status_code == 400
            assert "not a date" in answer.json()["error"]["message"]
            # a harmless warning with results: the rows, the warning in the header
            harmless = http.get(path, params={"q": "crue ("})
            assert harmless.status_code == 200 and "crue" in harmless.text.lower()
            assert json.loads(harmless.headers["X-Veille-Warnings"])
        assert "X-Veille-Warnings" not in http.get("/export.csv", params={"q": "crue"}).headers
        empty = http.get("/export.csv", params={"q": "volcan"})  # no warning: an answer
        assert empty.status_code == 200 and empty.text.count("\n") == 1


def test_api_update_keeps_the_query_and_answers_as_a_get(live: LiveServer) -> None:  # noqa: F811
    """newuser11b U15: an update through the API needed ``query`` (docs: a field left out
    is kept), the 422 said "body: Field required" without the field's name, the update
    returned the webhook secret again (docs: returned once) and said ``new_since_visit``
    0 where a GET right after said 1."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        made = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Jazz", "query": "jazz", "webhook": "https://hooks.example.org/jazz"})
        assert made.status_code == 201, made.text
        assert made.json()["webhook_secret"]
        sid = made.json()["id"]
        http.post("/api/v1/articles", headers={**AUTH, "Content-Type": "application/json"},
                  content=json.dumps(json_record(1, title="Le festival de jazz")).encode())
        updated = http.post("/api/v1/saved-searches", headers=AUTH,
                            json={"name": "Jazz", "email": "moi@example.org"})
        assert updated.status_code == 201, updated.text
        answer = updated.json()
        assert (answer["id"], answer["query"], answer["email"], answer["webhook"]) == (
            sid, "jazz", "moi@example.org", "https://hooks.example.org/jazz")
        assert "webhook_secret" not in answer
        got = http.get(f"/api/v1/saved-searches/{sid}").json()
        assert answer["new_since_visit"] == got["new_since_visit"] == 1
        # a null query is a query left out; a webhook moved keeps its secret (not shown
        # again), one removed then given anew gets a new secret, shown once
        moved = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Jazz", "query": None, "webhook": "https://hooks.example.org/autre"})
        assert moved.status_code == 201 and moved.json()["query"] == "jazz"
        assert "webhook_secret" not in moved.json()
        http.post("/api/v1/saved-searches", headers=AUTH, json={"name": "Jazz", "webhook": ""})
        anew = http.post("/api/v1/saved-searches", headers=AUTH, json={
            "name": "Jazz", "webhook": "https://hooks.example.org/jazz"}).json()
        assert anew["webhook_secret"] not in ("", made.json()["webhook_secret"])
        # a new search needs its query: the refusal names it, in French too
        for lang, says in (("en", "query is missing"), ("fr", "query manque")):
            refused = http.post("/api/v1/saved-searches", headers={
                **AUTH, "Accept-Language": lang}, json={"name": "Neuve", "email": "a@b.org"})
            assert refused.status_code == 422, refused.text
            assert says in refused.json()["error"]["localized_message"]
        wrong = http.post("/api/v1/saved-searches", headers=AUTH,
                          json={"name": "Neuve", "query": 5})
        assert wrong.status_code == 422
        assert wrong.json()["error"]["message"].startswith("body.query: ")
        assert [s["name"] for s in http.get("/api/v1/saved-searches").json()[
            "saved_searches"]] == ["Jazz"]
