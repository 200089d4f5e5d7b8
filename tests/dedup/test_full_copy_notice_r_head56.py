# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Regression (t-final55b A8, issue 14): a paper that ran the whole AFP dispatch, then its
metered paywall's line ("Vous avez atteint la limite d'articles gratuits…"), was marked cut
(``content.truncated``), and that alone made it the "teaser" of a later copy that added a
sentence: the story's first publisher became the later outlet. A cut copy that covers the
longer copy's text is no teaser of it (``dedup/near.py`` ``cut_score``); a one-paragraph
opening with a subscribers' notice still is. Real captures, ingested by the CLI into one
SQLite store."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from veille.cli.main import cli

DISPATCH = [
    "Un immeuble de quatre étages s'est partiellement effondré dans la nuit de jeudi à vendredi à Villeurbanne (Rhône), faisant deux blessés légers parmi les habitants évacués, a-t-on appris vendredi auprès des pompiers.",
    "L'effondrement s'est produit vers 2 heures du matin dans la cage d'escalier. « Les occupants avaient signalé des fissures depuis plusieurs semaines », a déclaré à l'AFP Sandrine Pellegrin, adjointe au maire chargée du logement.",
    "Une trentaine d'habitants ont été relogés dans un gymnase. Un arrêté de péril a été pris dans la matinée et les immeubles voisins ont été inspectés.",
    "Le parquet de Lyon a ouvert une enquête pour blessures involontaires.",
]
NOTICE = "Vous avez atteint la limite d'articles gratuits. Abonnez-vous pour lire la suite."
UPDATE = "Les experts ont commencé dans l'après-midi à examiner les fondations du bâtiment, construit en 1962."


def _ingest(tmp_path: Path, pages: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
    data = tmp_path / "data"
    runner = CliRunner()
    for name, lines in pages.items():
        page = tmp_path / f"{name}.txt"
        page.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ran = runner.invoke(cli, ["--data-dir", str(data), "ingest", str(page)])
        assert ran.exit_code == 0, ran.output
    out = runner.invoke(cli, ["--data-dir", str(data), "export", "--format", "jsonl"]).output
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return {Path(r["raw"]["origin"]).stem: r for r in rows}


def test_a_full_copy_then_a_paywall_notice_is_no_teaser(tmp_path: Path) -> None:
    rows = _ingest(tmp_path, {
        "full": ["Le Quotidien du Matin", "Rechercher", "Effondrement d'un immeuble à Villeurbanne : deux blessés légers",
                 "Par Le Quotidien du Matin avec AFP", "Publié le 14/11/2026 à 06:50",
                 *DISPATCH[:-1], DISPATCH[-1] + " Avec AFP", NOTICE],
        "updated": ["Le Rhône Soir", "Rechercher", "Villeurbanne : après l'effondrement de l'immeuble, les habitants attendent",
                    "Le Rhône Soir avec AFP", "Publié le 14/11/2026 à 07h05",
                    *DISPATCH[:-1], DISPATCH[-1] + " " + UPDATE],
    })
    assert rows["full"]["content"]["truncated"]
    assert rows["full"]["dedup"]["relation"] != "teaser"
    assert rows["full"]["dedup"]["duplicate_of"] is None
    assert rows["updated"]["dedup"]["duplicate_of"] == rows["full"]["id"]


def test_a_paywalled_first_paragraph_is_still_a_teaser(tmp_path: Path) -> None:
    rows = _ingest(tmp_path, {
        "teaser": ["Le Quotidien du Matin", "Rechercher", "Effondrement d'un immeuble à Villeurbanne : deux blessés légers",
                   "Par Le Quotidien du Matin", "Publié le 14/11/2026 à 06:50", DISPATCH[0], NOTICE],
        "whole": ["Le Rhône Soir", "Rechercher", "Villeurbanne : un immeuble s'effondre, deux blessés",
                  "Le Rhône Soir avec AFP", "Publié le 14/11/2026 à 07h05", *DISPATCH, UPDATE],
    })
    assert rows["teaser"]["dedup"]["relation"] == "teaser"
