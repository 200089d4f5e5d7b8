"""`veille quotes` keeps the quotes of undated articles apart, after the dated ones, as the
latest news does (t-final29 U2: a quote of an undated article, "first seen" today, was
listed above the newest dated ones). A real store, enrichment and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

RECORDS = [
    {"url": "https://www.echo-du-morvan.example/autun-piscine", "source": "echo-du-morvan.example",
     "title": "Autun : la piscine rouvrira en mars", "published": "2026-11-28T09:00:00+01:00",
     "language": "fr",
     "text": "La piscine municipale d'Autun rouvrira en mars après deux ans de travaux.\n\n"
             "« Le chantier a pris du retard à cause des fournisseurs », a reconnu le maire, "
             "Henri Valette."},
    {"url": "https://www.journal-nivernais.example/nevers-tram", "source":
     "journal-nivernais.example", "title": "Nevers : pas de tramway avant 2032",
     "published": "2026-11-12T18:00:00+01:00", "language": "fr",
     "text": "Le projet de tramway de Nevers ne verra pas le jour avant 2032.\n\n"
             "« Nous préférons des bus plus fréquents », a expliqué la présidente de "
             "l'agglomération, Claire Mougin."},
    {"url": "https://www.cosne-infos.example/cosne-marche-noel", "source": "cosne-infos.example",
     "title": "Cosne-sur-Loire : le marché de Noël déménage", "language": "fr",
     "text": "Le marché de Noël de Cosne-sur-Loire s'installera cette année sur les quais.\n\n"
             "« Les visiteurs auront la Loire en décor », a promis l'adjoint au commerce, "
             "Julien Berthet."},
]


def test_undated_quotes_come_after_the_dated_ones(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                      "utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "ingest", str(source)]) == 0
    assert main([*data, "enrich"]) == 0
    capsys.readouterr()
    assert main([*data, "quotes", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"][:12], r["date_is_first_seen"]) for r in rows] == [
        ("Le chantier ", False), ("Nous préféro", False), ("Les visiteur", True)]
    assert main([*data, "quotes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[:10] for line in lines[:2]] == ["2026-11-28", "2026-11-12"]
    assert lines[2].startswith("first seen ")
