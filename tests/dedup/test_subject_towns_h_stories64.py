"""Two towns abroad, two events of one shape, are two stories (h-stories64, t-check63 #1).

"La plaza del Dos de Mayo cerrará por obras" (the Ayuntamiento de Madrid) and "Elche abre el
nuevo mercado central tras seis años de obras" were one story: a town abroad written as the
headline's subject or as the acting council's stated no place
(:mod:`veille.dedup.stated_places` reads prepositions), so no rule compared Madrid and Elche,
and the frame words ("obras", "Ayuntamiento") carried the score. The French pair of that
shape stayed apart (the towns rule reads "Lille", "la mairie de Lyon").
:mod:`veille.dedup.subject_towns` reads those towns as stated places.

Texts written for these tests (invented outlets and people), one record per ingest into a
real store (:func:`story_records_kit.stories_of`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from story_records_kit import stories_of
from veille.dedup import subject_towns as module
from veille.dedup.subject_towns import subject_towns

SQUARE = ("La plaza Mayor cerrará por obras hasta el otoño",
          "La plaza Mayor cerrará el lunes por obras de renovación que durarán hasta el "
          "otoño, según ha informado el Ayuntamiento de Salamanca.\n\nLos comercios de los "
          "soportales seguirán abiertos. \"Será una plaza más accesible\", explicó la "
          "concejala Irene Sendín.", "2026-04-14T09:00:00+02:00", "es")
SQUARE_TOO = ("Salamanca cierra la plaza Mayor por obras",
              "El Ayuntamiento de Salamanca cerrará el lunes la plaza Mayor para renovar el "
              "pavimento; las obras durarán hasta el otoño.\n\nLa concejala Irene Sendín "
              "prometió una plaza \"más accesible\".", "2026-04-14T12:00:00+02:00", "es")
MARKET = ("Cáceres abre el nuevo mercado de abastos tras cuatro años de obras",
          "El edificio tendrá 60 puestos y un aparcamiento de 200 plazas.\n\nEl Ayuntamiento "
          "de Cáceres ha inaugurado este martes el nuevo mercado, tras cuatro años de obras "
          "y un coste de 14 millones de euros.\n\n\"Recuperamos el corazón del barrio\", ha "
          "declarado el alcalde, Rafael Bermejo.", "2026-04-14T10:00:00+02:00", "es")


@pytest.mark.parametrize("order", ["market last", "market first"])
def test_two_towns_events_of_one_shape_are_two_stories(tmp_path: Path, order: str) -> None:
    """Regression (t-check63 #1's kind): Cáceres's market joined Salamanca's square story;
    Salamanca's two accounts stay one story."""
    items = [SQUARE, SQUARE_TOO, MARKET] if order == "market last" else \
        [MARKET, SQUARE, SQUARE_TOO]
    got = dict(zip((i[0] for i in items), stories_of(tmp_path, items), strict=True))
    assert got[SQUARE[0]] and got[SQUARE[0]] == got[SQUARE_TOO[0]]
    assert got[MARKET[0]] != got[SQUARE[0]]


@pytest.mark.parametrize(("title", "lead", "want"), [
    ("Elche abre el nuevo mercado central", "El edificio acogerá 80 puestos.", {"elche"}),
    ("La plaza cerrará por obras", "La plaza cerrará el lunes, según ha informado el "
     "Ayuntamiento de Madrid.", {"madrid"}),
    ("Nuovo mercato coperto", "Il Comune di Parma ha inaugurato il mercato.", {"parma"}),
    ("Markt zieht um", "Der Markt zieht um, teilte die Stadt Bielefeld mit.", {"bielefeld"}),
    ("Clean air zone approved", "Leicester City Council has approved it.", {"leicester"}),
    ("Orçamento aprovado", "A Câmara Municipal de Braga aprovou o orçamento.", {"braga"}),
    # a club, a Title Case headline, a town of France (the towns rule's) state nothing here
    ("Real Madrid gana la liga", "El equipo celebró el título.", set()),
    ("Mobile Phone Ban Splits Reading Schools", "Pupils will hand in phones.", set()),
    ("Lyon inaugure son marché", "La mairie a inauguré le marché.", set()),
])
def test_the_towns_read(title: str, lead: str, want: set[str]) -> None:
    """The headline's town and the lead's council's town, nothing else."""
    assert subject_towns(title, lead) == want


@given(st.text(max_size=200), st.text(max_size=600))
def test_subject_towns_are_towns_the_text_writes(title: str, body: str) -> None:
    """Property: every town read is a town abroad of the gazetteer, written in the text."""
    text = f"{title}\n{body}".replace("-", " ")
    for key in subject_towns(title, body):
        assert key in module._towns()
        assert len(key) >= 3
        assert any(key.split()[0] in module.fold(w) for w in text.split())


def test_off_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """``SUBJECT_TOWNS = False``: as before."""
    monkeypatch.setattr(module, "SUBJECT_TOWNS", False)
    assert subject_towns("Elche abre el mercado", "El Ayuntamiento de Elche lo abre.") == \
        frozenset()
