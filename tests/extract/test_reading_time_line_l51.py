"""A reading time under the date is the page's furniture, never the body's first
paragraph (t-final51 A5b: "Temps de lecture : 2 min" was kept as paragraph 1; shaped as a
label, a colon and a figure, it was read as a data line, "Inscrits : 89 204", which the
body keeps)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract import textshape as ts
from veille.extract.chrome_lines import reading_time_line
from veille.extract.text_capture import extract_text_capture

READING_TIMES = ["Temps de lecture : 2 min", "Lecture : 4 min", "5 min read",
                 "Reading time: 6 minutes", "Lesezeit: 3 Min.", "Tiempo de lectura: 4 minutos",
                 "Tempo di lettura: 2 minuti", "Tempo de leitura: 3 min", "3–4 minutes"]
BODY = ("Le président ukrainien et le président russe pourraient se rencontrer à Istanbul "
        "la semaine prochaine, a affirmé samedi le ministre turc des Affaires étrangères.")


def _capture(reading_time: str) -> str:
    return "\n\n".join([
        "Accueil > International > Europe",
        "Ukraine : une rencontre à Istanbul évoquée par Ankara",
        "Le ministre turc des Affaires étrangères affirme que les deux présidents ont donné "
        "leur accord de principe.",
        "Publié le 5 décembre 2026 à 10h15", reading_time, BODY,
        "« Les deux parties ont donné leur accord de principe », a déclaré le ministre lors "
        "d'une conférence de presse à Ankara. Le Kremlin n'a pas confirmé.",
        "Partager cet article"]) + "\n"


@pytest.mark.parametrize("line", READING_TIMES)
def test_a_reading_time_is_furniture_not_data(line: str) -> None:
    assert reading_time_line(line)
    assert not ts.is_data_line(line)
    assert ts.block_shape(line).head == "notice"


@pytest.mark.parametrize("line", ["Temps de lecture : 2 min", "Lesezeit: 3 Min.", "5 min read"])
def test_the_body_opens_with_its_prose(line: str) -> None:
    result = extract_text_capture(_capture(line))
    assert result.paragraphs[0] == BODY, result.paragraphs
    assert all(line not in p for p in result.paragraphs)


@pytest.mark.parametrize("line", ["Inscrits : 89 204", "Participation : 61,3 %",
                                  "Abonnés : 1,2 million"])
def test_data_lines_stay_data(line: str) -> None:
    assert ts.is_data_line(line) and not reading_time_line(line)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_read_without_error(text: str) -> None:
    reading_time_line(text)
    ts.is_data_line(text)


@pytest.mark.parametrize("headline", ["MPs reject assisted dying amendment",
                                      "Voters accept new tax plan in Zurich"])
def test_a_consent_verb_in_a_headline_is_no_cookie_notice(headline: str) -> None:
    # t-final51b A5: "reject" made the BBC's headline a cookie notice, the article untitled
    assert ts.block_shape(headline).head == ""
    result = extract_text_capture("\n\n".join([
        headline, "14 January 2026",
        "MPs voted on Wednesday to reject an amendment to the bill, after a heated debate "
        "in the House of Commons that lasted well into the evening.",
        "The bill now returns to committee, where ministers hope to settle the remaining "
        "questions before the spring recess."]) + "\n")
    assert result.title == headline


@pytest.mark.parametrize("button", ["Accept all", "Reject all", "Accept", "Reject cookies",
                                    "Accept and continue"])
def test_a_consent_button_is_still_a_notice(button: str) -> None:
    assert ts.block_shape(button).head == "notice"
