"""An untitled article's search hit has a visible headline link (nu7 P9): the ``<a>`` was
empty, nothing to click or read. It said "(sans titre)" / "(untitled)", alike for every
untitled row; it now shows the first words of the text in italics, and the feeds title the
entry "(sans titre) …" / "(untitled) …", in the reader's language (t-final29 U4:
veille.display_title). Real store, index, CLI and server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from lxml import etree, html
from web_kit import serve

from veille.cli.main import main

ATOM = "{http://www.w3.org/2005/Atom}"

RECORD = {"url": "https://a.example/sans-titre", "language": "fr",
          "text": "Un texte sans titre publié par erreur, avec une seule phrase assez longue "
                  "pour être un article de presse sur la grève des cheminots."}
WORDS = ("Un texte sans titre publié par erreur, avec une seule phrase assez longue pour "
         "être un…")


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("untitled")
    path = root / "in.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    with serve(root / "data") as server, \
            httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_untitled_hit_has_a_visible_headline(http: httpx.Client, lang: str) -> None:
    page = http.get("/search", params={"q": "cheminots", "lang": lang})
    assert page.status_code == 200
    [link] = html.fromstring(page.text).cssselect(".results a.title")
    assert link.text_content().strip() == WORDS
    assert link.cssselect("em.untitled")


@pytest.mark.parametrize("path", ["/feeds/latest.atom", "/feeds/search.atom?q=cheminots",
                                  "/feeds/latest.json", "/feeds/search.json?q=cheminots"])
@pytest.mark.parametrize(("lang", "label"), [("fr", "(sans titre)"), ("en", "(untitled)")])
def test_untitled_feed_entry_is_labelled_in_the_readers_language(http: httpx.Client,
                                                                 path: str, lang: str,
                                                                 label: str) -> None:
    """newuser7 P13: the Atom entry of an untitled article said "(untitled)" in a French feed,
    and the JSON Feed item had a null title."""
    response = http.get(path + ("&" if "?" in path else "?") + f"lang={lang}")
    assert response.status_code == 200
    if path.endswith(".json") or ".json?" in path:
        [item] = response.json()["items"]
        assert item["title"] == f"{label} {WORDS}"
    else:
        [entry] = etree.fromstring(response.content).findall(f"{ATOM}entry")
        assert entry.findtext(f"{ATOM}title") == f"{label} {WORDS}"
