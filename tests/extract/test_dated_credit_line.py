# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""A date line closed by its article's credit after a separator is the date (t-final36 A1).

"Publié le 1 déc. 2026 à 16:20  |  AFP" has the shape of a photo credit (a credit in
capitals after a bar), so the line was dropped as a credit and the article lost its date,
while "| Reuters" or "· AFP" kept it. A photo caption ending "| PHOTO X" stays a credit."""
from __future__ import annotations

import pytest

from veille.extract.text_capture import extract_text_capture
from veille.extract.textshape import block_shape, dated_credit, is_credit

HEAD = "Le Journal du Vexin\nSe connecter  S'abonner\n\nPontoise : le pont de l'Oise fermé trois nuits\n\n"
BODY = """

Le pont reliant Pontoise à Saint-Ouen-l'Aumône sera fermé à la circulation trois nuits de suite pour des travaux d'étanchéité, a annoncé le département.

Les bus de nuit seront déviés par le pont de Cergy, avec un allongement de parcours d'une dizaine de minutes.

« Ces travaux ne peuvent pas attendre l'été », a justifié l'élu chargé des routes.
"""


@pytest.mark.parametrize("line", [
    "Publié le 1 déc. 2026 à 16:20  |  AFP",
    "Publié le 01/12/2026 à 16h20 | AFP",
    "Le 1 déc. 2026 à 16:20 | REUTERS",
    "Publié le 1 déc. 2026 à 16:20 / AFP",
    "1 décembre 2026 à 16:20 | LE JOURNAL DU VEXIN",
    "Publié le 1 déc. 2026 à 16:20 | Reuters",
    "Publié le 1 déc. 2026 à 16:20 · AFP",
])
def test_a_date_line_with_a_credit_keeps_its_date(line: str) -> None:
    got = extract_text_capture(HEAD + line + BODY)
    assert got.published is not None, line
    assert (got.published.month, got.published.day, got.published.hour,
            got.published.minute) == (12, 1, 16, 20)


@pytest.mark.parametrize("line", [
    "Publié le 1 déc. 2026 à 16:20  |  AFP",
    "Updated 4 November 2026, 6:45 p.m. | AP",
    "Veröffentlicht am 30.11.2026, 14:12 Uhr | DPA",
])
def test_the_shape_and_the_predicate_agree(line: str) -> None:
    assert dated_credit(line)
    assert not is_credit(line)
    assert block_shape(line).head == "dateline"


@pytest.mark.parametrize("line", [
    "Le préfet lors de sa visite de la station de pompage. | PHOTO ARCHIVES LE RÉPUBLICAIN",
    "Légende. | ARCHIVES OUEST-FRANCE",
    "Le maire devant la mairie. Jean Dupont / AFP",
])
def test_a_photo_credit_stays_a_credit(line: str) -> None:
    assert not dated_credit(line)
    assert is_credit(line)
