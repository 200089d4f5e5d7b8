"""Paging through the latest list while articles arrive (newuser10 S2): with the first
page's ``max_seq`` as ``until_seq``, the later pages neither repeat an article nor hide one
that was there, and the new arrival is what ``after_seq`` returns; without it, offsets
shift (documented). Real server, real store, articles added through the write API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import TOKEN, LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

EVENTS = [
    ("Agen", "la piscine municipale ferme pour travaux",
     "Les bassins seront vidés pour refaire le carrelage et la filtration de l'eau."),
    ("Bayonne", "un incendie détruit un entrepôt du port",
     "Les pompiers ont lutté toute la nuit contre les flammes, sans faire de blessé."),
    ("Cahors", "le festival de blues annonce sa programmation",
     "Douze concerts sont prévus en juillet sur les berges du Lot, dont trois gratuits."),
    ("Dax", "la ligne de bus numéro 4 change d'itinéraire",
     "Les arrêts du centre seront déplacés pendant la rénovation de la place du marché."),
    ("Épinal", "une exposition d'imagerie populaire au musée",
     "Deux cents gravures anciennes sont présentées pour la première fois au public."),
    ("Foix", "le château accueille un tournoi de chevalerie",
     "Des cavaliers venus de toute l'Europe s'affronteront dans la cour pendant deux jours."),
]
TOWNS = [town for town, _, _ in EVENTS]
LATE = ("Gap", "la patinoire ouvre plus tôt que prévu",
        "La glace a été coulée en avance grâce au froid, et les premiers patineurs sont venus.")


def _capture(event: tuple[str, str, str], day: int, hour: int) -> bytes:
    town, headline, text = event
    return (f"{town} : {headline}\n\nPublié le {day} novembre 2026 à {hour}h00\n\n"
            f"{text}\n\nÀ {town}, {headline}, selon {town.lower()}-infos.fr.\n").encode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    data = tmp_path / "data"
    with Veille(Settings(data_dir=data)) as service:
        for i, event in enumerate(EVENTS):
            service.ingest_bytes([(f"{i}.txt", _capture(event, 20 + i, 9))], source=f"s{i}")
    with serve(data, api_token=TOKEN) as live:
        yield live


@pytest.mark.parametrize("collapse", [False, True])
def test_pages_read_while_articles_arrive(server: LiveServer, collapse: bool) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        params = {"limit": 3, "collapse": str(collapse).lower()}
        first = http.get("/api/v1/latest", params=params).json()
        snapshot = first["max_seq"]
        # an article dated inside page 1's range arrives before page 2 is read
        posted = http.post("/api/v1/articles", content=_capture(LATE, 24, 12),
                           params={"source": "late"},
                           headers={"authorization": f"Bearer {TOKEN}",
                                    "content-type": "text/plain"})
        assert posted.status_code == 201, posted.text
        second = http.get("/api/v1/latest",
                          params={**params, "offset": 3, "until_seq": snapshot}).json()
        ids = [a["id"] for a in first["articles"] + second["articles"]]
        assert len(ids) == len(set(ids)) == len(TOWNS)  # none twice, none missing
        assert second["max_seq"] == snapshot
        arrived = http.get("/api/v1/latest", params={"after_seq": snapshot}).json()
        assert [a["title"] for a in arrived["articles"]] == [
            "Gap : la patinoire ouvre plus tôt que prévu"]
        shifted = http.get("/api/v1/latest", params={**params, "offset": 3}).json()
        assert shifted["articles"][0]["id"] == first["articles"][-1]["id"]  # the old way
