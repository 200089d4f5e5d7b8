"""A text capture's masthead over its header's controls (t-final34 A5, A6, A7).

A search box's label ("Rechercher sur le site", "Suche"), a sign-in or subscription link
("Se connecter", "Anmelden", "Iniciar sesión") was taken for the outlet's name when a menu
followed it; the name printed above it was lost. Names a section's label spells ("Le
Monde"), names with a slogan ("Clicanoo - Le Journal de l'île de La Réunion"), names over a
section under them ("Le Parisien" / "Seine-Saint-Denis") and a menu copied without its
separators ("SCMP Hong Kong China Asia World Business") were missed or taken whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.masthead import control_line
from veille.extract.text_capture import extract_text_capture

BODY = [
    "Le conseil municipal a voté mardi soir la fermeture de la piscine municipale pour six "
    "mois, le temps de remplacer sa toiture et son système de filtration.",
    "Les clubs de natation seront accueillis dans les bassins des communes voisines, a "
    "précisé l'adjoint aux sports, qui promet une réouverture avant l'été.",
    "« Nous n'avions plus le choix, la charpente ne tenait plus », a déclaré le maire devant "
    "les élus, en rappelant que les travaux coûteront 4,2 millions d'euros.",
    "L'opposition a voté contre, en dénonçant un chantier trop tardif.",
]
HEADLINE = "Quimper : la piscine municipale fermée six mois pour travaux"
MENU = "Bretagne Finistère Morbihan Côtes-d'Armor France Monde Sport"


def _capture(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, HEADLINE, "Publié le 1 décembre 2026 à 19h05", *BODY, *tail])


@pytest.mark.parametrize(("lines", "outlet"), [
    # the tester's shapes: a search box's label under the name (A6)
    (("Le Télégramme", "Rechercher sur le site", "Mon compte | Abonnement", MENU),
     "Le Télégramme"),
    (("DER SPIEGEL", "Suche", "Anmelden  Abonnement", "Politik Ausland Wirtschaft"),
     "DER SPIEGEL"),
    (("EL PAÍS", "Buscar", "Suscríbete  Iniciar sesión", "España Internacional Economía"),
     "EL PAÍS"),
    (("Het Parool", "Zoeken", "Inloggen  Abonneren", "Amsterdam Politiek Cultuur"),
     "Het Parool"),
    (("Il Secolo", "Cerca", "Accedi  Abbonati", MENU), "Il Secolo"),
    (("Nordlicht", "Que recherchez-vous ?", "Je m'abonne  Se connecter", MENU), "Nordlicht"),
    # a name a section's label spells, over the header's controls (A7)
    (("Le Monde", "Rechercher", "Se connecter  S'abonner", MENU, "Politique"), "Le Monde"),
    # a lower-case wordmark over the search box (t-final34 input 21)
    (("franceinfo", "Rechercher", MENU), "franceinfo"),
    # a breadcrumb first, the name under it, then the search box (A7)
    (("Accueil  Monde  Santé", "La Croix", "Rechercher"), "La Croix"),
    # a name and its slogan (A7)
    (("Clicanoo - Le Journal de l'île de La Réunion", "Rechercher", MENU), "Clicanoo"),
    # the name over a menu that lost its separators (A5)
    (("South China Morning Post", "SCMP Hong Kong China Asia World Business",
      "Sign up for our newsletter", "Hong Kong / Transport"), "South China Morning Post"),
])
def test_the_name_above_the_controls(lines: tuple[str, ...], outlet: str) -> None:
    got = extract_text_capture(_capture(*lines))
    assert got.masthead == outlet
    assert got.title == HEADLINE


def test_a_name_signed_again_in_the_footer() -> None:
    """ "Le Parisien" / a section / the headline …, "Réagir" / "Le Parisien" (A7)."""
    text = _capture("Le Parisien", "Finistère", tail=("Réagir", "Le Parisien"))
    assert extract_text_capture(text).masthead == "Le Parisien"


@pytest.mark.parametrize("lines", [
    ("Suche", "Anmelden  Abonnement", "Politik Ausland Wirtschaft Wissenschaft"),
    ("Rechercher sur le site", "Mon compte | Abonnement", MENU),
    ("NZ Herald New Zealand World Business Sport", "Log in"),
    ("Finistère",),  # a kicker, no menu, no footer
    ("exclusif", "Lire aussi"),  # a lower-case kicker over no control
    ("Grève SNCF",),  # a kicker printed again as a tag: one line under it is no menu
])
def test_no_false_outlet(lines: tuple[str, ...]) -> None:
    assert extract_text_capture(_capture(*lines)).masthead == ""


def test_a_one_word_kicker_as_a_tag_is_no_outlet() -> None:
    text = _capture("Quimper", tail=("Mots-clés", "Quimper"))
    assert extract_text_capture(text).masthead == ""


@pytest.mark.parametrize("line", [
    "Rechercher sur le site", "Rechercher", "Suche", "Suchen", "Buscar", "Cerca", "Zoeken",
    "Que recherchez-vous ?", "Se connecter  S'abonner", "Anmelden  F+ Abo", "Iniciar sesión",
    "Sign in", "Log in", "Abonnez-vous", "Mon compte", "Accedi  Abbonati", "Inloggen",
    "Sign up for our newsletter", "Je m'abonne  Se connecter", "Menu"])
def test_control_lines(line: str) -> None:
    assert control_line(line)


@pytest.mark.parametrize("line", [
    "Le Télégramme", "DER SPIEGEL", "Suche nach Überlebenden geht weiter",
    "La recherche française en panne", "Cerca di capire.", "The Subscription Economy Weekly",
    "Login Systems Inc",
    "Bretagne Finistère Morbihan"])
def test_no_control_lines(line: str) -> None:
    assert not control_line(line)


def test_the_outlet_stored_through_the_cli(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``veille ingest`` without --source into a real store: ``latest`` names the outlet
    printed above the search box, not the search box (t-final34 A6: "Rechercher sur le
    site [reprint]")."""
    capture = tmp_path / "telegramme.txt"
    capture.write_text(_capture("Le Télégramme", "Rechercher sur le site",
                                "Mon compte | Abonnement", MENU), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(capture)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "latest", "--json"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    row = json.loads(line)
    assert row["source"] == "Le Télégramme"
    assert row["content"]["title"] == HEADLINE
