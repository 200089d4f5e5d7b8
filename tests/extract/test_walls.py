"""A consent wall or a login form copied or saved instead of an article is refused with a
one-line reason (newuser15b X1), as a "page not found" message is; an article that speaks
of cookies or passwords is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.extract.walls import wall_kind
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

WALL = ("Le Journal de Savoie\n"
        "Nous respectons votre vie privée\n"
        "Avec nos 420 partenaires, nous déposons des traceurs sur votre terminal et traitons "
        "des données personnelles, comme votre adresse IP, afin de mesurer l'audience et de "
        "vous montrer des publicités personnalisées.\n"
        "Vous pouvez accepter ou refuser ces opérations, et modifier vos préférences à tout "
        "moment depuis le lien en pied de page.\n"
        "Tout accepter\nContinuer sans accepter\nPersonnaliser\n")


@pytest.mark.parametrize(("title", "paragraphs", "kind"), [
    ("Nous respectons votre vie privée", WALL.splitlines()[2:4], "a cookie consent wall"),
    ("Connexion à votre espace", ["Entrez votre adresse e-mail pour vous connecter.",
                                  "E-mail Mot de passe Mot de passe oublié ?"],
     "a login form"),
])
def test_a_wall_is_recognised(title: str, paragraphs: list[str], kind: str) -> None:
    assert wall_kind(title, paragraphs) == kind


@pytest.mark.parametrize("paragraphs", [
    ["La Cnil a infligé une amende de 2 millions d'euros à un site qui déposait des "
     "cookies sans le consentement de ses visiteurs.", "Il a deux mois pour se conformer."],
    ["Une fuite de données expose les mots de passe de 40 000 clients d'un opérateur, qui "
     "leur demande de se connecter pour changer leur mot de passe au plus vite."],
])
def test_an_article_about_cookies_or_passwords_is_no_wall(paragraphs: list[str]) -> None:
    assert wall_kind("Données personnelles", paragraphs) == ""


def test_ingest_refuses_a_consent_wall_capture(tmp_path: Path, store: SQLiteStore,
                                               settings: Settings) -> None:
    (tmp_path / "savoie.txt").write_text(WALL, encoding="utf-8")
    summary = ingest_paths(store, [tmp_path], settings=settings)
    assert (summary.new, summary.failed) == (0, 1)
    assert any("savoie.txt" in e and "consent wall" in e for e in summary.errors)
