"""Quote faults of issue 16 read by r-quotes58: a headline quote the body repeats is one
quote (its headline span a part of the body's), a role with its portfolio and place
before an apposed name ("Selon la conseillère déléguée à la Jeunesse à Quimperlé, Sophie
Daniel, « … »") is the name's, a collective subject ("La plantilla rechaza «…»") speaks
as a group and never takes a name nearby nor its verb, a pronoun after a sentence adverb
("Después, ella afirmó") or with an adjunct ("ha detto lui al termine …") is the earlier
person of its gender (never the adverb nor a headline word), and a German description
with an apposed name ("Die Bürgermeisterin von Fulda, Petra Vogel, sagte:") is the
name's."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.group_speakers import is_group, without_verb
from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("title", "body", "speaker"), [
    ("Marie Le Goff : « Le port de pêche restera ouvert toute l'année »",
     "« Le port de pêche restera ouvert toute l'année », a assuré mardi la maire, Marie "
     "Le Goff, devant les patrons pêcheurs.", "Marie Le Goff"),
    ("Auch : « Nous ne fermerons pas l'école de Pavie »",
     "« Nous ne fermerons pas l'école de Pavie, c'est un engagement », a déclaré jeudi le "
     "président du conseil départemental, Hervé Cazaux.", "Hervé Cazaux"),
    ('"We will rebuild the footbridge by spring," says council leader',
     '"We will rebuild the footbridge by spring," said the council leader, Tom Barker.',
     "Tom Barker"),
    ('Lucía Romero: "El parque del Castillo abrirá en marzo"',
     '"El parque del Castillo abrirá en marzo", aseguró la alcaldesa, Lucía Romero.',
     "Lucía Romero"),
])
def test_a_headline_quote_the_body_repeats_is_one_quote(title: str, body: str,
                                                        speaker: str) -> None:
    text = f"{title}\n\nLes travaux ont commencé. Work began.\n\n{body}"
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == [speaker]
    first = quotes[0].parts[0]
    assert first[1] <= len(title) and len(quotes[0].parts) == 2  # the headline's span


def test_a_headline_quote_the_body_does_not_repeat_stays_apart() -> None:
    text = ("Pierre Moreau : « Le port de Brest doit rester public »\n\n"
            "Le président, Pierre Moreau, s'oppose à la vente. « Nous voterons contre "
            "ce projet lundi », a-t-il dit.")
    assert [s for _, s in _speakers(text)] == ["Pierre Moreau", "Pierre Moreau"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Vingt élus.\n\nSelon la conseillère déléguée à la Jeunesse à Quimperlé, Sophie Daniel, "
     "« ces élus auront un vrai budget à gérer ».", "Sophie Daniel"),
    ("Vingt élus.\n\nSelon la déléguée à l'Éducation à Lugo, Marta Pérez, « ces élus "
     "auront un vrai budget à gérer ».", "Marta Pérez"),
    ("Vingt élus.\n\nSelon la ministre déléguée chargée de l'Industrie et du Numérique, "
     "Claire Morel, « ces élus auront un vrai budget à gérer ».", "Claire Morel"),
    ("Vingt élus.\n\n« Ces élus auront un vrai budget à gérer », selon l'adjointe aux "
     "sports à Lille, Marta Pérez.", "Marta Pérez"),
    ("Uno.\n\nSecondo l'assessora alla Cultura a Bari, Marta Conti, «gli studenti avranno "
     "un teatro».", "Marta Conti"),
    ("One.\n\nAccording to the commissioner for schools in Leeds, Helen Price, \"every "
     "child will have a place\".", "Helen Price"),
    ("Fulda.\n\nDie Bürgermeisterin von Fulda, Petra Vogel, sagte: „Das neue Bad wird im "
     "Sommer 2028 eröffnet.“", "Petra Vogel"),
])
def test_a_role_with_its_complements_gives_the_apposed_name(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


def test_a_clause_after_the_role_is_no_complement() -> None:
    text = ("Vingt élus.\n\nSelon le maire à qui on a parlé, Marc Dupont, « ces élus auront "
            "un vrai budget à gérer ».")
    assert [s for _, s in _speakers(text)] != ["Marc Dupont"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Huelga en Conservas Ribera\n\nEl comité, presidido por Juan Ortega Lago, convocó '
     'huelga.\n\nLa plantilla rechaza "un cierre que nadie nos ha explicado y que deja a '
     '120 familias en la calle".', "plantilla"),
    ('Cádiz.\n\nLa plantilla estalla: "Queremos una solución ya para la fábrica".',
     "plantilla"),
    ('Cádiz.\n\nLa plantilla de los astilleros rechaza la propuesta de la empresa, que '
     'considera "una tomadura de pelo total".', "plantilla de los astilleros"),
    ('Greve.\n\nO presidente Rui Pacheco reuniu-se com o sindicato. Os trabalhadores '
     'rejeitam "um encerramento que ninguém nos explicou até hoje".', "Os trabalhadores"),
])
def test_a_group_speaks_as_a_group(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Jaén.\n\nLa consejera de Sanidad, Elena Márquez Ruiz, visitó el centro con el '
     'gerente, Raúl Ortiz Gámez.\n\nDespués, ella afirmó: "Este centro atenderá a treinta '
     'mil vecinos".', "Elena Márquez Ruiz"),
    ('Jaén.\n\nLa consejera de Sanidad, Elena Márquez Ruiz, visitó el centro con el '
     'gerente, Raúl Ortiz Gámez.\n\nDespués, él afirmó: "Este centro atenderá a treinta '
     'mil vecinos".', "Raúl Ortiz Gámez"),
    ('Viseu.\n\nO presidente da câmara, Rui Pinto, e a vereadora da Cultura, Marta Lopes, '
     'inauguraram o espaço.\n\nDepois, ela explicou: "A biblioteca vai abrir também ao '
     'domingo".', "Marta Lopes"),
    ("Livorno, firmato il patto per il porto\n\nLa sindaca Anna Galli ha incontrato il "
     "prefetto Giorgio Sala.\n\n«Il porto avrà più controlli e più personale», ha detto "
     "lui al termine dell'incontro.", "Giorgio Sala"),
])
def test_a_pronoun_is_the_earlier_person_of_its_gender(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["La", "plantilla", "vecinos", "rechaza", "denuncia", "la",
                                 "de", "estalla", "Juan", "Ortega", ","]), max_size=8)
       .map(" ".join), st.sampled_from([":", "rechaza", ""]))
def test_without_verb_only_cuts(speaker: str, cue: str) -> None:
    cut = without_verb(speaker, cue)
    assert speaker.startswith(cut)
    assert is_group(cut) in (True, False)


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/quotes58/a",
         "title": "Marie Le Goff : « Le port de pêche restera ouvert toute l'année »",
         "text": "Marie Le Goff : « Le port de pêche restera ouvert toute l'année »\n\n"
                 "La maire de Vannes a présenté mardi le plan de dragage du bassin.\n\n"
                 "« Le port de pêche restera ouvert toute l'année », a assuré mardi la "
                 "maire, Marie Le Goff, devant les patrons pêcheurs.",
         "language": "fr", "date": "2026-12-03T08:15:00+01:00"},
        {"url": "https://example.org/quotes58/b", "title": "Huelga en Conservas Ribera",
         "text": "Huelga en Conservas Ribera\n\nEl comité de empresa, presidido por Juan "
                 "Ortega Lago, convocó ayer dos jornadas de huelga.\n\nLa plantilla rechaza "
                 "\"un cierre que nadie nos ha explicado y que deja a 120 familias en la "
                 "calle\". La dirección no ha respondido.",
         "language": "es", "date": "2026-12-03T08:30:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    a, b = got["a"], got["b"]
    assert [q["speaker"] for q in a["quotes"]] == ["Marie Le Goff"], a["quotes"]
    assert len(a["quotes"][0]["parts"]) >= 2, a["quotes"]  # the headline(s) and the body
    assert [q["speaker"] for q in b["quotes"]] == ["plantilla"], b["quotes"]
