# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""A foot date after the agency's credit line is the article's (t-final35 A5b); a masthead
over a search box's placeholder is the outlet (A5a).

"(avec AFP)" on its own line, then "Publié le 3 déc. 2026 à 16:05": the search for the
bylines and datelines printed at the article's foot stopped at the credit line, so the
date was not read (without the credit line it was)."""
from __future__ import annotations

import pytest

from veille.extract.text_capture import extract_text_capture

BODY = """La Gazette des Ardennes
Se connecter
Meuse : la navigation suspendue entre Sedan et Givet

La navigation sur la Meuse est suspendue depuis mardi entre Sedan et Givet, a annoncé Voies navigables de France, en raison d'un niveau d'eau trop élevé.

« Les péniches restent à quai tant que le courant n'a pas faibli », a précisé un porte-parole de l'établissement.

Une quinzaine de bateaux de commerce sont immobilisés à Charleville-Mézières et à Revin.
"""


@pytest.mark.parametrize("credit", ["(avec AFP)", "(AFP)", "Avec Reuters"])
def test_the_foot_date_after_a_credit_line(credit: str) -> None:
    got = extract_text_capture(BODY + f"\n{credit}\nPublié le 2 déc. 2026 à 11:20\n")
    assert got.published is not None
    assert (got.published.day, got.published.hour, got.published.minute) == (2, 11, 20)


def test_a_date_past_other_lines_is_not_read() -> None:
    got = extract_text_capture(BODY + "\n(avec AFP)\nSur le même sujet\n"
                               "Publié le 2 déc. 2026 à 11:20\n")
    assert got.published is None


@pytest.mark.parametrize("placeholder", ["Rechercher un article...", "Search articles…",
                                         "Buscar noticias..."])
def test_the_name_over_a_search_placeholder(placeholder: str) -> None:
    """t-final35 A5a: the masthead over a search box's placeholder and "Connexion" is the
    outlet (the placeholder's "un article..." was no control's word)."""
    got = extract_text_capture(BODY.replace("Se connecter", f"{placeholder}\nConnexion"))
    assert got.masthead == "La Gazette des Ardennes"
