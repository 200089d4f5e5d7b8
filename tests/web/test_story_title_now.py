"""A story followed for days is titled by its newest independent article, so its title
says what the story is now; its first publication's headline stays "first published as …"
(t-final63: a shipwreck kept its day-1 "deux toujours disparus" as its title after five
days of bodies found and an inquiry, because the day-1 article was the longest). A later
reprint does not title it; the ingest order does not matter. The API (list and story),
the story page in French and English, and ``veille stories`` agree. Real store, real
server, CLI. Own text, written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import LANDSLIDE, serve

import veille
from veille.cli.main import main

DAY1 = "Savoie : un glissement de terrain coupe la route entre Moûtiers et Bozel"
DAY2 = "Glissement de terrain en Savoie : dix maisons évacuées, la route fermée deux semaines"
DAY3 = "Route Moûtiers-Bozel : les habitants évacués regagnent leurs maisons"
COPY = "Savoie : retour des habitants évacués après le glissement de terrain"
DAY2_TEXT = [
    "Dix maisons ont été évacuées mercredi à Bozel, en Savoie, au lendemain du glissement de "
    "terrain qui a coupé la route départementale vers Moûtiers, selon la préfecture.",
    "La paroi a libéré près de trois mille mètres cubes de roche et de terre après une "
    "semaine de pluie; les géologues du conseil départemental y ont posé des capteurs.",
    "Les familles évacuées sont logées dans une salle communale et à l'hôtel, précise la "
    "mairie de Bozel, qui a ouvert une cellule d'aide pour les démarches d'assurance.",
    "La route restera fermée au moins deux semaines, le temps de purger la falaise, a "
    "prévenu le président du département, et les hameaux sont desservis par une piste "
    "forestière ouverte par les pompiers.",
    "Le préfet de la Savoie a demandé jeudi une expertise complète de la paroi avant toute "
    "réouverture de la chaussée aux voitures et aux cars scolaires.",
]
DAY3_TEXT = [
    "Les habitants des dix maisons évacuées après le glissement de terrain entre Moûtiers et "
    "Bozel, en Savoie, ont regagné leurs maisons vendredi, a indiqué la mairie.",
    "Les géologues du conseil départemental ont jugé la paroi stabilisée après la purge de "
    "trois mille mètres cubes de roche; la route départementale reste fermée.",
    "Le président du département a confirmé que la chaussée rouvrirait sous deux semaines.",
    "À la salle communale, les bénévoles ont rangé les lits de camp; la mairie garde sa "
    "cellule d'aide ouverte pour les familles dont les jardins ont été emportés.",
]


def line(host: str, title: str, paragraphs: list[str], published: str, path: str) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/{path}", "source": host,
                       "text": "\n\n".join(paragraphs), "language": "fr",
                       "published": published}, ensure_ascii=False)


LINES = [
    line("agence.example", DAY1, LANDSLIDE[:3], "2026-11-24T08:05:00+01:00", "j1"),
    line("quotidien.example", DAY2, DAY2_TEXT, "2026-11-25T09:30:00+01:00", "j2"),
    line("agence.example", DAY3, DAY3_TEXT, "2026-11-26T11:00:00+01:00", "j3"),
    line("radio.example", COPY, DAY3_TEXT, "2026-11-26T15:40:00+01:00", "copie"),
]


@pytest.mark.parametrize("order", ["published", "reversed"])
def test_the_newest_own_article_titles_the_story(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], order: str) -> None:
    data = tmp_path / "data"
    lines = LINES if order == "published" else LINES[::-1]
    with veille.open(data) as v:
        for i, row in enumerate(lines):  # one at a time: each arrival re-titles the story
            v.ingest_bytes([(f"{i}.jsonl", row.encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["articles"] == 4 and story["reprints"] == 1
        assert story["title"] == DAY3
        assert story["first_title"] == DAY1
        assert http.get(f"/api/v1/stories/{story['id']}").json()["title"] == DAY3
        pages = {lang: http.get(f"/stories/{story['id']}", params={"lang": lang}).text
                 for lang in ("fr", "en")}
    for page in pages.values():
        assert f">{DAY3}</h1>" in page.replace("&#39;", "'")
    assert DAY1 in pages["fr"] and DAY1 in pages["en"]  # "publié d'abord … sous le titre"
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stories"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith(DAY3)
    assert f"as “{DAY1}”" in out
