"""Head lines of text captures (h-capture67; t-check66 F2, F3, F4, F7, F10): a dateline
alone on its line, a headline over its deck, bylines with an outlet, the outlet's name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _capture(head: list[str], body: list[str], foot: tuple[str, ...] = ()) -> str:
    return "\n".join(["Gazzetta del Lago", "Cerca", "Cronaca  Politica  Economia  Sport",
                      *head, *body, *foot])


_BODY_IT = [
    "Il consiglio comunale ha approvato ieri sera il nuovo piano dei parcheggi del centro "
    "storico, con venti voti favorevoli e otto contrari dopo una lunga discussione.",
    "Le nuove tariffe entreranno in vigore a febbraio e riguarderanno anche le strisce blu "
    "vicino alla stazione, ha spiegato l'assessore alla Mobilità.",
    "\"Vogliamo un centro più vivibile per tutti\", ha detto il sindaco durante la seduta.",
    "I commercianti hanno chiesto un incontro prima dell'entrata in vigore delle regole.",
]


@pytest.mark.parametrize("dateline", ["COMO, 30 NOV", "COMO, 30 nov.", "Como, 30 novembre"])
def test_a_yearless_dateline_line_under_the_headline_dates_the_article(dateline: str) -> None:
    """t-check66 F2: "FIRENZE, 30 NOV" alone under the deck was dropped as a link."""
    text = _capture(["Parcheggi, il consiglio approva il nuovo piano del centro",
                     "Tariffe più alte vicino alla stazione da febbraio", dateline,
                     "Condividi su Facebook  Condividi su WhatsApp"], _BODY_IT)
    result = extract_text_capture(text, fetched_at=NOW, outlet="gazzettadellago.it")
    assert result.published is not None
    assert (result.published.year, result.published.month, result.published.day) == (2026, 11, 30)
    assert "without a year" in result.evidence["published"]
    assert all(text != dateline for text, _ in result.dropped)


def test_the_weekday_in_the_text_picks_the_dateline_lines_year() -> None:
    """The year of a dateline line comes from a weekday the text writes, as for the
    dateline opening a first paragraph (weekday_year: "giovedì 1 dicembre" is 2022)."""
    body = [_BODY_IT[0], "Lo sciopero è fissato per giovedì 1 dicembre, dalle 21 alle 21.",
            *_BODY_IT[1:]]
    text = _capture(["Sciopero dei bus, giovedì stop di 24 ore", "COMO, 30 NOV"], body)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.published is not None
    assert result.published.date().isoformat() == "2022-11-30"


_BODY_PT = [
    "A ministra da Coesão Territorial, Ana Ribeiro, garantiu esta segunda-feira em Viseu que "
    "o Governo vai abrir em janeiro uma linha de 20 milhões de euros para as empresas "
    "afetadas pelas cheias da semana passada.",
    "A governante visitou duas fábricas na zona industrial de Mundão acompanhada pelo "
    "presidente da câmara, que pediu que os apoios cheguem antes do fim do trimestre.",
    "\"Perdemos a produção de um mês inteiro\", explicou o dono de uma serralharia.",
    "A associação empresarial estima prejuízos superiores a 35 milhões de euros.",
]


def test_a_headline_over_its_deck_under_the_header_controls_is_the_headline() -> None:
    """t-check66 F3: the headline shared the lead's first words, the deck restated the lead
    more closely, and a line of header controls ("Entrar  Assinar", three words) hid that
    the headline heads the page: the deck became the title."""
    text = "\n".join([
        "Jornal das Beiras", "Pesquisar", "Entrar  Assinar",
        "Região  Viseu  Economia  Desporto  Opinião", "Viseu",
        "A ministra da Coesão garante apoios às empresas de Viseu afetadas pelas cheias",
        "O Governo abre em janeiro uma linha de 20 milhões de euros para as empresas da "
        "zona industrial", "P. Almeida", "Viseu", "Segunda-feira, 7 de dezembro 2026, 12:04",
        "Partilhar  Facebook  X  WhatsApp  Email", *_BODY_PT])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == ("A ministra da Coesão garante apoios às empresas de Viseu "
                            "afetadas pelas cheias")
    assert result.lead.startswith("O Governo abre em janeiro")
    assert result.authors == ["P. Almeida"]


@pytest.mark.parametrize(("byline", "outlet", "author"), [
    ("By Jamie Hale | The Oregonian/OregonLive", "oregonlive.com", "Jamie Hale"),
    ("By Dana Pruitt / Valley Daily Record", "", "Dana Pruitt"),
    ("Par Marc Rivière / Ouest Matin", "ouestmatin.fr", "Marc Rivière"),
])
def test_a_byline_keeps_the_person_and_drops_the_outlet(byline: str, outlet: str,
                                                        author: str) -> None:
    """t-check66 F7: "By X | The Oregonian/OregonLive" was dropped whole as a photo credit
    (its "X/Y" tail), and "By X / Outlet" gave the outlet as a second author."""
    text = "\n".join([
        "Valley Daily Record", "Search", "Sign In  Subscribe", "News  Politics  Business  Sports",
        "County opens a new warming shelter ahead of the cold snap", "Dec. 6, 2026", byline,
        "Share on Facebook  Share on X  Email",
        "The county opened a new 80-bed warming shelter in the old armory building on Sunday "
        "as forecasters predicted overnight lows near zero through the week.",
        "Volunteers from three churches will staff the shelter, which will stay open from "
        "6 p.m. to 8 a.m. until March, county officials said.",
        "\"Nobody should have to sleep outside in this weather,\" said a county commissioner.",
        "The shelter accepts pets and has storage for bicycles and belongings."])
    result = extract_text_capture(text, fetched_at=NOW, outlet=outlet,
                                  site_url=f"https://{outlet}/" if outlet else None)
    assert result.authors == [author]


@pytest.mark.parametrize(("masthead", "source"), [
    ("Il Secolo Ligure", "ilsecololigure.it"), ("Il Tirreno", "iltirreno.it"),
    ("", "iltirreno.it"), ("Il Tirreno", ""),
])
def test_the_outlets_name_at_the_foot_is_no_author(masthead: str, source: str) -> None:
    """t-check66 F4: "Il Tirreno", the page's last line, became the author."""
    name = masthead or "Il Tirreno"
    lines = [masthead] if masthead else []
    text = "\n".join([*lines, "Cerca", "Genova  Savona  Liguria  Italia",
                      "Parcheggi, il consiglio approva il nuovo piano del centro",
                      "GENOVA, 5 DIC", *_BODY_IT, name])
    result = extract_text_capture(text, fetched_at=NOW, outlet=source,
                                  site_url=f"https://{source}/" if source else None)
    assert result.authors == []


