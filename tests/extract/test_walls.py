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


REPORT = ("Le Petit Courrier\nAccueil  Numérique  Société\n\n"
          "Bannières de consentement : l'autorité sanctionne huit éditeurs\n"
          "Le régulateur reproche des boutons trompeurs aux sites d'information.\n\n"
          "Par Inès Morvan\nPublié le 01/12/26 à 09h05\n\n"
          "L'autorité de protection des données a sanctionné mardi huit éditeurs dont les "
          "fenêtres de consentement rendaient le refus des cookies plus long que leur "
          "acceptation.\n\n"
          "Le bouton « Tout accepter » était mis en avant, « Refuser » caché, et la liste des "
          "250 partenaires publicitaires n'apparaissait qu'après plusieurs clics.\n\n"
          "« Nous tenons à votre vie privée, paramétrez vos préférences », affichaient "
          "pourtant ces fenêtres, relève le régulateur dans sa décision.\n\n"
          "© Le Petit Courrier\n")


def test_a_signed_report_quoting_a_banner_is_no_wall(tmp_path: Path, store: SQLiteStore,
                                                      settings: Settings) -> None:
    """verify16 Z1: an article about consent banners, quoting one ("Votre vie privée est
    importante pour nous"), was refused as a consent wall, HTML and capture alike: words
    addressing the reader inside a quotation are someone else's, and a signed page is an
    article."""
    paragraphs = [p for p in REPORT.split("\n\n")[3:6]]
    assert wall_kind("Bannières de consentement", paragraphs) == ""  # the reader is quoted
    assert wall_kind("Bannières", [p.replace("«", "").replace("»", "") for p in paragraphs],
                     authors=["Inès Morvan"]) == ""  # signed
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    summary = ingest_paths(store, [tmp_path], settings=settings)
    assert (summary.new, summary.failed) == (1, 0), summary.errors


def test_a_dated_or_signed_page_is_never_a_wall() -> None:
    """verify16 Z1: a dated brief on an internet outage under the site's header login box
    ("connexion internet", a password input) and a consumer piece telling the reader how to
    refuse cookies were refused as walls. A wall is the site's page: never signed, never
    dated."""
    outage = ["Près de 15 000 foyers du Vexin sont privés de connexion internet depuis "
              "dimanche soir après la coupure d'un câble de fibre optique.",
              "L'opérateur annonce un retour progressif du service d'ici mercredi."]
    assert wall_kind("Panne de fibre dans le Vexin", outage, password_field=True) == \
        "a login form"  # undated, unsigned: as a wall reads
    assert wall_kind("Panne de fibre dans le Vexin", outage, password_field=True,
                     dated=True) == ""
    howto = ["Les sites doivent vous proposer un bouton « Tout refuser » aussi visible que "
             "« Tout accepter », rappelle le régulateur des données personnelles.",
             "Vous pouvez aussi régler vos préférences de cookies et de traceurs dans votre "
             "navigateur, et retirer votre consentement à tout moment, partenaires compris."]
    assert wall_kind("Cookies : comment les refuser", howto, authors=["Léa Pons"]) == ""
    assert wall_kind("Cookies : comment les refuser", howto, dated=True) == ""


def test_a_relief_collection_is_no_appeal_of_the_outlet() -> None:
    """verify16 Z15: "la Fondation de France a ouvert une collecte : vous pouvez faire un
    don" closing a flood report was dropped as the outlet's own appeal; an outlet's appeal
    speaks of itself."""
    from veille.extract.chrome_lines import support_appeal

    assert not support_appeal(
        "Pour aider les familles sinistrées, le Secours populaire a ouvert une collecte : "
        "vous pouvez faire un don en ligne ou par chèque, chaque euro compte.")
    assert support_appeal(
        "Notre média est indépendant, sans publicité et financé par ses lecteurs : "
        "soutenez-nous, faites un don.")
