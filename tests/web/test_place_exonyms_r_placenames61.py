"""Places by their French and English names, and namesakes told apart in "Cité avec"
(t-final60 #22, #21), and a place page's quotes by their speaker's name (#21).

``/places?lang=fr`` showed "Saint Petersburg", "Brugge", "Frankfurt" (the article's or
GeoNames' spelling: only capitals had a French name), and an entity page's "Cité avec"
listed two bare "Saint-Denis · lieu" rows. Real store, real enrichment, the real app and CLI.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from veille.cli.main import cli
from veille.enrich.english_names import english_names, french_names, parse_exonyms
from veille.service import Veille
from veille.settings import Settings
from veille.web import create_app

EN = ("Harbour Post\n\nFerry operators meet in Brugge and Frankfurt\n\n3 December 2026\n\n"
      "Ferry and rail operators met on Tuesday in Brugge, in Belgium, before a second round "
      "of talks in Frankfurt, Germany, and a summit in Saint Petersburg, Russia, officials "
      "said.\n")
DE = ("Rheinblatt\n\nKunstmesse in Köln zieht Besucher an\n\n3. Dezember 2026\n\n"
      "Die Kunstmesse in Köln hat am Wochenende mehr Besucher gezählt als im Vorjahr, "
      "teilten die Veranstalter mit. Viele Galerien kamen aus München.\n")


def _page(title: str, body: str) -> bytes:
    return (f'<html lang="fr"><head><title>{title}</title>'
            '<meta property="article:published_time" content="2026-12-02T08:00:00+00:00">'
            f"</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
            ).encode()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exonyms") / "data"
    with Veille(Settings(data_dir=root)) as v:
        v.ingest_bytes([("en.txt", EN.encode())], source="harbourpost.co.uk")
        v.ingest_bytes([("de.txt", DE.encode())], source="rheinblatt.de")
        v.ingest_bytes([
            ("g.html", _page("Gironde : à Bruges, la mairie rénove le marché",
                             "La commune de Bruges, en Gironde, près de Bordeaux, rénove "
                             "son marché couvert, a annoncé mardi le maire.")),
            ("a.html", _page("La Réunion : à Saint-Pierre, Odile Ferrandez visite le port",
                             "La ministre Odile Ferrandez a visité mardi le port de "
                             "Saint-Pierre, dans le sud de La Réunion. « Nous reconstruirons "
                             "les quais avant l'été », a déclaré Mme Ferrandez.")),
            ("b.html", _page("Martinique : à Saint-Pierre, Odile Ferrandez rend hommage",
                             "Odile Ferrandez a rendu hommage aux victimes de 1902 à "
                             "Saint-Pierre, au pied de la montagne Pelée, en Martinique."))],
            source="example.fr")
        v.enrich()
    return root


def _names(html: str) -> list[str]:
    return re.findall(r'class="title" href="/(?:places|entities)/[^"]*">([^<]*)</a>', html)


def test_places_by_their_french_and_english_names(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        french = _names(client.get("/places?lang=fr").text)
        english = _names(client.get("/places?lang=en").text)
    assert {"Francfort-sur-le-Main", "Saint-Pétersbourg", "Cologne", "Munich"} <= set(
        french), french
    assert {"Cologne", "Munich", "Bruges (Belgium)"} <= set(english), english
    # Brugge is "Bruges" in French, as the Gironde's town: both labelled
    assert {"Bruges (Belgique)", "Bruges (Gironde)"} <= set(french), french


def test_cli_places_in_french(data: Path) -> None:
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "places", "-n", "50"])
    assert out.exit_code == 0, out.output
    for name in ("Francfort-sur-le-Main", "Saint-Pétersbourg", "Cologne"):
        assert name in out.output, out.output
    assert "Brugge" not in out.output and "Köln" not in out.output, out.output


def test_named_with_tells_namesakes_apart(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        found = client.get("/api/v1/entities", params={"name": "Ferrandez"}).json()
        person = found["entities"][0]["id"]
        html = client.get(f"/entities/{person}?lang=fr").text
    block = html.split("Cité avec", 1)[1]
    rows = re.findall(r'<a href="/places/[^"]*">([^<]*)</a>', block)
    assert {"Saint-Pierre (La Réunion)", "Saint-Pierre (Martinique)"} <= set(rows), rows
    assert len(rows) == len(set(rows)), rows


def test_shipped_exonyms() -> None:
    french, english = french_names(), english_names()
    assert french["geonames:2800931"] == "Bruges"  # Brugge
    assert french["geonames:498817"] == "Saint-Pétersbourg"
    assert french["Q649"] == "Moscou"  # the alias table's name stays over GeoNames'
    assert english["geonames:2886242"] == "Cologne"  # Köln
    assert english["geonames:2510911"] == "Seville"  # Sevilla


_ID = st.from_regex(r"geonames:[0-9]{1,8}", fullmatch=True)
_NAME = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
                              blacklist_characters="\t#"), min_size=1, max_size=20) \
    .filter(lambda n: n.strip() == n and n.strip())


@given(st.lists(st.tuples(_ID, st.sampled_from(["fr", "en"]), _NAME), max_size=20))
def test_parse_exonyms_reads_back_what_is_written(rows: list[tuple[str, str, str]]) -> None:
    text = "# header\n" + "".join(f"{i}\t{lang}\t{n}\n" for i, lang, n in rows)
    for lang in ("fr", "en"):
        want = {i: n for i, wanted, n in rows if wanted == lang}
        assert parse_exonyms(text, lang) == want


def test_search_facets_label_names_alike_in_french(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        html = client.get("/search", params={"q": "Brugge OR Bruges", "lang": "fr"}).text
    assert "Bruges (Belgique)" in html and "Bruges (Gironde)" in html, html


def test_place_page_quotes_by_the_speakers_name(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        html = client.get("/places/geonames:935214?lang=fr").text  # Saint-Pierre, La Réunion
    footer = html.split("Nous reconstruirons", 1)[1].split("</footer>", 1)[0]
    assert "Odile Ferrandez</a>" in footer and "Mme Ferrandez" not in footer, footer
