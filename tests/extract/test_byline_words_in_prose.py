"""A paragraph opening with a byline's word is no byline: "Par la suite, …", "By Monday,
…", "Von diesem Montag an …", "Por otro lado, …", "Di conseguenza, …", Dutch "De
minister …" stay in the body; only the formula followed by names is a byline
(:mod:`veille.extract.byline_names`; newuser16b C2: such paragraphs were deleted, and in
a French text capture the paragraphs after it too)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from veille.extract import textshape as ts
from veille.extract.byline_names import names_after_formula
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

#: (lang, headline, real byline, author, paragraphs: the middle one opens with the word)
_PAGES = [
    ("fr", "Nantes rénove son réseau de tramway jusqu'en 2028", "Par Sophie Lambert",
     "Sophie Lambert",
     ["La métropole nantaise a voté jeudi un programme de rénovation de ses trois lignes "
      "de tramway, pour un coût estimé à 140 millions d'euros.",
      "Par la suite, deux nouvelles stations seront ouvertes au nord de la ville.",
      "Les usagers devront prendre des bus de substitution pendant les travaux d'été."]),
    ("en", "Ferry services resume after three days of gales", "By Thomas Reed",
     "Thomas Reed",
     ["Ferry operators on the west coast cancelled every crossing from Friday to Sunday "
      "as winds reached ninety miles an hour across the islands.",
      "By Monday, the first boats had left Oban for Mull.",
      "Islanders said shops were running short of fresh food and fuel."]),
    ("de", "Neue Regeln für Mieter in Hamburg ab Januar", "Von Lena Hoffmann",
     "Lena Hoffmann",
     ["Der Hamburger Senat hat am Dienstag eine Reform des Mietrechts für städtische "
      "Wohnungen beschlossen, die rund 130.000 Haushalte betrifft.",
      "Von diesem Januar an gilt eine Obergrenze für Erhöhungen.",
      "Der Mieterverein begrüßte die Entscheidung, forderte aber weitere Schritte."]),
    ("es", "Sevilla amplía el horario de sus bibliotecas públicas", "Por Lucía Romero",
     "Lucía Romero",
     ["El Ayuntamiento de Sevilla ha aprobado este lunes la ampliación del horario de las "
      "doce bibliotecas municipales durante el periodo de exámenes.",
      "Por otro lado, se contratarán quince nuevos bibliotecarios.",
      "Los estudiantes llevaban meses reclamando espacios de estudio nocturnos."]),
    ("it", "Torino, nuove piste ciclabili in periferia", "Di Marco Ferri", "Marco Ferri",
     ["Il consiglio comunale di Torino ha approvato martedì un piano da venti milioni di "
      "euro per collegare i quartieri periferici con nuove piste ciclabili.",
      "Di conseguenza, alcune strade diventeranno a senso unico.",
      "I commercianti temono un calo dei clienti durante i lavori."]),
    ("nl", "Utrecht bouwt nieuwe fietsenstalling bij het station", "Door Anouk van Dijk",
     "Anouk van Dijk",
     ["De gemeente Utrecht heeft woensdag plannen gepresenteerd voor een fietsenstalling "
      "met plaats voor achtduizend fietsen aan de westkant van het station.",
      "De minister steunt het plan met extra geld uit het fonds.",
      "De bouw begint naar verwachting in het voorjaar van volgend jaar."]),
]


def _html(lang: str, title: str, byline: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1><p class='byline'>{byline}</p>{body}</article></body></html>")


@pytest.mark.parametrize(("lang", "title", "byline", "author", "paragraphs"), _PAGES)
def test_html_keeps_a_paragraph_opening_with_a_byline_word(
        lang: str, title: str, byline: str, author: str, paragraphs: list[str]) -> None:
    content = extract_html(_html(lang, title, byline, paragraphs))
    assert content.paragraphs == paragraphs
    assert content.authors == [author]


@pytest.mark.parametrize(("lang", "title", "byline", "author", "paragraphs"), _PAGES)
def test_html_keeps_it_as_the_last_paragraph(
        lang: str, title: str, byline: str, author: str, paragraphs: list[str]) -> None:
    ordered = [paragraphs[0], paragraphs[2], paragraphs[1]]
    assert extract_html(_html(lang, title, byline, ordered)).paragraphs == ordered


@pytest.mark.parametrize(("lang", "title", "byline", "author", "paragraphs"), _PAGES[:2])
def test_text_capture_keeps_it_and_what_follows(
        lang: str, title: str, byline: str, author: str, paragraphs: list[str]) -> None:
    text = "\n".join(["Accueil" if lang == "fr" else "Home", title, byline,
                      "2 décembre 2026 à 09h15" if lang == "fr" else "2 December 2026, 09:15",
                      *(f"{p}\n" for p in paragraphs)])
    result = extract_text_capture(text)
    assert result.paragraphs == paragraphs
    assert result.authors == [author]


@pytest.mark.parametrize("byline", [
    "Par Sophie Lambert", "By Thomas Reed, Reuters", "Von Lena Hoffmann, dpa",
    "Por Lucía Romero y Pablo Ortiz", "Door Anouk van Dijk", "Di Marco Ferri",
    "By Ruth Kaye, Health Correspondent", "Par Luc Morel, envoyé spécial à Kyiv",
    "Par Luc Morel, le 2 décembre 2026", "Par Luc Morel, ici Alsace",
    "BY RUTH KAYE AND TOM HALE",
])
def test_a_formula_before_names_is_a_byline(byline: str) -> None:
    assert names_after_formula(byline) and ts.is_byline(byline)
    assert ts.is_byline("Par l'AFP")  # an agency's credit (bylines.credit_line)


_FORMULA = st.sampled_from(["Par", "By", "Von", "Por", "Di", "Door", "De", "PAR"])
_LOWER = st.text("abcdefghijklmnopqrstuvwxyzéèàü", min_size=2, max_size=10)
_WORDS = st.lists(st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉ", min_size=1,
                          max_size=10), max_size=10)


@given(_FORMULA, _LOWER, _WORDS)
@example("Par", "ap", [])  # an agency's name in lower case: a sentence (h-capture67's run)
def test_a_formula_before_a_lower_case_word_is_no_byline(
        formula: str, word: str, rest: list[str]) -> None:
    text = " ".join([formula, word, *rest]) + "."
    assert not names_after_formula(text)
    assert not ts.is_byline(text)


@given(_FORMULA, st.sampled_from(["Monday", "Sophie", "Utrecht"]),
       st.lists(_LOWER, min_size=2, max_size=10))
def test_names_then_a_lower_case_clause_ending_a_sentence_is_no_byline(
        formula: str, name: str, clause: list[str]) -> None:
    text = f"{formula} {name}, {' '.join(clause)}."
    assert not ts.is_byline(text)


_NAME = st.builds(lambda first, last: f"{first} {last}",
                  st.sampled_from(["Anne", "Karim", "Jonas", "María", "Ilse"]),
                  st.sampled_from(["Morel", "Benali", "de Jong", "García", "Van Damme"]))


@given(_FORMULA, st.lists(_NAME, min_size=1, max_size=3))
def test_a_formula_before_any_list_of_names_is_a_byline(formula: str, names: list[str]) -> None:
    text = f"{formula} " + (", ".join(names[:-1]) + " et " + names[-1] if len(names) > 1
                            else names[0])
    assert names_after_formula(text)


@given(st.text(max_size=120))
def test_never_raises(text: str) -> None:
    names_after_formula(text)


@pytest.mark.parametrize("line", [
    "By Siobhan Kearney in Cork", "By Liam O'Connor in Galway", "Par Hélène Morvan à Quimper",
    "Par notre correspondant à Lorient", "De notre envoyée spéciale à Odessa",
    "By our correspondent", "Von Jonas Berger aus Wien"])
def test_a_correspondents_place_or_the_newsrooms_own_role_is_still_a_byline(line: str
                                                                          ) -> None:
    """verify17 Y1: C2's rule took "By Mary Oneill in Dublin" and "Par notre correspondant
    à Brest" for sentences, kept them as the first paragraph and lost the author."""
    assert names_after_formula(line)


@pytest.mark.parametrize("line", [
    "Par notre faute, tout a échoué.", "By our own estimates, the cost is higher.",
    "By Monday in Paris, the talks had collapsed."])
def test_sentences_opening_so_stay_sentences(line: str) -> None:
    assert not names_after_formula(line)
