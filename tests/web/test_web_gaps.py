"""Small gaps of the web UI and feeds, against a real server on 127.0.0.1.

- JSON Feed: an article without a source has no ``tags`` (it had ``"tags": [""]``).
- The search index's lag behind the store (``index_lag`` of ``/api/v1/stats``) is said on the
  home and search pages, discreetly, in French and in English, and only while there is one.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

BODY = ("Le conseil départemental a présenté son plan pour les routes de la vallée, "
        "avec des travaux prévus au printemps et une consultation des habitants. ")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gaps")
    sourced = root / "sourced.jsonl"
    sourced.write_text(json.dumps({"url": "https://vallee.example/routes", "title": "Routes",
                                   "published": "2026-11-20T09:00:00+01:00",
                                   "text": BODY * 3}) + "\n", encoding="utf-8")
    capture = root / "sans-source.txt"
    capture.write_text("Un texte sans source\n\nPublié le 21/11/2026 à 10h00\n\n"
                       + "La mairie annonce la réouverture de la piscine municipale après "
                       "deux ans de travaux et de retards sur le chantier du bassin. " * 3,
                       encoding="utf-8")
    for path in (sourced, capture):
        assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    return root / "data"


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def test_json_feed_has_no_empty_tag(http: httpx.Client) -> None:
    items = {i["title"]: i for i in http.get("/feeds/latest.json").json()["items"]}
    assert "tags" not in items["Un texte sans source"]
    assert items["Routes"]["tags"] == ["vallee.example"]
    atom = http.get("/feeds/latest.atom").text
    assert 'term=""' not in atom


NOTICE = {"fr": "modification n'est pas encore dans l'index",
          "en": "change is not in the search index yet"}


def test_the_index_lag_is_shown_while_there_is_one(http: httpx.Client, data: Path) -> None:
    for lang, words in NOTICE.items():
        assert http.get("/api/v1/stats").json()["index_lag"] == 0
        assert words not in html.unescape(http.get("/", params={"lang": lang}).text)
    # A write the index has not followed yet (the store's own ingest, no index keeper).
    store = SQLiteStore.open(data / "veille.sqlite3")
    try:
        text = ("Une dépêche en attente\n\nPublié le 22/11/2026 à 11h00\n\n"
                + "Le festival de musique de la ville accueillera trois scènes cet été, "
                "a indiqué son directeur lors d'une conférence de presse. " * 3)
        assert ingest_texts(store, [("attente.txt", text.encode())]).new == 1
    finally:
        store.close()
    assert http.get("/api/v1/stats").json()["index_lag"] >= 1
    for lang, words in NOTICE.items():
        for page in (http.get("/", params={"lang": lang}),
                     http.get("/search", params={"q": "routes", "lang": lang})):
            assert words in html.unescape(page.text), (lang, page.url)
            assert '<p class="index-lag" role="status">' in page.text
    assert main(["--data-dir", str(data), "check", "--repair"]) == 0
    assert http.get("/api/v1/stats").json()["index_lag"] == 0
    assert NOTICE["fr"] not in html.unescape(http.get("/", params={"lang": "fr"}).text)


def test_the_enrichment_lag_says_what_enriches_it_not_a_moment(http: httpx.Client,
                                                                data: Path) -> None:
    """t-reader21 R12: a server without ``--watch`` never enriches, yet every page said
    "Enrichissement en cours … peuvent manquer un instant". The notice now says what is
    missing and what enriches it, true whether or not a watcher runs."""
    if http.get("/api/v1/stats").json()["enrich_lag"] == 0:
        store = SQLiteStore.open(data / "veille.sqlite3")
        try:
            text = ("Une dépêche à enrichir\n\nPublié le 23/11/2026 à 12h00\n\n"
                    + "Le maire de Lyon a présenté le budget de la métropole devant le "
                    "conseil, a indiqué la mairie dans un communiqué. " * 3)
            assert ingest_texts(store, [("enrichir.txt", text.encode())]).new == 1
        finally:
            store.close()
    assert http.get("/api/v1/stats").json()["enrich_lag"] >= 1
    for lang in ("fr", "en"):
        page = html.unescape(http.get("/", params={"lang": lang}).text)
        notice = page.split('class="index-lag enrich-lag" role="status">')[1].split("</p>")[0]
        assert "veille enrich" in notice and "--watch" in notice, notice
        assert "un instant" not in notice and "for a moment" not in notice
        assert "en cours" not in notice and "catching up" not in notice
