"""h-fold49 (issue 16, t-final49b items 3, 5): the entity name search of ``veille entities
--name``, ``/entities?name=`` and ``/api/v1/entities?name=`` (one path,
:func:`veille.enrich.entity_names.entities_named`) folds accents and case on both sides, as
:func:`veille.enrich.text.fold` does: "federation", "credit" and "PÉRIGORD" found nothing
while "Fédération" and "Périgord" did (SQLite's LIKE folds ASCII letters only). A word's
start still comes before a bare substring; and when nothing matches the CLI says so on
stderr instead of printing nothing. Real store, enrichment (spaCy), index, server on
127.0.0.1, the CLI on the same store."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from web_kit import serve

from dispatch_kit import enriched_outlet_store, entity_index_names
from veille.cli.main import cli

SPORT = ("La Fédération française de football a sanctionné mardi le club de Périgueux, a "
         "annoncé le Crédit agricole, son sponsor. Le président de la Fédération française "
         "de football s'est rendu dans le Périgord mercredi.")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return enriched_outlet_store(tmp_path_factory.mktemp("entity-fold") / "data", [
        ("a.example", 5, SPORT, "La Fédération sanctionne Périgueux")])


def _api(http: httpx.Client, name: str) -> list[str]:
    return [e["name"] for e in http.get("/api/v1/entities", params={"name": name})
            .json()["entities"]]


def test_accents_and_case_are_folded_on_both_sides(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        written = _api(http, "Fédération")
        assert any("Fédération" in n for n in written), written
        for asked in ("federation", "FEDERATION", "FÉDÉRATION", "fédération"):
            assert _api(http, asked) == written, asked
            page = entity_index_names(http.get("/entities", params={"name": asked,
                                                                    "lang": "fr"}).text)
            assert any("Fédération" in n for n in page), (asked, page)
        perigord = _api(http, "Périgord")
        assert perigord and _api(http, "PÉRIGORD") == perigord == _api(http, "perigord")
        # still words first: "perig" opens a word of Périgord and Périgueux, as a word's
        # start, not a substring; the API says so
        answer = http.get("/api/v1/entities", params={"name": "PERIG"}).json()
        assert answer["match"] == "words" and answer["entities"], answer


def test_the_cli_folds_and_says_when_nothing_is_found(data: Path) -> None:
    runner = CliRunner()
    ran = runner.invoke(cli, ["--data-dir", str(data), "entities", "--name", "federation"])
    assert ran.exit_code == 0 and "Fédération" in ran.stdout, ran.output
    assert "nothing found" not in ran.stderr
    none = runner.invoke(cli, ["--data-dir", str(data), "entities", "--name", "zxqwv"])
    assert none.exit_code == 0 and none.stdout == "", none.output
    lines = none.stderr.splitlines()
    assert len(lines) == 1 and "nothing found for 'zxqwv'" in lines[0], none.stderr
    assert "try" in lines[0], lines


def test_the_cli_json_lines_say_how_they_matched(data: Path) -> None:
    """h-names49: ``--json`` lines carried no match kind; the API's ``match`` is per line."""
    import json

    runner = CliRunner()
    words = runner.invoke(cli, ["--data-dir", str(data), "entities", "--name", "perig",
                                "--json"])
    rows = [json.loads(line) for line in words.stdout.splitlines()]
    assert rows and {r["match"] for r in rows} == {"words"}, words.output
    inside = runner.invoke(cli, ["--data-dir", str(data), "entities", "--name", "ration",
                                 "--json"])
    rows = [json.loads(line) for line in inside.stdout.splitlines()]
    assert rows and {r["match"] for r in rows} == {"substring"}, inside.output
    plain = runner.invoke(cli, ["--data-dir", str(data), "entities", "--json"])
    assert all("match" not in json.loads(line) for line in plain.stdout.splitlines())
