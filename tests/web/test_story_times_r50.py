"""Regression (t-final49b B2, B3): `veille stories` and the story pages turned every time
into Paris time, so a Québec capture printed "2 décembre … 21 h 40" was dated the 3rd at
03:40 UTC+1, a day its own clock never gave it; the article page named its zone "fuseau de
Toronto". Now each time is shown on the clock its article was read on, its offset beside it
(the CLI's list and timeline, the story list and the story page), and an assumed zone is
named as a reader knows it (CLDR's metazone, through Babel): "heure de l’Est
nord-américain" / "Eastern Time". A real store and index, the installed command, the app on
127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from capture_kit import err, out, run_veille

QUEBEC = """Régions

Verglas : les autobus de Lévis restent au garage

Par Mélanie Gagnon
Publié le 2 décembre 2026 à 21 h 40

La Société de transport de Lévis a suspendu ses circuits mercredi soir après une pluie
verglaçante, a-t-elle annoncé, tandis que les ponts vers Québec restaient ouverts.

À Sherbrooke et à Trois-Rivières, les municipalités ont épandu du sel toute la soirée, et
Lévis promet un service normal jeudi matin.
"""


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("quebec")
    page = root / "levis.txt"
    page.write_text(QUEBEC, "utf-8")
    done = run_veille(["ingest", str(page)], data_dir=root / "data")
    assert done.returncode == 0, err(done)
    return root / "data"


def test_the_cli_shows_the_story_on_its_article_clock(data: Path) -> None:
    listing = out(run_veille(["stories"], data_dir=data, env={"LANGUAGE": "en"}))
    story_id, day = listing.split()[:2]
    assert day == "2026-12-02", listing  # not the 3rd, Paris's day at that instant
    assert "first published by an unknown source, 2026-12-02 21:40 UTC-5 (assumed zone)" \
        in listing
    assert "03:40" not in listing
    one = out(run_veille(["stories", story_id], data_dir=data, env={"LANGUAGE": "en"}))
    [row] = [line for line in one.splitlines() if line.startswith("  2026-")]
    assert row.startswith("  2026-12-02 21:40 UTC-5 (assumed zone)"), one


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _text(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_the_story_list_and_page_show_its_own_clock(client: httpx.Client) -> None:
    [story] = client.get("/api/v1/stories").json()["stories"]
    assert story["first"] == "2026-12-02T21:40:00-05:00"
    listing = _text(client.get("/stories", params={"lang": "fr"}).text)
    assert "2 déc. 2026 21:40 (UTC−5)" in listing and "3 déc." not in listing
    page = _text(client.get(f"/stories/{story['id']}", params={"lang": "fr"}).text)
    assert "2 déc. 2026 21:40 (UTC−5)" in page and "3 déc." not in page
    assert "fuseau supposé : heure de l’Est nord-américain" in page
    english = _text(client.get(f"/stories/{story['id']}", params={"lang": "en"}).text)
    assert "assumed zone: Eastern Time" in english and "Dec 3" not in english


def test_the_article_page_names_the_zone_as_a_reader_knows_it(client: httpx.Client) -> None:
    [story] = client.get("/api/v1/stories").json()["stories"]
    article = story.get("first_id") or client.get(
        f"/api/v1/stories/{story['id']}").json()["items"][0]["id"]
    french = _text(client.get(f"/articles/{article}", params={"lang": "fr"}).text)
    assert "fuseau supposé : heure de l’Est nord-américain" in french
    assert "fuseau de Toronto" not in french
    english = _text(client.get(f"/articles/{article}", params={"lang": "en"}).text)
    assert "assumed zone: Eastern Time" in english
