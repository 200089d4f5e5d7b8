"""Articles without a source are no outlet (R10): a story's source counts left "(source
inconnue)" in as one more outlet. The story page, the API and ``veille stories`` now count
only named sources and say apart how many articles have none."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_kit import serve

from dispatch_kit import body_paragraphs, capture
from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One dispatch: an outlet's article, and the same text twice from files ingested
    without ``--source`` (no source)."""
    data = tmp_path_factory.mktemp("unsourced") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    paras = body_paragraphs()
    ingest_texts(store, [("r0.txt", capture("Coalition", paras, top=["Site"], bottom=[]))],
                 source="outlet0.example")
    for n, body in enumerate((paras[:-1], paras[1:]), start=1):
        ingest_texts(store, [(f"r{n}.txt", capture(f"Coalition {n}", body, top=[f"Site {n}"],
                                                   bottom=[]))])
    store.close()
    main(["--data-dir", str(data), "reindex"])
    return data


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _story(client: httpx.Client) -> dict[str, Any]:
    [story] = [s for s in client.get("/api/v1/stories").json()["stories"]
               if s["articles"] > 1]
    return story


def test_the_api_counts_no_source_as_no_outlet(client: httpx.Client) -> None:
    """Regression: ``sources`` was 2 (the outlet and "no source")."""
    story = _story(client)
    assert story["articles"] == 3
    assert {i["source"] for i in story["items"]} == {"outlet0.example", ""}
    assert (story["sources"], story["independent_sources"], story["unsourced"]) == (1, 1, 2)


def test_the_story_pages_say_how_many_articles_have_no_source(client: httpx.Client) -> None:
    story = _story(client)
    # counts that add up (t-reader22 R5)
    for lang, counts, apart in (("fr", "1 source, avec un article propre",
                                 "2 articles sans source"),
                                ("en", "1 source, with its own article",
                                 "2 articles without a source")):
        for path in (f"/stories/{story['id']}", "/stories"):
            page = client.get(path, params={"lang": lang}).text
            assert counts in page and apart in page, (lang, path)


def test_the_cli_agrees(data: Path, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    main(["--data-dir", str(data), "stories", "--json"])
    [story] = [s for s in json.loads(capsys.readouterr().out) if s["articles"] > 1]
    assert (story["sources"], story["independent_sources"], story["unsourced"]) == (1, 1, 2)
    main(["--data-dir", str(data), "stories", story["id"]])
    header = capsys.readouterr().out.splitlines()[1]
    # each thing once (t-final22 F16); the two copies without a source were "2 reprints"
    # ("another outlet's copies"): whose they are is unknown (h-copies66)
    assert header.strip().startswith("3 articles, including 2 copies whose outlet is unknown; "
                                     "1 source, with its own article")
    assert header.endswith("2 articles without a source")
