"""Regression (newuser15a W15): two outlets' copies of one AFP dispatch ("Le Monde avec
AFP", "Le Figaro avec AFP"): Le Figaro's page called Le Monde's copy its "article
d'origine", and neither page showed the agency credit. Both now name the agency, and each
calls the other "même dépêche AFP, parue avant / après" (French and English), the API
giving ``credit`` and each copy's ``wire``. Real store, index and server."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille
from dispatch_kit import outlet_page

PARAS = ["Un séisme de magnitude 6,1 a frappé jeudi matin l'est de la Turquie, dans la "
         "province de Malatya, faisant au moins 42 morts selon l'agence turque de gestion des "
         "catastrophes, qui redoute un bilan plus lourd.",
         "Les secours fouillent les décombres de plusieurs immeubles effondrés dans la nuit, "
         "et les hôpitaux de la région ont été placés en alerte maximale par les autorités.",
         "Le président turc s'est rendu sur place dans la matinée et a promis de reconstruire "
         "les logements détruits d'ici un an, selon la présidence."]


def _page(outlet: str, name: str, when: str) -> bytes:
    return outlet_page(name, "Séisme en Turquie : au moins 42 morts", when, PARAS,
                       url=f"https://{outlet}/monde/seisme", author=f"{name} avec AFP")


def test_two_copies_of_one_dispatch_name_the_agency_not_each_other(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("monde.html", _page("lemonde.example", "Le Monde",
                                             "2026-11-26T09:05:00+01:00"))],
                       source="lemonde.example")
        v.ingest_bytes([("figaro.html", _page("lefigaro.example", "Le Figaro",
                                              "2026-11-26T09:40:00+01:00"))],
                       source="lefigaro.example")
        ids = {a.source: a.id for a in v.store.iter_articles()}
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        figaro = client.get(f"/api/v1/articles/{ids['lefigaro.example']}").json()
        assert figaro["credit"] == "AFP"
        assert [(c["id"], c["copies_this"], c["wire"]) for c in figaro["copies"]] == [
            (ids["lemonde.example"], False, "AFP")]
        fr = client.get(f"/articles/{ids['lefigaro.example']}", params={"lang": "fr"}).text
        assert "même dépêche AFP, parue avant" in fr and "article d’origine" not in fr
        # the same dispatch as Le Monde's: the text is AFP's (r-ux55: "Origine : dépêche AFP")
        assert '<dt>Origine</dt><dd class="origin dispatch">dépêche AFP</dd>' in fr
        en = client.get(f"/articles/{ids['lemonde.example']}", params={"lang": "en"}).text
        assert "same AFP dispatch, out later" in en and \
            '<dt>Origin</dt><dd class="origin dispatch">AFP dispatch</dd>' in en
