"""Where the speaker's name ends when a title opens the inverted subject and a phrase of
where or how it was said follows the name (t-final53 A11: '"Estamos monitorando …", disse
o prefeito Sebastião Melo em entrevista coletiva' gave the speaker "prefeito Sebastião Melo
em entrevista coletiva"). Invented sentences."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes
from veille.enrich.speaker_adjuncts import without_adjunct


@pytest.mark.parametrize(("speaker", "kept"), [
    ("prefeito Sebastião Melo em entrevista coletiva", "prefeito Sebastião Melo"),
    ("il sindaco Giuseppe Sala in conferenza stampa", "il sindaco Giuseppe Sala"),
    ("le maire de Lyon Grégory Doucet en conférence de presse",
     "le maire de Lyon Grégory Doucet"),
    ("Jane Doe at a press conference", "Jane Doe"),
    ("la ministre Claire Vautrin dans un communiqué", "la ministre Claire Vautrin"),
])
def test_a_phrase_of_where_it_was_said_ends_the_speaker(speaker: str, kept: str) -> None:
    assert without_adjunct("disse", speaker, 0, len(speaker))[1] == kept


@pytest.mark.parametrize("speaker", [
    "Paris en Commun",  # a name whose own words hold "en"
    "Jean Dupont",
    "la présidente du Conseil en Corse",  # no name closes the title: nothing cut
])
def test_names_and_titles_alone_are_kept(speaker: str) -> None:
    assert without_adjunct("a dit", speaker, 0, len(speaker))[1] == speaker


def test_the_portuguese_mayor_in_a_quote() -> None:
    text = ('"Estamos monitorando o nível do Guaíba de hora em hora", disse o prefeito '
            "Sebastião Melo em entrevista coletiva.")
    (quote,) = find_quotes(text)
    assert "entrevista" not in quote.speaker
    assert quote.speaker.endswith("Sebastião Melo")
