"""An article's own list stays in its body (t-final50 A2, issue 14).

"Ligue 2 : le programme de la 16e journée" printed its fixtures as short lines ("Vendredi
11 décembre" / "20h00 Amiens - Pau" / …): read as a list of links under a label, they left
the body and search. A programme, a timetable, a round's results, towns and their hours
are the article; a ticker's timed headlines, a "most read" list and one match's score line
(its report's sheet) are not.
"""

from __future__ import annotations

import pytest

from veille.extract.list_lines import content_lists, list_entry
from veille.extract.text_capture import extract_text_capture

HEAD = ("La Montagne\nRugby : le programme de la 12e journée de Pro D2\n"
        "Aurillac reçoit Brive dans le derby du Massif central, Oyonnax se rend à Agen.\n"
        "Publié le 03/12/2026 à 07h30\n")
TAIL = ("Le derby entre Aurillac et Brive se jouera à guichets fermés au stade "
        "Jean-Alric, pour la première fois depuis la montée.\n"
        "« On attend ce match depuis l'été », a reconnu le capitaine aurillacois.\n")


def _body(text: str) -> list[str]:
    return extract_text_capture(text).paragraphs


def test_a_programme_stays_in_the_body_with_its_day_lines() -> None:
    text = HEAD + ("Jeudi 10 décembre\n21h00 Aurillac - Brive\nVendredi 11 décembre\n"
                   "19h30 Agen - Oyonnax\n19h30 Nevers - Colomiers\n19h30 Béziers - Dax\n"
                   ) + TAIL
    result = extract_text_capture(text)
    assert result.title == "Rugby : le programme de la 12e journée de Pro D2"
    assert result.lead.startswith("Aurillac reçoit Brive")
    assert result.paragraphs[:3] == ["Jeudi 10 décembre", "21h00 Aurillac - Brive",
                                     "Vendredi 11 décembre"]
    assert "19h30 Béziers - Dax" in result.paragraphs
    assert result.paragraphs[-1].startswith("« On attend")


def test_an_english_fixture_list_with_v_stays() -> None:
    text = ("Evening Chronicle\nLeague Two fixtures for the weekend\n"
            "Carlisle host Barrow in the Cumbrian derby on Saturday lunchtime.\n"
            "Published 8 December 2026\nSaturday 12 December\n12:30 Carlisle v Barrow\n"
            "15:00 Walsall v Gillingham\n15:00 Crewe v Port Vale\n"
            "Carlisle are unbeaten in six league games and have kept four clean sheets.\n")
    body = _body(text)
    assert "12:30 Carlisle v Barrow" in body and "15:00 Crewe v Port Vale" in body


def test_a_rounds_results_stay_and_are_no_headline() -> None:
    text = ("Le Populaire\nNational 2 : les résultats de la 13e journée\n"
            "Limoges s'impose à domicile et recolle au groupe de tête.\n"
            "Publié le 06/12/2026 à 22h10\nLimoges 2-0 Tours\nBergerac 1-1 Angers B\n"
            "Poitiers 0-3 Cholet\nLes Limougeauds ont marqué deux fois en dix minutes "
            "juste avant la pause, devant un millier de spectateurs.\n")
    result = extract_text_capture(text)
    assert result.title == "National 2 : les résultats de la 13e journée"
    assert {"Limoges 2-0 Tours", "Poitiers 0-3 Cholet"} <= set(result.paragraphs)
    assert "match_sheet" not in result.evidence


def test_one_matchs_score_line_still_leaves_the_body() -> None:
    text = ("Le Populaire\nLimoges renverse Tours au bout du temps additionnel\n"
            "Publié le 06/12/2026 à 22h10\nLimoges 2-1 Tours\n"
            "Menés à la pause, les Limougeauds ont égalisé à l'heure de jeu avant de "
            "marquer le but de la victoire dans les arrêts de jeu.\n"
            "« Ce groupe ne lâche jamais », a salué l'entraîneur après la rencontre.\n")
    result = extract_text_capture(text)
    assert "Limoges 2-1 Tours" not in result.paragraphs
    assert result.evidence["match_sheet"] == "Limoges 2-1 Tours"


def test_a_ticker_after_the_article_is_no_list_of_its_own() -> None:
    text = ("Nice-Matin\nMenton : le pont de l'Union rouvre aux piétons\n"
            "Publié le 04/12/2026 à 09h00\n"
            "Le pont de l'Union, fermé depuis l'éboulement d'octobre, rouvre aux piétons "
            "lundi, a annoncé la mairie de Menton après trois semaines de travaux.\n"
            "Les voitures devront attendre la fin des contrôles de la falaise, prévus en "
            "janvier, selon les services de la métropole.\n"
            "Fil info\n08h58 Cannes : un incendie détruit une paillote sur la Croisette\n"
            "08h41 Grasse : la parfumerie historique ferme ses portes\n"
            "08h20 Antibes : le port Vauban accueille un yacht de 120 mètres\n")
    body = _body(text)
    assert len(body) == 2 and not any("Cannes" in p for p in body)


@pytest.mark.parametrize(("line", "entry"), [
    ("20h00 Amiens - Pau", True),
    ("12:30 Everton v Fulham", True),
    ("7h05 Le Palais", True),
    ("10h - 20h", True),
    ("9:00-17:00", True),
    ("Rouen 2-1 Valenciennes", True),
    ("10h02 Roubaix : un entrepôt de textile ravagé par les flammes", False),
    ("Arcachon : la dune du Pilat interdite d'accès", False),
    ("Vendredi 11 décembre", False),  # a header, not an entry
    ("20h00 Le match sera diffusé sur Canal+.", False),
])
def test_list_entries(line: str, entry: bool) -> None:
    assert list_entry(line) is entry


def test_two_entries_are_no_list() -> None:
    blocks = ["Vendredi 11 décembre", "20h00 Amiens - Pau", "20h00 Annecy - Laval",
              "Un paragraphe d'article qui parle d'autre chose que du programme."]
    assert content_lists(blocks, ["label", "label", "label", "prose"]) == set()
