"""An untitled article's search hit has a visible headline link (nu7 P9): the ``<a>`` was
empty, nothing to click or read. It now says "(sans titre)" / "(untitled)", from the
locale files. Real store, index, CLI and server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from lxml import html
from web_kit import serve

from veille.cli.main import main

RECORD = {"url": "https://a.example/sans-titre", "language": "fr",
          "text": "Un texte sans titre publié par erreur, avec une seule phrase assez longue "
                  "pour être un article de presse sur la grève des cheminots."}


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("untitled")
    path = root / "in.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    with serve(root / "data") as server, \
            httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.mark.parametrize(("lang", "label"), [("fr", "(sans titre)"), ("en", "(untitled)")])
def test_untitled_hit_has_a_visible_headline(http: httpx.Client, lang: str,
                                             label: str) -> None:
    page = http.get("/search", params={"q": "cheminots", "lang": lang})
    assert page.status_code == 200
    [link] = html.fromstring(page.text).cssselect(".results a.title")
    assert link.text_content().strip() == label
