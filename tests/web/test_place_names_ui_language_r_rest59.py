"""Places in the UI's language, and namesakes told apart on /entities (t-final58 #17).

``/places?lang=fr`` and ``veille places`` listed "Москва", "غزة", "Домодедово" (a place is
stored under the spelling of the article that first named it) where English said
"Moscow", "Gaza"; ``/entities`` listed two bare "Saint-Denis · lieu" rows. Real store,
real enrichment, the real app and CLI.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from veille.cli.main import cli
from veille.enrich.english_names import has_latin, shown_name
from veille.service import Veille
from veille.settings import Settings
from veille.web import create_app

RU = ("Восточный вестник\n\nДелегация из Новосибирска прибыла в Варшаву\n\n3 декабря 2026\n\n"
      "Делегация промышленников из Новосибирска прибыла во вторник в Варшаву для переговоров "
      "о поставках оборудования. Встречи пройдут в Варшаве до пятницы.\n")
AR = ("صحيفة الساحل\n\nوفد تجاري من بيروت يزور القاهرة\n\n3 ديسمبر 2026\n\n"
      "وصل وفد تجاري من بيروت إلى القاهرة يوم الثلاثاء لبحث تعزيز التبادل التجاري بين "
      "البلدين. وتستمر المحادثات في القاهرة حتى يوم الخميس.\n")


def _page(title: str, body: str) -> bytes:
    return (f'<html lang="fr"><head><title>{title}</title>'
            '<meta property="article:published_time" content="2026-12-02T08:00:00+00:00">'
            f"</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
            ).encode()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("place-names") / "data"
    with Veille(Settings(data_dir=root)) as v:
        v.ingest_bytes([("ru.txt", RU.encode())], source="vostok.ru")
        v.ingest_bytes([("ar.txt", AR.encode())], source="alsahil.net")
        v.ingest_bytes([
            ("a.html", _page("Sainte-Marie : la route du littoral fermée",
                             "Un éboulement a coupé la route du littoral à Sainte-Marie, dans "
                             "le nord de La Réunion, entre Saint-Denis et Saint-André.")),
            ("b.html", _page("Martinique : à Sainte-Marie, le marché rouvre",
                             "Le marché couvert de Sainte-Marie, sur la côte atlantique de la "
                             "Martinique, a rouvert mardi, à une demi-heure de "
                             "Fort-de-France."))], source="example.fr")
        v.enrich()
    return root


def _names(html: str) -> list[str]:
    return re.findall(r'class="title" href="/(?:places|entities)/[^"]*">([^<]*)</a>', html)


def test_places_in_french_and_english(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        french = _names(client.get("/places?lang=fr").text)
        english = _names(client.get("/places?lang=en").text)
    assert {"Varsovie", "Le Caire", "Beyrouth"} <= set(french), french
    assert {"Warsaw", "Cairo", "Beirut"} <= set(english), english
    assert all(has_latin(n) for n in french + english), (french, english)


def test_cli_places_in_the_default_language(data: Path) -> None:
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "places", "-n", "50"])
    assert out.exit_code == 0, out.output
    assert "Varsovie" in out.output and "Le Caire" in out.output, out.output
    assert not re.search(r"[\u0400-\u04ff\u0600-\u06ff]", out.output), out.output


def test_entities_tell_namesakes_apart(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        names = _names(client.get("/entities?lang=fr&label=LOC").text)
    marie = [n for n in names if n.startswith("Sainte-Marie")]
    assert len(marie) == 2 and len(set(marie)) == 2, names


def test_shown_name_rules() -> None:
    names, romanised = {"Q649": "Moscou"}, {"geonames:565381": "Domodedovo"}
    assert shown_name("Q649", "Москва", names, romanised) == "Moscou"
    assert shown_name("geonames:565381", "Домодедово", names, romanised) == "Domodedovo"
    # a name in Latin letters the data does not name stays as stored ("Venezia")
    assert shown_name("geonames:3164603", "Venezia", names, romanised) == "Venezia"
    assert shown_name(None, "Москва", names, romanised) == "Москва"
