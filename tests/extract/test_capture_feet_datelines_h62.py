# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Text captures' heads and feet (t-final61 #2 and #10; issue 14), outlets and people
invented:

* a newsroom's credit alone on its line ("Redacción X", "Redazione X", "Redação X",
  "Rédaction X", "X Newsroom") is a byline naming no one, not a menu's link;
* a dateline's date with middle dots or a two-digit year after its place ("Valencia,
  03·12·26 | 17:40", "Portsmouth · 21.10.26 · 14:10") dates the article;
* a deck restated by a later paragraph of the text is the standfirst, not the headline;
* the page's address on the capture's last line is the record's url and gives its source;
  a document's address introduced by a colon is not;
* an outlet's standards footer ("Our Standards: …") leaves the body.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from capture_kit import ingested_records
from veille.extract import textshape as ts
from veille.extract.bylines import newsroom_line
from veille.extract.chrome_lines import closing_furniture
from veille.extract.dates import find_dates
from veille.extract.text_capture import extract_text_capture

PAGE = """Diario del Segura
Portada  Vega Baja  Deportes  Opinión
Vega Baja

Tres heridos al desplomarse la cubierta de un almacén en Callosa

El Ayuntamiento mantiene cerrado el polígono hasta que los técnicos revisen las naves

Redacción Diario del Segura
Callosa de Segura, 02·12·26 | 12:35

Tres trabajadores han resultado heridos este miércoles al desplomarse la cubierta de un almacén de cítricos en el polígono de Callosa de Segura, según han informado los servicios de emergencia.

"La estructura llevaba meses dando problemas", ha explicado el encargado, Fulgencio Mirete Baños, a las puertas del almacén.

Según fuentes municipales, el Ayuntamiento mantiene cerrado el polígono hasta que los técnicos revisen las naves.
Our Standards: The Diario del Segura Trust Principles.
https://www.diariodelsegura.es/vega-baja/2026/12/02/heridos-cubierta-almacen-callosa.html
"""


def test_headline_deck_newsroom_and_dotted_dateline() -> None:
    result = extract_text_capture(PAGE, fetched_at=datetime(2026, 12, 6, tzinfo=UTC))
    assert result.title == "Tres heridos al desplomarse la cubierta de un almacén en Callosa"
    assert result.lead.startswith("El Ayuntamiento mantiene cerrado el polígono")
    assert result.published == datetime(2026, 12, 2, 12, 35, tzinfo=ZoneInfo("Europe/Madrid"))
    assert result.url == ("https://www.diariodelsegura.es/vega-baja/2026/12/02/"
                          "heridos-cubierta-almacen-callosa.html")
    assert not any(p.startswith("Our Standards") for p in result.paragraphs)
    assert result.paragraphs[-1].startswith("Según fuentes municipales")


def test_the_cli_reads_the_last_line_address(tmp_path: Path) -> None:
    """The real CLI, a real store: ingest then export; the url and the source."""
    rows = ingested_records(tmp_path, PAGE)
    assert len(rows) == 1
    assert rows[0]["url"].startswith("https://www.diariodelsegura.es/vega-baja/")
    assert rows[0]["source"] == "diariodelsegura.es"
    assert rows[0]["content"]["title"].startswith("Tres heridos")


def test_an_introduced_document_address_is_not_the_page() -> None:
    text = PAGE.replace("Our Standards: The Diario del Segura Trust Principles.",
                        "El informe de los técnicos puede consultarse aquí:")
    text = text.replace("https://www.diariodelsegura.es/vega-baja/2026/12/02/heridos-cubierta-almacen-callosa.html",
                        "https://www.callosadesegura.example/informes/cubierta-2026.pdf")
    assert extract_text_capture(text).url == ""


@pytest.mark.parametrize("line", [
    "Redacción Levante-EMV", "Redacción", "Redazione Gazzetta del Lario", "La Redazione",
    "Redação Diário do Mondego", "Rédaction L'Écho du Vercors", "Redaktion Weserbote",
    "Ledger Newsroom"])
def test_a_newsroom_credit_is_a_byline(line: str) -> None:
    assert newsroom_line(line)
    assert ts.block_shape(line).head == "byline"


@pytest.mark.parametrize("line", [
    "La redacción del nuevo reglamento se retrasa", "Redacción: 912 345 678",
    "Redaktion und Verlag sind umgezogen.", "Newsroom of the year"])
def test_text_about_a_newsroom_is_no_credit(line: str) -> None:
    assert not newsroom_line(line)


@pytest.mark.parametrize(("line", "want"), [
    ("Valencia, 03·12·26 | 17:40", datetime(2026, 12, 3, 17, 40)),
    ("03·12·2026 | 17:40", datetime(2026, 12, 3, 17, 40)),
    ("Lisboa, 03.12.26 · 17h40", datetime(2026, 12, 3, 17, 40)),
    ("Bellano, 22.10.26 - 18:20", datetime(2026, 10, 22, 18, 20)),
    ("Vassieux-en-Vercors, 09·12·26 à 06h50", datetime(2026, 12, 9, 6, 50)),
])
def test_dateline_shapes(line: str, want: datetime) -> None:
    zone = ZoneInfo("Europe/Madrid")
    found = find_dates(line, default_zone=zone)
    assert [f.value for f in found] == [want.replace(tzinfo=zone)]
    assert ts.block_shape(line).head == "dateline"


@pytest.mark.parametrize("line", ["Il punteggio, 3-1-26 finale", "Roma, 12.3.26 euro al chilo"])
def test_a_short_date_after_a_place_in_a_sentence_is_not_read(line: str) -> None:
    assert find_dates(line, default_zone=UTC) == []


@pytest.mark.parametrize("line", [
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Nos engagements : la charte de déontologie de L'Écho du Vercors.",
    "Nuestros estándares: Los principios de confianza de Crónica Meridiana.",
    "Unsere Standards: Die publizistischen Grundsätze des Weserboten.",
    "Os nossos padrões: os princípios editoriais do Diário do Mondego.",
    "I nostri standard: il codice etico della Gazzetta del Lario."])
def test_a_standards_footer_is_closing_furniture(line: str) -> None:
    assert closing_furniture(line)


def test_a_sentence_on_a_code_of_ethics_is_text() -> None:
    assert not closing_furniture(
        "The council said the mayor had broken its code of ethics twice in the past year, "
        "and that it would refer the matter to the standards board in January.")


@given(st.integers(1, 28), st.integers(1, 12), st.integers(0, 26),
       st.sampled_from(["·", ".", "/", "-"]), st.sampled_from([" | ", " - ", " · ", ", "]))
def test_any_place_dateline_reads_its_day(day: int, month: int, year: int, sep: str,
                                          joint: str) -> None:
    line = f"Albacete, {day:02d}{sep}{month:02d}{sep}{year:02d}{joint}17:40"
    found = find_dates(line, default_zone=UTC)
    assert [f.value for f in found] == [datetime(2000 + year, month, day, 17, 40, tzinfo=UTC)]
