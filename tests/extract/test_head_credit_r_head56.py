# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Headline, deck, author and credits lost in extraction (issue 14; t-final55b A5, A15).

* A masthead and its menu ("EL PAÍS / Buscar / Iniciar sesión / España") "introduced" a
  list of links that ran on into the article's headline and deck: the deck took the title
  and the headline was listed as a dropped link; a deck shorter than twelve words, framed
  by the headline and the byline over the date, was lost.
* "Par Jeanne Corvaisier, toxicologue": a trade after the name made the byline no byline.
* "(Avec AFP)", "Con información de EFE." closing a paragraph that is not the last were no
  credit; a bare mention of the agency stays none.

Each case is ingested by the CLI into a real SQLite store and read back with ``export``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from capture_kit import exported_rows

HEADLINE = "La huelga del metro paraliza Bilbao por tercer día consecutivo sin acuerdo"
DECK = "La reunión con la Diputación, prevista para el martes, fue aplazada"
SHORT_HEADLINE = "La huelga del metro paraliza Bilbao por tercer día"
SHORT_DECK = "Los sindicatos mantienen los paros hasta el domingo"


def _ingest(tmp_path: Path, *lines: str) -> dict[str, Any]:
    page = tmp_path / "capture.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    rows = exported_rows(page, data)
    assert len(rows) == 1
    content: dict[str, Any] = rows[0]["content"]
    return content


def _links(content: dict[str, Any]) -> list[str]:
    dropped = (content.get("evidence") or {}).get("dropped", "")
    return [line.split("\t", 1)[1] for line in dropped.splitlines()
            if line.startswith("link\t")]


MENU = ("EL CORREO DEL NERVIÓN", "Buscar", "Iniciar sesión", "País Vasco")
BODY = (
    "La huelga del metro de Bilbao, convocada el lunes por los sindicatos, paraliza por tercer día consecutivo la ciudad y su área metropolitana, según informó la empresa.",
    '"No vamos a desconvocar hasta que haya una propuesta seria", declaró Iker Zubiri, portavoz del comité de empresa.',
    "La reunión con la Diputación foral, prevista para el martes, fue aplazada sin nueva fecha. Zubiri dijo que los paros seguirán la semana próxima.",
)


def test_a_menu_run_stops_at_the_headline_and_its_deck(tmp_path: Path) -> None:
    content = _ingest(tmp_path, *MENU, HEADLINE, DECK, "Por Ane Etxeberria",
                      "Bilbao - 02 dic 2026 - 14:35 CET", *BODY)
    assert content["title"] == HEADLINE
    assert content["lead"] == DECK
    assert HEADLINE not in _links(content) and DECK not in _links(content)
    assert "Buscar" in _links(content)  # the menu's items stay links


def test_a_short_deck_framed_by_the_head_is_the_standfirst(tmp_path: Path) -> None:
    # t-final55b v10's shape: an 8-word deck under a 9-word headline (a deck under 70 %
    # of its headline's length is still left out: FRAMED_SHARE)
    content = _ingest(tmp_path, *MENU, SHORT_HEADLINE, SHORT_DECK, "Por Ane Etxeberria",
                      "Bilbao - 02 dic 2026 - 14:35 CET", *BODY)
    assert content["title"] == SHORT_HEADLINE
    assert content["lead"] == SHORT_DECK


def test_a_most_read_list_after_the_text_stays_links(tmp_path: Path) -> None:
    # guard: a list label with a colon introduces headline-shaped link titles
    teasers = ["Council approves new cycle lane on the seafront road",
               "Lifeboat crew rescues two kayakers off Gull Point"]
    content = _ingest(
        tmp_path, "The Harbour Gazette", "Search", "Local",
        "Ferry workers walk out for a third day as talks with operator stall",
        "By Megan Ashdown", "6 November 2026, 10:25 GMT",
        "Ferry crews on the Harbour Line walked out for a third consecutive day on Friday, leaving island shops without deliveries, the union said.",
        '"We will not go back until the contract is honoured," said union rep Paul Danvers.',
        "Most read:", *teasers)
    assert content["title"] == "Ferry workers walk out for a third day as talks with operator stall"
    assert not set(teasers) & set(content["paragraphs"])


def test_a_trade_after_the_byline_name_keeps_the_author(tmp_path: Path) -> None:
    content = _ingest(
        tmp_path, "Le Courrier des Idées", "Rechercher", "Débats", "Tribune",
        "Pesticides : pourquoi les riverains doivent être informés",
        "Par Hélène Marchadier, épidémiologiste", "Publié le 09/11/2026 à 18h00",
        "Les épandages près des écoles ne font toujours l'objet d'aucune information préalable des familles. Les études publiées depuis dix ans montrent pourtant une exposition mesurable.",
        "Il suffirait d'un registre public, tenu par les chambres d'agriculture, pour que chacun sache ce qui est épandu et quand.")
    assert content["authors"] == ["Hélène Marchadier"]


def _credited(tmp_path: Path, middle: str) -> str:
    content = _ingest(
        tmp_path, "Le Journal du Causse", "Rechercher", "Occitanie",
        "Les éleveurs bloquent l'autoroute A20 au sud de Cahors", "Par Julien Delmas",
        "Publié le 12/11/2026 à 08h10",
        "Plusieurs centaines d'éleveurs bloquent depuis l'aube l'autoroute A20 au sud de Cahors, provoquant des bouchons de dix kilomètres, selon la préfecture du Lot.",
        middle,
        "Les éleveurs manifestent chaque semaine depuis un mois. Un autre blocage est prévu lundi à Figeac.")
    return str((content.get("evidence") or {}).get("credit", ""))


def test_a_credit_closing_a_middle_paragraph_is_read(tmp_path: Path) -> None:
    assert _credited(tmp_path, "« Nous ne bougerons pas », a lancé Bernard Lacombe, éleveur à Lalbenque. La ministre doit recevoir les syndicats jeudi. (Avec AFP)") == "AFP"


def test_con_informacion_de_is_a_credit(tmp_path: Path) -> None:
    assert _credited(tmp_path, '"Queremos que el centro sea de los peatones", declaró la concejala. Los hosteleros apoyan la medida. Con información de EFE.') == "EFE"


def test_an_agency_named_in_a_middle_paragraph_is_no_credit(tmp_path: Path) -> None:
    assert _credited(tmp_path, "Personne n'a été blessé, a précisé une source proche de l'enquête à l'AFP.") == ""
