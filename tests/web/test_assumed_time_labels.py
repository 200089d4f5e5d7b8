"""Regression (t-final27 F7): wherever a time read in an *assumed* zone is shown, it is
labelled so, and the story's "first published by" agrees with its timeline.

Le Figaro's capture (tests/fixtures/final27 ``02``: "Publié le 01/12/2026 à 09:30", no
zone; read in Europe/Paris, assumed) against AFP's ``09:12+01:00`` (``01``): ``veille
latest`` printed "09:30 UTC+1" and the timelines "09:30" as if stated, while ``veille
stories`` said "first published by AFP or lefigaro.fr (publication order unknown)". Now:
"first published by AFP" everywhere, Le Figaro second, its time labelled "heure supposée"
/ "assumed time" in ``veille latest``, ``veille stories ID``, the story page's timeline
and the latest list. A real store and index, the installed command, the app on
127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.conftest import FIXTURES
from web_kit import serve

from capture_kit import err, out, run_veille

INPUTS = FIXTURES / "final27"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("assumed") / "data"
    for args in (["ingest", str(INPUTS / "02-lefigaro-capture.txt"), "--source", "lefigaro.fr"],
                 ["ingest", str(INPUTS / "01-afp-incendie.ninjs.json")]):
        done = run_veille(args, data_dir=data)
        assert done.returncode == 0, err(done)
    return data


def test_the_cli_labels_the_assumed_time_and_names_one_first(data: Path) -> None:
    latest = out(run_veille(["latest"], data_dir=data)).splitlines()
    # the capture's masthead names the outlet (f-capmeta33): "Le Figaro", not its host
    [figaro] = [line for line in latest if "Le Figaro" in line]
    [afp] = [line for line in latest if "AFP" in line]
    assert "09:30 UTC+1 (assumed zone)" in figaro
    assert "assumed" not in afp
    stories = out(run_veille(["stories"], data_dir=data))
    assert "first published by AFP, 2026-12-01 09:12" in stories
    assert "order unknown" not in stories and "Le Figaro" not in stories
    story_id = stories.split()[0]
    rows = out(run_veille(["stories", story_id], data_dir=data)).splitlines()
    timeline = [line for line in rows if line.startswith("  2026-")]
    assert [("AFP" in line, "(assumed zone)" in line) for line in timeline] == [
        (True, False), (False, True)]


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def test_the_story_page_and_the_list_label_it(client: httpx.Client) -> None:
    [story] = client.get("/api/v1/stories").json()["stories"]
    assert story["first_tied"] == []
    page = client.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
    text = re.sub(r"<[^>]+>", "", page)
    assert "ordre de publication inconnu" not in text
    assert len(re.findall(r"fuseau supposé : heure d’Europe centrale", text)) == 1
    assert "supposé (" not in text  # no nested parentheses (t-final31 U9)
    items = [i for i in story.get("items", [])] or client.get(
        f"/api/v1/stories/{story['id']}").json()["items"]
    assert [i["published_zone_assumed"] for i in items] == ["", "Europe/Paris"]
    latest = re.sub(r"<[^>]+>", "", client.get("/", params={"lang": "fr", "all": 1}).text)
    assert "fuseau supposé : heure d’Europe centrale" in latest


def test_an_assumed_first_publication_is_labelled(tmp_path: Path) -> None:
    """Le Figaro first (Ouest-France's copy at 09:45+01:00 after it): "first published by
    Le Figaro, 09:30 (assumed zone)" (the capture's masthead names it), in the header as
    in its timeline row and the JSON."""
    data = tmp_path / "data"
    for args in (["ingest", str(INPUTS / "02-lefigaro-capture.txt"), "--source", "lefigaro.fr"],
                 ["ingest", str(INPUTS / "03-ouestfrance.html")]):
        assert run_veille(args, data_dir=data).returncode == 0
    stories = out(run_veille(["stories"], data_dir=data))
    # An AFP copy's story names the agency first (h-copies67): "AFP dispatch, carried first by".
    assert "carried first by Le Figaro, 2026-12-01 09:30 UTC+1 (assumed zone)" in stories
    as_json = out(run_veille(["stories", stories.split()[0], "--json"], data_dir=data))
    assert '"first_zone_assumed": "Europe/Paris"' in as_json
