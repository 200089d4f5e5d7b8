"""Catalan speakers, portfolios before an unknown name, outlets before a speaker and
verbs of saying (t-check66 F8; stop65 "Speakers/entities"; h-speakers67)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.catalan_past import as_compound_past
from veille.enrich.foreign_names import foreign_spans
from veille.enrich.portfolio_holders import holder_in_speaker
from veille.enrich.quotes import find_quotes
from veille.enrich.speaker_listeners import without_listener


@pytest.mark.parametrize(("text", "speaker"), [
    ("«Hem rebut més de tres-centes sol·licituds», va explicar Jordi Vives, director.",
     "Jordi Vives"),
    ("«Els impostos no pujaran», va assegurar el regidor d'Hisenda, Pau Ferrer.",
     "Pau Ferrer"),
    ("«Ens sentim abandonats», va lamentar Rosa Puig, veïna del barri.", "Rosa Puig"),
    ("Laia Serra va dir que «el pont obrirà al març».", "Laia Serra"),
])
def test_catalan_periphrastic_past_names_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_catalan_plural_periphrastic_past() -> None:
    quotes = find_quotes("«No hi haurà talls», van afirmar els tècnics de l'empresa.")
    assert [q.speaker for q in quotes] == ["tècnics de l'empresa"]  # "els": the article


@given(st.text(alphabet="avndirVxplcáàé «»,.ABC", max_size=60))
@settings(max_examples=200, deadline=None)
def test_compound_past_keeps_every_offset(text: str) -> None:
    shaped = as_compound_past(text)
    assert len(shaped) == len(text)
    assert as_compound_past("il va dire") == "il va dire"  # French: no Catalan infinitive


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("it", "\"Siamo pronti\", ha detto il ministro della Protezione Civile Nello Musumeci.",
     "Nello Musumeci"),
    ("it", "\"Il ponte riapre a giugno\", ha sottolineato l'assessore ai Lavori Pubblici "
     "Ermete Baldacci.", "Ermete Baldacci"),
    ("es", "«No habrá cortes», detalló el ministro de Transición Ecológica Anselmo Ruedas.",
     "Anselmo Ruedas"),
    ("es", "«Son más de trescientos los afectados», cifró la alcaldesa Inés Bolinches.",
     "Inés Bolinches"),
])
def test_portfolio_and_verbs(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_portfolio_before_an_unknown_given_name_is_no_organisation() -> None:
    text = "Il ministro della Protezione Civile Nello Musumeci è arrivato a Catania."
    spans = [(text[s:e], label) for s, e, label in foreign_spans(text, "it")]
    assert ("Nello Musumeci", "PER") in spans, spans
    assert not any("Civile" in name for name, _ in spans), spans


def test_speakers_through_the_pipeline(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/hs67/a", "title": "Obres al mercat de Xàtiva",
         "text": "Obres al mercat de Xàtiva\n\nL'alcalde, Roger Cerdà, va visitar ahir les "
                 "obres del mercat municipal.\n\n«Estarem a punt per a Nadal», va dir Cerdà "
                 "durant la visita.",
         "language": "ca", "date": "2026-12-07T10:15:00+01:00"},
        {"url": "https://example.org/hs67/b", "title": "Scuole chiuse a Catania",
         "text": "Scuole chiuse a Catania\n\nLe scuole resteranno chiuse fino a lunedì.\n\n"
                 "\"Siamo pronti a intervenire\", ha detto il ministro della Protezione "
                 "Civile Nello Musumeci durante la visita.",
         "language": "it", "date": "2026-12-07T09:00:00+01:00"},
        {"url": "https://example.org/hs67/c", "title": "Grêle dans les Landes",
         "text": "Grêle dans les Landes\n\nLa grêle a détruit des serres.\n\n« Les écoles "
                 "rouvriront lundi », a déclaré à Sud Ouest Martine Lafargue.",
         "language": "fr", "date": "2026-12-07T09:00:00+01:00"},
        {"url": "https://example.org/hs67/e", "title": "Budget passed",
         "text": "Budget passed\n\nThe assembly voted on Tuesday.\n\n\"The budget is "
                 "balanced,\" said the Minister for Finance Rhodri Pryce.",
         "language": "en", "date": "2026-12-07T09:00:00+00:00"},
        {"url": "https://example.org/hs67/d", "title": "Riada en Paiporta",
         "text": "Riada en Paiporta\n\nEl agua alcanzó el metro y medio.\n\n«La situación "
                 "es grave», ha dicho a El País Yolanda Ibarrola.",
         "language": "es", "date": "2026-12-07T09:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    quotes = got["a"]["quotes"]
    assert [q["speaker_id"] for q in quotes] == ["per:roger-cerda"], quotes
    assert [q["speaker"] for q in got["b"]["quotes"]] == ["Nello Musumeci"], got["b"]
    assert not any("Civile" in e["name"] for e in got["b"]["entities"]), got["b"]["entities"]
    assert [q["speaker"] for q in got["c"]["quotes"]] == ["Martine Lafargue"]
    names = {e["name"]: e["label"] for e in got["c"]["entities"]}
    assert names.get("Sud Ouest") == "ORG" and "Sud" not in names, names
    assert [q["speaker"] for q in got["d"]["quotes"]] == ["Yolanda Ibarrola"], got["d"]
    assert [q["speaker"] for q in got["e"]["quotes"]] == ["Rhodri Pryce"], got["e"]


@pytest.mark.parametrize(("speaker", "name"), [
    ("the Minister for Finance Rhodri Pryce", "Rhodri Pryce"),
    ("Secretary of State for Health Ellis Marr", "Ellis Marr"),
    ("Minister for Health and Social Care", None),  # no name: a portfolio's words
    ("Minister for the Cabinet Office", None),
    ("Minister of Foreign Affairs", None),
])
def test_holder_in_speaker(speaker: str, name: str | None) -> None:
    at = holder_in_speaker(speaker)
    assert (speaker[at:] if at is not None else None) == name


@pytest.mark.parametrize(("phrase", "kept"), [
    ("Bürgermeisterin Jorinde Haas der Süddeutschen Zeitung", "Bürgermeisterin Jorinde Haas"),
    ("Bürgermeisterin Jorinde Haas der Stadt Passau",  # a genitive: the town's mayor
     "Bürgermeisterin Jorinde Haas der Stadt Passau"),
])
def test_german_outlet_in_the_dative_is_the_listener(phrase: str, kept: str) -> None:
    assert without_listener(phrase) == kept
