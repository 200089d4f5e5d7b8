"""A capture whose first line is its headline, whatever ends it (t-reader19 R9).

A text file holding the headline on its first line and the body under it lost its
headline when that line ended like a sentence ("?", "!", "...", "…", a full stop): the
line was read as the body's first paragraph, and the capture came out untitled."""

from __future__ import annotations

import pytest

from veille.extract.text_capture import extract_text_capture

BODY = (
    "Le conseil municipal de Bourg-lès-Valence a examiné mardi soir le projet de "
    "réaménagement des quais, après trois mois de concertation avec les riverains et les "
    "commerçants du centre.\n"
    "Les élus de l'opposition ont demandé un nouveau chiffrage des travaux, estimé à "
    "quatre millions d'euros, et une étude sur la circulation des bus pendant le chantier.\n"
    "Le maire a promis une réponse avant la fin du mois, et une réunion publique en "
    "janvier pour présenter les plans définitifs aux habitants du quartier.\n"
)


@pytest.mark.parametrize("headline", [
    "Faut-il rouvrir le chantier des quais de Bourg-lès-Valence ?",
    "Quais de Bourg-lès-Valence : la facture fait-elle peur ?",
    "Bourg-lès-Valence : les quais, enfin...",
    "Quais de Bourg-lès-Valence : on en reparle…",
    "Les quais de Bourg-lès-Valence, c'est reparti !",
    "Le projet des quais de Bourg-lès-Valence divise le conseil municipal.",
    "La publicité quittera-t-elle les quais de Bourg-lès-Valence ?",  # one furniture word
    # A number counts as one character, not as many non-letters.
    "Communiqué sans date 48151623421081234567",
    "Note de service numéro 20251203174455001",
    "Bulletin 2025-000417 du syndicat des eaux",
])
def test_first_line_ending_like_a_sentence_is_the_headline(headline: str) -> None:
    result = extract_text_capture(f"{headline}\n{BODY}")
    assert result.title == headline
    assert result.paragraphs[0].startswith("Le conseil municipal")
    assert headline not in result.paragraphs


def test_first_line_over_a_kicker_is_the_headline() -> None:
    headline = "Quais de Bourg-lès-Valence : qui paiera les travaux ?"
    result = extract_text_capture(f"{headline}\nUrbanisme.\n{BODY}")
    assert result.title == headline


@pytest.mark.parametrize("furniture", [
    "Lire la suite…", "Read more", "Read more...", "Lire aussi : les quais, enfin ?",
])
def test_a_furniture_first_line_is_no_headline(furniture: str) -> None:
    result = extract_text_capture(f"{furniture}\n{BODY}")
    assert result.title != furniture


def test_a_long_opening_sentence_stays_the_first_paragraph() -> None:
    # A body pasted without its headline: its first paragraph is no headline.
    result = extract_text_capture(BODY)
    assert result.paragraphs[0].startswith("Le conseil municipal")
    assert result.title is None or not BODY.startswith(result.title)


@pytest.mark.parametrize("figures", ["12 345 678 910 112", "2025-12-03 17:44:55"])
def test_a_line_of_figures_is_no_headline(figures: str) -> None:
    assert extract_text_capture(f"{figures}\n{BODY}").title != figures


@pytest.mark.parametrize("under", [
    "Les riverains attendent toujours le chiffrage promis par la mairie",
    "URBANISME –\nLes élus se divisent sur le coût des travaux…",
    "Une facture de quatre millions d'euros.\nLes élus se divisent sur le coût des travaux",
])
def test_the_first_line_heads_the_capture_over_its_subtitle(under: str) -> None:
    headline = "Les quais de Bourg-lès-Valence attendront encore"
    result = extract_text_capture(f"{headline}\n{under}\n{BODY}")
    assert result.title == headline


def test_a_site_name_on_the_first_line_does_not_head_the_capture() -> None:
    headline = "Les quais de Bourg-lès-Valence attendront encore"
    result = extract_text_capture(f"Le Petit Valentinois\n{headline}\n{BODY}")
    assert result.title == headline


@pytest.mark.parametrize("opening", [
    "4 mars 2025. - Les élus de Bourg-lès-Valence ont voté le budget des quais.",
    "Les élus de Bourg-lès-Valence ont voté mardi soir, après un long débat, le budget "
    "des quais.",
])
def test_a_body_pasted_without_headline_keeps_its_first_paragraph(opening: str) -> None:
    # A dateline opens a paragraph, not a headline; a long sentence with its full stop
    # is a paragraph.
    result = extract_text_capture(f"{opening}\n{BODY}")
    assert result.title != opening
