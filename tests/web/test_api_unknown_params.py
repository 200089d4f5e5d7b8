"""The JSON API's lists name every parameter they ignore, and an offset past the end
(t-final28 F7): ``/api/v1/stories?page=-7`` answered page 1 with no warning, ``source=`` beside
``q`` returned unfiltered hits, ``period=`` on attention the default interval. Real uvicorn
server on 127.0.0.1, demo store and index."""

from __future__ import annotations

import string

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LISTS = ["/api/v1/latest", "/api/v1/stories", "/api/v1/entities", "/api/v1/places",
         "/api/v1/search", "/api/v1/attention?q=France"]


def warned(client: httpx.Client, path: str, **params: object) -> list[str]:
    response = client.get(path, params=params)  # type: ignore[arg-type]
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["localized_warnings"]) == len(body["warnings"])
    return list(body["warnings"])


@pytest.mark.parametrize("path", ["/api/v1/stories", "/api/v1/entities", "/api/v1/places",
                                  "/api/v1/latest"])
@pytest.mark.parametrize("page", ["99999999", "0", "-7", "1e9", "abc"])
def test_page_on_an_offset_list_is_named(client: httpx.Client, path: str, page: str) -> None:
    said = warned(client, path, page=page)
    assert said == ["unknown parameter page ignored: this list pages with offset and limit, "
                    "or cursor"]


def test_search_filters_belong_in_q(client: httpx.Client) -> None:
    said = warned(client, "/api/v1/search", q="France", source="nonexistent.fr", foo="bar",
                  lang="zz")
    assert "unknown parameter source ignored: filters go in q, as source:…" in said
    assert any(w.startswith("unknown parameter foo ignored: this endpoint takes q, page,")
               for w in said)
    assert any(w.startswith("lang=zz is not a language of the interface") for w in said)
    assert warned(client, "/api/v1/search", q="France", lang="en") == []
    # search takes the lists' limit and offset since t-final66 R5 (one paging vocabulary,
    # per_page and page kept as aliases): no warning; an offset off a page boundary says so
    assert warned(client, "/api/v1/search", q="France", limit=5, offset=10) == []
    assert warned(client, "/api/v1/search", q="France", size=5) == [
        "unknown parameter size ignored: use limit"]


def test_attention_period_is_interval(client: httpx.Client) -> None:
    assert warned(client, "/api/v1/attention", q="France", period="century") == [
        "unknown parameter period ignored: use interval"]


def test_french_translation(client: httpx.Client) -> None:
    body = client.get("/api/v1/stories", params={"page": 2, "lang": "fr"}).json()
    assert body["localized_warnings"] == [
        "paramètre inconnu page ignoré : cette liste se parcourt avec offset et limit, "
        "ou cursor"]


@pytest.mark.parametrize(("path", "key"), [("/api/v1/stories", "stories"),
                                           ("/api/v1/entities", "entities"),
                                           ("/api/v1/places", "places"),
                                           ("/api/v1/latest", "articles")])
def test_past_the_end_offset_is_said(client: httpx.Client, path: str, key: str) -> None:
    body = client.get(path, params={"offset": 99999}).json()
    assert body[key] == []
    assert any(w.startswith("offset 99999 is past the end of this list")
               for w in body["warnings"]), body["warnings"]
    first = client.get(path).json()
    assert first["warnings"] == []  # the demo store is not enriched: no entity


NAMES = st.text(string.ascii_letters + string.digits + "_-.[]é", min_size=1, max_size=12)
VALUES = st.text(max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(LISTS), extra=st.dictionaries(NAMES, VALUES, max_size=4))
def test_any_query_string_is_answered(client: httpx.Client, path: str,
                                      extra: dict[str, str]) -> None:
    """Never a 500: a 200 naming each unknown parameter, or a 422 for a bad value."""
    response = client.get(path, params=extra)
    assert response.status_code in (200, 422), (path, extra, response.text)
    if response.status_code == 200:
        said = " ".join(response.json()["warnings"])
        declared = {"q", "page", "per_page", "sort", "collapse", "cursor", "limit", "offset",
                    "after_seq", "until_seq", "changed_after", "undated", "min_articles",
                    "label", "name", "interval", "raw", "split", "lang"}
        for name in extra:
            if name not in declared:
                assert f"unknown parameter {name[:40]}" in said, (name, said)
