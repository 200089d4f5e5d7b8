"""A correction that removes what a saved search was alerted for (newuser16c N3): the
search gets a "no longer matches" notice (``kind: unmatched``) once, and its page, API,
feeds and export mark the match; a search the corrected text still matches gets its
update as before. Real HTTP servers on 127.0.0.1 (the site, a webhook receiver, veille's
web app), real SQLite store and index."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import httpx

import veille
from alert_kit import webhook_server
from veille.collect.testserver import LocalServer, Page, Site
from veille.store.base import SavedSearch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402

BEFORE = ["Au moins douze soldats ont été tués lundi dans le centre du Mali lors d'une "
          "attaque de Daech contre un camp militaire, selon l'armée malienne.",
          "L'attaque a visé un poste avancé près de Mopti au petit matin ; des renforts ont "
          "été envoyés sur place et la zone est bouclée par l'armée."]
AFTER = [BEFORE[0].replace("de Daech", "du JNIM, lié à Al-Qaïda,"), BEFORE[1],
         "Correctif : une version précédente attribuait l'attaque à un autre groupe."]


def page(title: str, paras: list[str], modified: str | None = None) -> Page:
    stamp = (f"<meta property='article:modified_time' content='{modified}'>"
             if modified else "")
    return Page((f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
                 f"<title>{title}</title><meta property='article:published_time' "
                 f"content='2026-12-01T10:00:00+01:00'>{stamp}</head><body><article>"
                 f"<h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paras)}</article>"
                 f"</body></html>").encode())


def test_a_correction_that_removes_the_alerted_fact_says_it_no_longer_matches(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    site = Site(pages={"/mali.html": page("Mali : une attaque de Daech tue douze soldats",
                                          BEFORE)})
    with LocalServer(site) as server, webhook_server() as (hooks, hook), \
            veille.open(data, fetch_allow="127.0.0.0/8", fetch_delay=0) as v:
        daech = v.save_search(SavedSearch(name="Daech", query="Daech", webhook=hook))
        mali = v.save_search(SavedSearch(name="Mali", query="Mali", webhook=hook))
        url = server.url("/mali.html")
        [article_id] = v.fetch([url]).ingest.new_ids
        v.enrich()
        v.match_alerts()
        v.deliver_alerts()
        site.pages["/mali.html"] = page("Mali : une attaque du JNIM tue douze soldats",
                                        AFTER, "2026-12-01T12:00:00+01:00")
        assert v.fetch([url]).ingest.versions == 1
        v.enrich()
        v.match_alerts()
        v.deliver_alerts()
        v.fetch([url])  # read again unchanged: nothing more
        v.enrich()
        v.match_alerts()
        v.deliver_alerts()
        sent = [(b["search"]["name"], b["kind"], b["version"])
                for b in (json.loads(body) for _headers, body in hooks.posts)]
        assert sorted(sent) == [("Daech", "new", 1), ("Daech", "unmatched", 2),
                                ("Mali", "new", 1), ("Mali", "update", 2)]
        assert list(v.store.unmatched_now(daech.id)) == [article_id]
        assert v.store.unmatched_now(mali.id) == {}
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=30) as http:
        detail = http.get(f"/api/v1/saved-searches/{daech.id}").json()
        assert [(m["article"]["id"], m["kind"]) for m in detail["matches"]] == [
            (article_id, "unmatched")]
        feed = http.get(f"/feeds/saved/{daech.id}.json",
                        headers={"Accept-Language": "en"}).json()
        assert feed["items"][0]["title"].endswith("(no longer matches)")
        assert "ne correspond plus" in http.get(f"/saved/{daech.id}",
                                                headers={"Accept-Language": "fr"}).text
        rows = list(csv.DictReader(io.StringIO(
            http.get(f"/export.csv?saved={daech.id}").text)))
        assert rows[0]["id"] == article_id and rows[0]["no_longer_matches"]
        still = list(csv.DictReader(io.StringIO(
            http.get(f"/export.csv?saved={mali.id}").text)))
        assert still[0]["no_longer_matches"] == ""
