"""Search leaves a body of no prose (a page of headlines: a section or tag page, which
repeats every keyword) out by default, and lists it, marked, when asked (``not_prose``),
on PostgreSQL as on SQLite + tantivy (h-api66, issue 14: a tag page ranked above the
articles). Real SQLite store and tantivy index, real PostgreSQL store and index."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import veille

TAG_PAGE = """Le Républicain lorrain

Metz  Thionville  Moselle  Sports

Sujet : Tramway

Metz : le tramway Mettis prolongé jusqu'à Woippy en 2028
Il y a 2 heures

Thionville : le projet de tramway relancé par l'agglomération
Il y a 6 heures

Tramway de Nancy : les nouvelles rames livrées avec retard
05/12/2026 à 10h15

Page suivante
"""
ARTICLE = ("Le Républicain lorrain\n\n"
           "Metz : le tramway Mettis prolongé jusqu'à Woippy en 2028\n\n"
           "Par Claire Weber - 07/12/2026 à 08h00\n\n"
           "Le conseil de l'Eurométropole de Metz a voté lundi le prolongement de la ligne "
           "de bus à haut niveau de service Mettis jusqu'à Woippy, un tracé que les élus "
           "appellent déjà le tramway du nord.\n\n"
           "Les travaux commenceront au printemps 2027 et dureront un peu plus d'un an, "
           "selon le calendrier présenté en séance par le vice-président chargé des "
           "mobilités.\n")
ARTICLE_TITLE = "Metz : le tramway Mettis prolongé jusqu'à Woippy en 2028"


@pytest.fixture(scope="module")
def backends(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("not-prose")
    url = str(pg_cluster.create_database("not_prose_search"))
    with veille.open(root / "tantivy") as embedded, veille.open(
            root / "pg", store_url=url, index_url=url) as pg:
        for v in (embedded, pg):
            v.ingest_bytes([("tag.txt", TAG_PAGE.encode()), ("article.txt", ARTICLE.encode())])
            v.sync()
        yield {"tantivy": embedded, "postgresql": pg}


def _titles(v: Any, query: str, *, not_prose: bool) -> list[str]:
    paged = v.search_page(query, per_page=10, not_prose=not_prose)
    return sorted(v.get(hit.id).content.title for hit in paged.response.hits)


@pytest.mark.parametrize("query", ["tramway", "Woippy", ""])
def test_both_backends_leave_a_page_of_headlines_out_unless_asked(
        backends: dict[str, Any], query: str) -> None:
    default = {name: _titles(v, query, not_prose=False) for name, v in backends.items()}
    assert default["tantivy"] == default["postgresql"] == [ARTICLE_TITLE], default
    every = {name: _titles(v, query, not_prose=True) for name, v in backends.items()}
    assert every["tantivy"] == every["postgresql"] == sorted(
        [ARTICLE_TITLE, "Sujet : Tramway"]), every
