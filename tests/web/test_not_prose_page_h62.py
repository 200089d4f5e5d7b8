"""Regression (h-nonprose62; t-final61 #6): the article page and the API say that an
article's body is no prose (a list of names in a wire item), in the reader's language,
and a real brief says nothing of it. A real store and index, the installed command, the
app on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import serve

from capture_kit import err, run_veille

NAMES = {"uri": "urn:newsml:agence-loire.example:20261205:IDX-2", "type": "text",
         "version": "1", "pubstatus": "usable", "language": "fr",
         "firstcreated": "2026-12-05T11:00:00+01:00",
         "versioncreated": "2026-12-05T11:00:00+01:00", "headline": "Thèmes du jour",
         "body_text": "Brévannes\nYerres\npasserelle\nOdile Marchetti\ncrue\nmairie"}
BRIEF = dict(NAMES, uri="urn:newsml:agence-loire.example:20261205:BRIEF-2",
             headline="Brévannes inaugure sa passerelle sur l'Yerres",
             body_text="La maire de Brévannes, Odile Marchetti, a inauguré samedi la "
                       "passerelle sur l'Yerres. Elle relie les deux rives du vieux bourg.")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("nonprose")
    files = []
    for name, item in (("names.json", NAMES), ("brief.json", BRIEF)):
        (root / name).write_text(json.dumps(item), "utf-8")
        files.append(str(root / name))
    data = root / "data"
    done = run_veille(["ingest", *files], data_dir=data)
    assert done.returncode == 0, err(done)
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _ids(client: httpx.Client) -> dict[str, str]:
    rows = client.get("/api/v1/latest").json()["articles"]
    return {row["title"]: row["id"] for row in rows}


def test_the_api_and_the_page_say_the_body_is_no_prose(client: httpx.Client) -> None:
    ids = _ids(client)
    names, brief = ids["Thèmes du jour"], ids["Brévannes inaugure sa passerelle sur l'Yerres"]
    found = client.get(f"/api/v1/articles/{names}").json()
    assert "list of tags, names or links" in found["not_prose"]
    assert client.get(f"/api/v1/articles/{brief}").json()["not_prose"] == ""
    french = client.get(f"/articles/{names}", params={"lang": "fr"}).text
    english = client.get(f"/articles/{names}", params={"lang": "en"}).text
    assert "Ce texte n'est pas rédigé" in french.replace("&#39;", "'")
    assert "This text is no prose" in english
    assert "not-prose" not in client.get(f"/articles/{brief}", params={"lang": "fr"}).text
