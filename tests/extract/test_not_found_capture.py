"""A capture of a "page not found" page is no article (newuser11 T1): its apology was
stored as the body of an article titled "Page introuvable"."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.extract.not_found import not_found_message
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

MENU = "Le Quotidien\nÀ la une\nNational\nMonde\nSports\nSe connecter\n"
SUGGESTIONS = ("Les plus lus\n"
               "Grève des enseignants : la mobilisation se poursuit jeudi\n"
               "Les syndicats réclament une revalorisation des salaires de 8 % dès janvier.\n"
               "Football : le FC Sion limoge son entraîneur après cinq défaites\n"
               "Le club valaisan a annoncé la nouvelle dans un communiqué lundi soir.\n"
               "© Le Quotidien 2026\n")


@pytest.mark.parametrize("message", [
    "Oups ! La page que vous recherchez n'existe plus ou son adresse a changé.",
    "Nous sommes désolés : l'article demandé n'existe pas. Il a peut-être été retiré.",
    "Sorry, the page you are looking for could not be found. Try the search box.",
])
def test_a_not_found_message_is_recognised(message: str) -> None:
    assert not_found_message([message])


@pytest.mark.parametrize("paragraphs", [
    ["La page Facebook de la mairie de Sion, introuvable depuis lundi, a été piratée, "
     "selon la police cantonale qui a ouvert une enquête."],
    ["Le conseil a voté la rénovation de la halle. La page que vous cherchez n'existe pas.",
     "Le chantier commencera au printemps.", "Il durera trois mois."],
    ["Le ministre a présenté le texte que vous attendiez depuis des mois, a-t-il dit."],
])
def test_an_article_is_no_not_found_message(paragraphs: list[str]) -> None:
    assert not not_found_message(paragraphs)


def test_ingest_refuses_a_not_found_capture(tmp_path: Path, store: SQLiteStore,
                                            settings: Settings) -> None:
    page = (f"{MENU}Erreur 404\nOups ! La page que vous recherchez n'existe plus ou son "
            "adresse a changé. Utilisez le moteur de recherche pour retrouver un article.\n"
            f"Retour à l'accueil\n{SUGGESTIONS}")
    (tmp_path / "erreur.txt").write_text(page, encoding="utf-8")
    summary = ingest_paths(store, [tmp_path], settings=settings)
    assert (summary.new, summary.failed) == (0, 1)
    assert any("erreur.txt" in e and "not found" in e for e in summary.errors)
