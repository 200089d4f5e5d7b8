# ruff: noqa: E501
"""A Spanish site's menu line under its masthead is no outlet name (t-final63 #5: "Portada
Comarcas Tarragona Deportes Opinión Suscríbete" named the Diario del Ebro's articles in
every list, story and facet). Section labels of Spanish, Catalan, Italian, Portuguese and
German sites are known as the French and English ones are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from capture_kit import err, run_veille
from veille.extract.furniture_title import menu_line

CAPTURE = """https://www.gacetadelsur.es/comarcas/2026/03/04/puerto-pesquero-obras
Gaceta del Sur
Portada  Comarcas  Provincia  Deportes  Opinión  Suscríbete
Utilizamos cookies propias y de terceros. Aceptar  Configurar

Comarcas
El puerto pesquero de Vinaròs cierra dos muelles por obras hasta el verano
Las obras de dragado obligarán a la flota de arrastre a descargar en el muelle de poniente

El puerto pesquero de Vinaròs cerrará desde el lunes dos de sus muelles para unas obras de dragado que durarán hasta el verano, según ha informado la autoridad portuaria.

La flota de arrastre, una treintena de barcos, descargará mientras tanto en el muelle de poniente, donde se han instalado dos grúas provisionales.

"Es una obra necesaria que llevamos diez años pidiendo", ha explicado el patrón mayor de la cofradía, Vicent Forner.
"""


@pytest.mark.parametrize("line", [
    "Portada  Comarcas  Provincia  Deportes  Opinión  Suscríbete",
    "Prima pagina Cronaca Politica Economia Sport Spettacoli",
    "Startseite Politik Wirtschaft Kultur Sport Panorama",
    "Início Última hora Política Economia Desporto Opinião"])
def test_a_european_sites_menu_is_a_menu(line: str) -> None:
    assert menu_line(line)


@pytest.mark.parametrize("line", [
    "Deportes y cultura se reparten el presupuesto municipal",
    "Economia, la Borsa di Milano chiude in rialzo"])
def test_a_headline_naming_sections_is_none(line: str) -> None:
    assert not menu_line(line)


def test_the_masthead_names_the_outlet_not_the_menu(tmp_path: Path) -> None:
    page = tmp_path / "vinaros.txt"
    page.write_text(CAPTURE, encoding="utf-8")
    data = tmp_path / "data"
    done = run_veille(["ingest", str(page)], data_dir=data)
    assert done.returncode == 0, err(done)
    shown = run_veille(["latest"], data_dir=data).stdout.decode()
    assert "Portada" not in shown and "Gaceta del Sur" in shown, shown
    record = json.loads(run_veille(["latest", "--json"], data_dir=data).stdout.splitlines()[0])
    assert record["content"]["title"].startswith("El puerto pesquero de Vinaròs")
