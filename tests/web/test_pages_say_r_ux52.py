"""The web app says what it means (issue 14; t-final51 B3, B8; t-final51b B6), on a real
server on 127.0.0.1 over a real store:

- ``GET /api/v1/articles`` (no such read route) and any unknown /api/ path: the status
  with a hint to /api/v1/latest and /api/v1/search, in French and English;
- the article page of an article whose date was refused (after the fetch time) says why
  beside "unknown", and the API carries ``dates_rejected``;
- the article page says the *zone* is assumed: "fuseau supposé" / "assumed zone".
"""

from __future__ import annotations

import html
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

FUTURE = "\n\n".join([
    "Agriculture : les vendanges s'achèvent en Bourgogne",
    'Publié le samedi 14 décembre 2041 à 10h15',
    'Les vignerons de Bourgogne ont terminé leurs vendanges avec trois semaines '
    "d'avance, une première selon l'interprofession.",
    'À Beaune, les caves coopératives ont reçu des raisins plus sucrés que '
    "d'habitude.",
]) + "\n"

TIMED = "\n\n".join([
    'Culture : la médiathèque de Saint-Nazaire rouvre après deux ans de travaux',
    'Publié le jeudi 5 novembre 2026 à 11h05',
    'La médiathèque de Saint-Nazaire a rouvert jeudi ses portes au public après '
    'deux ans de travaux de rénovation.',
    'Le bâtiment accueille désormais un espace consacré aux jeux vidéo et un studio '
    "d'enregistrement.",
]) + "\n"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("says")
    data = root / "data"
    for name, text in (("future.txt", FUTURE), ("timed.txt", TIMED)):
        (root / name).write_text(text, encoding="utf-8")
        assert main(["--data-dir", str(data), "ingest", "--source", "ouest-france.fr",
                     str(root / name)]) in (0, None)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        latest = http.get("/api/v1/latest").json()
        items = latest["articles"] + latest["undated"]
    return data, {item["title"].split()[0]: item["id"] for item in items}


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", "lisez les articles avec GET /api/v1/latest ou GET /api/v1/search"),
    ("en", "read articles with GET /api/v1/latest or GET /api/v1/search")])
def test_an_unknown_api_path_hints_at_the_read_routes(
        store: tuple[Path, dict[str, str]], lang: str, words: str) -> None:
    data, _ = store
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        for path in ("/api/v1/articles", "/api/v1/nothing-here"):
            answer = http.get(path, headers={"Accept-Language": lang,
                                             "Accept": "application/json"})
            assert answer.status_code in (404, 405), path
            error = answer.json()["error"]
            assert "/api/v1/latest" in error["hint"] and "/api/v1/search" in error["hint"]
            assert words in error["localized_hint"], error


def test_a_refused_date_is_said_on_the_article_page(
        store: tuple[Path, dict[str, str]]) -> None:
    data, ids = store
    article = ids["Agriculture"]
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        record = http.get(f"/api/v1/articles/{article}").json()
        assert record["published"] is None
        assert "2041-12-14T10:15:00+01:00 (dateline): after the fetch time" in \
            record["dates_rejected"]
        for lang, words in (("fr", "la date de la page a été refusée"),
                            ("en", "the page's date was refused")):
            page = html.unescape(http.get(f"/articles/{article}", params={"lang": lang}).text)
            assert f"({words}: 2041-12-14T10:15:00+01:00" in page.replace(" :", ":"), lang


def test_the_zone_is_what_is_assumed(store: tuple[Path, dict[str, str]]) -> None:
    data, ids = store
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        for lang, words in (("fr", "fuseau supposé : heure d’Europe centrale"),
                            ("en", "assumed zone: Central European Time")):
            page = html.unescape(http.get(f"/articles/{ids['Culture']}",
                                          params={"lang": lang}).text)
            assert f'<span class="assumed-time">{words}</span>' in page, lang