def test_a_blogger_signing_with_the_sites_name_stays_the_author() -> None:
    """The host spelling a person's name (marcorossi.it) is the blogger's own site."""
    text = "\n".join(["Parcheggi, il consiglio approva il nuovo piano del centro",
                      "di Marco Rossi", "5 dicembre 2026", *_BODY_IT])
    result = extract_text_capture(text, fetched_at=NOW, outlet="marcorossi.it",
                                  site_url="https://marcorossi.it/")
    assert result.authors == ["Marco Rossi"]


@pytest.mark.parametrize(("name", "place_then_date"), [
    ("G. Bianchi", ["7 dicembre 2026"]),
    ("F. Moretti", ["Como", "Lunedì, 7 dicembre 2026, 12:04"]),
    ("A. Ferreira", ["PORTO, 4 dez"]),
])
def test_an_initialled_name_in_the_byline_slot_is_the_author(
        name: str, place_then_date: list[str]) -> None:
    """t-check66 F7: "J. Martínez" under the deck, over the place and the date, was
    dropped as furniture."""
    text = _capture(["Parcheggi, il consiglio approva il nuovo piano del centro",
                     "Tariffe più alte vicino alla stazione da febbraio e nuove strisce blu",
                     name, *place_then_date, "Condividi su Facebook  Condividi su WhatsApp"],
                    _BODY_IT)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.authors == [name]


def test_a_deck_over_a_dateline_line_is_the_standfirst() -> None:
    """t-check66 F10: La Nazione's deck, a "link" under its masthead, over the dateline
    line "FIRENZE, 30 NOV", was dropped as chrome, whatever words it shares with the text."""
    text = _capture(["Como",
                     "Neve sulle Alpi, chiusi i passi dello Spluga e del Maloja",
                     "Previste nuove precipitazioni nel fine settimana anche in pianura",
                     "COMO, 2 DIC", "Condividi su Facebook  Condividi su WhatsApp"], _BODY_IT)
    result = extract_text_capture(text, fetched_at=NOW, outlet="gazzettadellago.it")
    assert result.title == "Neve sulle Alpi, chiusi i passi dello Spluga e del Maloja"
    assert result.lead == "Previste nuove precipitazioni nel fine settimana anche in pianura"
