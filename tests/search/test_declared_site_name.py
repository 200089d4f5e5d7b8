"""``source:`` matches the site name a page declares (newuser12b D5: ``source:"La
Provence"``, docs/search.md's own ``source:"Le Monde"``, found nothing, silently); a
source name that matches nothing gets a warning naming the closest sources; ``source:""``
lists the articles of no known source, which the search page's facet links to (D13).
Own pages, real store and index, both backends; the facet through a real HTTP server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import veille

from .conftest import backend_settings

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2026-10-03T09:00:00+02:00">
<link rel="canonical" href="{url}"></head><body><article><h1>{title}</h1>
<p>{text}</p><p>Les pompiers sont restés sur place toute la nuit pour surveiller les
braises, a précisé la préfecture dans un communiqué publié dans la matinée.</p>
</article></body></html>"""


def page(url: str, site: str, title: str, text: str) -> tuple[str, bytes]:
    return (url, PAGE.format(url=url, site=site, title=title, text=text).encode())


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"site-{request.param}")
    settings = backend_settings(request, "declared_site")
    with veille.open(root / "data", **settings) as v:
        v.ingest_bytes([page("https://www.gazette-du-sud.example/incendie", "La Gazette du Sud",
                             "Un entrepôt détruit par les flammes à Arles",
                             "Un entrepôt de la zone industrielle d'Arles a été détruit par "
                             "un incendie dans la nuit de samedi à dimanche.")])
        v.ingest_bytes([page("https://www.echo-alpin.example/crue", "L'Écho alpin",
                             "La crue de l'Isère inquiète Grenoble",
                             "Le niveau de l'Isère a encore monté dimanche à Grenoble, où "
                             "des quais ont été fermés par précaution.")])
        v.ingest_bytes([("note.txt", "Incendie à Arles : un second départ de feu signalé "
                         "dimanche soir près de l'entrepôt détruit, selon la mairie.\n".encode())])
        v.sync()
        yield v


@pytest.mark.parametrize(("query", "url"), [
    ('source:"La Gazette du Sud"', "https://www.gazette-du-sud.example/incendie"),
    ('source:"la gazette du sud"', "https://www.gazette-du-sud.example/incendie"),
    ('incendie source:"La Gazette du Sud"', "https://www.gazette-du-sud.example/incendie"),
    ('source:"L\'Écho alpin"', "https://www.echo-alpin.example/crue"),
    ("source:gazette-du-sud.example", "https://www.gazette-du-sud.example/incendie"),
])
def test_the_declared_site_name_is_a_source(service: Any, query: str, url: str) -> None:
    response = service.search(query)
    assert [h.url for h in response.hits] == [url], query
    assert response.warnings == []


def test_an_unknown_source_name_says_so_and_names_the_closest(service: Any) -> None:
    response = service.search('source:"Gazette Sud"')
    assert response.total == 0
    [warning] = response.warnings
    assert warning.startswith('source:"gazette sud": no article')
    assert "source:gazette-du-sud.example" in warning


def test_articles_of_no_source_are_filtered_by_an_empty_source(service: Any) -> None:
    response = service.search('incendie source:""')
    assert [h.source for h in response.hits] == [""]
    assert response.warnings == []
