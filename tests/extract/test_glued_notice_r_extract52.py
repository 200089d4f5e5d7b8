"""A notice glued to a paragraph is cut off it, the paragraph kept (r-extract52, issue 14;
t-final51b A3: "… per i viaggiatori. RIPRODUZIONE RISERVATA © Copyright ANSA" listed the
whole last paragraph as a notice). Through ``ingest_paths`` on a real SQLite store, and
:func:`~veille.extract.glued_notice.split_glued` on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.extract.dropped_blocks import DROPPED_KEY
from veille.extract.glued_notice import split_glued
from veille.ingest import ingest_paths
from veille.record import Article
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

HEAD = "Maltempo in Liguria, chiuse le scuole\n\nGENOVA, 9 gennaio 2026, 07:40\n\n" \
       "La Protezione civile ha diramato l'allerta rossa per piogge intense su tutta la costa.\n\n"


def _ingested(store: SQLiteStore, settings: Settings, tmp_path: Path, text: str,
              source: str = "", name: str = "capture.txt") -> Article:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, "utf-8")
    ingest_paths(store, [folder], settings=settings, source=source)
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article


@pytest.mark.parametrize("notice", [
    "RIPRODUZIONE RISERVATA © Copyright ANSA",
    "© Riproduzione riservata",
    "Tutti i diritti riservati.",
    "© 2026 Gazzetta del Levante. Tutti i diritti riservati.",
])
def test_a_rights_line_at_the_end_keeps_the_paragraph(store: SQLiteStore, settings: Settings,
                                                      tmp_path: Path, notice: str) -> None:
    last = ("Il sindaco ha firmato l'ordinanza di chiusura delle scuole e dei parchi. "
            "I volontari presidiano i torrenti.")
    article = _ingested(store, settings, tmp_path, f"{HEAD}{last} {notice}\n", "ansa.it")
    assert article.content is not None
    assert article.content.paragraphs[-1] == last
    dropped = article.content.evidence[DROPPED_KEY]
    assert f"notice\t{notice}" in dropped.split("\n")


@pytest.mark.parametrize(("block", "cut"), [
    ("Traders said supplies could remain tight for weeks. © 2026 Reuters. All rights reserved.",
     ("", "Traders said supplies could remain tight for weeks.",
      "© 2026 Reuters. All rights reserved.")),
    ("Les autorités recommandent le port du masque dans les transports. Tous droits réservés.",
     ("", "Les autorités recommandent le port du masque dans les transports.",
      "Tous droits réservés.")),
    ("Die Opposition kritisierte die hohen Kosten des Projekts. Alle Rechte vorbehalten.",
     ("", "Die Opposition kritisierte die hohen Kosten des Projekts.", "Alle Rechte vorbehalten.")),
    ("Comparte esta noticia Las lluvias han obligado a cerrar una decena de carreteras.",
     ("Comparte esta noticia", "Las lluvias han obligado a cerrar una decena de carreteras.", "")),
    ("Le chantier a coûté 95 millions d'euros au total. Lire aussi : Tramway, la ligne 5 prolongée",
     ("", "Le chantier a coûté 95 millions d'euros au total.",
      "Lire aussi : Tramway, la ligne 5 prolongée")),
    ("Le match sera diffusé en direct dès 21 heures sur la chaîne. "
     "Abonnez-vous à notre newsletter.",
     ("", "Le match sera diffusé en direct dès 21 heures sur la chaîne.",
      "Abonnez-vous à notre newsletter.")),
])
def test_split_glued_cuts_the_notice(block: str, cut: tuple[str, str, str]) -> None:
    assert split_glued(block) == cut


@pytest.mark.parametrize("block", [
    # a sentence of the article about cookies, subscribers, shares: no notice
    "La Cnil a publié ses recommandations. "
    "Les cookies publicitaires seront interdits, a dit la Cnil.",
    "Premium Brands Holdings said on Monday it would buy a rival for 2 billion dollars.",
    "Share prices fell sharply on Monday after the company cut its forecast for the year.",
    "Le musée a rouvert en 2020 après des travaux. Copyright : la question reste posée.",
    # a notice alone on its line stays one block (the capture's rules read it whole)
    "RIPRODUZIONE RISERVATA © Copyright ANSA",
    # what is left would be no paragraph
    "Fin. © 2026 Reuters. All rights reserved.",
])
def test_split_glued_leaves_text_whole(block: str) -> None:
    assert split_glued(block) == ("", block, "")


def test_reading_time_under_the_date_is_listed(store: SQLiteStore, settings: Settings,
                                               tmp_path: Path) -> None:
    text = ("Climat : la Bretagne se prépare à des hivers plus doux\n\nPar Anne Le Bihan\n"
            "Publié le 13 janvier 2026 à 08h00\nTemps de lecture : 4 min\n\n"
            "Les hivers bretons pourraient se réchauffer de deux degrés d'ici 2050, selon une "
            "étude publiée mardi.\n\nLes agriculteurs s'inquiètent des conséquences pour les "
            "cultures de légumes.\n")
    article = _ingested(store, settings, tmp_path, text, "letelegramme.fr")
    assert article.content is not None
    assert "notice\tTemps de lecture : 4 min" in article.content.evidence[DROPPED_KEY]
    assert all("Temps de lecture" not in p for p in article.content.paragraphs)
