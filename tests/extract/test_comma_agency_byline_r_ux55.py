"""Regression (r-ux55): a capture's byline whose name ends with a comma before the wire
("Lucía Herrera, con EFE", "Claire Montval, avec AFP") or puts the wire in parentheses
without "Par" ("Lucía Herrera (con EFE)") was dropped as page furniture: no author, no
credit, so the page could not say "d'après EFE". Real extraction of text captures."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 5, tzinfo=UTC)


def capture(byline: str) -> str:
    return "\n".join([
        "https://elpais.com/espana/2026-12-04/un-tren-descarrila-en-sevilla.html", "EL PAÍS",
        "Un tren de Cercanías descarrila a la entrada de Sevilla sin heridos graves",
        byline, "04 dic 2026 - 10:20 CET",
        "Un tren de Cercanías descarriló este viernes a la entrada de la estación de Santa "
        "Justa en Sevilla, sin causar heridos graves, según informó Adif.",
        "Los 85 pasajeros que viajaban a bordo fueron evacuados por la vía y trasladados en "
        "autobús hasta la estación, mientras los técnicos inspeccionaban la vía.", ""])


@pytest.mark.parametrize(("byline", "authors", "credit"), [
    ("Lucía Herrera, con EFE", ["Lucía Herrera"], "EFE"),
    ("Lucía Herrera (con EFE)", ["Lucía Herrera"], "EFE"),
    ("Claire Montval, avec AFP", ["Claire Montval"], "AFP"),
    ("Redacción, con EFE", [], "EFE"),
])
def test_comma_or_parenthesis_before_the_wire_is_a_byline(byline: str, authors: list[str],
                                                          credit: str) -> None:
    result = extract_text_capture(capture(byline), fetched_at=FETCHED)
    assert result.authors == authors
    assert result.evidence.get("credit") == credit
    assert byline not in str(result.evidence.get("dropped", ""))
