"""Regression (t-final32 #5, #11), through a real store, its search index and the CLI:

- a capture headed by its outlet's name over the site's menu is listed by ``latest``
  under that name (it was ``-``), and a saved page whose ``<title>`` names its site beside
  a tagline too;
- ``source:"Le Vigilant Savoyard"`` finds the captures ingested with ``--source
  levigilant.example`` (headed by that name or not: the outlet is shown by it), as
  ``source:levigilant.example`` does, case and accents aside; it was "no article from a
  source or site of that name";
- a footer heading after the text ("Related Topics") is no author in ``show``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

MENU = "Accueil | Chambéry | Annecy | Sports | Faits divers"
SAVOYARD = "\n".join([
    "Le Vigilant Savoyard", MENU, "Rechercher",
    "Chambéry : la patinoire fermée après une fuite d'ammoniac",
    "Publié le 03/03/2026 à 09h10",
    "La patinoire municipale de Chambéry a été évacuée lundi soir après une fuite "
    "d'ammoniac dans la salle des machines, a annoncé la mairie.",
    "Aucun blessé n'est à déplorer, selon les pompiers, qui ont ventilé les locaux "
    "pendant deux heures.",
    "« L'installation sera contrôlée avant toute réouverture », a précisé l'adjointe "
    "aux sports, Hélène Carron."])
SAVOYARD_NO_MASTHEAD = "\n".join([
    "Annecy : le pont des Amours repeint avant l'été",
    "Publié le 04/03/2026 à 11h00",
    "Le célèbre pont des Amours d'Annecy sera repeint en avril, a annoncé mercredi la "
    "ville, qui a voté un budget de 80 000 euros pour ces travaux.",
    "La passerelle restera ouverte aux piétons pendant toute la durée du chantier, "
    "selon les services techniques municipaux."])
STAR = "\n".join([
    "Worcester Star", "Home | Bewdley | Kidderminster | Sport", "Search",
    "Severn flood barriers go up at Bewdley as river rises", "Thursday 5 March 2026",
    "Flood barriers were installed along the quay at Bewdley on Thursday as the Severn "
    "rose towards its highest level of the winter, the Environment Agency said.",
    "About 60 homes on Severnside North have been told to prepare to leave, and the "
    "footbridge over the river has been closed to pedestrians.",
    "Related Topics", "Bewdley", "Environment Agency"])
PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Rheinbote | Nachrichten aus Düsseldorf und der Region</title></head><body>
<h1 class="brand">Rheinbote</h1><article><h2>Rheinbahn streicht Nachtbusse am Wochenende</h2>
<p>04.03.2026</p>
<p>Die Rheinbahn stellt ab dem kommenden Wochenende mehrere Nachtbuslinien in Düsseldorf
ein. Als Grund nannte das Unternehmen den Mangel an Fahrpersonal.</p>
<p>Der Fahrgastverband kritisierte die Entscheidung scharf.</p></article></body></html>"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_mastheads_titles_and_shown_names_through_the_cli(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    files = {"savoyard.txt": SAVOYARD, "savoyard-2.txt": SAVOYARD_NO_MASTHEAD,
             "star.txt": STAR, "rheinbote.html": PAGE}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run(capsys, "--data-dir", data, "ingest", "--source", "levigilant.example",
        str(tmp_path / "savoyard.txt"), str(tmp_path / "savoyard-2.txt"))
    run(capsys, "--data-dir", data, "ingest", str(tmp_path / "star.txt"),
        str(tmp_path / "rheinbote.html"))
    latest = run(capsys, "--data-dir", data, "latest")
    lines = {line.split()[0]: line for line in latest.splitlines() if line.strip()}
    assert any("Worcester Star" in line and "Severn flood" in line for line in lines.values())
    assert any("Rheinbote" in line and "Nachtbusse" in line for line in lines.values())
    assert sum("Le Vigilant Savoyard" in line for line in lines.values()) == 2
    for query in ('source:"Le Vigilant Savoyard"', 'source:"le vigilant savoyard"',
                  "source:\"Vigilant Savoyard\"", "source:levigilant.example"):
        found = json.loads(run(capsys, "--data-dir", data, "search", "--json", query))
        assert found["total"] == 2, query
    found = json.loads(run(capsys, "--data-dir", data, "search", "--json",
                           'source:"Worcester Star"'))
    assert found["total"] == 1
    star = found["hits"][0]["id"]
    shown = json.loads(run(capsys, "--data-dir", data, "show", star, "--json"))
    assert shown["content"]["authors"] == []
    assert shown["source"] == "Worcester Star"
    rhein = json.loads(run(capsys, "--data-dir", data, "search", "--json",
                           "source:Rheinbote"))
    assert rhein["total"] == 1
