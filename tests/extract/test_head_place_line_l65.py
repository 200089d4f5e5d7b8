"""Two captures of t-final65 (inputs written by the tester, shipped under data_l65/):

A2: the standfirst over "Author / City / date" was dropped (``outside``) when the city line
was read as a menu's link under the masthead (Las Provincias).
A6: a Catalan search control ("Cercar") under the masthead hid the masthead, so the capture
had no source (À Punt)."""
from datetime import UTC, datetime
from pathlib import Path

from veille.extract.text_capture import extract_text_capture

DATA = Path(__file__).parent / "data_l65"
FETCHED = datetime(2026, 12, 5, tzinfo=UTC)


def test_standfirst_over_author_city_and_date() -> None:
    text = (DATA / "lasprovincias_place_line.txt").read_text("utf-8")
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.lead.startswith("La alcaldesa, María José Catalá, ha desvelado")
    assert result.authors == ["Carlos Ferrer"]
    assert result.paragraphs[0].startswith("El cartel, elegido entre 212 propuestas")
    assert result.published is not None and (result.published.day, result.published.hour) == (4, 13)


def test_catalan_search_control_under_the_masthead() -> None:
    text = (DATA / "apunt_cercar.txt").read_text("utf-8")
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.masthead == "À Punt"
    assert result.title == "Una DANA deja más de 200 litros en Valencia: cortadas la V-31 y la A-7"
    assert result.lead.startswith("La Aemet mantiene el aviso rojo")
