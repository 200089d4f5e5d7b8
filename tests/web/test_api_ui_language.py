"""An unsupported interface language is said, never answered in silence (t-final29 U7:
``/api/v1/latest?lang=de`` was answered in French while other unknown parameters got a
warning). Every list endpoint warns in its ``warnings``; endpoints with ``q`` say that
``lang`` is the interface's and how to filter articles (``lang:de`` in ``q``); every answer
says the language it used in ``Content-Language``; every ``/api/`` answer, lists or not,
repeats the warning in ``X-Veille-Warnings``. Real uvicorn server, demo store and index."""

from __future__ import annotations

import json

import httpx
import pytest

UNSUPPORTED = ("lang=de is not a language of the interface (fr, en): this answer's messages "
               "are in {used} (Content-Language)")
NOT_UI = ("lang=de is not a language of the interface (fr, en) and sets only the language "
          "of localized_warnings: to keep one language's articles, write lang:de in q")


def lang_warnings(body: dict[str, list[str]]) -> list[str]:
    return [w for w in body["warnings"] if w.startswith("lang=")]


@pytest.mark.parametrize("path", ["/api/v1/latest", "/api/v1/stories", "/api/v1/entities",
                                  "/api/v1/places"])
def test_every_list_warns_and_says_its_language(client: httpx.Client, path: str) -> None:
    answer = client.get(path, params={"lang": "de"})
    assert answer.status_code == 200
    assert answer.headers["content-language"] == "fr"  # the default_language setting
    assert lang_warnings(answer.json()) == [UNSUPPORTED.format(used="fr")]
    assert answer.json()["localized_warnings"][-1] == (
        "lang=de n'est pas une langue de l'interface (fr, en) : les messages de cette "
        "réponse sont en fr (Content-Language)")
    # the language used is the one the request's other signals choose
    english = client.get(path, params={"lang": "de"}, headers={"accept-language": "en"})
    assert english.headers["content-language"] == "en"
    assert lang_warnings(english.json()) == [UNSUPPORTED.format(used="en")]
    assert english.json()["localized_warnings"][-1] == UNSUPPORTED.format(used="en")


@pytest.mark.parametrize("path", ["/api/v1/search?q=France", "/api/v1/attention?q=France"])
def test_a_query_endpoint_tells_the_interface_from_the_article_filter(
        client: httpx.Client, path: str) -> None:
    answer = client.get(f"{path}&lang=de")
    assert answer.status_code == 200
    assert lang_warnings(answer.json()) == [NOT_UI]
    assert answer.headers["content-language"] == "fr"


@pytest.mark.parametrize("lang", ["en", "en-GB", "EN", "fr_CA", "fr"])
def test_a_supported_language_is_no_warning(client: httpx.Client, lang: str) -> None:
    answer = client.get("/api/v1/latest", params={"lang": lang})
    assert lang_warnings(answer.json()) == []
    assert answer.headers["content-language"] == lang[:2].lower()
    assert "x-veille-warnings" not in answer.headers


@pytest.mark.parametrize("path", ["/api/v1/stats", "/api/v1/sources", "/api/v1/latest"])
def test_every_api_answer_warns_in_its_header(client: httpx.Client, path: str) -> None:
    answer = client.get(path, params={"lang": "de"})
    assert answer.status_code == 200
    assert json.loads(answer.headers["x-veille-warnings"]) == [UNSUPPORTED.format(used="fr")]
    assert answer.headers["content-language"] == "fr"


def test_an_export_and_a_feed_say_their_language(client: httpx.Client) -> None:
    for path in ("/export.csv", "/feeds/latest.atom"):
        answer = client.get(path, params={"lang": "de"})
        assert answer.status_code == 200
        assert answer.headers["content-language"] == "fr"
    assert client.get("/feeds/latest.atom", params={"lang": "en"}).headers[
        "content-language"] == "en"


def test_the_pages_say_their_language(client: httpx.Client) -> None:
    page = client.get("/", params={"lang": "de"})
    assert page.headers["content-language"] == "fr"
    assert "x-veille-warnings" not in page.headers  # the pages show their language
    assert client.get("/", params={"lang": "en"}).headers["content-language"] == "en"
