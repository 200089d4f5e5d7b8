"""Place resolution from the article's own clues (r-places36, issue 16 part 3), through the
CLI into a real store:

- a text's language and the time zone it printed stand for the source's country when
  nothing else gives one: "Valencia" in a Spanish text dated CET is Spain's, not
  Venezuela's (t-final35 A4); "Portsmouth" under an EST time is Virginia's;
- "Co Westmeath" names the Irish county, which places "Athlone" in Ireland, not South
  Africa (t-final34 A4);
- "en el Palau" of a Spanish text is a palace, not Palau (Spanish calls it "Palaos");
- "la piscine La Baleine", "la ligne 15 Nord": a pool's name, a line's, no commune nor
  département;
- ``place:Drôme`` finds an article about Valence (a commune of the Drôme), ``place:Espagne``
  one about Valencia (t-final34 B4).
"""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli.main import cli
from veille.enrich.places import printed_countries

CAPTURES = {
    "valencia.txt": """Noticias del Levante
Buscar
Valencia: el ayuntamiento cierra el mercado central por obras

Por Amparo Soler
02/12/2026 11:10 CET

El ayuntamiento de Valencia cerrará el mercado central durante dos semanas para reparar \
la cubierta, dañada por el temporal del fin de semana.

"Los puestos reabrirán antes de Navidad", aseguró la concejala de Mercados, Rosa Ibáñez.
""",
    "portsmouth.txt": """Bayfront Ledger
Sign in
Portsmouth ferry service cut back for the winter
By Glenn Whitaker
Dec. 1, 2026, 4:15 p.m. EST
The ferry between Portsmouth and the naval station will run every hour instead of every \
half hour until March, transit officials said Tuesday.
"Ridership always drops after Thanksgiving," a transit spokeswoman said.
""",
    "athlone.txt": """The Midland Chronicle
Subscribe
Athlone bypass reopens after resurfacing works
Motorists in Co Westmeath face fewer delays as the road reopens ahead of schedule
Tue Dec 01 2026 - 15:05
Aoife Brennan
The bypass around Athlone reopened on Tuesday after three weeks of resurfacing works.
Westmeath County Council said the works had finished four days early.
""",
    "palau.txt": """Diario de la Ribera
Buscar
El Consell aprueba un plan contra la sequía

Por Vicent Llorens
01/12/2026 13:30 CET

El Consell aprobó este martes un plan de 120 millones contra la sequía. "Es una prioridad \
absoluta", dijo la consellera de Agricultura, Marta Climent, en rueda de prensa en el Palau.
""",
    "saint-denis.txt": """Le Journal de la Plaine
Rechercher
Saint-Denis : la piscine La Baleine rouvre, la ligne 15 Nord retardée

Par Karim Benali
Publié le 02/12/2026 à 10h20

La piscine La Baleine de Saint-Denis rouvre samedi après six mois de travaux, a annoncé \
la mairie. Les travaux de la ligne 15 Nord du métro prendront en revanche un an de retard.
""",
    "valence.txt": """Le Réveil de la Plaine
Rechercher
Valence : la patinoire ferme pour une panne de compresseur

Par Julie Arnaud
Publié le 03/12/2026 à 08h45

La patinoire de Valence restera fermée jusqu'à lundi après une panne de compresseur, a \
indiqué la mairie de Valence, dans la Drôme.
""",
}


def _run(data: Path, *args: str) -> str:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), *args])
    assert ran.exit_code == 0, ran.output
    return ran.output


def enriched_captures(root: Path, captures: dict[str, str]) -> dict[str, dict]:
    """Write ``captures`` (file name → text) in ``root``, ingest and enrich them into the
    store ``root/data``, and return each article's ``show --json`` by its headline."""
    data = root / "data"
    for name, text in captures.items():
        (root / name).write_text(text, encoding="utf-8")
    _run(data, "ingest", *sorted(str(path) for path in root.glob("*.txt")))
    _run(data, "enrich")
    articles = {}
    for line in _run(data, "latest", "--json", "-n", "50").splitlines():
        article = json.loads(_run(data, "show", json.loads(line)["id"], "--json"))
        articles[article["content"]["title"]] = article
    return articles


def places_of(shown: dict[str, dict], start: str) -> dict[str, dict]:
    """The places of the article whose headline starts with ``start``, by their mention."""
    article = next(a for title, a in shown.items() if title.startswith(start))
    return {p["mentioned_as"]: p for p in article["enrichment"]["places"]}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    root = tmp_path_factory.mktemp("r36")
    data = root / "data"
    files = []
    for name, text in CAPTURES.items():
        (root / name).write_text(text, encoding="utf-8")
        files.append(str(root / name))
    _run(data, "ingest", *files)
    _run(data, "enrich")
    shown = {}
    for line in _run(data, "latest", "--json", "-n", "50").splitlines():
        aid = json.loads(line)["id"]
        article = json.loads(_run(data, "show", aid, "--json"))
        shown[article["content"]["title"]] = article
    return data, shown


def _article(shown: dict[str, dict], start: str) -> dict:
    return next(a for title, a in shown.items() if title.startswith(start))


def _places(article: dict) -> dict[str, dict]:
    return {p["mentioned_as"]: p for p in article["enrichment"]["places"]}


def test_printed_zone_and_language_give_the_country(store: tuple[Path, dict]) -> None:
    _, shown = store
    assert _places(_article(shown, "Valencia"))["Valencia"]["country"] == "ES"
    assert _places(_article(shown, "Portsmouth"))["Portsmouth"]["country"] == "US"


def test_printed_countries_reads_language_and_offset() -> None:
    cet = datetime.timezone(datetime.timedelta(hours=1))
    when = datetime.datetime(2026, 12, 2, 11, 10, tzinfo=cet)
    assert "ES" in printed_countries("es", when)
    assert "VE" not in printed_countries("es", when)
    assert "ES" not in printed_countries("en", when)
    # UTC says nothing of where a paper is printed
    assert printed_countries("es", when.astimezone(datetime.UTC)) == frozenset()


def test_an_irish_county_places_the_town(store: tuple[Path, dict]) -> None:
    _, shown = store
    places = _places(_article(shown, "Athlone"))
    assert places["Athlone"]["country"] == "IE"
    assert places["Westmeath"]["kind"] == "region"
    entities = {e["name"] for e in _article(shown, "Athlone")["enrichment"]["entities"]}
    assert "Co Westmeath" not in entities


def test_a_palace_is_not_palau(store: tuple[Path, dict]) -> None:
    _, shown = store
    places = _article(shown, "El Consell")["enrichment"]["places"]
    assert all(p["country"] != "PW" for p in places)


def test_pool_and_line_names_are_no_places(store: tuple[Path, dict]) -> None:
    _, shown = store
    places = _places(_article(shown, "Saint-Denis"))
    assert places["Saint-Denis"]["insee"] == "93066"
    assert "La Baleine" not in places
    assert "Nord" not in places


def test_place_search_finds_the_places_inside_an_area(store: tuple[Path, dict]) -> None:
    data, shown = store
    valence = _article(shown, "Valence")["id"]
    valencia = _article(shown, "Valencia")["id"]
    assert valence in _run(data, "search", "place:Drôme")
    assert valence in _run(data, "search", 'place:"Auvergne-Rhône-Alpes"')
    assert valencia in _run(data, "search", "place:Espagne")
    assert valencia not in _run(data, "search", "place:Drôme")
