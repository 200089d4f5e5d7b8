"""A town's council is no person; a particle-joined name is not cut at four words
(t-final62 #3: "El Ayuntamiento de Valencia" and "María José García" among the people of a
Spanish capture whose byline reads "Por María José García de la Cruz")."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.foreign_names import foreign_spans


@pytest.mark.parametrize(("text", "name"), [
    ("La ministra Ana Isabel Martínez de la Rosa llegó ayer.", "Ana Isabel Martínez de la Rosa"),
    ("O vereador João Pedro da Silva dos Santos falou.", "João Pedro da Silva dos Santos"),
])
def test_particles_do_not_count(text: str, name: str) -> None:
    people = [text[s:e] for s, e, label in foreign_spans(text, "es") if label == "PER"]
    assert people == [name]


def test_councils_are_no_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h62i/a", "title": "Presupuesto de las fiestas",
         "text": "Presupuesto de las fiestas\n\nEl Ayuntamiento de Valencia aprobó las "
                 "cuentas de las fiestas.\n\nPor Ana Isabel Martínez de la Rosa\n\n"
                 "Valencia, 3 dic (EFE).- El Ayuntamiento de Valencia aprobó este jueves "
                 "un presupuesto de ocho millones de euros.\n\n\"Serán unas fiestas "
                 "seguras\", afirmó la concejala de Fiestas, Elena Sotomayor.",
         "language": "es", "date": "2026-12-03T12:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)["a"]
    people = {e["name"] for e in got["entities"] if e["label"] == "PER"}
    assert not any("Ayuntamiento" in p for p in people), got["entities"]
    assert "Ana Isabel Martínez" not in people, got["entities"]
    assert "Elena Sotomayor" in people
