"""An attribution opening the sentence before a quote names its speaker (t-final62 #2).

"según su portavoz X, «…»" (a possessive after the preposition), "De acordo com o
presidente …, X, «…»", "De acuerdo con la X, «…»" and "Laut dem Bürgermeister, X, „…“" gave
the previous quote's speaker (veille.enrich.romance_sources).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.quotes import find_quotes
from veille.enrich.romance_sources import as_french_sources


@pytest.mark.parametrize(("text", "quote", "want"), [
    ('"Habrá cortes de agua", advirtió el alcalde, Tomás Requena. Los vecinos, según su '
     'presidenta Lucía Bermúdez de la Vega, "no pagarán la factura".', "no pagarán",
     "Lucía Bermúdez de la Vega"),
    ('"A ponte fecha amanhã", disse o engenheiro, Rui Canelas. De acordo com a ministra '
     'das Obras Públicas, Helena Vilarinho, "não haverá portagens".', "portagens",
     "Helena Vilarinho"),
    ('"El plan llega tarde", lamentó el concejal Andrés Olmedo. De acuerdo con la '
     'consejera de Sanidad, Pilar Arteaga, "los hospitales están preparados".',
     "hospitales", "Pilar Arteaga"),
    ('"Il ponte è sicuro", ha detto l\'ingegnere Mario Fabbri. Secondo il suo '
     'portavoce Davide Lanzoni, "i lavori finiranno in estate".', "in estate",
     "Davide Lanzoni"),
    ('„Wir brauchen mehr Zeit“, sagte der Planer Jonas Riedl am Montag. Laut der '
     'Landrätin, Sabine Kettl, „wird die Straße im Mai geöffnet“.', "im Mai",
     "Sabine Kettl"),
])
def test_opening_source_names_speaker(text: str, quote: str, want: str) -> None:
    said = [q.speaker for q in find_quotes(text) if quote in q.text]
    assert said == [want], find_quotes(text)


@pytest.mark.parametrize("text", [
    "El PSOE está de acuerdo con el alcalde en todo.",
    "Sie sprach laut der Musik zum Trotz.",
    "O segundo dia de greve foi calmo.",
])
def test_agreement_and_adjectives_stay(text: str) -> None:
    assert as_french_sources(text) == text


@given(st.text(alphabet=st.sampled_from(list("según su de acordo com acuerdo con Laut dem "
                                              "der o a el la ASMVx,.«»\"")), max_size=80))
def test_same_length(text: str) -> None:
    assert len(as_french_sources(text)) == len(text)


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h62/a", "title": "Cortes de agua en Écija",
         "text": "Cortes de agua en Écija\n\nEl pueblo sufre la sequía.\n\n\"Habrá cortes "
                 "de agua\", advirtió el alcalde, Tomás Requena. Los vecinos, según su "
                 "presidenta Lucía Bermúdez, \"no pagarán la factura\".",
         "language": "es", "date": "2026-12-05T10:00:00+01:00"},
        {"url": "https://example.org/h62/b", "title": "Ponte fechada em Tomar",
         "text": "Ponte fechada em Tomar\n\nA ponte velha vai fechar.\n\n\"A ponte fecha "
                 "amanhã\", disse o engenheiro, Rui Canelas. De acordo com o presidente da "
                 "Câmara de Tomar, Jorge Valadas, \"não há perigo\".",
         "language": "pt", "date": "2026-12-05T10:00:00+00:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [q["speaker"] for q in got["a"]["quotes"]] == ["Tomás Requena", "Lucía Bermúdez"]
    assert [q["speaker"] for q in got["b"]["quotes"]] == ["Rui Canelas", "Jorge Valadas"]
