"""h-plans54 (issue 16, t-final54 A5): a weekday named by a plan in Spanish, Italian or
Portuguese ("que estaba prevista para el viernes, ha sido aplazada", "che era prevista per
sabato, è stata rinviata", "estava prevista para sexta-feira, foi adiada") was read as the
one gone by; a plan called off or moved before its day is the nearest such day, as in
French and English (docs/enrichment.md "Which side a changed plan lies on"), and gone by
when the event did not take place. Through a real store as well."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates

THU = date(2026, 12, 3)


def _values(text: str, language: str) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, THU, language=language)}


@pytest.mark.parametrize(("text", "language", "key", "want"), [
    ("La huelga de los conductores, que estaba prevista para el viernes, ha sido aplazada "
     "hasta el 12 de diciembre.", "es", "viernes", "2026-12-04"),
    ("El juicio, fijado para el martes, fue pospuesto a petición de la defensa.", "es",
     "martes", "2026-12-01"),  # the nearest Tuesday is the one gone by
    ("La carrera, prevista para el sábado, se suspendió por el viento.", "es", "sábado",
     "2026-12-05"),
    ("L'inaugurazione della mostra, che era prevista per sabato, è stata rinviata al 20 "
     "dicembre.", "it", "sabato", "2026-12-05"),
    ("Lo spettacolo in programma venerdì è stato annullato.", "it", "venerdì", "2026-12-04"),
    ("A greve, que estava prevista para sexta-feira, foi adiada para janeiro.", "pt",
     "sexta-feira", "2026-12-04"),
    ("O jogo, marcado para sábado, foi cancelado.", "pt-BR", "sábado", "2026-12-05"),
    # the event said not to have taken place: gone by
    ("El partido, previsto para el sábado, no llegó a disputarse.", "es", "sábado",
     "2026-11-28"),
    ("La gara, prevista per sabato, non si è svolta.", "it", "sabato", "2026-11-28"),
    # guards: the plan still stands; a plain past
    ("El mercado, previsto para el sábado, abrirá a las diez.", "es", "sábado", "2026-12-05"),
    ("Venerdì scorso la giunta ha approvato il bilancio.", "it", "Venerdì scorso",
     "2026-11-27"),
])
def test_called_off_plan_is_the_nearest_day(text: str, language: str, key: str,
                                            want: str) -> None:
    assert _values(text, language).get(key) == want, _values(text, language)


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/plans54/a", "title": "Aplazada la huelga del metro",
         "text": "Aplazada la huelga del metro\n\nLa huelga, que estaba prevista para el "
                 "viernes, ha sido aplazada.", "language": "es",
         "date": "2026-12-03T14:20:00+01:00"},
        {"url": "https://example.org/plans54/b", "title": "Rinviata l'inaugurazione",
         "text": "Rinviata l'inaugurazione\n\nL'inaugurazione, che era prevista per venerdì, "
                 "è stata rinviata.", "language": "it", "date": "2026-12-03T10:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    for key in "ab":
        assert [d["value"] for d in got[key]["dates"]] == ["2026-12-04"], got[key]
