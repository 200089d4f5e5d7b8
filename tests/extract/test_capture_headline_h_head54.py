# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Headlines of text captures and a capture's address line (issue 14; t-final54 A1, A3, B7).

* A first line that is the page's address was the headline ("first line"), and the real
  headline under the masthead was dropped as a link; the address is now the record's URL,
  and its host gives the outlet's clock.
* A headline longer than 30 words or 250 characters could not be one: the masthead was
  the title, or none was, and the headline line was in no part of the record.
* A line read above the body for a date that gave none was neither kept nor listed as
  dropped.
* A deck copying the lead word for word, between the headline and the byline, was the title.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from click.testing import CliRunner

from capture_kit import exported_rows
from veille.cli.main import cli
from veille.extract.capture_address import address_line
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
ADDRESS = "https://www.lopinion-du-sud.fr/economie/port-de-sete-greve-des-grutiers-331245"
HEADLINE = "Port de Sète : les grutiers en grève contre le nouveau planning des escales"
BODY = [
    "Les grutiers du port de Sète ont cessé le travail lundi matin pour protester contre le nouveau planning des escales, qui supprime une équipe de nuit.",
    "Deux navires attendent en rade le déchargement de leurs conteneurs, selon la capitainerie.",
    "« Nous demandons seulement d'être consultés », explique un délégué syndical.",
]
LONG = ("Port de Sète : après trois semaines de discussions tendues entre la direction, les "
        "syndicats de grutiers et la région, le nouveau planning des escales entre en vigueur "
        "lundi malgré la grève annoncée par les équipes de nuit et l'inquiétude des "
        "transporteurs qui redoutent des retards")


def _capture(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_an_address_line_is_the_url_not_the_headline() -> None:
    got = extract_text_capture(_capture(ADDRESS, "L'Opinion du Sud", "Rechercher", HEADLINE,
                                        *BODY), fetched_at=NOW)
    assert got.title == HEADLINE
    assert got.url == ADDRESS
    assert all(ADDRESS != text for text, _ in got.dropped)
    assert HEADLINE not in [text for text, _ in got.dropped]


def test_only_a_whole_address_alone_is_one() -> None:
    assert address_line(ADDRESS) == ADDRESS
    assert address_line("Lire sur " + ADDRESS) == ""
    assert address_line("lopinion-du-sud.fr/economie") == ""
    assert address_line("https://localhost/x") == ""
    assert address_line("https://[bad") == ""


def test_a_long_headline_under_the_masthead_is_the_headline() -> None:
    for dated in ([], ["Publié le 04/12/2026 à 10h00"]):
        got = extract_text_capture(_capture("L'Opinion du Sud", "Rechercher", *dated, LONG,
                                            *BODY), fetched_at=NOW)
        assert got.title == LONG, dated
        assert got.paragraphs[0] == BODY[0]


def test_a_line_read_for_a_date_that_gave_none_is_listed_as_dropped() -> None:
    # past any headline's length (70 words, no stop), above the body: neither the title
    # nor the text, it must be listed
    blurb = " ".join(["une ligne de présentation du dossier sur le port et ses grutiers"] * 6)
    got = extract_text_capture(_capture("L'Opinion du Sud", "Rechercher", blurb, *BODY),
                               fetched_at=NOW)
    parts = [got.title, got.lead, *got.paragraphs, *(text for text, _ in got.dropped)]
    assert blurb in parts


def test_a_deck_copying_the_lead_is_no_headline() -> None:
    headline = "Tres heridos en un incendio en un edificio de viviendas de Zaragoza"
    # the deck restates the lead in its words (not a copy of it: a teaser, no standfirst)
    deck = "Las llamas se extendieron desde la cocina de un tercer piso en Delicias"
    text = _capture(
        "https://elpais.com/espana/2026-12-02/incendio-zaragoza.html", "EL PAÍS", "Buscar",
        "Suscríbete", "España", headline, deck, "Por Laura Gil",
        "Zaragoza - 02 dic 2026 - 09:15 CET",
        "Las llamas se originaron en la cocina de un tercer piso del barrio de Delicias y se extendieron al resto del edificio, informaron los bomberos.",
        "Tres vecinos fueron atendidos desde el primer momento por inhalación de humo y trasladados al hospital Miguel Servet.",
        "El Ayuntamiento ha ofrecido alojamiento a las familias desalojadas.")
    got = extract_text_capture(text, fetched_at=NOW)
    assert got.title == headline
    assert got.lead == deck


def test_through_the_cli_the_address_is_the_url_and_gives_the_clock(tmp_path: Path) -> None:
    # An outlet in France writing about Niger: the .fr address gives Paris's clock (July:
    # UTC+2), not the places' (t-final54 A3).
    page = tmp_path / "rfi.txt"
    address = "https://www.rfi.fr/fr/afrique/20260705-niger-attaque-tillaberi"
    page.write_text(_capture(
        address, "RFI", "Rechercher", "Afrique",
        "Niger : une attaque contre un poste militaire près de Tillabéri",
        "Publié le : 03/07/2026 - 09:10", "Par Awa Diallo",
        "Un poste militaire a été attaqué jeudi près de Tillabéri, dans l'ouest du Niger, selon une source sécuritaire.",
        "L'attaque a fait sept morts, selon la même source.",
        "Les autorités de Niamey n'ont pas encore réagi."), "utf-8")
    data = tmp_path / "data"
    rows = exported_rows(page, data)
    assert len(rows) == 1
    assert rows[0]["url"] == address
    content = rows[0]["content"]
    assert content["title"] == "Niger : une attaque contre un poste militaire près de Tillabéri"
    published = datetime.fromisoformat(content["published"])
    assert published.utcoffset() == timedelta(hours=2)
    assert published == datetime(2026, 7, 3, 9, 10, tzinfo=timezone(timedelta(hours=2)))
    show = CliRunner().invoke(cli, ["--data-dir", str(data), "show", rows[0]["id"]])
    assert address in show.output
