"""A text capture's standfirst (its record's ``lead``, shown above the body) is enriched
like the body, and the article page marks it with right offsets, the body's marks included
(t-final25 S4: "… dans la nuit de mardi à mercredi. Une enquête a été ouverte par le
parquet de Bobigny." gave no date and no Bobigny). Real store, real server on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from web_kit import serve

import veille

CAPTURE = """Le Parisien
Faits divers

Incendie à Saint-Denis : deux morts dans un immeuble de la cité Gabriel-Péri

Deux personnes sont mortes dans l'incendie d'un immeuble de la cité Gabriel-Péri, à \
Saint-Denis (Seine-Saint-Denis), dans la nuit de mardi à mercredi. Une enquête a été \
ouverte par le parquet de Bobigny.

Par Camille Berthier
Le 4 février 2026 à 09h12

Le feu s'est déclaré vers 2 heures du matin au troisième étage d'un immeuble de dix \
étages. Une femme de 38 ans et son fils de 12 ans ont succombé à leurs blessures, a \
indiqué la préfecture de police.

Le maire de Saint-Denis, Mathieu Hanotin, s'est rendu sur place dès 4 heures. « C'est un \
drame terrible pour toute la ville », a-t-il déclaré.

Les enquêteurs doivent entendre les témoins jeudi.
"""


def test_the_standfirst_is_enriched_and_marked(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        [article_id] = v.ingest_bytes([("capture.txt", CAPTURE.encode())],
                                      source="leparisien.fr").new_ids
        v.enrich()
        article = v.get(article_id)
        assert article.content is not None and "Bobigny" in article.content.lead
        enrichment = article.enrichment or {}
        assert enrichment["standfirst"] == article.content.lead
        names = {e["name"] for e in enrichment["entities"]}
        assert "Bobigny" in names or "parquet de Bobigny" in names
        assert "Mathieu Hanotin" in names
        dated = {d["text"]: d["value"] for d in enrichment["dates"]}
        assert dated["mardi à mercredi"].startswith("2026-02-03"), dated
        assert dated["jeudi"].startswith("2026-02-05")
        v.sync(wait=30)
    with serve(tmp_path / "data") as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get(f"/articles/{article_id}?lang=fr").text
    [lead] = re.findall(r'<p class="standfirst"[^>]*>(.*?)</p>', page, re.S)
    assert re.search(r'<time class="mention date"[^>]*>mardi à mercredi</time>', lead), lead
    assert 'title="organisation : parquet de Bobigny">parquet de ' in lead, lead
    assert re.search(r'title="Lieu : Bobigny \(Seine-Saint-Denis, France\)">Bobigny<', lead)
    # the body's marks still fall on their words
    assert re.search(r'<a class="mention entity label-PER"[^>]*>Mathieu Hanotin</a>', page)
    assert re.search(r'<time class="mention date"[^>]*>jeudi</time>', page)
