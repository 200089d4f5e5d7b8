"""Quote speakers of issue 16 read by h-speakers63 (t-check62 #3 and #8): the listener
after a postposed name is no part of it ("dijo la concejala X a los periodistas", "sagte
Ministerin X dem Sender"); a body opening its sentence with an article ("Il Comune di X ha
dichiarato che", "A Câmara Municipal de X afirmou que") is the speaker, named without the
article, never the previous quote's; Catalan verbs of saying ("ha explicat l'alcalde, X")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.quotes import find_quotes
from veille.enrich.speaker_listeners import without_body_article, without_listener


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Título.\n\n«Cerraremos el puente», dijo el concejal de Obras Tomás Urquiaga a los '
     'periodistas.', "Tomás Urquiaga"),
    ('Titolo.\n\n"Apriremo a maggio", ha spiegato la sindaca Elisabetta Fontanive ai '
     'cronisti.', "Elisabetta Fontanive"),
    ('Título.\n\n«A ponte fecha», disse a ministra Carolina Vasconcelos aos jornalistas.',
     "Carolina Vasconcelos"),
    ("Titel.\n\n„Wir bauen neu“, sagte Bauministerin Ottilie Kranzberger dem Hessischen "
     "Rundfunk.", "Ottilie Kranzberger"),
    ("Titel.\n\n„Wir bauen neu“, sagte Landrat Gerhard Pfisterer der Schwäbischen Zeitung.",
     "Gerhard Pfisterer"),
])
def test_the_listener_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("phrase", "kept"), [
    ("assessore alla Sanità Guido Ferretti", "assessore alla Sanità Guido Ferretti"),
    ("Sprecher der Stadtwerke", "Sprecher der Stadtwerke"),
    ("portavoz Ana Ruiz a los vecinos", "portavoz Ana Ruiz"),
    ("Bürgermeister Jonas Weidinger den Reportern", "Bürgermeister Jonas Weidinger"),
])
def test_without_listener(phrase: str, kept: str) -> None:
    assert without_listener(phrase) == kept


@given(st.sampled_from(["a los periodistas", "ai giornalisti", "aos repórteres",
                        "a la radio", "alla stampa"]),
       st.from_regex(r"[A-Z][a-z]{3,8} [A-Z][a-z]{3,9}", fullmatch=True))
def test_a_listener_after_a_name_is_always_cut(listener: str, name: str) -> None:
    assert without_listener(f"{name} {listener}") == name


@pytest.mark.parametrize(("speaker", "bare"), [
    ("A Câmara Municipal de Tondela", "Câmara Municipal de Tondela"),
    ("El Ayuntamiento de Calatayud", "Ayuntamiento de Calatayud"),
    ("Der Landkreis Ostallgäu", "Landkreis Ostallgäu"),
    ("Die Stadtverwaltung Passau", "Stadtverwaltung Passau"),
    ("El País", "El País"),
    ("Der Spiegel", "Der Spiegel"),
])
def test_without_body_article(speaker: str, bare: str) -> None:
    assert without_body_article(speaker, 10) == (bare, 10 + len(speaker) - len(bare))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Títol.\n\n\"Obrirem al març\", ha explicat l'alcaldessa, Berta Casadevall, en roda de "
     "premsa.", "Berta Casadevall"),
    ("Títol.\n\n\"No hi ha perill\", ha assegurat el regidor, Oriol Busquets, a la ràdio.",
     "Oriol Busquets"),
])
def test_catalan_verbs_of_saying(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_body_speaks_after_a_person_through_a_real_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h63/a", "title": "Tram",
         "text": "Tram di Bergamo in ritardo\n\nSecondo il portavoce dell'azienda, Ruggero "
                 "Pellicioli, «i binari arriveranno a febbraio». Il Comune di Bergamo ha "
                 "dichiarato che \"i residenti saranno avvisati per tempo\".",
         "language": "it", "date": "2026-12-06T17:00:00+01:00"},
        {"url": "https://example.org/h63/b", "title": "Mercado",
         "text": "Mercado de Tondela fecha\n\n«As bancas mudam de sítio», explicou o "
                 "comerciante Abílio Fontes. A Câmara Municipal de Tondela afirmou que "
                 "«a obra termina em maio».",
         "language": "pt", "date": "2026-12-06T17:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    said = {q["text"]: q["speaker"] for q in got["a"]["quotes"]}
    assert said["i residenti saranno avvisati per tempo"] == "Comune di Bergamo", said
    assert said["i binari arriveranno a febbraio"] == "Ruggero Pellicioli", said
    said = {q["text"]: q["speaker"] for q in got["b"]["quotes"]}
    assert said["a obra termina em maio"] == "Câmara Municipal de Tondela", said
