"""The subject of an Italian, Spanish or Portuguese speech verb in a compound tense
("ha detto", "ha dicho", "tem dito", "hanno chiesto") and after an opening article
("Il sindaco …", "El alcalde …", "O presidente …") is the quote's speaker, without its
auxiliary, never an entity of an earlier sentence (issue 16, t-final53 A6); French
reading is unchanged. Sentences written here."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes
from veille.enrich.romance_subjects import as_french_shapes
from veille.enrich.stage import Resources

from .conftest import enrich


def _speaker_of(text: str, words: str) -> str:
    return next(q.speaker for q in find_quotes(text) if words in q.text)


def test_an_italian_article_and_complement_give_the_subject(resources: Resources) -> None:
    section = enrich(resources, (
        "Sciopero dei tram a Bologna\n\n"
        "L'azienda Tper ha confermato lo sciopero di venerdì.\n\n"
        "Il sindaco Matteo Lepore ha chiesto ai sindacati di «non lasciare a piedi chi "
        "lavora a Natale»."), language="it", source="example.it")
    quotes = section["quotes"]
    assert isinstance(quotes, list)
    speakers = {str(q["text"]): str(q["speaker"]) for q in quotes}
    assert speakers["non lasciare a piedi chi lavora a Natale"] == "Matteo Lepore"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Roberto Gualtieri ha detto che «Roma non si ferma».", "Roberto Gualtieri"),
    ("I consiglieri della Lega hanno detto che «il bilancio è sbagliato».",
     "consiglieri della Lega"),
    ("El alcalde José Luis Martínez-Almeida ha dicho que «Madrid no se para».",
     "José Luis Martínez-Almeida"),
    ("Los vecinos de Vallecas han pedido que «se reabra el centro de salud».",
     "vecinos de Vallecas"),
    ("O presidente Carlos Moedas tem dito que «Lisboa não para».", "Carlos Moedas"),
    ("A autarquia fechou os jardins. A vereadora Filipa Roseta pediu aos moradores que "
     "«fiquem em casa».", "Filipa Roseta"),
])
def test_the_subject_of_a_compound_speech_verb_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_french_reading_is_unchanged() -> None:
    text = ("Patrick Bloche a déclaré que « le budget est tenu ». Il a demandé aux "
            "syndicats de « ne pas bloquer les écoles ».")
    assert as_french_shapes(text) == text
    assert [q.speaker for q in find_quotes(text)] == ["Patrick Bloche", "Patrick Bloche"]


def test_the_reading_keeps_every_offset() -> None:
    text = "Il ministro Guido Crosetto ha detto che «la difesa ha detto sì»."
    shaped = as_french_shapes(text)
    assert len(shaped) == len(text) and shaped != text
    quote = find_quotes(text)[0]
    assert quote.text == "la difesa ha detto sì"
    assert text[quote.speaker_start:quote.speaker_end] == quote.speaker
