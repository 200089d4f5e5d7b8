"""Regression (newuser15a W7): an article dated in UTC showed "Publié le 26 nov. 2026 08:50
(UTC)" and just below "Publié en premier par lemonde.fr, 26 nov. 2026 09:05" in French
time, unlabelled: the reader compared 08:50 with 09:05 and took veille's "first" for
wrong (09:05 in Paris is 08:05 UTC). The times of an article page now read in the
article's own zone, labelled, when that zone is not French time. Real store and server."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille
from dispatch_kit import outlet_page

PARAS = ["Un séisme de magnitude 6,1 a frappé jeudi matin l'est de la Turquie, dans la "
         "province de Malatya, faisant au moins 42 morts selon l'agence turque de gestion des "
         "catastrophes, qui redoute un bilan plus lourd dans les prochaines heures.",
         "Les secours fouillent les décombres de plusieurs immeubles effondrés dans la nuit, "
         "et les hôpitaux de la région ont été placés en alerte maximale par les autorités."]


def _page(outlet: str, when: str, lang: str = "fr") -> bytes:
    return outlet_page(outlet, "Séisme en Turquie : au moins 42 morts", when, PARAS,
                       lang=lang, url=f"https://{outlet}/monde/seisme")


def test_the_first_publication_is_shown_in_the_articles_own_zone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.html", _page("premier.example", "2026-11-26T09:05:00+01:00"))],
                       source="premier.example")
        v.ingest_bytes([("b.html", _page("world.example", "2026-11-26T03:50:00-05:00", "fr-CA"))],
                       source="world.example")
        ids = {a.source: a.id for a in v.store.iter_articles()}
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get(f"/articles/{ids['world.example']}", params={"lang": "fr"}).text
        assert "26 nov. 2026 03:50 (UTC\u22125)" in page
        first = page[page.index("Publié en premier par"):]
        assert "26 nov. 2026 03:05 (UTC\u22125)" in first.split("</p>")[0]
        # an article in French time keeps French time, unlabelled
        page = client.get(f"/articles/{ids['premier.example']}", params={"lang": "fr"}).text
        first = page[page.index("Publié en premier par"):].split("</p>")[0]
        assert "26 nov. 2026 09:05" in first and "(UTC)" not in first
