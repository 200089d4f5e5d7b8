"""Entity spans and places still false (issue 16, branch r-places55; t-final53b A2 and
r-places54's "still wrong"): a MISC entity run across a closing guillemet ("Télégramme »
franchit le cap"), an ORG "Attaque au Niger" read from a headline, and "la cité de
Bellefontaine" of a Toulouse dispatch read as the far commune while "la cité de
Carcassonne" must stay the town. Records ingested into a real store, enriched, exported."""

from __future__ import annotations

import json
from typing import Any

import pytest

from veille.cli.main import main

U = "https://www.example.test/rplaces55/"


def _record(slug: str, title: str, text: str) -> dict[str, object]:
    return {"url": U + slug, "source": "example.test", "language": "fr",
            "published": "2026-12-03T08:30:00+01:00", "title": title, "text": text}


RECORDS = [
    _record("guillemet", "Médias : « Le Télégramme » franchit le cap des 100 000 abonnés",
            "Le Télégramme a annoncé mercredi avoir dépassé les 100 000 abonnés "
            "numériques.\n\nLe journal de Morlaix mise sur ses newsletters locales."),
    _record("kicker", "Attaque au Niger : au moins vingt soldats tués",
            "Au moins vingt soldats nigériens ont été tués dans une attaque près de "
            "Tillabéri, a annoncé l'armée."),
    _record("headline", "Attaque au Niger",
            "L'armée du Niger a annoncé mardi la mort de vingt soldats dans l'ouest du pays."),
    _record("estate", "Rénovation urbaine à Toulouse",
            "La mairie de Toulouse veut raser deux tours de la cité de Bellefontaine.\n\n"
            "Les locataires seront relogés d'ici 2028."),
    _record("estate-nantes", "Rénovation urbaine à Nantes",
            "À Nantes, la cité de Malakoff sera rénovée d'ici 2030.\n\n"
            "Les habitants du quartier ont été consultés."),
    _record("walled", "Tourisme",
            "La cité de Carcassonne a accueilli deux millions de visiteurs cette année.\n\n"
            "Les remparts seront restaurés en janvier."),
    _record("walled-region", "Tourisme en Occitanie",
            "La cité de Carcassonne a accueilli plus de visiteurs que Toulouse cette "
            "année.\n\nLes remparts seront restaurés en janvier."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``RECORDS``, ingested into one real store."""
    tmp = tmp_path_factory.mktemp("rplaces55")
    source, data, out = tmp / "a.jsonl", str(tmp / "data"), tmp / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                      encoding="utf-8")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    assert main(["--data-dir", data, "export", "--format", "jsonl", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    return {r["content"]["url"]: r.get("enrichment") or {} for r in records}


def _places(found: dict[str, dict[str, Any]], slug: str) -> dict[str, dict[str, Any]]:
    return {p["mentioned_as"]: p for p in found[U + slug].get("places", [])}


def _names(found: dict[str, dict[str, Any]], slug: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in found[U + slug].get("entities", [])}


def test_no_entity_runs_across_a_closing_guillemet(found: dict[str, Any]) -> None:
    names = _names(found, "guillemet")
    assert not [n for n in names if "»" in n or "franchit" in n], names


@pytest.mark.parametrize("slug", ["kicker", "headline"])
def test_a_headline_s_topic_and_place_is_the_place(found: dict[str, Any], slug: str) -> None:
    names = _names(found, slug)
    assert "Attaque au Niger" not in names, names
    assert _places(found, slug)["Niger"]["country"] == "NE"


@pytest.mark.parametrize(("slug", "estate", "town"), [
    ("estate", "Bellefontaine", "Toulouse"), ("estate-nantes", "Malakoff", "Nantes")])
def test_a_housing_estate_of_the_town_named_is_no_far_commune(
        found: dict[str, Any], slug: str, estate: str, town: str) -> None:
    places = _places(found, slug)
    assert estate not in places, places[estate]
    assert places[town]["kind"] == "commune"


@pytest.mark.parametrize("slug", ["walled", "walled-region"])
def test_the_walled_city_stays_the_town(found: dict[str, Any], slug: str) -> None:
    assert _places(found, slug)["Carcassonne"]["country"] == "FR"
