"""Speakers of it/es/pt quotes (issue 16, h-ru57b; t-final57 A6): a subject pronoun with
the verb's complement after it ("ha detto lei ai cronisti") is the pronoun alone, resolved
to the woman named before, never "lei ai cronisti"; "Según el delegado de Salud en
Córdoba, X, «…»" is X's (the role's place complement stands before the apposed name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.quotes import find_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('La sindaca, Chiara Benedetti, è arrivata con Paolo Neri. "La scuola resterà chiusa", '
     "ha detto lei ai giornalisti.", "Chiara Benedetti"),
    ("La alcaldesa, Marta Lacasa, llegó con Jorge Ruiz. «Pediremos ayuda», dijo ella a los "
     "periodistas.", "Marta Lacasa"),
    ('A vereadora Sofia Matos chegou com Rui Costa. "As estradas reabrem amanhã", disse ela '
     "aos jornalistas.", "Sofia Matos"),
])
def test_pronoun_without_its_complement(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hay huelga. Según el delegado de Salud en Córdoba, Ángel Gonzalo, «los servicios "
     "mínimos están garantizados».", "Ángel Gonzalo"),
    ("Hay huelga. Según la delegada en Lugo, María Castro, «todos están a salvo».",
     "María Castro"),
    ("Hay huelga. Según el delegado de Salud, «todo va bien».", "delegado de Salud"),
])
def test_role_place_then_holder(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h-ru57b/a", "title": "Incendio in piazza Bologna",
         "text": "Un incendio è scoppiato sabato pomeriggio in un palazzo di Roma.\n\nIl "
                 "presidente del II Municipio, Francesca Del Bello, è arrivata sul posto con "
                 "il comandante dei vigili del fuoco Marco Ghimenti. \"Nessun ferito grave\", "
                 "ha detto lei ai cronisti.",
         "language": "it", "date": "2026-12-05T16:40:00+01:00"},
        {"url": "https://example.org/h-ru57b/b", "title": "Huelga de médicos en Córdoba",
         "text": "Los médicos de Córdoba iniciaron una huelga indefinida.\n\nSegún el "
                 "delegado de Salud en Córdoba, Ángel Gonzalo, «los servicios mínimos están "
                 "garantizados».",
         "language": "es", "date": "2026-12-05T12:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    for key, who, piece in (("a", "Francesca Del Bello", "Nessun ferito"),
                            ("b", "Ángel Gonzalo", "servicios mínimos")):
        names = {e["id"]: e["name"] for e in got[key]["entities"]}
        quote = next(q for q in got[key]["quotes"] if piece in q["text"])
        assert who in (quote["speaker"], names.get(quote.get("speaker_id") or "")), quote
