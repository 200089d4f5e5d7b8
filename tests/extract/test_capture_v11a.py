"""Text captures whose head the earlier rules misread (verify11a, newuser11 T17): a bare
name over the correspondent's place line (V10), an interview's standfirst that speaks of
the guest while the body opens on questions (T17), a masthead's date above the headline
with only an update under it (V14). Own captures: other outlets, other words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
P1 = ("Le traversier entre Lévis et Québec a repris son service lundi après trois semaines "
      "d'arrêt, a annoncé la Société des traversiers, qui promet un horaire complet d'ici "
      "la fin de la semaine.")
P2 = ("Les usagers ont dû emprunter les ponts pendant la réparation de la rampe d'accès, "
      "endommagée par une barge lors de la tempête du 9 novembre.")
P3 = "Une enquête a été confiée au Bureau de la sécurité des transports."


def test_a_bare_name_over_the_correspondents_place_is_the_author() -> None:
    text = ("Le Soleil\nActualités\nRégions\nLe traversier Québec-Lévis reprend du service\n"
            "Les navettes reprennent après trois semaines de réparations à la rampe d'accès "
            "de Lévis.\nÉtienne Laflamme\nà Lévis\n30 novembre 2026\n"
            f"{P1}\n{P2}\n{P3}\n")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.authors == ["Étienne Laflamme"]
    assert "à Lévis" not in result.paragraphs


def test_an_interviews_standfirst_is_its_lead_when_the_body_opens_on_a_question() -> None:
    text = ("La Liberté\nSe connecter\nFribourg\nSuisse\nCulture\nEntretien\n"
            "Corinne Bapst : « La fanfare, c’est l’école de la patience »\n"
            "À la veille de sa retraite, la cheffe de l’harmonie de Bulle publie un livre de "
            "souvenirs. Rencontre.\n"
            "Propos recueillis par Julien Rossier\nPublié le 1/12/2026 à 07:30\n"
            "Trois décennies, c’est long. Qu’est-ce qui vous a fait tenir ?\n"
            "Les répétitions de l’harmonie le jeudi soir. Voir des gamins de dix ans devenir "
            "des musiciens, il n’y a rien de plus beau.\n"
            "Et les concerts ?\n"
            "Ils passent trop vite. On travaille six mois pour une heure et demie sur scène.\n"
            "Un regret ?\n"
            "Ne pas avoir emmené l’harmonie jouer à l’étranger plus souvent.\n"
            "Partager\nLes plus lus\n© La Liberté 2026\n")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == "Corinne Bapst : « La fanfare, c’est l’école de la patience »"
    assert result.first_words().startswith("À la veille de sa retraite")
    assert result.paragraphs[0] == "Trois décennies, c’est long. Qu’est-ce qui vous a fait tenir ?"
    assert len(result.paragraphs) == 6


def test_a_masthead_date_with_only_an_update_under_the_headline_dates_no_publication() -> None:
    text = ("Le Droit\nLundi 30 novembre 2026\nActualités\nSports\n"
            "Le traversier Québec-Lévis reprend du service\n"
            "Mis à jour il y a 5 heures\n"
            f"{P1}\n{P2}\n{P3}\n")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.published is None
    assert result.updated is not None and result.updated.date().isoformat() == "2026-12-01"


@pytest.mark.parametrize("head", [
    "Le Droit\nLundi 30 novembre 2026\nActualités\nSports\n"
    "Le traversier Québec-Lévis reprend du service\n",  # a masthead date alone
    "Le Droit\nActualités\nSports\nLe traversier Québec-Lévis reprend du service\n"
    "30 novembre 2026\nMis à jour il y a 5 heures\n",  # a date under the headline
])
def test_a_date_alone_or_under_the_headline_stays_the_publication(head: str) -> None:
    result = extract_text_capture(f"{head}{P1}\n{P2}\n{P3}\n", fetched_at=NOW)
    assert result.published is not None
    assert result.published.date().isoformat() == "2026-11-30"


def test_a_capture_byline_after_its_date_names_the_author() -> None:
    """verify11a V15 in captures (verify12): "Publié le 01/12/2026 à 13:47 par X" gave no
    author in a text capture, as it did in HTML before."""
    from veille.extract.text_capture import extract_text_capture

    text = ("La Gazette\nRégion\nSion : la piste de luge rouvre samedi\n"
            "Après un mois de travaux, la piste rouvre pour les vacances.\n"
            "Publié le 02/12/2026 à 09:12 par Léon Favre\n"
            "La piste de luge de Sion rouvre samedi après un mois de travaux sur ses "
            "virages, a annoncé la commune mardi.\n"
            "Les travaux ont coûté 300 000 francs, pris en charge par le canton.\n")
    content = extract_text_capture(text)
    assert content.authors == ["Léon Favre"]
