"""Spanish and Portuguese speakers and names that were false (h-speakers66b, issue 16,
t-final66 F2 and F3): a coordinated verb's object, a place after "em"/"en", a town cut by
a given name taken for the speaker; "Mari Carmen" cut; a quarter after "l'" a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.foreign_names import foreign_spans
from veille.enrich.gender import given_name_gender
from veille.enrich.quotes import find_quotes
from veille.enrich.romance_introductions import romance_introductions
from veille.extract.bare_byline import known_given_name


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # es: "ha asegurado que … «…» y ha anunciado <object>" (t-final66 F2)
    ('La consejera de Vivienda, Elena Sáez, ha asegurado que la Junta "entregará las '
     'llaves antes del verano" y ha anunciado una nueva convocatoria en marzo.', "Elena Sáez"),
    ("El alcalde de Lorca, Fulgencio Gil, ha explicado que el agua «llegará a todas las "
     "pedanías» y ha pedido paciencia a los vecinos.", "Fulgencio Gil"),
    # pt: "e anunciou <object>"
    ('O ministro da Economia, Pedro Reis, garantiu que o Governo "vai apoiar todas as '
     'empresas afetadas" e anunciou uma linha de crédito.', "Pedro Reis"),
    # it: "e ha annunciato <object>"
    ("L'assessore ai Trasporti, Marco Bellini, ha spiegato che la linea «riaprirà entro "
     "aprile» e ha annunciato un servizio di bus.", "Marco Bellini"),
])
def test_a_coordinated_verb_after_the_quote_has_no_subject_of_its_own(
        text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_incise_after_a_comma_still_names_its_subject() -> None:
    text = '"Las obras acabarán en junio", ha anunciado el alcalde de Lorca, Fulgencio Gil.'
    assert _speakers(text) == ["Fulgencio Gil"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('A ministra da Cultura, Inês Barros, visitou o museu. "Vamos reabrir as salas em '
     'maio", afirmou a governante em Viana do Castelo.', "Inês Barros"),
    ('O presidente da Câmara de Braga, Ricardo Rio, visitou a obra. "A ponte abre em '
     'março", disse o autarca em Braga.', "Ricardo Rio"),
    ('La alcaldesa de Gandia, Diana Morant, visitó la playa. "Reabriremos el paseo en '
     'julio", dijo la edil en Valencia.', "Diana Morant"),
])
def test_a_role_noun_points_back_to_its_holder_not_to_the_place(
        text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_place_after_em_is_never_the_speaker() -> None:
    got = _speakers('"Vamos apoiar todos os produtores", afirmou a governante em Braga.')
    assert got and "Braga" not in got[0]


@pytest.mark.parametrize("town", ["Vila Nova de Cerveira", "Vila Nova de Foz Côa",
                                  "Vila Nova de Famalicão"])
def test_a_town_holding_a_given_name_is_no_holder(town: str) -> None:
    text = f'"É um transtorno enorme", disse o presidente da Câmara de {town}, Rui Teixeira.'
    assert _speakers(text) == ["Rui Teixeira"]


def test_mari_opens_a_compound_given_name() -> None:
    assert given_name_gender("Mari") == "f"
    assert known_given_name("Mari")
    text = "La alcaldesa de Carlet, Mari Carmen Llorens, ha cifrado los daños."
    people = [text[s:e] for s, e, label in foreign_spans(text, "es") if label == "PER"]
    assert people == ["Mari Carmen Llorens"]
    quoted = ('La alcaldesa de Carlet, Mari Carmen Llorens, ha visitado el barrio. '
              '"Hemos perdido la cosecha", ha dicho la alcaldesa.')
    assert _speakers(quoted) == ["Mari Carmen Llorens"]


def test_romance_introductions() -> None:
    text = ("A ministra da Saúde, Ana Paula Martins, justificou a decisão. La consejera de "
            "Sanidad, Marta Ribas, habló. Il sindaco di Empoli, Brenda Barnini, ha detto.")
    got = [(i.name, i.role, i.gender) for i in romance_introductions(text, len(text))]
    assert got == [("Ana Paula Martins", "ministra da Saúde", "f"),
                   ("Marta Ribas", "consejera de Sanidad", "f"),
                   ("Brenda Barnini", "sindaco di Empoli", "m")]
    # not a role: "la cinta", "a decisão"; French "a" (a verb) before a participle
    text = "Ha cortado la cinta del mercado, Juan Pérez, ayer. Il a promis, Jean Dupont, hier."
    assert romance_introductions(text, len(text)) == []


@settings(max_examples=60, deadline=None)
@given(article=st.sampled_from(["A", "O", "La", "El", "Il"]),
       role=st.sampled_from(["ministra da Saúde", "presidente da Câmara de Vila Real",
                             "consejero de Hacienda", "sindaco di Prato"]),
       given_name=st.sampled_from(["Ana", "João", "Mari", "Giulia", "José"]),
       surname=st.sampled_from(["Teixeira", "Soler", "Bellini", "Ribeiro Gomes"]),
       noise=st.text(alphabet="abc ,.\"«»", max_size=30))
def test_romance_introduction_property(article: str, role: str, given_name: str,
                                       surname: str, noise: str) -> None:
    name = f"{given_name} {surname}"
    text = f"{noise}. {article} {role}, {name}, disse. {noise}"
    found = romance_introductions(text, len(text))
    assert [text[i.start:i.end] for i in found] == [name]
    assert all(0 <= i.start < i.end <= len(text) for i in found)


@given(st.text(max_size=200))
def test_find_quotes_never_crashes_on_romance_tails(tail: str) -> None:
    text = 'La ministra, Ana Soler, ha dicho que "todo irá bien" y ' + tail
    for quote in find_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_speakers_and_places_through_the_pipeline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/hs66b/a", "title": "La ministra visita Requena",
         "text": "La ministra visita Requena\n\nLa ministra de Agricultura, Luisa Planas, "
                 "ha asegurado que el Gobierno \"ayudará a todos los agricultores de "
                 "Requena\" y ha anunciado una visita a la zona el martes.",
         "language": "es", "date": "2026-12-06T09:30:00+01:00"},
        {"url": "https://example.org/hs66b/b", "title": "Ponte fechada",
         "text": "Ponte fechada\n\nA ministra das Infraestruturas, Maria João Ribeiro, "
                 "visitou a obra. \"Não é possível abrir antes de março\", afirmou a "
                 "governante em Viana do Castelo.",
         "language": "pt", "date": "2026-12-06T10:00:00+00:00"},
        {"url": "https://example.org/hs66b/c", "title": "Interpellation à Roubaix",
         "text": "Interpellation à Roubaix\n\nLe jeune homme de 24 ans interpellé mardi "
                 "dans le quartier de l'Épeule et son complice présumé de Tourcoing ont "
                 "été mis en examen ce mercredi soir.\n\nLe maire de Roubaix, Guillaume "
                 "Delbar, s'est dit « soulagé ».",
         "language": "fr", "date": "2026-12-06T21:30:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [q["speaker"] for q in got["a"]["quotes"]] == ["Luisa Planas"], got["a"]["quotes"]
    assert [q["speaker"] for q in got["b"]["quotes"]] == ["Maria João Ribeiro"], \
        got["b"]["quotes"]
    assert not any(e["label"] == "PER" and "Épeule" in e["name"]
                   for e in got["c"]["entities"]), got["c"]["entities"]
