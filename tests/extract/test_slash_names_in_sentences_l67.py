"""A sentence that ends on an organisation written with a slash ("de SEO/BirdLife.") is
the reporter's, not a photo credit (t-check67 F7: Las Provincias' paragraph holding the
quote was dropped as a credit, the last paragraph as "outside" the body, and the short rest
read as Galician, so the article had no quote, place or date). A caption's credit still
is one ("…, mardi. Jean Dupont/AFP")."""

from __future__ import annotations

import pytest

from veille.extract import textshape
from veille.extract.text_capture import extract_text_capture

CAPTURE = """Las Provincias
Comunitat
Buscar

La Albufera registra la menor llegada de aves invernantes en una década

València, 3 dic (EFE).- El parque natural de la Albufera ha registrado este otoño la menor llegada de aves acuáticas invernantes de la última década, con unos 41.000 ejemplares, según el censo de la Conselleria de Medio Ambiente.

Los técnicos atribuyen el descenso a la falta de agua en los arrozales tras la cosecha. "Sin inundación invernal no hay alimento", dijo el biólogo Pablo Vera, de SEO/BirdLife.

El censo se repetirá en enero.
"""  # noqa: E501 (a capture keeps its lines whole)


def test_a_quote_paragraph_ending_on_a_slashed_name_stays_in_the_body() -> None:
    result = extract_text_capture(CAPTURE)
    assert len(result.paragraphs) == 3
    assert result.paragraphs[1].endswith("de SEO/BirdLife.")
    assert result.language == "es"


@pytest.mark.parametrize("text", [
    "Les riverains dénoncent depuis des mois les nuisances du chantier, selon l'association "
    "UFC/Que Choisir.",
    "The charity says the number of rough sleepers has doubled, according to figures from "
    "the union GMB/Unite.",
    "Il progetto è stato presentato ieri mattina in Regione dai tecnici di Legambiente/WWF.",
])
def test_a_sentence_naming_a_slashed_organisation_is_no_credit(text: str) -> None:
    assert textshape._shape_of(text).head != "credit"


@pytest.mark.parametrize("text", [
    "Le maire de Lyon à l'inauguration du tramway, mardi. Jean Dupont/AFP",
    "Des manifestants devant la préfecture de Rennes, samedi. Damien Meyer/AFP",
    "A firefighter sprays water on a burning home in Altadena, on Wednesday. Ethan Swope/AP",
    "Photo: Jean Dupont/AFP",
])
def test_a_captions_credit_is_still_a_credit(text: str) -> None:
    assert textshape._shape_of(text).head == "credit"
