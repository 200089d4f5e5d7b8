"""Quote speakers of issue 16 read by h-speakers64 (t-check63 #4, t-final63 #10): "<verb>
the <role> of <ORG>, <NAME>, <adjunct>" names NAME in every language veille reads (the
organisation is neither the speaker nor a person); "<role> of <ORG>" with no name keeps
the role, never the organisation's last words; a body's colon introduction opened by an
Italian, Spanish or Portuguese article ('Il Comune: "…"') is the body's quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Titolo.\n\n"Sarà grande", ha affermato il presidente di Confindustria Nautica, '
     'Saverio Cecchi, durante la conferenza stampa.', "Saverio Cecchi"),
    ("Título.\n\n“É um dia histórico”, afirmou o presidente da Câmara Municipal de Braga, "
     "Ricardo Rio, em declarações à agência Lusa.", "Ricardo Rio"),
    ("Título.\n\n“Nunca vimos isto”, disse o presidente da Associação Comercial Bracarense, "
     "João Teixeira, em declarações.", "João Teixeira"),
    ("Titre.\n\n« Nous avons tenu », a souligné le président de Valence Romans Agglo, "
     "Nicolas Daragon, lors de la séance.", "Nicolas Daragon"),
])
def test_the_name_apposed_to_a_role_of_a_body_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@given(st.sampled_from([("ha detto", "il presidente di", "Confindustria Nautica"),
                        ("ha detto", "la direttrice della", "Fondazione Carige"),
                        ("disse", "o presidente da", "Associação Comercial Bracarense"),
                        ("dijo", "el presidente de la", "Federación Aragonesa de Montaña")]),
       st.sampled_from(["Saverio Cecchi", "Giovanna Bernasconi", "Ricardo Rio"]),
       st.sampled_from(["", ", durante la conferenza", ", em declarações"]))
def test_a_role_of_a_body_then_a_name(role: tuple[str, str, str], name: str,
                                      adjunct: str) -> None:
    verb, title, body = role
    text = f'Titolo.\n\n"Lo faremo presto", {verb} {title} {body}, {name}{adjunct}.'
    assert _speakers(text) == [name]


@pytest.mark.parametrize(("text", "body"), [
    ('Titolo.\n\n"Lo faremo presto", ha detto il presidente di Confindustria Nautica, '
     'durante la conferenza.', "Confindustria Nautica"),
    ("Título.\n\n“Nunca vimos isto”, disse o presidente da Associação Comercial "
     "Bracarense.", "Associação Comercial Bracarense"),
    ("Título.\n\n“Es un mazazo”, lamentó el presidente de la Federación Aragonesa de "
     "Montaña.", "Federación Aragonesa de Montaña"),
])
def test_a_role_of_a_body_without_a_name_stays_the_role(text: str, body: str) -> None:
    [speaker] = _speakers(text)
    assert speaker.endswith(body) and speaker[:1].islower(), speaker


@pytest.mark.parametrize(("line", "body"), [
    ('Nessun ferito. Il Comune: "Verifiche su tutti i muri entro martedì"', "Comune"),
    ("Sin heridos. El Ayuntamiento: “La nueva línea estará lista antes de Navidad”",
     "Ayuntamiento"),
    ("Sem feridos. A Câmara do Porto: “Vamos reabrir a rua em março”", "Câmara do Porto"),
])
def test_a_body_colon_introduction_with_a_romance_article(line: str, body: str) -> None:
    assert _speakers(f"Titolo\n\n{line}\n\nIl testo.") == [body]


def test_speakers_through_a_real_store(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h64/a", "title": "Salone",
         "text": "Salone Nautico\n\nIl bilancio è stato approvato. \"Sarà l'edizione più "
                 "grande di sempre\", ha affermato il presidente di Confindustria Nautica, "
                 "Saverio Cecchi, durante la conferenza stampa al porto antico.",
         "language": "it", "date": "2026-03-03T17:40:00+01:00"},
        {"url": "https://example.org/h64/b", "title": "Hospital",
         "text": "Hospital pediátrico\n\nO Governo aprovou o hospital. “É um dia histórico "
                 "para as crianças do Minho”, afirmou o presidente da Câmara Municipal de "
                 "Braga, Ricardo Rio, em declarações à agência Lusa.",
         "language": "pt", "date": "2026-03-03T12:00:00+00:00"},
        {"url": "https://example.org/h64/c", "title": "Crollo",
         "text": "Crolla un muro\n\nNessun ferito. Il Comune: \"Verifiche su tutti i muri "
                 "della zona entro martedì prossimo\"\n\nUn muro è crollato all'alba.",
         "language": "it", "date": "2026-02-11T09:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [q["speaker"] for q in got["a"]["quotes"]] == ["Saverio Cecchi"]
    assert [q["speaker"] for q in got["b"]["quotes"]] == ["Ricardo Rio"]
    assert [q["speaker"] for q in got["c"]["quotes"]] == ["Comune"]
    for section in (got["a"], got["b"]):
        people = {e["name"] for e in section["entities"] if e["label"] == "PER"}
        assert not people & {"Confindustria Nautica", "Câmara Municipal de Braga"}, people
