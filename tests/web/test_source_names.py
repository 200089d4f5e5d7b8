"""A source named with spaces, an ampersand or a slash is found by ``source:``, and the
search page's source facet links to what it shows (newuser10 S10: ``source:Var Matin``
unquoted, and any name holding a "/" read as a URL, found nothing; verify10: a name holding
a double quote could not be written at all, and its facet link found nothing)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.index.query import field_clause, parse_query
from veille.service import Veille
from veille.settings import Settings

NAME = "Var Matin & <i>Nice</i>"
TEXT = ("Hyères : la plage rouvre\n\nLa plage de l'Almanarre, à Hyères, rouvre au public "
        "après les tempêtes de la semaine dernière.\n")
QUOTED = 'Le "Petit" Journal'
TOULON = ("Toulon : le marché rouvre\n\nLe marché du cours Lafayette, à Toulon, rouvre "
          "mardi après trois semaines de travaux.\n")
OTHER = ("Hyères : le port s'agrandit\n\nLe port de Hyères accueillera de plus grands "
         "navires, a annoncé la municipalité lundi.\n")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("names") / "data"
    with Veille(Settings(data_dir=data)) as service:
        # A record's own source, not a given one: markup is refused as --source (t-final29
        # F11), but a page or a feed may still name its outlet so, and the pages escape it.
        title, body = TEXT.split("\n\n", 1)
        record = json.dumps({"title": title, "text": body.strip(), "source": NAME,
                             "url": "https://var.example/hyeres-plage", "language": "fr"},
                            ensure_ascii=False)
        service.ingest_bytes([("var.jsonl", (record + "\n").encode())])
        service.ingest_bytes([("other.txt", OTHER.encode())], source="lemonde.fr")
        service.ingest_bytes([("toulon.txt", TOULON.encode())], source=QUOTED)
    with serve(data) as live:
        yield live


def test_a_source_name_with_spaces_and_a_slash_is_searched_and_faceted(
        server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        api = http.get("/api/v1/search", params={"q": f'Hyères {field_clause("source", NAME)}'})
        assert [h["source"] for h in api.json()["hits"]] == [NAME]
        page = http.get("/search", params={"q": "Hyères", "lang": "fr"}).text
        assert "<i>Nice</i>" not in page  # escaped, never markup
        links = [html.unescape(m) for m in re.findall(r'<a href="([^"]+)">Var Matin', page)]
        assert len(links) == 1
        query = parse_qs(urlsplit(links[0]).query)["q"][0]
        assert query == 'Hyères source:"Var Matin & <i>Nice</i>"'
        narrowed = http.get("/api/v1/search", params={"q": query}).json()
        assert [h["source"] for h in narrowed["hits"]] == [NAME]


def _links_to(page: str, shown: str) -> list[str]:
    """The targets of the page's links whose text is ``shown``."""
    return [html.unescape(href) for href, text in re.findall(r'<a href="([^"]+)">([^<]*)</a>',
                                                              page)
            if html.unescape(text).strip() == shown]


def test_a_source_name_with_double_quotes_is_searched_from_its_links(
        server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        search = http.get("/search", params={"q": "Toulon", "lang": "fr"}).text
        home = http.get("/", params={"lang": "fr"}).text
        facet, listed = _links_to(search, QUOTED), _links_to(home, QUOTED)
        assert len(facet) == 1 and len(listed) == 1, (facet, listed)
        for link in (facet[0], listed[0]):
            query = parse_qs(urlsplit(link).query)["q"][0]
            assert r'source:"Le \"Petit\" Journal"' in query
            found = http.get("/api/v1/search", params={"q": query}).json()
            assert [h["source"] for h in found["hits"]] == [QUOTED], query


@pytest.mark.parametrize(("written", "value"), [
    ("source:https://www.lemonde.fr/politique/", "lemonde.fr"),
    ("source:www.lemonde.fr/politique/", "lemonde.fr"),
    ("source:www.lemonde.fr", "lemonde.fr"),
    ('source:"Var Matin & <i>Nice</i>"', "var matin & <i>nice</i>"),
    ('source:"20/20 Hebdo"', "20/20 hebdo"),
    (r'source:"Le \"Petit\" Journal"', 'le "petit" journal'),
    (r'source:"a\\b"', "a\\b"),
    (r'source:"a\b"', "a\\b"),  # a backslash before another character is itself
])
def test_a_source_value_is_a_host_only_when_it_is_an_address(written: str, value: str) -> None:
    node = parse_query(written).node
    assert getattr(node, "value", None) == value


def test_field_clauses_quote_what_is_not_one_token() -> None:
    assert field_clause("source", "lemonde.fr") == "source:lemonde.fr"
    assert field_clause("source", "Var Matin") == 'source:"Var Matin"'
    assert field_clause("source", 'Le "Petit" Journal') == r'source:"Le \"Petit\" Journal"'
