"""Match sheets (score line, scorers, cards, line-ups) leave the body of captures and HTML
pages alike, their score kept in the evidence; a sentence giving a score stays (s-capt14;
texts of our own)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.html import extract_html
from veille.extract.match_sheet import score_line, sheet_line
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)
HEADLINE = "National : Versailles fait tomber Sochaux (3-1) et s'installe sur le podium"
CHAPO = ("Menés dès la 5e minute, les Versaillais ont renversé Sochaux samedi soir à "
         "Montbauron et grimpent à la troisième place du championnat.")
SCORE = "Versailles 3-1 Sochaux"
SHEET = ["Buts : Koné (5e) pour Sochaux ; Diallo (31e, 58e), Mendy (88e) pour Versailles",
         "Cartons jaunes : Traoré (40e), Hamdi (77e)"]
BODY = [
    "Sochaux avait pourtant parfaitement lancé sa soirée, Ibrahim Koné reprenant de la tête "
    "un centre de Hamdi dès la cinquième minute devant un public refroidi.",
    "Mais Versailles a réagi avant la pause grâce à Moussa Diallo, auteur d'une frappe "
    "croisée, avant que le même Diallo ne donne l'avantage aux siens peu avant l'heure de jeu.",
    "Les Versaillais se sont imposés 3-1 grâce à un dernier but de Mendy en fin de match, et "
    "recevront Nancy vendredi prochain pour la 16e journée.",
]


def _capture(*, sheet_first: bool) -> str:
    sheet = [SCORE, *SHEET]
    lines = ["Le Sport Francilien", "Football", "National", HEADLINE, CHAPO,
             "Par Théo Barrault", "Publié le 30/11/2026 à 22h40",
             *(sheet if sheet_first else []), *BODY, *([] if sheet_first else sheet),
             "Commentaires (4)"]
    return "\n".join(lines)


def test_a_match_sheet_under_the_byline_is_no_paragraph_nor_headline() -> None:
    result = extract_text_capture(_capture(sheet_first=True), fetched_at=NOW)
    assert result.title == HEADLINE
    assert result.paragraphs == BODY
    assert result.evidence["match_sheet"] == SCORE


def test_a_match_sheet_under_the_text_is_dropped_too() -> None:
    result = extract_text_capture(_capture(sheet_first=False), fetched_at=NOW)
    assert result.paragraphs == BODY
    assert result.evidence["match_sheet"] == SCORE


def test_an_html_page_drops_its_match_sheet_the_same_way() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODY, SCORE, *SHEET])
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}"
            f"</h1>{paragraphs}</article></body></html>")
    content = extract_html(page, fetched_at=NOW)
    assert content.paragraphs == BODY
    assert content.evidence["match_sheet"] == SCORE


def test_sentences_and_numbers_are_no_score_lines() -> None:
    for text in ["Les Versaillais se sont imposés 3-1 face à Sochaux.",
                 "Article 12-3 du Code du sport", "Saison 2025-2026",
                 "By MARTA OLIVIERI - 2019-04-10",
                 "Ligue 1 : l'OM s'impose à Lens (1-2) grâce à un doublé de Greenwood"]:
        assert not score_line(text), text
    assert not sheet_line("Essais : trois laboratoires testent un vaccin contre la grippe "
                          "aviaire cet hiver en Bretagne.")


_NAMES = st.sampled_from(["Lens", "Marseille", "PSG", "Stade Rennais", "Paris FC",
                          "Saint-Étienne", "Real Madrid", "Stade Toulousain"])


@given(_NAMES, _NAMES, st.integers(0, 60), st.integers(0, 60))
def test_any_team_score_team_line_is_a_score_line(a: str, b: str, x: int, y: int) -> None:
    assert score_line(f"{a} {x}-{y} {b}")
    assert score_line(f"{a} - {b} : {x}-{y}")
