"""Regression (t-reader22 R4): ``author:AFP`` found the outlets' reprints crediting AFP but
none of AFP's own dispatches (source ``afp.com``, text opening "LYON (AFP) - ..."): an
agency's own dispatch is by that agency, whether its source is the agency's or a dateline
naming it opens its text (:mod:`veille.index.own_agency`). Real store and index, both
backends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

import veille
from veille.index.own_agency import own_agencies

from .conftest import backend_settings

BODY = ("L'Olympique lyonnais a trouvé un accord avec le Stade rennais pour le transfert du "
        "défenseur central Mathis Kerbrat, 22 ans, a annoncé lundi le club.")
RECORDS = [
    {"url": "https://www.afp.com/fr/kerbrat", "source": "afp.com",
     "title": "Foot : l'OL s'offre Mathis Kerbrat", "text": f"LYON (AFP) - {BODY}"},
    {"url": "https://www.afp.com/fr/flash", "title": "Un flash de l'agence",
     "text": "Le conseil municipal de Nantes a voté mardi soir le budget de la ville."},
    {"url": "https://www.journal.example/kerbrat-depeche", "title": "Le transfert de Kerbrat",
     "text": f"RENNES (AFP) - {BODY} Le joueur était formé au club breton."},
    {"url": "https://www.footmercato.example/kerbrat", "author": "Rédaction avec AFP",
     "title": "Mercato : Kerbrat à l'OL", "text": f"{BODY} Une belle affaire pour le club."},
    {"url": "https://www.journal.example/kerbrat", "title": "Kerbrat vu de Rennes",
     "text": "Les supporters rennais regrettent le départ de leur défenseur, formé au club "
             "depuis ses douze ans, et le disent dans les tribunes."},
]


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"agency-{request.param}")
    with veille.open(root / "data", **backend_settings(request, "agency_author")) as v:
        v.ingest_bytes([("r.jsonl", "".join(
            json.dumps({**r, "language": "fr", "published": f"2026-11-{10 + i}T17:20:00+01:00"},
                       ensure_ascii=False) + "\n" for i, r in enumerate(RECORDS)).encode())])
        v.sync()
        yield v


@pytest.mark.parametrize("query", ["author:AFP", "auteur:afp"])
def test_an_agency_s_own_dispatches_are_by_it(service: Any, query: str) -> None:
    found = {h.url for h in service.search(query, per_page=50).hits}
    assert found == {RECORDS[i]["url"] for i in (0, 1, 2, 3)}, query


def test_the_names_an_agency_signs_with() -> None:
    assert own_agencies("afp.com", ["Texte sans dateline."]) == ("AFP",)
    assert own_agencies("AFP", []) == ("AFP",)
    assert own_agencies("lesoir.be", ["BRUXELLES (Belga) - Le gouvernement a..."]) == ("Belga",)
    assert own_agencies("afp.com", ["PARIS (AFP) - Le texte."]) == ("AFP",)
    assert own_agencies("lemonde.fr", ["Le gouvernement (AFP) a dit."]) == ()
    assert own_agencies("lemonde.fr", []) == ()
