"""Regression (newuser7 P16): the raw capture's page and ``/api/v1/articles/{id}/raw``
decoded every input as UTF-8, so a Latin-1 page showed "pr�voit" for "prévoit" and the API
gave no way to get the real bytes. They now decode as extraction does (the same function),
say which encoding they used, and ``/raw/bytes`` gives the stored bytes. Real store, real
server."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille

PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<title>Économie : la Banque de France prévoit une croissance de 0,9 %</title></head>
<body><article><h1>Économie : la Banque de France prévoit une croissance de 0,9 %</h1>
<p>La Banque de France a révisé mardi sa prévision de croissance pour l'année prochaine,
qu'elle établit désormais à 0,9 % après une année marquée par l'incertitude budgétaire.</p>
<p>Selon l'institution, la consommation des ménages resterait le principal moteur de
l'activité, tandis que l'investissement des entreprises reculerait légèrement.</p>
<p>Le gouverneur a également souligné que l'inflation devrait revenir près de 2 % à
l'horizon de deux ans, un niveau jugé conforme à l'objectif de la zone euro.</p>
</article></body></html>
"""


def test_a_latin1_capture_is_shown_with_its_accents(tmp_path: Path) -> None:
    data = tmp_path / "data"
    latin1 = PAGE.encode("latin-1")
    with veille.open(data) as v:
        (article_id,) = v.ingest_bytes([("bdf.html", latin1)]).new_ids
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get(f"/articles/{article_id}/raw")
        assert "Banque de France prévoit" in page.text and "\ufffd" not in page.text
        body = http.get(f"/api/v1/articles/{article_id}/raw").json()
        assert "Économie" in body["text"] and "\ufffd" not in body["text"]
        assert "1252" in body["encoding"] or "latin" in body["encoding"].lower()
        assert body["size"] == len(latin1)
        exact = http.get(f"/api/v1/articles/{article_id}/raw/bytes")
        assert exact.content == latin1
        assert exact.headers["content-type"] == "application/octet-stream"
        assert exact.headers["content-disposition"].startswith("attachment")
        assert http.get("/api/v1/articles/0000000000000000/raw/bytes").status_code == 404


def test_a_declared_charset_of_the_capture_is_honoured(tmp_path: Path) -> None:
    data = tmp_path / "data"
    declared = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1")
    with veille.open(data) as v:
        (article_id,) = v.ingest_bytes([("bdf.html", declared)]).new_ids
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        body = http.get(f"/api/v1/articles/{article_id}/raw").json()
        assert "prévoit" in body["text"] and "declared" in body["encoding"]
