"""A "Lire aussi : <headline>" line inside a pasted article is a link, not the end of the
article (newuser9 R20: weighed as a notice, it ended the densest run and the paragraph
after it was lost, so a search for its words missed the article)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 11, 30, 18, tzinfo=UTC)
MENU = ["Le Journal de l'Ouest", "Menu", "Rechercher", "Mon compte", "S'abonner", "Accueil",
        "Bretagne", "Brest"]
MOST_READ = ["Les plus lus", "Quimper. Un cycliste renversé rue de Brest",
             "Morlaix. Le marché de Noël ouvre samedi", "Lorient. Trois navires à quai",
             "Vannes. Le pont de Kérino fermé une nuit", "Saint-Brieuc. La gare rénovée",
             "Mentions légales", "Contact", "Plan du site", "Gestion des cookies",
             "© Le Journal de l'Ouest"]


def capture(link: str) -> str:
    return "\n".join([
        *MENU,
        "Brest. Le tramway de nouveau à l'arrêt, les voyageurs à bout",
        "Brest. Le tramway de nouveau à l'arrêt, les voyageurs à bout",
        "Pour la deuxième fois ce mois-ci, la ligne A du tramway brestois a été coupée "
        "pendant toute la matinée à cause d'une panne d'alimentation électrique.",
        "Le Journal de l'Ouest Anne Kerhervé.", "Publié le 30/11/2026 à 17h20", "Écouter",
        "Partager", "Abonnez-vous",
        "La ligne A du tramway de Brest s'est arrêtée jeudi à 6 h 40 et n'a repris qu'à "
        "midi, laissant des milliers de lycéens et de salariés sur les quais du centre-ville.",
        "« On nous promet des améliorations depuis l'été, rien ne change », regrette une "
        "infirmière qui attendait à l'arrêt Liberté depuis plus d'une demi-heure.",
        link,
        "L'exploitant a envoyé des techniciens à la sous-station de Kérinou. La métropole "
        "exige un rapport avant jeudi.",
        "Cet article est réservé aux abonnés. Il vous reste 60% à découvrir.",
        "Déjà abonné ? Se connecter", "Offre numérique : 1 €, le premier mois",
        *MOST_READ])


@pytest.mark.parametrize("link", [
    "Lire aussi : Brest. Tramway : pourquoi les pannes se multiplient depuis septembre",
    "À lire aussi. Brest. Les travaux de la seconde ligne prennent du retard",
    "LIRE AUSSI - Tramway : la métropole promet un plan de fiabilisation",
])
def test_an_inline_read_also_link_does_not_end_the_article(link: str) -> None:
    result = extract_text_capture(capture(link), fetched_at=NOW)
    body = " ".join(result.paragraphs)
    assert "sous-station de Kérinou" in body
    assert link not in result.paragraphs
    assert "Les plus lus" not in body and "réservé aux abonnés" not in body
