"""Regression (issue 14, h-roles49): the role an article's page gives its author
(``content.author_roles``) was stored and shown by ``veille show`` only: the article page
and ``/api/v1/articles/{id}`` said the name alone. The page now prints "Name (role)" through
the i18n catalogs, the role escaped; the API gives ``author_roles``, documented in the
OpenAPI model. Real store (an HTML page ingested by the CLI) and a real server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

ROLE = "Science & <i>Tech</i> correspondent"
PAGE = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Glacier retreat doubles in a decade</title>"
        "<link rel=\"canonical\" href=\"https://alpine-post.example/science/glacier-retreat\">"
        "<script type=\"application/ld+json\">"
        + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                      "headline": "Glacier retreat doubles in a decade",
                      "datePublished": "2026-12-03T08:00:00+00:00",
                      "author": [{"@type": "Person", "name": "Ingrid Solberg",
                                  "jobTitle": ROLE},
                                 {"@type": "Person", "name": "Marco Ferri"}]})
        + "</script></head><body><article><h1>Glacier retreat doubles in a decade</h1>"
        "<p class=\"byline\">By Ingrid Solberg and Marco Ferri</p><div class=\"text\">"
        "<p>Alpine glaciers lost ice twice as fast over the past ten years as in the decade "
        "before, a survey of more than four hundred of them published on Wednesday found, "
        "with the smallest ones shrinking fastest.</p><p>The researchers measured each glacier "
        "from aerial photographs and satellite images, and warned that most of those below "
        "three thousand metres could disappear before the middle of the century.</p>"
        "<p>Ski resorts and hydroelectric operators, which depend on meltwater in late "
        "summer, have begun to plan for rivers that run lower from August onwards.</p>"
        "</div></article></body></html>")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("roles")
    data, path = root / "data", root / "glacier.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    with veille.open(data) as v:
        (article_id,) = [a.id for a in v.store.iter_articles()]
    return data, article_id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_article_page_prints_the_role_escaped(store: tuple[Path, str], lang: str) -> None:
    data, article_id = store
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get(f"/articles/{article_id}", params={"lang": lang}).text
    facts = page[page.index("<dl class=\"facts\">"):page.index("</dl>")]
    by = "Par" if lang == "fr" else "By"
    escaped = "Science &amp; &lt;i&gt;Tech&lt;/i&gt; correspondent"
    assert f"<dt>{by}</dt><dd>Ingrid Solberg ({escaped}), Marco Ferri</dd>" in facts
    assert "<i>Tech</i>" not in page


def test_the_api_gives_the_roles_and_documents_them(store: tuple[Path, str]) -> None:
    data, article_id = store
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        body = client.get(f"/api/v1/articles/{article_id}").json()
        schema = client.get("/openapi.json").json()
    assert body["authors"] == ["Ingrid Solberg", "Marco Ferri"]
    assert body["author_roles"] == {"Ingrid Solberg": ROLE}
    field = schema["components"]["schemas"]["ArticleDetail"]["properties"]["author_roles"]
    assert "jobTitle" in field["description"]
