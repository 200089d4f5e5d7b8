"""The search page's « (source inconnue) » facet is a link that lists the articles of no
known source, as every other source's facet does (newuser12b D13: it was plain text, and
``source:""`` was ignored). Real store, index and HTTP server."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

CAPTURE = ("Arles : un entrepôt détruit par un incendie\n\nUn entrepôt de la zone "
           "industrielle d'Arles a été détruit par un incendie dans la nuit.\n")
NAMED = ("Arles : l'incendie est maîtrisé\n\nL'incendie de l'entrepôt d'Arles a été maîtrisé "
         "au petit matin, selon les pompiers.\n")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("nosource") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("capture.txt", CAPTURE.encode())])
        service.ingest_bytes([("named.txt", NAMED.encode())], source="lemonde.fr")
    with serve(data) as live:
        yield live


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_unknown_source_facet_is_a_link_to_those_articles(server: LiveServer,
                                                               lang: str) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get("/search", params={"q": "incendie", "lang": lang}).text
        label = "(source inconnue)" if lang == "fr" else "(unknown source)"
        links = [html.unescape(href) for href, text in
                 re.findall(r'<a href="([^"]+)">([^<]*)</a>', page) if html.unescape(text) == label]
        assert len(links) == 1
        query = parse_qs(urlsplit(links[0]).query)["q"][0]
        assert query == 'incendie source:""'
        narrowed = http.get("/api/v1/search", params={"q": query}).json()
        assert [h["source"] for h in narrowed["hits"]] == [""]
        assert narrowed["warnings"] == []


def test_an_unknown_source_is_warned_in_both_languages(server: LiveServer) -> None:
    """newuser12b D5: a source name that matches nothing said nothing."""
    with httpx.Client(base_url=server.url, timeout=60) as http:
        body = http.get("/api/v1/search", params={"q": 'source:"Le Mond"'}).json()
    assert body["total"] == 0
    assert body["warnings"] == ['source:"le mond": no article from a source or site of that '
                                "name; did you mean source:lemonde.fr?"]
    assert body["localized_warnings"] == ['source:"le mond" : aucun article d\'une source ou '
                                          "d'un site de ce nom ; vouliez-vous dire "
                                          "source:lemonde.fr ?"]
