"""`veille duplicates ID` said the time "declared by the source" was unknown for a version
whose page said "Publié le 25 novembre 2026 à 07h30" (t-final31 F9), and `veille stats`
said "duplicates: 0" beside stored reprints, which its own note called duplicates (F8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.record import REPRINT_RELATIONS

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>{title} - Le Var Matin</title>
<link rel="canonical" href="https://www.levarmatin.fr/toulon/terminal-ferries.html">
</head><body><article><h1>{title}</h1>
<p class="date">Publié le 25 novembre 2026 à 07h30{updated}</p>
<p>Le port de commerce de Toulon a inauguré mercredi un nouveau terminal pour les ferries à
destination de la Corse et de la Sardaigne, après dix-huit mois de travaux.</p>
<p>Le terminal pourra accueillir jusqu'à 1,2 million de passagers par an, selon la chambre
de commerce, qui espère attirer de nouvelles compagnies dès la saison prochaine.{more}</p>
</article></body></html>"""

ORIGINAL = """La Gazette de Provence
Rechercher

{title}

Publié le 25 novembre 2026 à {time}

Les éboueurs de la métropole sont en grève depuis lundi à l'appel de Force ouvrière, et les
déchets s'accumulent dans plusieurs arrondissements, a constaté jeudi l'AFP.

Selon la métropole, 2 000 tonnes de déchets n'ont pas été ramassées. Les grévistes
réclament une prime et des recrutements, et une réunion est prévue vendredi en préfecture.

« Nous ne lâcherons pas tant que la direction ne nous aura pas reçus », a déclaré un
délégué syndical devant le dépôt de la Capelette, où une centaine d'agents étaient réunis.
"""


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_a_version_declares_its_publication_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    first = tmp_path / "v1.html"
    first.write_text(PAGE.format(title="Toulon : un nouveau terminal pour les ferries",
                                 updated="", more=""), "utf-8")
    second = tmp_path / "v2.html"
    second.write_text(PAGE.format(
        title="Toulon : un nouveau terminal pour les ferries, trois compagnies déjà là",
        updated=", mis à jour le 25 novembre 2026 à 15h00",
        more=" Trois compagnies ont déjà réservé des escales."), "utf-8")
    _run(capsys, "--data-dir", data, "ingest", str(first))
    _run(capsys, "--data-dir", data, "ingest", str(second))
    rows = [json.loads(line) for line in
            _run(capsys, "--data-dir", data, "export").splitlines()]
    [page] = [r for r in rows if r["url"]]
    doc = json.loads(_run(capsys, "--data-dir", data, "duplicates", page["id"], "--json"))
    assert doc["versions"], doc
    assert doc["versions"][0]["declared_at"] == "2026-11-25T07:30:00+01:00", doc
    assert doc["declared_at"] == "2026-11-25T15:00:00+01:00", doc  # the update's


def test_stats_count_the_stored_copies(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    for name, source, title, time in (
            ("a.txt", "gazette.fr", "Grève des éboueurs : 2 000 tonnes de déchets", "08h15"),
            ("b.txt", "varinfos.fr", "Les éboueurs en grève, les poubelles s'accumulent",
             "10h45")):
        capture = tmp_path / name
        capture.write_text(ORIGINAL.format(title=title, time=time), "utf-8")
        _run(capsys, "--data-dir", data, "ingest", "--source", source, str(capture))
    rows = [json.loads(line) for line in
            _run(capsys, "--data-dir", data, "export").splitlines()]
    copies = [r for r in rows if (r.get("dedup") or {}).get("relation") in REPRINT_RELATIONS]
    assert len(rows) == 2 and len(copies) == 1, [r.get("dedup") for r in rows]
    stats = _run(capsys, "--data-dir", data, "stats")
    assert "      copies: 1 (" in stats, stats
