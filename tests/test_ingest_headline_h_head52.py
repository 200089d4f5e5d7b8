"""The headline and the byline of plain-text captures (h-head52, issue 14; t-final52 A4,
A18): ingested through ``ingest_paths`` into a real SQLite store, the headline stored is
the article's, never a consent banner's sentence nor the outlet's masthead, a headline
ending on an abbreviation's stop ("30 janv.") is no sentence, and a byline "Name -
Outlet" gives the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.ingest import ingest_paths
from veille.record import Article
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

BODY_FR = (
    "Le gouvernement a annoncé vendredi une loi qui prolonge les crédits de l'État, faute "
    "d'accord au Parlement sur le budget de l'an prochain.\n\n"
    "« Nous ne laisserons pas le pays sans budget », a déclaré la ministre chargée des "
    "Comptes publics lors d'une conférence de presse à Paris.\n\n"
    "Les discussions reprendront début janvier, et la commission mixte paritaire doit se "
    "réunir le 12 janvier au Sénat.\n")


def _ingested(store: SQLiteStore, settings: Settings, tmp_path: Path, text: str,
              source: str = "") -> Article:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "capture.txt").write_text(text, "utf-8")
    ingest_paths(store, [folder], settings=settings, source=source)
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article


@pytest.mark.parametrize("banner", [
    "Nous utilisons des cookies pour votre confort.",
    "We use cookies to improve your experience.",
    "Utilizamos cookies para mejorar tu experiencia.",
    "Questo sito utilizza cookie per migliorare l'esperienza.",
    "Wir verwenden Cookies für ein besseres Erlebnis.",
])
def test_a_consent_banner_sentence_is_no_headline(store: SQLiteStore, settings: Settings,
                                                  tmp_path: Path, banner: str) -> None:
    headline = ("Inondations dans le Var : deux morts et des milliers de foyers privés "
                "d'électricité dans le département")
    text = ("Le Quotidien du Var\nRechercher\nSe connecter\nS'abonner\nDernières Infos\n"
            "International Politique Société Économie\nAccepter les cookies\n"
            f"{banner}\n{headline}\n"
            "Les pluies diluviennes tombées mardi sur le Var ont fait deux morts à "
            "Draguignan, selon la préfecture du département.\n"
            "Par Claire Dumas\nPublié le 3 décembre 2026 à 09h12\n"
            "Les pluies diluviennes qui se sont abattues mardi sur le Var ont fait deux morts "
            "à Draguignan, selon la préfecture, et des milliers de foyers restaient privés "
            "d'électricité mercredi matin dans le département.\n\n"
            "« La situation reste très préoccupante », a déclaré le préfet du Var lors d'un "
            "point presse à Toulon, mercredi.\n\n"
            "Les secours ont mené plus de trois cents interventions dans la nuit, selon les "
            "pompiers du département.\n")
    article = _ingested(store, settings, tmp_path, text)
    assert article.content is not None
    assert article.content.title == headline


def test_a_headline_ending_on_an_abbreviation_is_the_headline(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    headline = "Budget : le gouvernement prolonge les crédits jusqu'au 30 janv."
    text = (f"Les Échos\nRechercher\n{headline}\nPublié le 4 déc. 2026 à 19:10\n"
            f"Par Isabelle Ficek\n{BODY_FR}")
    article = _ingested(store, settings, tmp_path, text, source="lesechos.fr")
    assert article.content is not None
    assert article.content.title == headline
    assert article.content.authors == ["Isabelle Ficek"]


def test_a_name_then_its_outlet_is_the_byline(store: SQLiteStore, settings: Settings,
                                              tmp_path: Path) -> None:
    text = ("franceinfo\nRechercher\nSe connecter\n"
            "Budget : le gouvernement prolonge les crédits de l'État par une loi spéciale\n"
            "Publié le 04/12/2026 17:32\n"
            f"Jean-Marc Mathurin - franceinfo Outre-mer la 1ère\n{BODY_FR}")
    article = _ingested(store, settings, tmp_path, text, source="francetvinfo.fr")
    assert article.content is not None
    assert article.content.authors == ["Jean-Marc Mathurin"]
