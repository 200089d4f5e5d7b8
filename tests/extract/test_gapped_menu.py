# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""A menu bar copied with wide gaps as separators is no headline (t-final35 A2).

"Drôme  Ardèche  Isère  Sports  Loisirs" above the headline was taken for it (the
whitespace normalisation of the blocks lost the double spaces that make it a menu), the real
headline became the lead, and that false headline joined the article to an unrelated story
(A1). Blocks now keep which lines were gapped (blocks.Blocks.gapped) and the headline search
refuses them.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli.main import cli
from veille.extract.blocks import gapped_items, split_blocks
from veille.extract.text_capture import extract_text_capture

HEADLINE = "Montélimar : le marché du nougat reporté d'une semaine à cause de la crue du Jabron"
CAPTURE = f"""Le Réveil provençal
Rechercher
Vaucluse  Drôme  Ardèche  Sports  Loisirs
{HEADLINE}

Par Sandrine Coulomb-Arnaud
Le 2 décembre 2026 à 08h20

Le marché du nougat de Montélimar, prévu dimanche sur les allées Provençales, est reporté d'une semaine après la crue du Jabron.

« Les stands auraient les pieds dans l'eau », a expliqué l'adjoint au commerce, Rémi Vaillant-Doux, lundi soir.

Les artisans ont été prévenus par courrier et les emplacements restent attribués.
"""

OTHER = """Le Petit Bugiste
Rechercher sur le site
Ambérieu : la piscine fermée pour une fuite du bassin

Par Noémie Blanc-Gras
Le 2 décembre 2026 à 10h05

La piscine intercommunale d'Ambérieu-en-Bugey est fermée depuis lundi après la découverte d'une fuite sous le grand bassin.

« Nous espérons rouvrir avant les vacances de Noël », a indiqué le directeur, Pascal Rivoire.

Les scolaires sont accueillis à la piscine de Lagnieu en attendant.
"""


@pytest.mark.parametrize("line", [
    "Vaucluse  Drôme  Ardèche  Sports  Loisirs",
    "Cumbria\tLancashire\tSport\tWhat's On",
    "Ponferrada   Comarca   Deportes   Cultura",
])
def test_a_gapped_menu_line(line: str) -> None:
    assert gapped_items(line) >= 3


@pytest.mark.parametrize("line", [
    "Lannion : la passerelle du Léguer  rouverte aux piétons",  # one stray double space
    "Le maire  a dit  que la route  restera fermée.",  # a sentence
    "Vaucluse Drôme Ardèche Sports Loisirs",  # no gaps (nothing known here)
    "Bourse  Paris gagne 1,2 % en clôture  après la Fed",
])
def test_not_a_gapped_menu_line(line: str) -> None:
    assert gapped_items(line) == 0


def test_split_blocks_keeps_which_lines_were_gapped() -> None:
    parsed = split_blocks(CAPTURE)
    menu = parsed.items.index("Vaucluse Drôme Ardèche Sports Loisirs")
    assert parsed.gapped == [menu]


def test_the_menu_is_no_headline() -> None:
    got = extract_text_capture(CAPTURE)
    assert got.title == HEADLINE
    assert "Loisirs" not in got.title


def test_through_the_cli_into_a_store(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CAPTURE, "utf-8")
    (tmp_path / "b.txt").write_text(OTHER, "utf-8")
    data = tmp_path / "data"
    runner = CliRunner()
    ran = runner.invoke(cli, ["--data-dir", str(data), "ingest", str(tmp_path / "a.txt"),
                              str(tmp_path / "b.txt")])
    assert ran.exit_code == 0, ran.output
    latest = runner.invoke(cli, ["--data-dir", str(data), "latest"])
    assert HEADLINE in latest.output
    assert "Sports Loisirs" not in latest.output
    stories = runner.invoke(cli, ["--data-dir", str(data), "stories"])
    assert "2 stories in all" in stories.output, stories.output
