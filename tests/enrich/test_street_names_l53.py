"""A street named like a town is no place of that name (t-final53 A7; an invented text):
"Rua de Santa Catarina, no centro do Porto" was placed as the Mexican city of Santa
Catarina."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.enriched_kit import enriched_by_url


def _places(tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str,
            text: str) -> set[str]:
    found = enriched_by_url(tmp_path, capsys, {
        "url": "https://example.org/l53", "title": text.split("\n")[0], "text": text,
        "language": language, "date": "2026-12-03T08:00:00+00:00"})
    return {str(p["name"]) for p in found["https://example.org/l53"].get("places", [])}


def test_a_portuguese_street_is_no_city(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    places = _places(tmp_path, capsys, "pt", (
        "Incêndio na Baixa do Porto\n\nUm incêndio deflagrou esta madrugada num prédio da "
        "Rua de Santa Catarina, no centro do Porto. Os bombeiros retiraram dez moradores."))
    assert "Porto" in places
    assert "Santa Catarina" not in places
