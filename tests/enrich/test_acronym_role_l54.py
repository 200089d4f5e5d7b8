"""A German speaker titled by a body's acronym and a role noun (t-final54 A9; invented
sentences): "sagte GDL-Chef Claus Weselsky" is Claus Weselsky's quote, the title apart
(the speaker was "GDL-Chef Claus Weselsky", the entity right)."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("„Wir haben ein Angebot erhalten“, sagte GDL-Chef Claus Weselsky am Mittwoch.",
     "Claus Weselsky"),
    ("„Wir sind zufrieden mit dem Ergebnis“, sagte EVG-Sprecherin Kerstin Seidel.",
     "Kerstin Seidel"),
    ("„Das ist ein guter Tag“, sagte SPD-Fraktionschef Rolf Mützenich in Berlin.",
     "Rolf Mützenich"),
])
def test_the_title_is_not_the_name(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(sentence)] == [speaker]


def test_a_double_name_is_kept_whole() -> None:  # guard: no acronym before the hyphen
    sentence = "„Wir bleiben wachsam“, sagte Karl-Heinz Brenner am Abend."
    assert [q.speaker for q in find_quotes(sentence)] == ["Karl-Heinz Brenner"]
