"""The search API sends its result as bytes it serialised itself (a faster path than FastAPI's
``response_model`` validation and serialisation): the bytes must be what the model says, and
the content what the search computes, on a real index behind a real server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from web_kit import LiveServer, serve

from veille.web import queries
from veille.web.context import WebContext
from veille.web.models import SearchResult

CASES = [
    {"q": "coalition antijihadiste"},
    {"q": "France", "sort": "date", "per_page": 5, "page": 2},
    {"q": "syrie", "collapse": "true"},
    {"q": "France", "sort": "fresh", "per_page": 3},
    {"q": '"retrait américain'},  # an unbalanced quote: a warning
    {"q": "zzzqqqxxx"},  # nothing found
]


@pytest.mark.parametrize("params", CASES, ids=lambda p: str(p["q"]))
def test_search_json_is_the_models_json(client: httpx.Client, live: LiveServer,
                                        search_available: bool,
                                        params: dict[str, object]) -> None:
    if not search_available:
        pytest.skip("search index not built")
    # The reader's language ranks its articles first once the shared index holds another
    # language (other tests add some): the same language on both sides.
    response = client.get("/api/v1/search", params=params,  # type: ignore[arg-type]
                          headers={"Accept-Language": "fr"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    # Exactly the model's fields in the model's order, nothing missing, nothing more.
    model = SearchResult.model_validate_json(response.content)
    assert response.content == model.model_dump_json(by_alias=True).encode()
    # The same content as the search computes (FastAPI's own encoding of the model).
    app = live.server.config.app
    assert isinstance(app, FastAPI)
    context: WebContext = app.state.web
    expected = jsonable_encoder(queries.run_search(
        context, q=str(params["q"]), page=int(str(params.get("page", 1))),
        per_page=int(str(params.get("per_page", 10))),
        sort=params.get("sort", "relevance"),  # type: ignore[arg-type]
        collapse=params.get("collapse") == "true", language="fr"))
    sent = response.json()
    assert sent.pop("took_ms") >= 0 and expected.pop("took_ms") >= 0
    # the warnings in the request's language: the endpoint's own, one per warning
    assert len(sent.pop("localized_warnings")) == len(expected["warnings"])
    expected.pop("localized_warnings")
    assert sent == expected
    if params["q"] == "coalition antijihadiste":
        assert sent["total"] >= 1 and sent["hits"] and sent["facets"]["source"]


def test_search_errors_keep_their_shape(client: httpx.Client) -> None:
    """A refused query is still the API's error JSON, not bytes of the fast path."""
    response = client.get("/api/v1/search", params={"q": "x", "page": 201})
    assert response.status_code == 422
    assert set(response.json()) == {"error"}


def test_search_without_an_index_is_the_503_error(tmp_path: Path) -> None:
    """The search raises in the worker thread: the answer is the API's 503, as before."""
    with serve(tmp_path / "data") as server:
        response = httpx.get(f"{server.url}/api/v1/search", params={"q": "syrie"}, timeout=30)
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["status"] == 503 and "veille reindex" in error["hint"]
