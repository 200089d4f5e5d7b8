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
