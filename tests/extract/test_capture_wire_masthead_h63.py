# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Agency datelines and mastheads of text captures (t-check62 #2 and #8; issue 14), outlets,
places and people invented:

* a dateline's place may carry its country, region or province in brackets ("Saint-Denis
  (Francia), 11 feb (EFE).-", "BEYROUTH (Liban), 3 mars (AFP) -", "ALMENDRAL (BADAJOZ), 1
  Dic. (EUROPA PRESS) -"), and dpa's credit its regional service ("(dpa/lno)");
* a deck between the headline and the paragraph opening on an agency's dateline, with no
  byline between them, is the standfirst, and the dateline dates the capture;
* a masthead over a menu copied with wide gaps (no bars), or named again below by the
  page's copyright line or its newsroom's credit, names the outlet; a section's label
  or the headline on the first line does not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from capture_kit import ingested_records
from veille.extract.datelines import opening_dateline, opening_of
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)


@pytest.mark.parametrize(("line", "day", "credit"), [
    ("Saint-Denis (Francia), 11 feb (EFE).- La presidenta inauguró la estación.", date(2026, 2, 11), "EFE"),
    ("BEYROUTH (Liban), 3 mars (AFP) - Le gouvernement a démissionné.", date(2026, 3, 3), "AFP"),
    ("GAZA (Territoires palestiniens), 2 déc (AFP) - Les secours ont repris.", date(2026, 12, 2), "AFP"),
    ("SANTIAGO DEL MORRO (Chile), Nov 29 (Reuters) - Ellisfield halted output.", date(2026, 11, 29), "Reuters"),
    ("Quelimane (Moçambique), 03 dez (Lusa) - Cerca de três mil pessoas foram retiradas.", date(2026, 12, 3), "Lusa"),
    ("ALMENDRAL (BADAJOZ), 1 Dic. (EUROPA PRESS) - Un incendio ha destruido una nave.", date(2026, 12, 1), "EUROPA PRESS"),
    ("(ANSA) - VALBRUNA, 30 NOV - Una frana ha interrotto la strada.", date(2026, 11, 30), "ANSA"),
])
def test_a_bracketed_country_or_province_keeps_the_dateline(line: str, day: date, credit: str) -> None:
    found = opening_dateline(line, zone=UTC, now=NOW)
    assert found is not None and found.found.value.date() == day
    assert found.credit == credit
    assert line[found.end:][:1].isupper()


def test_dpa_regional_service_is_dpa() -> None:
    line = "Süderhallig (dpa/lno) - Wegen des Sturmtiefs ist die Fähre eingestellt worden."
    found = opening_of(line, zone=UTC, now=NOW)
    assert found is not None and found.credit == "dpa"
    assert line[found.end:].startswith("Wegen")


@pytest.mark.parametrize("line", [
    "La policía (nacional), 3 de marzo - dijo el portavoz.",  # an aside, no place's qualifier
    "Le rapport (2026), 3 mars - selon les auteurs.",
])
def test_a_lower_case_or_dated_aside_is_no_qualifier(line: str) -> None:
    assert opening_dateline(line, zone=UTC, now=NOW) is None


_PLACES = st.sampled_from(["Valbuena", "Puerto Lumbre", "SAN ROQUE DEL MAR", "Kfarzeit", "Vila Nova"])
_QUALIFIERS = st.sampled_from(["Francia", "México", "BADAJOZ", "Liban", "Moçambique", "Territoires palestiniens"])
_AGENCIES = st.sampled_from([("EFE", ".-"), ("AFP", " -"), ("Lusa", " –"), ("Reuters", " -")])


@given(_PLACES, _QUALIFIERS, st.integers(1, 28), _AGENCIES)
def test_any_qualified_place_dateline_reads_its_day(place: str, qualifier: str, day: int,
                                                    agency: tuple[str, str]) -> None:
    credit, dash = agency
    line = f"{place} ({qualifier}), {day} nov ({credit}){dash} El texto empieza aquí."
    found = opening_dateline(line, zone=UTC, now=NOW)
    assert found is not None and found.found.value.date() == date(2026, 11, day)
    assert found.credit == credit
    assert line[found.end:] == "El texto empieza aquí."


