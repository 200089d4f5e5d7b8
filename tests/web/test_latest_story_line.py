"""Every row of the collapsed latest list that stands for a story says when the story began
and its newest article, whichever article represents it (t-reader21 R11).

Before: a row represented by the story's first article said "dernier article de
l'histoire : …", one represented by a later, fuller follow-up said nothing of the story's
dates. The representative is the story's fullest independent article (docs/web.md); the
line of dates is now the same on every such row. Real store, real server, both languages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille

BRIEF = ("Le préfet du Morbihan a interdit jeudi la baignade sur trois plages de Carnac après "
         "la découverte d'algues vertes en décomposition.")
FULL = [BRIEF,
        "Les analyses menées par l'agence régionale de santé ont relevé des taux "
        "d'hydrogène sulfuré supérieurs aux seuils d'alerte sur les plages de Carnac.",
        "Le maire a fait fermer les accès et demandé un ramassage quotidien des algues "
        "jusqu'à la fin du mois, une opération confiée à une entreprise de Vannes.",
        "Les associations de défense de l'environnement réclament depuis des années un "
        "plan de réduction des nitrates dans les bassins versants de la baie."]
MARKET = [("Le marché de Noël de Rennes ouvre ses portes samedi sur la place du Parlement, "
           "avec quatre-vingts chalets d'artisans et une patinoire en plein air."),
          ("La mairie attend plus de trois cent mille visiteurs en cinq semaines, un record "
           "pour la capitale bretonne, selon l'office de tourisme de Rennes."),
          ("Des navettes gratuites relieront les parkings relais au centre-ville chaque "
           "week-end de décembre, a précisé Rennes Métropole.")]


def _line(host: str, title: str, published: str, text: list[str]) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/{len(title)}", "source": host,
                       "text": "\n\n".join(text), "language": "fr", "published": published},
                      ensure_ascii=False)


def _row(page: str, title: str) -> str:
    start = page.index(title)
    return page[start:page.index("</li>", start)].replace("&#39;", "'")


@pytest.mark.parametrize(("lang", "began", "latest"), [
    ("fr", "début de l'histoire :", "dernier article de l'histoire :"),
    ("en", "story began:", "latest in this story:")])
def test_every_story_row_says_when_its_story_began_and_its_newest_article(
        tmp_path: Path, lang: str, began: str, latest: str) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            # a brief first, the fuller article later: the later one represents the story
            _line("flash.example", "Carnac : baignade interdite", "2026-07-02T09:00:00+02:00",
                  [BRIEF]),
            _line("journal.example", "Algues vertes : trois plages de Carnac fermées",
                  "2026-07-02T15:00:00+02:00", FULL),
            # the full article first, a copy later: the first one represents the story
            _line("ouest.example", "Rennes : le marché de Noël ouvre samedi",
                  "2026-11-26T08:00:00+01:00", MARKET),
            _line("copie.example", "Marché de Noël à Rennes : quatre-vingts chalets",
                  "2026-11-26T18:00:00+01:00", MARKET)]).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get("/", params={"lang": lang}).text
        api = http.get("/api/v1/latest", params={"collapse": "true"}).json()["articles"]
    carnac = _row(page, "Algues vertes : trois plages de Carnac fermées")
    market = _row(page, "Rennes : le marché de Noël ouvre samedi")
    # The brief is an excerpt of the full article (its lead): the story began with the
    # full article's publication, as the story page says (t-reader23 R6); the market's
    # copy is dated after its original, which stays the first.
    for row, first, last in ((carnac, "15:00", "15:00"), (market, "08:00", "18:00")):
        assert began in row and latest in row
        shown = re.findall(r'<time datetime="([^"]+)">', row)
        assert f"T{first}" in shown[-2] and f"T{last}" in shown[-1]
    by_title = {a["title"]: a for a in api}
    for title in ("Algues vertes : trois plages de Carnac fermées",
                  "Rennes : le marché de Noël ouvre samedi"):
        assert by_title[title]["story_first"] and by_title[title]["story_latest"]
