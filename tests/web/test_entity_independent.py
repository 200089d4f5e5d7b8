"""Regression (newuser7 P13 p): an entity's or place's page counted one dispatch's
reprints as separate articles ("Articles qui le citent : 3", a timeline of 3 for one AFP
dispatch and its 2 reprints), while its quotes collapsed them and the Attention page
counted independent coverage apart. The page, its JSON twin and its timeline now give the
independent articles apart (the Attention page's definition: not a reprint or teaser of
another outlet's article), in English and French. Real store, index, server, spaCy."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from dispatch_kit import outlet_record
from veille.record import utcnow

DISPATCH = (
    "Un incendie s'est déclaré lundi matin dans une usine chimique classée Seveso de "
    "Petit-Quevilly, près de Rouen, faisant deux blessés légers parmi les employés. "
    "« Il n'y a pas de danger immédiat », a déclaré le préfet de Normandie, Jean-Benoît "
    "Albertini, lors d'un point presse en fin de matinée. Les pompiers ont mobilisé "
    "quatre-vingts hommes et une trentaine de véhicules pour circonscrire le sinistre, "
    "maîtrisé vers midi. Les écoles voisines ont été confinées par précaution et un panache "
    "de fumée noire était visible depuis le centre de Rouen. Une enquête a été ouverte pour "
    "déterminer les causes de l'incendie, a précisé le parquet, qui n'exclut aucune piste.")
OTHER = (
    "Le conseil municipal de Caen a voté mardi soir un budget en hausse pour les "
    "transports publics, avec deux nouvelles lignes de bus prévues pour l'an prochain. "
    "Le préfet Jean-Benoît Albertini a salué un effort pour la sécurité des usagers. "
    "Les élus d'opposition ont dénoncé un manque de concertation avec les habitants.")



@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    # Hours before yesterday noon (UTC): all on one day in UTC and in Paris, whatever
    # the hour the test runs at (at 03:00 UTC, "5 hours ago" was the day before).
    noon = datetime.combine(utcnow().date() - timedelta(days=1), time(12), tzinfo=UTC)
    base = (utcnow() - noon).total_seconds() / 3600
    lines = [outlet_record("afp.example", base + 5, DISPATCH,
                           "Incendie dans une usine près de Rouen"),
             outlet_record("lefigaro.example", base + 4, DISPATCH,
                           "Rouen : incendie dans une usine"),
             outlet_record("20minutes.example", base + 3, DISPATCH, "Incendie près de Rouen"),
             outlet_record("caen.example", base + 2, OTHER,
                           "Caen vote son budget des transports")]
    with veille.open(data) as v:
        v.ingest_bytes([("dispatch.jsonl", ("\n".join(lines) + "\n").encode())])
        v.enrich()
    return data


def test_entity_and_place_pages_count_reprints_apart(data: Path) -> None:
    with veille.open(data) as v:
        person = next(e for e in v.store.entities(limit=50) if "Albertini" in e.name)
        place = next(p for p in v.store.places(limit=50) if p.name == "Rouen")
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        entity = client.get(f"/api/v1/entities/{person.id}").json()
        assert (entity["articles"], entity["independent"]) == (4, 2)
        assert sum(p["independent"] for p in entity["timeline"]["points"]) == 2
        where = client.get(f"/api/v1/places/{place.id}").json()
        assert (where["articles"], where["independent"]) == (3, 1)
        assert [(p["articles"], p["independent"]) for p in where["timeline"]["points"]
                if p["articles"]] == [(3, 1)]
        fr = client.get(f"/entities/{person.id}", headers={"Accept-Language": "fr"}).text
        assert "Articles qui le citent : 4 (dont 2 indépendants, 2 reprises)" in fr
        en = client.get(f"/places/{place.id}", headers={"Accept-Language": "en"}).text
        assert "Articles citing it: 3 (1 independent, 2 reprints)" in en
        assert "independent articles" in en


def test_a_teaser_is_counted_as_a_teaser_not_a_reprint(tmp_path: Path) -> None:
    """newuser15a W10: an entity's and a place's page counted a teaser of the story as a
    reprint ("4 (dont 1 indépendant, 3 reprises)") where the story page said "2 reprises · 1
    extrait". Both now split the copies alike, and the JSON gives ``teasers`` apart."""
    data = tmp_path / "data"
    noon = datetime.combine(utcnow().date() - timedelta(days=1), time(12), tzinfo=UTC)
    base = (utcnow() - noon).total_seconds() / 3600
    teaser = " ".join(DISPATCH.split(". ")[:2]) + "."
    lines = [outlet_record("afp.example", base + 5, DISPATCH,
                           "Incendie dans une usine près de Rouen"),
             outlet_record("lefigaro.example", base + 4, DISPATCH,
                           "Rouen : incendie dans une usine"),
             outlet_record("breves.example", base + 3, teaser, "Incendie près de Rouen")]
    with veille.open(data) as v:
        v.ingest_bytes([("dispatch.jsonl", ("\n".join(lines) + "\n").encode())])
        v.enrich()
        relations = sorted((a.source, a.dedup.relation if a.dedup else "")
                           for a in v.store.iter_articles())
        assert relations == [("afp.example", ""), ("breves.example", "teaser"),
                             ("lefigaro.example", "reprint")]
        place = next(p for p in v.store.places(limit=50) if p.name == "Rouen")
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        where = client.get(f"/api/v1/places/{place.id}").json()
        assert (where["articles"], where["independent"], where["teasers"]) == (3, 1, 1)
        fr = client.get(f"/places/{place.id}", headers={"Accept-Language": "fr"}).text
        assert "Articles qui le citent : 3 (dont 1 indépendant, 1 reprise, 1 extrait)" in fr
        en = client.get(f"/places/{place.id}", headers={"Accept-Language": "en"}).text
        assert "Articles citing it: 3 (1 independent, 1 reprint, 1 teaser)" in en


def test_the_entity_list_counts_independent_articles_too(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t-enrich20 E16: ``veille entities --json`` and ``/api/v1/entities`` gave
    ``"independent": null`` for every entity, where the docs promise a number; the list
    now gives the counts the entity's page gives."""
    from veille.cli.main import main

    capsys.readouterr()
    assert main(["--data-dir", str(data), "entities", "--json", "--name", "Albertini"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(e["articles"], e["independent"], e["teasers"]) for e in listed] == [(4, 2, 0)]
    assert main(["--data-dir", str(data), "entities", "--json", "-n", "200"]) == 0
    every = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert every and all(isinstance(e["independent"], int) for e in every)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        api = client.get("/api/v1/entities", params={"name": "Albertini"}).json()["entities"]
        one = client.get(f"/api/v1/entities/{api[0]['id']}").json()
        assert (api[0]["independent"], api[0]["republications"]) == (
            one["independent"], one["republications"]) == (2, 0)
