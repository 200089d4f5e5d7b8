""""Voir aussi" suggests one article per story: an article and its own reprint are never
two suggestions (newuser15a W22). Real store, index and HTTP server."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from test_latest_story_date import DISPATCH, line
from web_kit import serve

import veille

OTHER = [
    "Le conseil municipal a voté jeudi soir le budget des transports pour l'année "
    "prochaine, avec une hausse de dix pour cent des abonnements de bus.",
    "L'opposition a dénoncé une mesure injuste pour les familles modestes et demande "
    "un référendum local sur la gratuité des transports en commun.",
]


def test_see_also_lists_a_story_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("regional.example", "Besançon inaugure sa piscine olympique",
                 "2026-11-28T17:00:00+01:00",
                 DISPATCH + ["Le maire a salué un équipement qui fera rayonner la ville."]),
            line("reprise.example", "Piscine olympique de Besançon : la ministre inaugure",
                 "2026-11-28T19:30:00+01:00", DISPATCH),
            line("sport.example",
                 "Besançon : la hausse des tarifs de bus votée, pas celle de la piscine",
                 "2026-12-01T18:00:00+01:00", OTHER)]).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        listed = http.get("/api/v1/latest", params={"all": "1"}).json()["articles"]
        swim = next(a["id"] for a in listed if a["source"] == "sport.example")
        copies = {a["id"] for a in listed if a["source"] != "sport.example"}
        assert len({a["story_id"] for a in listed if a["id"] in copies}) == 1
        related = http.get(f"/api/v1/articles/{swim}").json()["related"]
        page = http.get(f"/articles/{swim}").text
    assert len([r for r in related if r["id"] in copies]) == 1, related
    assert len({r["story_id"] for r in related}) == len(related)
    see_also = page[page.index('<ol class="articles">'):]
    shown = re.findall(r'data-id="([0-9a-f]+)"', see_also[:see_also.index("</ol>")])
    assert shown == [r["id"] for r in related]