DISPATCH = """https://www.heraldo-del-cierzo.es/economia/2026/12/04/huelga-autobuses-3420.html
Heraldo del Cierzo
Economía  Aragón  España
Los conductores de autobús de Zaragoza convocan huelga indefinida
El comité denuncia la falta de personal en las líneas nocturnas del servicio urbano.
Zaragoza (España), 4 dic (EFE).- El comité de empresa de los autobuses urbanos de Zaragoza ha convocado una huelga indefinida a partir del próximo lunes, según ha informado este viernes el propio comité.
"No hay conductores suficientes para cubrir las líneas nocturnas", ha explicado su presidente, Ramiro Lahoz Bielsa, en un comunicado.
La empresa se reunirá con el comité el próximo martes.
"""


def test_a_deck_over_the_dispatch_dateline_is_the_standfirst() -> None:
    result = extract_text_capture(DISPATCH, fetched_at=NOW)
    assert result.title == "Los conductores de autobús de Zaragoza convocan huelga indefinida"
    assert result.lead.startswith("El comité denuncia la falta de personal")
    assert result.paragraphs[0].startswith("Zaragoza (España), 4 dic (EFE).-")
    assert result.published is not None and result.published.date() == date(2026, 12, 4)
    assert "EFE" in result.evidence.get("credit", "")
    assert result.masthead == "Heraldo del Cierzo"  # over a menu copied with wide gaps


def _exported(tmp_path: Path, text: str) -> dict[str, object]:
    rows = ingested_records(tmp_path, text)
    assert len(rows) == 1
    return rows[0]


BODY = """El puerto recibirá 40 escalas de cruceros más el próximo año, según ha anunciado este viernes la Autoridad Portuaria, que prevé superar por primera vez el medio millón de pasajeros.

"Es una gran noticia para el comercio del centro", ha señalado el presidente de la Autoridad Portuaria, Julio Calero Sanz, en rueda de prensa.

Las navieras han confirmado además tres nuevas rutas.
"""


@pytest.mark.parametrize(("head", "foot", "source"), [
    # a masthead over a menu copied with wide gaps, no address: the name is the source
    ("La Gaceta del Turia\nAlicante  Comunitat  España  Deportes  Opinión\nAlicante\n\n", "", "La Gaceta del Turia"),
    # no menu: the newsroom's credit signs the page with the name
    ("La Gaceta del Turia\n\n", "", "La Gaceta del Turia"),
    # no menu: the copyright line signs it
    ("La Gaceta del Turia\n", "\n© 2026 La Gaceta del Turia. Todos los derechos reservados.\n", "La Gaceta del Turia"),
])
def test_a_signed_or_menued_masthead_is_the_source(tmp_path: Path, head: str, foot: str,
                                                   source: str) -> None:
    credit = "Redacción La Gaceta del Turia\n" if "Opinión" not in head and not foot else ""
    text = (f"{head}El puerto de Alicante recibirá 40 cruceros más en 2027\n\n{credit}"
            f"Alicante, 04·12·26 | 12:15\n\n{BODY}{foot}")
    row = _exported(tmp_path, text)
    assert row["source"] == source


def test_a_section_label_first_is_no_source(tmp_path: Path) -> None:
    text = ("Lokales\nStadtrat beschließt neue Parkgebühren für die Altstadt von Wendelburg\n"
            "Der Stadtrat von Wendelburg hat am Montagabend höhere Parkgebühren für die Altstadt beschlossen, wie die Stadtverwaltung mitteilte.\n"
            "„Wir wollen die Innenstadt vom Durchgangsverkehr entlasten“, sagte Oberbürgermeisterin Gesine Pallauf.\n"
            "Die neuen Gebühren gelten ab dem 1. Februar.\n© Lokales\n")
    row = _exported(tmp_path, text)
    assert not row["source"]
