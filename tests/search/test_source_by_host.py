"""Regression (t-reader22 R3): ``source:ladepeche.fr``, the host of two stored articles whose
JSON records declare the source "La Dépêche du Midi", found nothing and said no source or
site of that name exists. The host of an article's URL now always finds it, as does its
declared name (index format 20; PostgreSQL reads the stored URL). Real store and index,
both backends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

import veille

from .conftest import backend_settings

RECORDS = [
    {"url": "https://www.ladepeche.fr/2026/11/20/loup-larzac.html",
     "source": "La Dépêche du Midi", "title": "Loup sur le Larzac : les éleveurs inquiets",
     "text": "Les éleveurs du Larzac ont vu trois attaques de loup en une semaine sur leurs "
             "troupeaux de brebis, selon la chambre d'agriculture de l'Aveyron.",
     "published": "2026-11-20T10:00:00+01:00", "language": "fr"},
    {"url": "https://france3-regions.francetvinfo.fr/occitanie/crue.html",
     "source": "France 3 Occitanie", "title": "La crue du Tarn inquiète Albi",
     "text": "Le niveau du Tarn a encore monté dimanche à Albi, où des quais ont été "
             "fermés par précaution par la préfecture.",
     "published": "2026-11-21T10:00:00+01:00", "language": "fr"},
]


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"host-{request.param}")
    with veille.open(root / "data", **backend_settings(request, "source_host")) as v:
        v.ingest_bytes([("r.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                            for r in RECORDS).encode())])
        v.sync()
        yield v


@pytest.mark.parametrize(("query", "url"), [
    ("source:ladepeche.fr", RECORDS[0]["url"]),
    ("source:www.ladepeche.fr", RECORDS[0]["url"]),
    ("source:ladepeche", RECORDS[0]["url"]),
    ("loup source:ladepeche.fr", RECORDS[0]["url"]),
    ('source:"La Dépêche du Midi"', RECORDS[0]["url"]),
    ("source:france3-regions.francetvinfo.fr", RECORDS[1]["url"]),
    ("source:francetvinfo.fr", RECORDS[1]["url"]),
    ('source:"France 3 Occitanie"', RECORDS[1]["url"]),
])
def test_the_url_host_and_the_declared_name_both_find_it(service: Any, query: str,
                                                         url: str) -> None:
    response = service.search(query)
    assert [h.url for h in response.hits] == [url], query
    assert response.warnings == []


def test_another_host_still_finds_nothing(service: Any) -> None:
    response = service.search("source:depeche.fr")
    assert response.total == 0
    assert response.warnings and "no article" in response.warnings[0]
