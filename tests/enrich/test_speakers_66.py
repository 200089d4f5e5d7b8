"""Speakers and entities introduced by a portfolio, a body or an outlet, outside French
(h-speakers66 brief 1–4, h-speakers65b leftovers 1 and 3, h-speakers65 leftover 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.body_holders import holder_after_body, outlet_before_holder
from veille.enrich.cited_outlets import is_outlet_name
from veille.enrich.foreign_names import foreign_spans
from veille.enrich.portfolio_holders import holder_after_portfolio


@pytest.mark.parametrize(("language", "text", "name"), [
    ("pt", "“Há mais agentes”, afirmou a ministra da Administração Interna Leonor Brandão.",
     "Leonor Brandão"),
    ("pt", "“Vamos reforçar”, disse o secretário de Estado da Proteção Civil Paulo Simões.",
     "Paulo Simões"),
    ("it", "«Nulla cambia», ha detto l'assessora regionale alla Protezione Civile Marta "
     "Ricci.", "Marta Ricci"),
    ("es", "«Llegarán», dijo la consejera de Protección Ciudadana Lucía Herrero.",
     "Lucía Herrero"),
])
def test_portfolio_is_no_part_of_the_name(language: str, text: str, name: str) -> None:
    spans = [(text[s:e], label) for s, e, label in foreign_spans(text, language)]
    assert spans == [(name, "PER")]


def test_a_ministry_alone_stays_an_organisation() -> None:
    text = "Segundo a Administração Interna Regional, tudo está calmo."
    assert holder_after_portfolio(text, text.index("Adm"), "Administração Interna Regional") \
        is None
    text = "O ministro da Administração Interna Leonor Brandão chegou."
    assert holder_after_portfolio(text, 0, "Administração Interna Leonor Brandão") is None


@pytest.mark.parametrize(("text", "name"), [
    ("Secondo uno studio della Fondazione Giovanni Agnelli, metà delle scuole è vecchia.",
     "Fondazione Giovanni Agnelli"),
    ("Il direttore dell'Istituto Mario Negri ha parlato ieri.", "Istituto Mario Negri"),
])
def test_a_body_named_after_a_person_is_no_person(text: str, name: str) -> None:
    spans = [(text[s:e], label) for s, e, label in foreign_spans(text, "it")]
    assert spans == [(name, "ORG")]


def test_body_holder_with_an_unknown_given_name() -> None:
    text = "«Nulla», ha detto la presidente della Regione Monia Monni."
    name = "Regione Monia Monni"
    assert holder_after_body(text, text.index(name), name) == len("Regione ")
    text = "Uno studio della Regione Monia Monni"  # no role: no cut without a known name
    assert holder_after_body(text, text.index(name), name) is None
    text = "il presidente del Consiglio Regionale Toscano"
    assert holder_after_body(text, text.index("Consiglio"), "Consiglio Regionale Toscano") \
        is None


def test_outlet_before_an_unknown_given_name() -> None:
    assert outlet_before_holder("Télégramme Gwenaël Kerhervé") == len("Télégramme ")
    assert outlet_before_holder("France Bleu Breizh Izel") is None


@pytest.mark.parametrize("name", ["RTP", "MDR", "Heraldo", "Cadena SER", "Sky News"])
def test_outlets_outside_france(name: str) -> None:
    assert is_outlet_name(name)


_GIVEN = st.sampled_from(["Leonor", "Filipa", "Duarte", "Margarida", "Paulo"])
_SURNAME = st.sampled_from(["Brandão", "Quintela", "Meireles", "Ribeiro", "Costa"])
_PORTFOLIO = st.sampled_from(["Administração Interna", "Saúde", "Proteção Civil",
                              "Negócios Estrangeiros", "Habitação"])


@settings(max_examples=40, deadline=None)
@given(_PORTFOLIO, _GIVEN, _SURNAME, st.sampled_from(["ministra da", "ministro da",
                                                        "secretária de Estado da"]))
def test_portfolio_property(portfolio: str, given_name: str, surname: str,
                            title: str) -> None:
    """Whatever the portfolio and the holder, the person is the holder alone."""
    text = f"“Nada muda”, afirmou a {title} {portfolio} {given_name} {surname}."
    people = [text[s:e] for s, e, label in foreign_spans(text, "pt") if label == "PER"]
    assert people == [f"{given_name} {surname}"]


def test_speakers_and_entities_through_the_pipeline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/hs66/a", "title": "Fronteiras reforçadas no Natal",
         "text": "Fronteiras reforçadas no Natal\n\nO Governo vai reforçar a vigilância "
                 "nos aeroportos.\n\n“Teremos mais duzentos agentes nos aeroportos”, "
                 "afirmou a ministra da Administração Interna Leonor Brandão.",
         "language": "pt", "date": "2026-12-06T09:30:00+00:00"},
        {"url": "https://example.org/hs66/b", "title": "Frane, tre milioni per le strade",
         "text": "Frane, tre milioni per le strade\n\nLa Regione ha stanziato tre milioni."
                 "\n\n«I cantieri partiranno entro febbraio», ha spiegato la presidente "
                 "della Regione Monia Monni.",
         "language": "it", "date": "2026-12-05T08:50:00+01:00"},
        {"url": "https://example.org/hs66/c", "title": "Tempête dans le Morbihan",
         "text": "Tempête dans le Morbihan\n\nLa tempête a arraché des tables ostréicoles."
                 "\n\n« Tout est à refaire », a expliqué au Télégramme Gwenaël Kerhervé, "
                 "ostréiculteur à Locmariaquer.",
         "language": "fr", "date": "2026-12-05T09:10:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    for key, person, wrong in [("a", "Leonor Brandão", "Administração"),
                               ("b", "Monia Monni", "Regione"),
                               ("c", "Gwenaël Kerhervé", "Télégramme")]:
        entities = got[key]["entities"]
        assert [q["speaker"] for q in got[key]["quotes"]] == [person], got[key]["quotes"]
        assert any(e["name"] == person and e["label"] == "PER" for e in entities), entities
        assert not any(wrong in e["name"] and person in e["name"] for e in entities), entities


@pytest.mark.parametrize(("text", "speaker"), [
    ("„Kein Kind soll frieren“, sagte Nordrhein-Westfalens Schulministerin Dorothee "
     "Lindner am Freitag.", "Dorothee Lindner"),
    ("„Die Grenzen bleiben offen“, sagte Sachsens Innenminister Armin Schuster.",
     "Armin Schuster"),
])
def test_german_place_genitive_and_office(text: str, speaker: str) -> None:
    from veille.enrich.quotes import find_quotes

    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_masthead_split_by_the_recogniser() -> None:
    from veille.enrich.body_holders import outlet_tail

    text = "« Tout a glissé », a raconté au Dauphiné Libéré Éloi Tournier, moniteur."
    name = "Libéré Éloi Tournier"
    assert outlet_tail(text, text.index(name), name) == len("Libéré ")
    text = "a dit Marie Curie Pierre Dupont"
    assert outlet_tail(text, text.index("Curie"), "Curie Pierre Dupont") is None


def test_masthead_split_speaker_through_the_pipeline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [{"url": "https://example.org/hs66/d", "title": "Avalanche en Maurienne",
                "text": "Avalanche en Maurienne\n\nUne avalanche a recouvert la route.\n\n"
                        "« On a entendu un grondement énorme », a raconté au Dauphiné "
                        "Libéré Éloi Tournier, moniteur de ski.",
                "language": "fr", "date": "2026-12-07T10:00:00+01:00"}]
    got = enrich_through_cli(tmp_path, records, capsys)["d"]
    assert [q["speaker"] for q in got["quotes"]] == ["Éloi Tournier"], got["quotes"]
