"""A wire item its agency kills after a saved search announced it (t-final61 #4): the
search is told once (an ``update`` whose article says ``withdrawn``; the e-mail's subject
says "withdrawn by the agency"), and the search's feed, the search feed, the exports and
``veille stories`` mark it, as the lists do. A kill of an item no search announced alerts
no one (newuser12 W1). Real webhook receiver and SMTP server on 127.0.0.1, real store,
index and web app; ninjs items invented."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import httpx

import veille
from alert_kit import smtp_server, webhook_server
from capture_kit import run_veille
from veille.service import Veille
from veille.store.base import SavedSearch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402

BODY = ("PORTO, 4 dez (Lusa) - Os maquinistas do metro do Porto cumprem hoje uma greve de "
        "24 horas que paralisa as seis linhas, após o fracasso das negociações salariais.\n\n"
        "\"Não nos deixaram outra opção\", disse o dirigente sindical Nuno Barros.\n\n"
        "Cerca de 250 mil passageiros utilizam o metro por dia útil.")


def _ninjs(version: int, status: str, headline: str, body: str = BODY) -> str:
    return json.dumps({
        "uri": "http://wire.example/ninjs/2026/12/04/porto-greve", "type": "text",
        "version": str(version), "pubstatus": status, "language": "pt",
        "firstcreated": "2026-12-04T09:00:00+00:00",
        "versioncreated": f"2026-12-04T09:{10 * version:02d}:00+00:00",
        "headline": headline, "byline": "Por Rita Moura", "copyrightholder": "Lusa",
        "body_text": body}, ensure_ascii=False)


def _step(v: Veille, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    v.ingest(path)
    v.enrich()
    v.match_alerts()
    v.deliver_alerts()


def test_a_kill_reaches_those_alerted_and_every_list_marks_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with webhook_server() as (hooks, hook), smtp_server() as (box, port), \
            veille.open(data, fetch_allow="127.0.0.0/8", smtp_host="127.0.0.1",
                        smtp_port=port, smtp_starttls=False) as v:
        metro = v.save_search(SavedSearch(name="Metro", query="metro", webhook=hook,
                                          email="desk@example.org", lang="en"))
        _step(v, tmp_path / "v1.json", _ninjs(1, "usable", "Porto: greve do metro"))
        # the kill: another text that the query no longer matches
        _step(v, tmp_path / "v2.json", _ninjs(2, "canceled", "KILL - Porto: greve",
                                              "KILL: não utilizar este despacho."))
        _step(v, tmp_path / "v2.json", _ninjs(2, "canceled", "KILL - Porto: greve",
                                              "KILL: não utilizar este despacho."))
        sent = [json.loads(body) for _headers, body in hooks.posts]
        assert [(b["kind"], b["version"], b["article"]["withdrawn"]) for b in sent] == [
            ("new", 1, None), ("update", 2, "canceled")]
        subjects = [m["Subject"] for m in box.messages]
        assert len(subjects) == 2 and "withdrawn by the agency" in subjects[1]
        assert "withdrawn by the agency" not in subjects[0]
        article_id = sent[0]["article"]["id"]
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=30) as http:
        feed = http.get(f"/feeds/saved/{metro.id}.json",
                        headers={"Accept-Language": "en"}).json()
        assert feed["items"][0]["title"].endswith("(withdrawn by the agency)")
        rows = list(csv.DictReader(io.StringIO(
            http.get(f"/export.csv?saved={metro.id}").text)))
        assert rows[0]["id"] == article_id and rows[0]["withdrawn"] == "canceled"
    shown = run_veille(["stories", "--json"], data_dir=data)
    items = [i for s in json.loads(shown.stdout) for i in s["items"]]
    assert [i["withdrawn"] for i in items if i["id"] == article_id] == ["canceled"]


def test_a_kill_of_an_item_no_search_announced_alerts_no_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with webhook_server() as (hooks, hook), \
            veille.open(data, fetch_allow="127.0.0.0/8") as v:
        v.save_search(SavedSearch(name="Lisboa", query="Lisboa", webhook=hook))
        _step(v, tmp_path / "v1.json", _ninjs(1, "usable", "Porto: greve do metro"))
        _step(v, tmp_path / "v2.json", _ninjs(2, "canceled", "Porto: greve do metro"))
        assert hooks.posts == []


def _ingest(v: Veille, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    v.ingest(path)
    v.match_alerts()


def test_a_kill_before_the_first_alert_sends_nothing_and_status_says_so(
        tmp_path: Path) -> None:
    """t-final62: v1 then its kill, both queued before a send: one POST went (the v1 key,
    "new", carrying the kill), and `alerts status` said both rows "sent". A withdrawn item
    alerts no search that was not told of it: nothing goes, and the status says why."""
    data = tmp_path / "data"
    with webhook_server() as (hooks, hook), \
            veille.open(data, fetch_allow="127.0.0.0/8") as v:
        v.save_search(SavedSearch(name="Metro", query="metro", webhook=hook))
        _ingest(v, tmp_path / "v1.json", _ninjs(1, "usable", "Porto: greve do metro"))
        _ingest(v, tmp_path / "v2.json", _ninjs(2, "canceled", "KILL - Porto: greve do metro",
                                                "KILL: metro, não utilizar este despacho."))
        v.deliver_alerts()
        assert hooks.posts == []
    status = run_veille(["alerts", "status"], data_dir=data).stdout.decode().splitlines()
    states = [line.split("\t")[2] for line in status]
    assert len(states) == 2 and all(s.startswith("not sent: withdrawn") for s in states)


def test_rows_folded_into_one_alert_say_so(tmp_path: Path) -> None:
    """An update queued before its article's "new" alert went is folded into it: one
    POST, and the status says the folded row was sent within the other's alert, never
    "sent" as if it had a message of its own."""
    data = tmp_path / "data"
    with webhook_server() as (hooks, hook), \
            veille.open(data, fetch_allow="127.0.0.0/8") as v:
        v.save_search(SavedSearch(name="Metro", query="metro", webhook=hook))
        _ingest(v, tmp_path / "v1.json", _ninjs(1, "usable", "Porto: greve do metro"))
        _ingest(v, tmp_path / "v2.json", _ninjs(2, "usable", "Porto: greve do metro total"))
        report = v.deliver_alerts()
        assert len(hooks.posts) == 1 and report.sent == 2  # rows: the folded one too
        key = json.loads(hooks.posts[0][1])["key"]
    rows = [line.split("\t") for line in
            run_veille(["alerts", "status"], data_dir=data).stdout.decode().splitlines()]
    by_key = {r[0]: r[2] for r in rows}
    assert by_key.pop(key).startswith("sent ") and len(by_key) == 1
    assert f"within {key}" in next(iter(by_key.values()))
