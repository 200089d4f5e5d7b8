"""A byline whose surname joins a particle and an article ("de la Cruz", "de los Santos",
"de las Heras") is a byline (t-final62 #3: "Por María José García de la Cruz" under an
EFE capture's deck was kept as a body paragraph; the capture lost its author and, its
dateline no longer under the byline, its date). Own text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract import textshape as ts
from veille.extract.text_capture import extract_text_capture


@pytest.mark.parametrize("line", [
    "Por María José García de la Cruz", "Por Ana María de los Santos",
    "Por Rosa de las Heras", "Par Anne-Sophie de la Vallée", "Por Tiago dos Santos e Lemos",
])
def test_a_particle_and_its_article_are_name_words(line: str) -> None:
    assert ts.is_byline(line)


@pytest.mark.parametrize("line", [
    "Por la mañana, llovió sobre la ciudad.", "Par la suite, le maire a démissionné.",
    "De la Cruz a dit non.",
])
def test_an_article_opening_a_clause_is_no_name(line: str) -> None:
    assert not ts.is_byline(line)


PAGE = "\n".join([
    'https://www.diario-levantino.es/valencia/2026/02/12/fallas-presupuesto-8812.html',
    'Diario Levantino',
    'Valencia  Comunitat  España  Deportes',
    'Las Fallas tendrán un presupuesto récord de doce millones de euros',
    'El consistorio aprobó este jueves las cuentas de las fiestas, con más mascletàs y '
    'nuevas medidas de seguridad.',
    'Por Lucía Ferrer de la Torre',
    'Valencia, 12 feb (EFE).- El Ayuntamiento de Valencia aprobó este jueves un presupuesto '
    'récord de doce millones de euros para las Fallas, que se celebrarán del 15 al 19 de '
    'marzo.',
    'La Junta Central Fallera prevé la llegada de más de un millón de visitantes, y los '
    'hoteles de la ciudad ya registran una ocupación alta para esas fechas.',
    '',
])


def test_the_capture_keeps_its_author_and_dateline() -> None:
    result = extract_text_capture(PAGE, fetched_at=datetime(2026, 12, 6, tzinfo=UTC))
    assert result.authors == ["Lucía Ferrer de la Torre"]
    assert result.published is not None and result.published.date().isoformat() == "2026-02-12"
    assert not any(p.startswith("Por ") for p in result.paragraphs)
