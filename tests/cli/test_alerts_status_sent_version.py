# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""t-final36 B6: ``veille alerts status`` showed the v1 alert's row with the v2 headline;
it shows the headline of the version alerted on ("v1: …"), and the current one apart."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main

CAPTURE = """L'Écho du Marais
Rechercher

Luçon : grève au centre de tri, {what} de colis en retard

Publié le 03/12/2026 à 18h40{updated}

La grève des agents du centre de tri de Luçon a laissé des milliers de colis en souffrance jeudi, a indiqué la direction régionale de La Poste.

« Nous rattraperons le retard d'ici lundi », a assuré un responsable du site, qui a fait appel à des renforts venus de La Roche-sur-Yon.

Les agents protestent contre la suppression de quatre postes de nuit et la fermeture annoncée du guichet de dépôt des professionnels, prévue au printemps.

Les entreprises de vente en ligne du sud de la Vendée, qui expédient la plupart de leurs colis depuis Luçon, disent avoir prévenu leurs clients par courriel.

Une réunion entre la direction et les syndicats doit se tenir vendredi matin à la sous-préfecture de Fontenay-le-Comte.
{more}
"""


def test_a_sent_version_keeps_its_own_headline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    first, second = tmp_path / "v1.txt", tmp_path / "v2.txt"
    first.write_text(CAPTURE.format(what="des milliers", more="", updated=""), "utf-8")
    second.write_text(CAPTURE.format(
        what="vingt mille", updated=", mis à jour le 03/12/2026 à 21h05", more="\nLes syndicats ont appelé à reconduire le mouvement lundi matin devant le centre.\n"), "utf-8")
    run = ["--data-dir", str(data)]
    assert main([*run, "saved", "add", "Tri", "grève", "--email", "moi@example.org"]) == 0
    assert main([*run, "ingest", str(first), "--source", "echodumarais.fr"]) == 0
    main([*run, "alerts", "send"])
    assert main([*run, "ingest", str(second), "--source", "echodumarais.fr"]) == 0
    main([*run, "alerts", "send"])
    capsys.readouterr()
    assert main([*run, "alerts", "status"]) == 0
    rows = {line.split("\t")[0]: line for line in capsys.readouterr().out.splitlines()
            if "\t" in line}
    v1 = next(line for key, line in rows.items() if "/v1/" in key)
    v2 = next(line for key, line in rows.items() if "/v2/" in key)
    assert "v1: Luçon : grève au centre de tri, des milliers de colis" in v1
    assert v2.endswith("Luçon : grève au centre de tri, vingt mille de colis en retard")
