"""A contested name (another name of a place that another place bears too, a former one
among them: "Falmouth", Portland (Maine)'s 18th-century name) never takes a place that
another entity of the text names by its own name: "PORTLAND, Maine … in nearby Falmouth"
is two places, Portland stays "Portland" and is found by ``place:Portland``
(t-final35 A3). Through the CLI into a real store."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veille.cli.main import cli

TEXT = """Bayside Courier

Harbour dredging to start in March

By Lionel Thibodeau
Dec. 2, 2026 at 11:20 a.m. EST

PORTLAND, Maine — Dredging of the inner harbour will start in March, Portland port \
officials said Thursday.

Boat owners moored off Fore Street must move by February. "Two months is short \
notice," said Hollis Varney, a boatbuilder from nearby Falmouth.
"""


def _run(data: Path, *args: str) -> str:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), *args])
    assert ran.exit_code == 0, ran.output
    return ran.output


def test_a_former_name_is_not_the_place_the_text_names_by_its_own(tmp_path: Path) -> None:
    data = tmp_path / "data"
    article = tmp_path / "harbour.txt"
    article.write_text(TEXT, encoding="utf-8")
    _run(data, "ingest", str(article))
    _run(data, "enrich")
    aid = json.loads(_run(data, "latest", "--json").splitlines()[0])["id"]
    shown = json.loads(_run(data, "show", aid, "--json"))
    places = {e["id"]: e for e in shown["enrichment"]["entities"] if e["label"] == "LOC"}
    portland = places["geonames:4975802"]
    assert portland["name"] == "Portland" or portland["name"] == "PORTLAND"
    assert {m[2] for m in portland["mentions"]} <= {"PORTLAND", "Portland"}
    assert all(e["id"] != "geonames:4975802" for e in places.values()
               if e["name"] == "Falmouth")
    assert aid in _run(data, "search", "place:Portland")
