"""newuser6 M15: ``veille aliases add Goujon per:charlotte-goujon`` filed a person the store
knows as ORG "Goujon": only the shipped table was consulted. The new row takes the known
entity's label and name (alias table or stored articles), else the id prefix's label."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

PAGE = ("<html lang='fr'><head><title>Les écoles resteront fermées</title></head><body>"
        "<article><h1>Les écoles resteront fermées</h1>"
        "<p>Charlotte Goujon, maire de Petit-Quevilly, a annoncé lundi la fermeture des écoles "
        "de la commune après l'incendie d'un entrepôt dans la zone portuaire de Rouen.</p>"
        "<p>« Nous ne prenons aucun risque », a déclaré Charlotte Goujon devant la mairie, "
        "où plusieurs dizaines de parents s'étaient rassemblés dans la matinée.</p>"
        "<p>Les pompiers ont maîtrisé le feu en fin de journée, selon la préfecture de la "
        "Seine-Maritime, qui a levé les consignes de confinement vers vingt heures.</p>"
        "</article></body></html>")


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    return capsys.readouterr().out


def _row(capsys: pytest.CaptureFixture[str], data: Path, entity_id: str) -> list[str]:
    lines = _run(capsys, data, "aliases", "list", "--id", entity_id).splitlines()
    assert len(lines) == 1, lines
    return lines[0].split("\t")


def _stored_goujon(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                   ) -> tuple[Path, dict[str, str]]:
    """A data directory holding ``PAGE``, enriched, and Charlotte Goujon's entity."""
    data, page = tmp_path / "data", tmp_path / "goujon.html"
    page.write_text(PAGE, "utf-8")
    _run(capsys, data, "ingest", str(page))
    _run(capsys, data, "enrich")
    people = [json.loads(line) for line in
              _run(capsys, data, "entities", "--label", "PER", "--json").splitlines()]
    return data, next(p for p in people if "Goujon" in p["name"])


def test_an_alias_of_a_stored_entity_takes_its_label_and_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, goujon = _stored_goujon(tmp_path, capsys)
    _run(capsys, data, "aliases", "add", "Goujon", goujon["id"])
    assert _row(capsys, data, goujon["id"]) == ["Goujon", goujon["id"], "PER", goujon["name"]]


def test_an_unknown_id_takes_its_prefix_label_and_options_win(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _run(capsys, data, "aliases", "add", "Dupont", "per:jeanne-dupont")
    assert _row(capsys, data, "per:jeanne-dupont") == ["Dupont", "per:jeanne-dupont", "PER",
                                                       "Dupont"]
    _run(capsys, data, "aliases", "add", "Quevilly", "loc:petit-quevilly")
    assert _row(capsys, data, "loc:petit-quevilly")[2] == "LOC"
    _run(capsys, data, "aliases", "add", "Dupont SA", "per:dupont-sa", "--label", "ORG",
         "--name", "Dupont SA")
    assert _row(capsys, data, "per:dupont-sa")[2:] == ["ORG", "Dupont SA"]
    _run(capsys, data, "aliases", "add", "Acme", "veille:acme")
    assert _row(capsys, data, "veille:acme")[2] == "ORG"


def test_an_alias_of_a_table_entity_takes_its_label(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _run(capsys, data, "aliases", "add", "Jeanne", "per:jeanne-dupont", "--name",
         "Jeanne Dupont")
    _run(capsys, data, "aliases", "add", "J. Dupont", "per:jeanne-dupont")
    rows = _run(capsys, data, "aliases", "list", "--id", "per:jeanne-dupont").splitlines()
    assert rows[-1].split("\t") == ["J. Dupont", "per:jeanne-dupont", "PER", "Jeanne Dupont"]


def test_entities_name_matches_an_alias(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """newuser12 E20: ``entities --name`` finds an entity by an alias its display name does
    not hold ("Beauvau" for the Interior ministry; here a nickname the user adds)."""
    data, goujon = _stored_goujon(tmp_path, capsys)
    assert _run(capsys, data, "entities", "--name", "Lolotte") == ""
    _run(capsys, data, "aliases", "add", "Lolotte", goujon["id"])
    found = _run(capsys, data, "entities", "--name", "lolotte", "--json").splitlines()
    assert [json.loads(line)["id"] for line in found] == [goujon["id"]]


def test_entities_id_lists_the_aliases_as_the_web_page_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t-check62 claim 8: `veille entities --id ID` (text and --json) listed no alias,
    while the entity's page and /api/v1/entities/{id} did."""
    data, goujon = _stored_goujon(tmp_path, capsys)
    _run(capsys, data, "aliases", "add", "la maire de Petit-Quevilly", goujon["id"])
    text = _run(capsys, data, "entities", "--id", goujon["id"])
    assert "la maire de Petit-Quevilly" in text.splitlines()[1]
    doc = json.loads(_run(capsys, data, "entities", "--id", goujon["id"], "--json"))
    assert "la maire de Petit-Quevilly" in doc["aliases"]
