"""A headline over its deck under header lines the chrome tests do not know (h-capture67b;
t-check66 F3, h-capture67 section 4 item 1): the deck, which restates the lead, never
takes the headline's place because an edition link, a widget or a label sits above."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from veille.extract.blocks import split_blocks
from veille.extract.read_also import cue_headline
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


_TEASED = "\n".join([
    "Il Corriere del Conero", "Cronaca  Politica  Sport  Cultura", "{cue}",
    "Ancona, sciopero dei bus venerdì: a rischio le corse del mattino",
    "di Marco Conti", "7 dicembre 2026",
    "Venerdì gli autisti dei bus di Ancona incroceranno le braccia per quattro ore, dalle "
    "8.30 alle 12.30, e le corse del mattino sono a rischio.",
    "I sindacati chiedono il rinnovo del contratto integrativo.",
    "Saranno garantite le fasce di punta per gli studenti.", "Condividi"])


@pytest.mark.parametrize("cue", [
    "Leggi anche: Pesaro, nuovo parcheggio alla stazione",
    "Lee también: Cuenca abrirá un nuevo aparcamiento",
    "Read more: City opens new parking garage",
    "Leia também | Porto abre novo parque de estacionamento",
    "Lesen Sie auch – Neue Fähre für Sylt bestellt",
])
def test_a_read_also_line_with_its_separator_is_never_the_headline(cue: str) -> None:
    """A cue, a separator and another article's headline on one line over the headline:
    on main the Spanish, Italian and English ones were the title, the headline the deck."""
    result = extract_text_capture(_TEASED.format(cue=cue), fetched_at=NOW)
    assert result.title == "Ancona, sciopero dei bus venerdì: a rischio le corse del mattino"
    assert result.lead != result.title


_WORD = st.sampled_from(["Pesaro", "nuovo", "parcheggio", "Cuenca", "abre", "la", "Gare"])


@given(cue=st.sampled_from(["Leggi anche", "Lee también", "Read more", "Leia também",
                            "Lesen Sie auch", "À lire aussi"]),
       sep=st.sampled_from([":", " :", " |", " –", " -", " →"]),
       words=st.lists(_WORD, min_size=2, max_size=10))
def test_cue_headline_reads_a_separated_cue(cue: str, sep: str, words: list[str]) -> None:
    """The cue, a separator, a headline opening on a capital: a teaser; in lower case, a
    sentence's clause."""
    headline = " ".join(words)
    assert cue_headline(f"{cue}{sep} {headline}") == headline[0].isupper()


_SIGNED = "\n".join([
    "El Periódico de la Sierra", "Portada  Sierra  Deportes  Opinión",
    "El Ayuntamiento de Collado Villalba amplía el horario del centro de salud",
    "{byline}", "07/12/2026 10:00",
    "El centro de salud de Collado Villalba ampliará su horario de tarde hasta las nueve de "
    "la noche a partir del 1 de enero, ha anunciado el Ayuntamiento.",
    "La medida responde a las quejas de los vecinos por las listas de espera.",
    "La Comunidad de Madrid contratará a cuatro médicos más.", "Compartir"])


@pytest.mark.parametrize(("byline", "authors"), [
    ("Por Ana Ruiz, Gaceta del Henares", ["Ana Ruiz"]),
    ("Di Marco Rossi, Gazzetta di Fano", ["Marco Rossi"]),
    ("By Ellen Walsh, Cape Cod Chronicle", ["Ellen Walsh"]),
    ("Por Ana Ruiz y Luis Gómez", ["Ana Ruiz", "Luis Gómez"]),  # control: two people
    ("By Emily Post and Tom Reyes", ["Emily Post", "Tom Reyes"]),  # "Post" is a surname
])
def test_an_unknown_outlet_after_the_byline_is_no_author(byline: str,
                                                         authors: list[str]) -> None:
    """h-capture67 section 4 item 3: an outlet no table knows, after a comma, on a page with
    another masthead, was a second author on main."""
    result = extract_text_capture(_SIGNED.format(byline=byline), fetched_at=NOW)
    assert result.authors == authors


def test_a_notice_under_the_menu_does_not_head_a_headline_the_lead_copies() -> None:
    """The relaxed floor (aboutness above 0) holds over a *longer* deck only: a notice under
    the menu over a short headline whose words are all the lead's stays out
    (tests/extract/test_properties.py's Hypothesis example on the first version)."""
    body = ["Le conseil municipal de Rennes a adopté lundi soir un plan de rénovation des écoles "
            "de la ville, d'un montant de 40 millions d'euros sur cinq ans.",
            "Les travaux commenceront dès l'été prochain dans six écoles du centre, selon la "
            "mairie, qui promet de réduire de moitié leur consommation d'énergie.",
            "L'opposition dénonce un calendrier trop lent."]
    text = "\n".join(["Accueil", "International", "Politique", "Société", "Culture", "Sport",
                      "Vous pouvez lire Le Quotidien sur un seul appareil à la fois",
                      "Rennes adopte un plan de rénovation des écoles", "Le Monde avec AFP",
                      *body])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == "Rennes adopte un plan de rénovation des écoles"
    assert result.paragraphs == body
