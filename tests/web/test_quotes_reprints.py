"""Regression (newuser6 M25): ``veille quotes`` listed one dispatch's quote once per
reprint, with nothing saying they were copies. Each quote is now listed once, from the
original, with the copies carrying it (``reprints``), in the CLI, its JSON and the web
API; an unrelated article quoting the same words stays its own line. Real store, real
index, spaCy's real French model."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from dispatch_kit import outlet_record
from veille.cli.main import main

QUOTE = "Il n'y a pas de danger immédiat pour la population"
DISPATCH = (
    "Un incendie s'est déclaré lundi matin dans une usine chimique classée Seveso de "
    "Petit-Quevilly, près de Rouen, faisant deux blessés légers parmi les employés. "
    f"« {QUOTE} », a déclaré le préfet de Normandie, Jean-Benoît Albertini, lors d'un "
    "point presse en fin de matinée. Les pompiers ont mobilisé quatre-vingts hommes et "
    "une trentaine de véhicules pour circonscrire le sinistre, maîtrisé vers midi. Les "
    "écoles voisines ont été confinées par précaution et un panache de fumée noire était "
    "visible depuis le centre de Rouen. Une enquête a été ouverte pour déterminer les "
    "causes de l'incendie, a précisé le parquet, qui n'exclut aucune piste à ce stade.")
OTHER = (
    "Le conseil municipal de Caen a voté mardi soir un budget en hausse pour les "
    "transports publics, avec deux nouvelles lignes de bus prévues pour l'an prochain. "
    f"Lors d'un exercice de sécurité civile, le préfet Jean-Benoît Albertini a répété : "
    f"« {QUOTE} ». Les élus d'opposition ont dénoncé un manque de concertation avec les "
    "habitants des quartiers nord, qui attendent toujours la rénovation de leur gymnase.")



@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    lines = [outlet_record("afp.example", 5, DISPATCH, "Incendie dans une usine près de Rouen"),
             outlet_record("lefigaro.example", 4, DISPATCH, "Rouen : incendie dans une usine"),
             outlet_record("20minutes.example", 3, DISPATCH.replace("lundi matin", "ce lundi"),
                    "Incendie près de Rouen : deux blessés"),
             outlet_record("caen.example", 2, OTHER, "Caen vote son budget des transports")]
    with veille.open(data) as v:
        v.ingest_bytes([("dispatch.jsonl", ("\n".join(lines) + "\n").encode())])
        v.enrich()
    return data


def test_a_dispatchs_quote_is_listed_once_with_its_reprints(data: Path) -> None:
    with veille.open(data) as v:
        rows = [q for q in v.store.quotes() if q.text == QUOTE]
        original = next(a.id for a in v.store.latest(limit=10) if a.source == "afp.example")
        caen = next(a.id for a in v.store.latest(limit=10) if a.source == "caen.example")
    assert sorted((q.article_id, len(q.reprints)) for q in rows) == sorted(
        [(original, 2), (caen, 0)])


def test_the_cli_and_the_api_say_how_many_reprints(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "quotes"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if QUOTE in line]
    assert len(lines) == 2 and sum("+2 reprints" in line for line in lines) == 1
    assert main(["--data-dir", str(data), "quotes", "--json"]) == 0
    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(len(q["reprints"]) for q in shown if q["text"] == QUOTE) == [0, 2]
    speaker = next(q["speaker_id"] for q in shown if q["text"] == QUOTE and q["reprints"])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        entity = client.get(f"/api/v1/entities/{speaker}").json()
        assert sorted(len(q["reprints"]) for q in entity["quotes"]
                      if q["text"] == QUOTE) == [0, 2]
        assert "+2 " in client.get(f"/entities/{speaker}").text
