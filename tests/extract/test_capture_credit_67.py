"""A text capture credits the agency of its head lines (h-copies67; t-final66 F6,
h-copies66b "still wrong" 1): El Periòdic's dateline "14/03/2026 - 10:15 - EFE" left
``evidence["credit"]`` empty (its copy was a "reprint of" Levante-EMV's instead of an EFE
copy), and "Redacción / EFE" was read as a photo's credit, which made the headline above
it a caption. Real extraction of whole captures; the line readers' own cases are in
``test_dateline_credit_67.py``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.extract.text_capture import extract_text_capture

DATA = Path(__file__).parents[1] / "dedup" / "data_66b"


def _capture(head: list[str]) -> str:
    body = ["La consellera de Emergencias ha anunciado la declaración de emergencia en Carlet "
            "después de que el desbordamiento del barranco inundara medio centenar de viviendas "
            "durante la madrugada.",
            "Los bomberos del Consorcio Provincial rescataron a doce personas atrapadas en sus "
            "casas y en vehículos, según ha informado el servicio de emergencias 112.",
            "\"Hemos activado todos los recursos disponibles\", ha afirmado la consellera en una "
            "rueda de prensa en el ayuntamiento."]
    return "\n\n".join(["Portada  València  Castelló  Alacant",
                        "Declarada la emergencia en Carlet por el desbordamiento del barranco",
                        *head, *body]) + "\n"


@pytest.mark.parametrize("head", [["14/03/2026 - 10:15 - EFE"],
                                  ["Redacción / EFE", "14/03/2026 10:15"],
                                  ["Redacció / EFE", "14/03/2026 - 10:15"],
                                  ["14 de marzo de 2026 - 10:15 (EFE)"]])
def test_a_capture_credits_the_agency_of_its_head_lines(head: list[str]) -> None:
    result = extract_text_capture(_capture(head), site_url="https://www.elperiodic.com/",
                                  fetched_at=datetime(2026, 3, 15, tzinfo=UTC))
    assert result.evidence.get("credit") == "EFE"
    assert result.title == "Declarada la emergencia en Carlet por el desbordamiento del barranco"
    assert result.published is not None and result.published.date().isoformat() == "2026-03-14"


def test_el_periodics_capture_credits_efe() -> None:
    """The tester's capture (t-final66 F6)."""
    result = extract_text_capture((DATA / "elperiodic_carlet.txt").read_text(),
                                  site_url="https://www.elperiodic.com/",
                                  fetched_at=datetime(2026, 3, 15, tzinfo=UTC))
    assert result.evidence.get("credit") == "EFE"
