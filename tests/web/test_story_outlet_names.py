"""Regression (f-outlet27): the story, entity and place APIs and ``veille stories --json``
gave an outlet by its store key ("lemonde.fr": ``first_source``, a timeline item's
``source``, an entity's ``sources``) where the article page, e-mail, feeds and webhooks
name it ("Le Monde": :mod:`veille.outlet_names`). Every one now carries the shown name
in an ``outlet`` field (``first_outlet``, ``first_tied_outlets``) beside the unchanged key:
the one rule of the article lists and search hits (docs/web.md, *Outlet names*). Real
store, index, spaCy, server and CLI."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from web_kit import serve

import veille
from veille.cli.main import cli
from veille.record import utcnow

DISPATCH = (
    "Un incendie s'est déclaré lundi matin dans une usine chimique classée Seveso de "
    "Petit-Quevilly, près de Rouen, faisant deux blessés légers parmi les employés. "
    "« Il n'y a pas de danger immédiat », a déclaré le préfet de Normandie, Jean-Benoît "
    "Albertini, lors d'un point presse en fin de matinée. Les pompiers ont mobilisé "
    "quatre-vingts hommes et une trentaine de véhicules pour circonscrire le sinistre, "
    "maîtrisé vers midi. Les écoles voisines ont été confinées par précaution.")
OUTLETS = {"lemonde.fr": "Le Monde", "leparisien.fr": "Le Parisien"}


def record(host: str, hours_ago: int) -> str:
    return json.dumps({"title": "Incendie dans une usine près de Rouen",
                       "url": f"https://www.{host}/faits-divers/incendie-rouen",
                       "text": DISPATCH, "source": OUTLETS[host], "language": "fr",
                       "published": (utcnow() - timedelta(hours=hours_ago)).isoformat()},
                      ensure_ascii=False)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("outlets") / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("r.jsonl", (record("lemonde.fr", 5) + "\n"
                                     + record("leparisien.fr", 3) + "\n").encode())])
        v.enrich()
    return data


def check_story(story: dict[str, object]) -> None:
    assert story["first_source"] == "lemonde.fr"  # the key, unchanged
    assert story["first_outlet"] == "Le Monde"
    items = story["items"]
    assert isinstance(items, list)
    assert {(i["source"], i["outlet"]) for i in items} == {
        ("lemonde.fr", "Le Monde"), ("leparisien.fr", "Le Parisien")}


def test_the_story_apis_name_the_outlets(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        [story] = http.get("/api/v1/stories").json()["stories"]
        check_story(story)
        check_story(http.get(f"/api/v1/stories/{story['id']}").json())


def test_veille_stories_json_names_the_outlets(data: Path) -> None:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), "stories", "--json"])
    assert ran.exit_code == 0, ran.output
    [story] = json.loads(ran.stdout)
    check_story(story)
    one = CliRunner().invoke(cli, ["--data-dir", str(data), "stories", story["id"], "--json"])
    check_story(json.loads(one.stdout))


def test_the_entity_and_place_apis_name_the_outlets(data: Path) -> None:
    with veille.open(data) as v:
        person = next(e for e in v.store.entities(limit=50) if "Albertini" in e.name)
        place = next(p for p in v.store.places(limit=50) if p.name == "Rouen")
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for path in (f"/api/v1/entities/{person.id}", f"/api/v1/places/{place.id}"):
            found = http.get(path).json()
            assert {(s["source"], s["outlet"]) for s in found["sources"]} == {
                ("lemonde.fr", "Le Monde"), ("leparisien.fr", "Le Parisien")}, path
            assert {(a["source"], a["outlet"]) for a in found["articles_list"]} == {
                ("lemonde.fr", "Le Monde"), ("leparisien.fr", "Le Parisien")}, path
