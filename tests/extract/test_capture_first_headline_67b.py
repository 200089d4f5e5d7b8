"""A headline over its deck under header lines the chrome tests do not know (h-capture67b;
t-check66 F3, h-capture67 section 4 item 1): the deck, which restates the lead, never
takes the headline's place because an edition link, a widget or a label sits above."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from veille.extract.blocks import split_blocks
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _page(header: list[str], headline: str, deck: str, byline: str, date: str,
          body: list[str]) -> str:
    return "\n".join([*header, headline, deck, byline, date, *body, "Compartir"])


# Each: the header lines, the headline, a deck the lead copies, the byline, the date, the body.
CASES = {
    "es-edition-archive": (
        ["Diario de la Safor", "Edición Gandia  Hemeroteca",
         "Safor  Comarcas  Deportes  Opinión"],
        "El Ayuntamiento de Gandia cierra el paseo marítimo al tráfico en Navidad",
        "Los coches no podrán circular del 20 de diciembre al 7 de enero entre las siete de "
        "la tarde y la una de la madrugada",
        "Por Lucía Peiró", "07/12/2026 10:15",
        ["Los coches no podrán circular del 20 de diciembre al 7 de enero entre las siete de "
         "la tarde y la una de la madrugada por el paseo marítimo de Gandia, ha decidido el "
         "Ayuntamiento.", "La medida busca reducir el ruido en la zona de ocio.",
         "Los hosteleros han pedido más aparcamiento disuasorio."]),
    "fr-weather-widget": (
        ["L'Éclair du Gers", "Auch 6°C  Averses", "Gers  Auch  Rugby  Loisirs"],
        "Auch ferme la halle aux grains pour des travaux de mise aux normes",
        "Le marché du samedi sera déplacé place de la Libération pendant les six mois de "
        "chantier qui commencent en janvier",
        "Par Pierre Dufau", "Le 07/12/2026 à 09h10",
        ["Le marché du samedi sera déplacé place de la Libération pendant les six mois de "
         "chantier qui commencent en janvier, a annoncé la mairie d'Auch.",
         "Les travaux coûteront 1,5 million d'euros.",
         "Les commerçants ont été reçus lundi en mairie."]),
    "it-edition-line": (
        ["Il Messaggero del Garda", "Edizione Desenzano  Necrologie",
         "Cronaca  Politica  Sport  Cultura"],
        "Desenzano, il castello riapre ai visitatori dopo tre anni di restauri",
        "Dal 15 dicembre la torre e i camminamenti saranno visitabili il sabato e la domenica "
        "con biglietto a cinque euro",
        "di Sara Gatti", "07/12/2026 11:20",
        ["Dal 15 dicembre la torre e i camminamenti saranno visitabili il sabato e la "
         "domenica con biglietto a cinque euro: il castello di Desenzano riapre.",
         "Il restauro è costato due milioni.", "Le scuole potranno prenotare visite."]),
    "en-todays-paper": (
        ["The River Falls Ledger", "Today's Paper  Puzzles", "News  Sports  Business"],
        "School board delays vote on closing two elementary schools",
        "Members said they need more data on enrollment and busing costs before deciding "
        "the future of Lincoln and Garfield elementaries",
        "By Amy Berg", "Dec. 7, 2026",
        ["Members said they need more data on enrollment and busing costs before deciding "
         "the future of Lincoln and Garfield elementaries, the school board said Monday.",
         "The vote is now set for February.", "Parents packed the meeting."]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_headline_under_an_unknown_header_line_is_not_replaced_by_its_deck(
        name: str) -> None:
    """On main the deck, copied by the lead, was the title: the line above the headline
    ("Edición Gandia  Hemeroteca", "Auch 6°C  Averses") is no chrome any test knew."""
    header, headline, deck, byline, date, body = CASES[name]
    result = extract_text_capture(_page(header, headline, deck, byline, date, body),
                                  fetched_at=NOW)
    assert result.title == headline


def test_t_check66_f3_with_an_edition_line_for_the_login_line() -> None:
    """h-capture67 section 4 item 1's minimal input: the t-check66 02 capture with
    "Iniciar sesión  Suscríbete" replaced by "Edición Valencia  Hemeroteca"."""
    text = "\n".join([
        "Las Provincias", "Buscar", "Edición Valencia  Hemeroteca",
        "Comunitat  Valencia  Economía  Deportes  Opinión", "Requena",
        "La ministra de Agricultura garantiza ayudas para los viticultores de Requena tras "
        "el granizo",
        "El Gobierno abrirá en enero una línea de 15 millones para las explotaciones "
        "afectadas de la comarca",
        "J. Martínez", "Requena", "Lunes, 7 de diciembre 2026, 12:04",
        "La ministra de Agricultura, Pesca y Alimentación, Elena Montero, ha asegurado este "
        "lunes en Requena que \"ningún viticultor de la comarca se quedará sin ayuda\" y ha "
        "anunciado que el Gobierno abrirá en enero una línea de 15 millones de euros para las "
        "explotaciones dañadas por la granizada del pasado 22 de noviembre.",
        "Montero ha visitado varias parcelas en las aldeas de Campo Arcís y Los Pedrones.",
        "Los viticultores de Requena calculan pérdidas de más de 20 millones de euros.",
        "Temas", "© Las Provincias. Todos los derechos reservados."])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == ("La ministra de Agricultura garantiza ayudas para los "
                            "viticultores de Requena tras el granizo")
    assert result.lead.startswith("El Gobierno abrirá en enero")


def test_a_headline_without_a_deck_under_an_edition_line_stays_the_headline() -> None:
    """Control: no deck, the first line under the header is the headline (base and after)."""
    text = "\n".join([
        "Nordsee-Anzeiger", "Ausgabe Husum  E-Paper", "Lokales  Region  Sport",
        "Fähre nach Pellworm fällt wegen Sturm zwei Tage aus", "Von Jan Petersen", "07.12.2026",
        "Die Fähre zwischen Nordstrand und Pellworm fällt am Montag und Dienstag wegen eines "
        "Sturms mit Windstärke zehn aus, teilte die Reederei mit.",
        "Die Insel wird per Hubschrauber versorgt.", "Ab Mittwoch fährt sie wieder.",
        "Teilen"])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == "Fähre nach Pellworm fällt wegen Sturm zwei Tage aus"


_ITEM = st.lists(st.sampled_from(["Edición", "Valencia", "Hemeroteca", "Troyes", "3°C", "Pluie",
                                  "7", "dic", "Today's", "Paper"]), min_size=1, max_size=4)


@given(first=_ITEM, second=_ITEM, gap=st.sampled_from(["  ", "   ", "\t", " \u00a0"]))
def test_a_line_of_two_short_items_is_a_widget_not_a_menu(first: list[str], second: list[str],
                                                           gap: str) -> None:
    """Two short items set apart by a wide gap are a widget; three, a menu bar (gapped)."""
    line = " ".join(first) + gap + " ".join(second)
    parsed = split_blocks(f"{line}\nA sentence of the page's text comes after it here.\n")
    assume(not parsed.kickers)  # "3°C  Troyes": a kicker in capitals over its line
    capitalised = all(item[0][0].isupper() or item[0][0].isdigit() for item in (first, second))
    assert (parsed.widgets == [0]) == capitalised
    assert parsed.gapped == []
    third = split_blocks(f"{line}{gap}Sports\nA sentence of the page's text.\n")
    assume(not third.kickers)
    assert third.widgets == []
    assert third.gapped == ([0] if capitalised else [])
