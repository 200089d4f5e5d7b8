"""Regression (newuser15a W6): a story's timeline showed an updated article's newest
headline ("le bilan s'alourdit à 57 morts", written at 21:30) at its first publication time
(09:05), above the others' "42 morts" at 09:40: it read as if that outlet had the new toll
first. A row now says when its article was updated and how many versions veille holds, in
the page (French and English) and the API. Real store, index and server."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille

URL = "https://quotidien.example/monde/seisme-turquie"
PARAS = ["Un séisme de magnitude 6,1 a frappé jeudi matin l'est de la Turquie, dans la "
         "province de Malatya, selon l'agence turque de gestion des catastrophes.",
         "Les secours fouillent les décombres de plusieurs immeubles effondrés dans la nuit, "
         "et les hôpitaux de la région ont été placés en alerte."]


def _page(title: str, toll: int, modified: str = "") -> bytes:
    meta = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    body = "".join(f"<p>{p}</p>" for p in [f"Au moins {toll} personnes sont mortes.", *PARAS])
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:url" content="{URL}">'
            '<meta property="og:site_name" content="quotidien.example">'
            '<meta property="article:published_time" content="2026-11-26T09:05:00+01:00">'
            f"{meta}</head><body><article><h1>{title}</h1>{body}</article></body></html>"
            ).encode()


def test_a_timeline_row_says_its_article_was_updated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("v1.html", _page("Séisme en Turquie : au moins 42 morts", 42))])
        v.ingest_bytes([("v2.html", _page("Turquie : le bilan du séisme s'alourdit à 57 morts",
                                          57, "2026-11-26T21:30:00+01:00"))])
        [article] = list(v.store.iter_articles())
        assert article.dedup is not None and article.dedup.story_id
        story_id = article.dedup.story_id
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        [item] = client.get(f"/api/v1/stories/{story_id}").json()["items"]
        assert item["title"].endswith("57 morts")
        assert (item["updated"], item["versions"]) == ("2026-11-26T21:30:00+01:00", 1)
        fr = client.get(f"/stories/{story_id}", headers={"Accept-Language": "fr"}).text
        assert "mis à jour le" in fr and "2 versions" in fr and "21:30" in fr
        en = client.get(f"/stories/{story_id}", headers={"Accept-Language": "en"}).text
        assert "updated" in en and "2 versions" in en
