"""One story names its outlets in one style: the outlet's declared name, the host kept as
the key and the name's title (t-reader21 R13).

Records declaring "Le Soir" on ``lesoir.be`` are stored under the host (the site's own
name gives way to it: docs/record.md), while "La Libre Belgique" on ``lalibre.be`` (a host
that does not spell it) is stored as declared: the story's timeline read "lesoir.be
[reprint]" next to "La Libre Belgique [reprint]". Now every list, timeline, article page
and CLI line shows "Le Soir", with ``lesoir.be`` as its ``title``; ``source:`` finds the
outlet by either form.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.cli.main import main
from veille.outlet_names import outlet_name

TEXT = ("L'agence de notation Fitch a relevé jeudi la note souveraine du Portugal d'un cran, "
        "de A- à A, saluant la baisse de la dette publique et la vigueur de la croissance.\n\n"
        "Le ministre des Finances a salué « une reconnaissance des efforts des Portugais » "
        "et promis de poursuivre la réduction du déficit l'an prochain.\n\n"
        "Lisbonne retrouve ainsi un niveau de notation qu'elle n'avait plus connu depuis la "
        "crise de la dette de 2011, quand le pays avait dû demander l'aide de l'Europe.")
RECORDS = [
    ("https://www.afp.com/fr/actus/fitch-releve-la-note-du-portugal", "AFP",
     "Fitch relève la note du Portugal", "2026-11-05T22:10:00+01:00"),
    ("https://www.lesoir.be/1234/article/2026-11-06/fitch-salue-le-portugal", "Le Soir",
     "Fitch salue les efforts du Portugal", "2026-11-06T07:00:00+01:00"),
    ("https://www.lalibre.be/economie/2026/11/06/le-portugal-remonte-chez-fitch",
     "La Libre Belgique", "Le Portugal remonte chez Fitch", "2026-11-06T08:10:00+01:00"),
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("outlets")
    path = root / "records.jsonl"
    path.write_text("".join(json.dumps(
        {"url": url, "source": source, "title": title, "text": TEXT, "published": when,
         "language": "fr"}, ensure_ascii=False) + "\n"
        for url, source, title, when in RECORDS), encoding="utf-8")
    for args in (["ingest", str(path)], ["reindex"]):
        assert main(["--data-dir", str(root / "data"), *args]) == 0
    return root / "data"


@pytest.fixture(scope="module")
def server(data: Path) -> Iterator[LiveServer]:
    with serve(data) as live:
        yield live


def _run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    return capsys.readouterr().out


def _story_id(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    [story] = json.loads(_run(data, capsys, "stories", "--json"))
    assert story["articles"] == 3
    return str(story["id"])


def test_the_cli_names_every_outlet_of_a_story_by_its_name(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(data, capsys, "stories", _story_id(data, capsys))
    assert "first published by AFP," in out
    assert re.search(r"\bAFP  \w{16}  Fitch relève", out)
    assert "Le Soir [reprint]" in out and "La Libre Belgique [reprint]" in out
    assert "lesoir.be" not in out and "afp.com" not in out
    latest = _run(data, capsys, "latest")
    assert "Le Soir [reprint]" in latest and "lesoir.be" not in latest
    # The key stays the host: scripts read what the store holds.
    stored = {json.loads(line)["source"] for line in _run(data, capsys, "latest", "--json")
              .splitlines()}
    assert stored == {"afp.com", "lesoir.be", "La Libre Belgique"}


def test_the_pages_name_every_outlet_by_its_name_with_the_host_as_title(
        data: Path, server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    story_id = _story_id(data, capsys)
    with httpx.Client(base_url=server.url, timeout=60) as http:
        story = http.get(f"/stories/{story_id}", params={"lang": "fr"}).text
        sources = re.findall(r'<span class="source"( title="[^"]*")?>([^<]*)</span>', story)
        assert sorted(sources) == [("", "La Libre Belgique"), (' title="afp.com"', "AFP"),
                                   (' title="lesoir.be"', "Le Soir")]
        assert '<strong title="afp.com">AFP</strong>' in story
        home = http.get("/", params={"lang": "fr", "all": "1"}).text
        assert '<span class="source" title="lesoir.be">Le Soir</span>' in home
        assert ">lesoir.be<" not in home and ">afp.com<" not in home
        # The home page's source list: the name shown, the host searched.
        [link] = [html.unescape(h) for h in re.findall(r'<a href="([^"]+)">Le Soir</a>', home)]
        assert parse_qs(urlsplit(link).query)["q"][0] == "source:lesoir.be"
        soir = http.get("/api/v1/search", params={"q": "source:lesoir.be"}).json()["hits"]
        [soir_id] = [h["id"] for h in soir]
        article = http.get(f"/articles/{soir_id}", params={"lang": "fr"}).text
        assert "Le Soir (lesoir.be)" in article
        search = http.get("/search", params={"q": "Portugal", "lang": "fr", "all": "1"}).text
        assert '<span class="source" title="lesoir.be">Le Soir</span>' in search


def test_the_source_filter_finds_an_outlet_by_its_host_and_by_its_name(
        server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        for query in ("source:lesoir.be", 'source:"Le Soir"'):
            hits = http.get("/api/v1/search", params={"q": query}).json()["hits"]
            assert [h["title"] for h in hits] == ["Fitch salue les efforts du Portugal"]


def test_the_shown_name_is_the_sites_own_declared_name() -> None:
    assert outlet_name("lesoir.be", ["Le Soir", "Le Soir", ""]) == "Le Soir"
    assert outlet_name("afp.com", ["AFP"]) == "AFP"
    # Another outlet's name, a host, or nothing declared: the host stays.
    assert outlet_name("lefigaro.fr", ["AFP", "lefigaro.fr", ""]) == "lefigaro.fr"
    assert outlet_name("lemonde.fr", ["Le Monde.fr - Actualités et infos"]) == "lemonde.fr"
    # A declared name that is the source: shown as stored.
    assert outlet_name("La Libre Belgique", ["La Libre Belgique"]) == "La Libre Belgique"
    # The most frequent spelling wins, ties in alphabetical order: one name per outlet.
    assert outlet_name("ouest-france.fr", ["Ouest France", "Ouest-France",
                                           "Ouest-France"]) == "Ouest-France"
    assert outlet_name("ouest-france.fr", ["Ouest-France", "Ouest France"]) == "Ouest France"
