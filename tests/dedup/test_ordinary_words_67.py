"""Ordinary words never join two events of one town (h-stories67, issue 14; h-stories66
§4.3: es "este"/"euros", en "homes", a council's vote and the storm of the same evening).

- An ordinary word of the article's language (``wordfreq``, :mod:`veille.dedup.ordinary_words`)
  can be read as a name (off by default: measured, not adopted; the reader is tested).
- A council's vote written with words between the assembly and its verb ("el pleno del
  Ayuntamiento de X aprobó") names the kind "politics"
  (:func:`veille.dedup.event_kinds_votes.assembly_voted`), so it is no commentary of the
  town's storm (:mod:`veille.dedup.commentary`).

Texts written for these tests (invented outlets; not those of the held-out set
bench/data/heldout/h-stories67), one record per ingest into a real SQLite store, in two
orders.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from story_records_kit import Item, stories_of
from veille.dedup.event_kinds import kinds_and_cues
from veille.dedup.event_kinds_votes import ASSEMBLIES, VOTE_WINDOW, assembly_voted
from veille.dedup.ordinary_words import is_ordinary

STORM: list[Item] = [
    ("Una tromba de agua anega sótanos y calles en Castellón",
     "Una tromba de agua cayó este jueves por la tarde sobre Castellón y anegó sótanos, "
     "garajes y calles del Grau. Los bomberos hicieron más de 60 salidas y los vecinos "
     "calculan daños de miles de euros en viviendas y comercios.\n\nEl alcalde, Begoña "
     "Carrasco, pidió prudencia para este viernes.",
     "2026-10-08T21:30:00+02:00", "es"),
    ("El Grau achica agua tras la tromba",
     "Los vecinos del Grau, en Castellón, siguen este viernes achicando agua de sótanos y "
     "garajes tras la tromba de la víspera. Los comercios piden ayudas por unos daños de "
     "cientos de miles de euros.\n\nLos bomberos terminaron las salidas por la tromba al "
     "amanecer.",
     "2026-10-09T12:40:00+02:00", "es"),
]
BUDGET: Item = (
    "El pleno de Castellón aprueba un presupuesto de 240 millones de euros",
    "El pleno del Ayuntamiento de Castellón aprobó este jueves por la tarde el presupuesto "
    "de 2027, de 240 millones de euros. La alcaldesa, Begoña Carrasco, destacó los 9 "
    "millones de euros para viviendas y la reforma de calles del Grau.\n\nLa oposición votó "
    "en contra por la subida de tasas a vecinos y comercios.",
    "2026-10-08T22:50:00+02:00", "es")


@pytest.mark.parametrize("order", ["publication", "reverse"])
def test_a_budget_vote_is_not_the_storm_of_the_same_evening(tmp_path: Path, order: str
                                                            ) -> None:
    items = [STORM[0], BUDGET, STORM[1]]
    if order == "reverse":
        items = items[::-1]
    got = dict(zip((i[0] for i in items), stories_of(tmp_path, items), strict=True))
    storm = {got[STORM[0][0]], got[STORM[1][0]]}
    assert len(storm) == 1 and "" not in storm, got  # the follow-up joins its storm
    assert got[BUDGET[0]] not in storm, got  # the vote stays apart


def test_ordinary_words_are_read_in_the_article_language(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from veille.dedup import ordinary_words
    monkeypatch.setattr(ordinary_words, "ORDINARY_WORDS", True)  # off by default
    assert is_ordinary("euros", "es") and is_ordinary("Homes", "en")
    assert is_ordinary("este", "es") and not is_ordinary("granizada", "es")
    assert not is_ordinary("blaze", "en") and not is_ordinary("inundación", "es")
    assert not is_ordinary("euros", "") and not is_ordinary("euros", "xx")


@pytest.mark.parametrize("text", [
    "El pleno del Ayuntamiento de Castellón aprobó este jueves el presupuesto",
    "Councillors in Reading on Monday night approved 300 new homes",
    "Der Kasseler Stadtrat hat am Montagabend die neue Satzung beschlossen",
    "A Câmara Municipal de Viseu aprovou ontem o orçamento",
    "Il consiglio comunale di Lecce ha approvato il bilancio",
    "Le conseil municipal de Tours a voté lundi la gratuité",
])
def test_an_assembly_and_its_verb_name_politics(text: str) -> None:
    assert "politics" in kinds_and_cues(text, [])


def test_a_council_leader_speaking_is_no_vote() -> None:
    assert "politics" not in kinds_and_cues(
        "Family escapes house fire", ["Council leader Ann Hart said the council would "
                                      "find the family a home."])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["el", "de", "la", "hoy", "x", "", "aprobo", "pleno",
                                 "council", "approved", "votos"]), max_size=30),
       st.integers(min_value=0, max_value=VOTE_WINDOW + 3))
def test_assembly_voted_reads_a_window(words: list[str], gap: int) -> None:
    assembly_voted(words)  # never raises
    fillers = ["hoy"] * gap
    for assembly in ASSEMBLIES[:3]:
        assert assembly_voted([*assembly, *fillers, "aprobo"]) == (gap < VOTE_WINDOW)
        assert not assembly_voted(["aprobo", *fillers, *assembly])
