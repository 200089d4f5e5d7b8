"""Issue #10, end to end: a page fetched again with a changed text is found by its new
wording and no longer by its old one, in the CLI, the JSON API and the feeds, served by a
long-lived app; and the write API beside a running ingest ends with the index equal to
the store."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import httpx
from web_kit import TOKEN, serve

from capture_kit import VEILLE, err, make_capture, out, run_veille
from veille.collect.testserver import LocalServer, Page, Site

ENV = {"VEILLE_FETCH_ALLOW": "127.0.0.1", "VEILLE_FETCH_DELAY": "0",
       "VEILLE_FETCH_TIMEOUT": "20", "VEILLE_FETCH_RETRIES": "0"}
OLD, NEW = "ornithorynque", "salamandre"


def page(word: str) -> bytes:
    paragraphs = [f"Le conseil municipal a examiné mardi le dossier de l'{word} du parc "
                  "botanique, après plusieurs mois de débats entre les élus et les riverains.",
                  "Les associations ont salué une décision attendue depuis longtemps, tandis "
                  "que l'opposition réclame une nouvelle étude sur le coût des travaux.",
                  "Le maire a promis une réunion publique avant la fin du mois pour présenter "
                  "le calendrier détaillé et répondre aux questions des habitants."]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Le parc et "
            f"son {word}</title></head><body><article><h1>Le parc et son {word}</h1>{body}"
            "</article></body></html>").encode()


def ids(data: Path, word: str) -> list[str]:
    result = run_veille(["search", "--json", word], data_dir=data)
    assert result.returncode == 0, err(result)
    return [hit["id"] for hit in json.loads(out(result))["hits"]]


def test_a_changed_page_is_found_by_its_new_text_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    site = Site(pages={"/parc.html": Page(page(OLD))})
    with LocalServer(site) as server:
        url = server.url("/parc.html")
        first = run_veille(["fetch", url], data_dir=data, env=ENV)
        assert first.returncode == 0, err(first)
        [article_id] = ids(data, OLD)
        with serve(data) as app:
            api = f"{app.url}/api/v1/search"
            assert [h["id"] for h in httpx.get(api, params={"q": OLD}).json()["hits"]] == \
                [article_id]
            site.pages["/parc.html"] = Page(page(NEW))
            second = run_veille(["fetch", url], data_dir=data, env=ENV)
            assert second.returncode == 0, err(second)
            assert "new 0, duplicate 0, failed 0, versions 1" in err(second)
            # The CLI.
            assert ids(data, NEW) == [article_id] and ids(data, OLD) == []
            # The JSON API and the feeds of the app that was already running.
            assert [h["id"] for h in httpx.get(api, params={"q": NEW}).json()["hits"]] == \
                [article_id]
            assert httpx.get(api, params={"q": OLD}).json()["total"] == 0
            atom = httpx.get(f"{app.url}/feeds/search.atom", params={"q": NEW}).text
            assert f"Le parc et son {NEW}" in atom and OLD not in atom
            assert "<entry" not in httpx.get(f"{app.url}/feeds/search.atom",
                                             params={"q": OLD}).text
            feed = httpx.get(f"{app.url}/feeds/search.json", params={"q": NEW}).json()
            assert [item["title"] for item in feed["items"]] == [f"Le parc et son {NEW}"]
            stats = httpx.get(f"{app.url}/api/v1/stats").json()
            assert stats["index_lag"] == 0 and stats["index_seq"] == stats["store_seq"] > 0


def test_the_write_api_beside_an_ingest_ends_with_index_equal_to_store(tmp_path: Path) -> None:
    from sync.index_kit import assert_index_equals_store, store_ids, write_captures

    data = tmp_path / "data"
    corpus = write_captures(tmp_path / "corpus", 0, 200)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env["VEILLE_BATCH_SIZE"] = "10"
    with serve(data, api_token=TOKEN) as app:
        ingest = subprocess.Popen([str(VEILLE), "--data-dir", str(data), "ingest", str(corpus)],
                                  env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
        posted = []
        for n in range(8):
            response = httpx.post(f"{app.url}/api/v1/articles", timeout=120,
                                  content=make_capture(5000 + n).bytes(),
                                  headers={"authorization": f"Bearer {TOKEN}",
                                           "content-type": "text/plain"})
            assert response.status_code == 201, response.text
            assert response.json()["index_pending"] == 0, response.text
            posted.extend(response.json()["ids"])
        assert ingest.wait(timeout=300) == 0, ingest.stderr.read() if ingest.stderr else ""
    assert set(posted) <= store_ids(data) and len(store_ids(data)) == 208
    assert_index_equals_store(data)
