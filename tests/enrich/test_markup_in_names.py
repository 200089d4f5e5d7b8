"""t-enrich22 E16: tags written into a plain text (JSON ``paragraphs`` are taken as
written) became part of entity names, ids and speakers: "Paul Nizan</b", the id
``per:paul-nizan</b``, the speaker "<b>Paul Nizan</b>" or "<img src=x onerror=alert". A name
never holds "<" or ">": spans keep their longest piece between tags."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.entities import clean
from veille.enrich.quotes import find_quotes
from veille.enrich.text import outside_markup


def test_an_entity_span_with_a_closing_tag_is_the_name_alone() -> None:
    text = "Selon <b>Paul Nizan</b>, tout va bien."
    start = text.index("Paul")
    assert clean(text[start:start + len("Paul Nizan</b")], start) == ("Paul Nizan", start)
    at = text.index("<b>")
    assert clean(text[at:at + len("<b>Paul Nizan")], at) == ("Paul Nizan", start)


def test_a_speaker_written_with_tags_is_its_name_and_its_span_moves_with_it() -> None:
    text = "Selon <b>Paul Nizan</b>, « tout va bien et rien ne change »."
    quote, = find_quotes(text)
    assert quote.speaker == "Paul Nizan"
    assert text[quote.speaker_start:quote.speaker_end] == "Paul Nizan"


def test_a_speaker_that_is_only_a_tag_is_no_speaker() -> None:
    text = "« On verra bien ce que cela donne », a répondu <img src=x onerror=alert(1)> Marie."
    for quote in find_quotes(text):
        assert "<" not in quote.speaker and ">" not in quote.speaker


@given(st.text(alphabet="ab <>/=", max_size=30))
def test_the_piece_kept_holds_no_angle_bracket_and_is_where_it_says(text: str) -> None:
    piece, at = outside_markup(text)
    assert "<" not in piece and ">" not in piece
    assert text[at:at + len(piece)] == piece
