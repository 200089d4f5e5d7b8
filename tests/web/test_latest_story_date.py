"""A row of the collapsed "Dernières Infos" list says the date it is sorted by (newuser12b
D12: a story's row showed its first article's 28 Nov above a row of 30 Nov, the list being
sorted by each story's newest article). Real store, real server, both languages."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille

DISPATCH = [
    "La ministre des Sports a inauguré samedi la nouvelle piscine olympique de Besançon, un "
    "équipement de 40 millions d'euros attendu depuis plus de dix ans par les clubs locaux.",
    "Le bassin de cinquante mètres accueillera dès janvier les compétitions régionales, et "
    "les écoles de la ville y auront des créneaux réservés chaque matin, selon la mairie.",
    "Les travaux avaient pris deux ans de retard à cause de la hausse du prix des matériaux "
    "et d'un recours d'une association de riverains, finalement rejeté par le tribunal.",
]


def line(host: str, title: str, published: str, text: list[str]) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/{len(title)}", "source": host,
                       "text": "\n\n".join(text), "language": "fr", "published": published},
                      ensure_ascii=False)


@pytest.mark.parametrize(("lang", "label"), [("fr", "dernier article de l'histoire"),
                                             ("en", "latest in this story")])
def test_a_story_row_shows_the_date_it_is_sorted_by(tmp_path: Path, lang: str,
                                                    label: str) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("regional.example", "Besançon inaugure sa piscine olympique",
                 "2026-11-28T17:00:00+01:00", DISPATCH + [
                     "Le maire a salué un équipement qui fera rayonner la ville."]),
            line("autre.example", "Une crue de la Loue inquiète les riverains",
                 "2026-11-30T10:00:00+01:00",
                 ["La Loue est sortie de son lit lundi matin à Ornans, où plusieurs rues "
                  "ont été fermées à la circulation par précaution, selon la préfecture."]),
            line("reprise.example", "Piscine olympique de Besançon : la ministre inaugure",
                 "2026-11-30T19:30:00+01:00", DISPATCH)]).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get("/", params={"lang": lang}).text
    first = page.index("Besançon inaugure sa piscine olympique")
    assert first < page.index("Une crue de la Loue")
    row = page[first:page.index("</li>", first)]
    assert label in row.replace("&#39;", "'")
    assert "19:30" in row
