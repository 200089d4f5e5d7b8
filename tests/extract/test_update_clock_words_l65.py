"""An update time printed with its clock's own preposition ("Actualizado a las 19:20",
"aggiornato alle", "atualizado às", "aktualisiert um") is the update; and a deck over the
author's name and a place line repeating the section's place is the standfirst
(t-final64 #1, Levante-EMV's head: deck lost, update unread)."""
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from veille.extract.dates import find_dates
from veille.extract.text_capture import extract_text_capture

MADRID = ZoneInfo("Europe/Madrid")
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "24·11·26 | 13:05\nActualizado a las 19:20",
    "Pubblicato il 24/11/2026 13:05\nAggiornato alle 19:20",
    "Pubblicato il 24/11/2026 13:05 - Aggiornato alle ore 19:20",
    "Publicado em 24/11/2026 13h05 · Atualizado às 19h20",
    "24.11.2026, 13:05 Uhr, aktualisiert um 19:20 Uhr",
    "Publicat el 24/11/2026 a les 13:05. Actualitzat a les 19:20",
])
def test_update_clock_after_its_preposition(text: str) -> None:
    found = find_dates(text, default_zone=MADRID, now=NOW)
    updates = [f.value for f in found if f.updated]
    assert updates == [datetime(2026, 11, 24, 19, 20, tzinfo=MADRID)]


def test_a_clock_in_prose_is_no_update() -> None:
    found = find_dates("24/11/2026 13:05\nEl fuego se declaró a las 19:20 en la cocina.",
                       default_zone=MADRID, now=NOW)
    assert not any(f.updated for f in found)


CAPTURE = """Levante-EMV
Valencia
Sucesos
Un incendio en un piso de Benimaclet obliga a desalojar a doce vecinos
Los bomberos rescataron a una mujer de 82 años atrapada en la tercera planta del edificio
María Pérez
Valencia
24·11·26 | 13:05
Actualizado a las 19:20
Un incendio declarado a primera hora de la mañana en un piso del barrio valenciano de \
Benimaclet ha obligado a desalojar a doce vecinos, según ha informado el Consorcio \
Provincial de Bomberos.
Los efectivos rescataron a una mujer de 82 años que había quedado atrapada en la tercera \
planta. Fue trasladada al Hospital Clínico con síntomas de inhalación de humo.
La Policía Local cortó el tráfico en la zona durante dos horas mientras los bomberos \
sofocaban las llamas.
"""


def test_levante_head_keeps_deck_and_update() -> None:
    result = extract_text_capture(CAPTURE, fetched_at=NOW)
    assert result.title == ("Un incendio en un piso de Benimaclet obliga a desalojar a doce "
                            "vecinos")
    assert result.lead.startswith("Los bomberos rescataron a una mujer de 82 años")
    assert result.authors == ["María Pérez"]
    assert result.published == datetime(2026, 11, 24, 13, 5, tzinfo=MADRID)
    assert result.updated == datetime(2026, 11, 24, 19, 20, tzinfo=MADRID)
    assert not any(p.startswith("Los bomberos rescataron") for p in result.paragraphs)
