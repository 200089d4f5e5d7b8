"""Quote faults of issue 16 read by r-quotes61 (t-final60 #16 and #3): dialogue turns
printed with dashes the Spanish, Portuguese and Italian way ("—Hemos desplegado… —dijo la
ministra, X—, y habrá más…"), whose incise opens with a dash and a verb of saying and
whose words go on after the closing dash; and Arabic speakers named with "بأن" or after
the quote ('"…"، قال X'). Real CLI and store for the end-to-end case."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dialogue_dashes import as_comma_incises, continuations
from veille.enrich.quotes import _is_verb, find_quotes

DANA = ("Las autoridades activaron la alerta roja.\n\n"
        "—Hemos desplegado 500 efectivos de la UME —dijo la ministra de Defensa, Margarita "
        "Robles—, y habrá más si hace falta.\n\nLa reunión se adelantó al miércoles.")


@pytest.mark.parametrize(("text", "words", "rest", "speaker"), [
    (DANA, "Hemos desplegado 500 efectivos de la UME", "y habrá más si hace falta.",
     "Margarita Robles"),
    ("El puente sigue cerrado.\n\n—Reabriremos el puente en marzo —afirmó el alcalde de "
     "Soria, Iván Calvo Ruiz—. Nadie quedará aislado.\n\nFin.",
     "Reabriremos el puente en marzo", "Nadie quedará aislado.", "Iván Calvo Ruiz"),
    ("La ponte resta chiusa.\n\n— Non chiuderemo il mercato — ha detto il sindaco Paolo "
     "Ferraris — finché ci saranno clienti.\n\nFine.",
     "Non chiuderemo il mercato", "finché ci saranno clienti.", "Paolo Ferraris"),
    ("A escola fecha.\n\n— Vamos abrir outra escola em Tondela — disse a vereadora, Rita "
     "Moura Sousa. — Ninguém fica sem aulas.\n\nFim.",
     "Vamos abrir outra escola em Tondela", "Ninguém fica sem aulas.", "Rita Moura Sousa"),
])
def test_a_dash_turn_is_a_quote_of_its_incise_speaker(text: str, words: str, rest: str,
                                                      speaker: str) -> None:
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == [speaker]
    assert [text[s:e] for s, e in quotes[0].parts] == [words, rest]


def test_an_incise_ending_the_paragraph_has_no_second_part() -> None:
    text = ("Sanidad cerró las duchas.\n\n—No hay ningún riesgo para la población —ha "
            "explicado la consejera de Sanidad, Elena Prats Gil.\n\nFin.")
    quotes = find_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("No hay ningún riesgo para la población", "Elena Prats Gil")]


def test_a_list_opened_by_dashes_holds_no_quote() -> None:
    text = ("El plan tiene dos medidas.\n\n—Refuerzo de las motas en Alfaro y Castejón.\n\n"
            "—Vigilancia de los embalses de cabecera —según la Confederación.\n\nFin.")
    assert find_quotes(text) == []


@given(st.text(alphabet=st.sampled_from(list("ab —–,.\n¿¡dijo ")), max_size=80))
def test_comma_incises_keep_the_length_and_touch_only_dashes(text: str) -> None:
    shaped = as_comma_incises(text, _is_verb)
    assert len(shaped) == len(text)
    assert all(a == b or a in "—–― \xa0" for a, b in zip(text, shaped, strict=True))
    for start, end in continuations(text, _is_verb).values():
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ('أعلنت الحكومة خطة جديدة.\n\nوصرح وزير المالية خالد العمري بأن "الموازنة ستقدم '
     'الأسبوع المقبل".', "خالد العمري"),
    ('اندلع حريق في المستودع.\n\n"تمت السيطرة على الحريق بعد ثلاث ساعات"، قال المتحدث '
     'باسم الدفاع المدني سامر النجار.', "سامر النجار"),
    ('افتتحت البلدية خطا جديدا.\n\nوذكرت رئيسة البلدية سلمى الخطيب أن "الرحلات ستنطلق '
     'كل عشرين دقيقة".', "سلمى الخطيب"),
])
def test_arabic_speakers_of_straight_quotes(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_the_dash_turn_through_the_cli(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    record = {"title": "Alerta roja en Valencia", "language": "es", "source": "elpais.com",
              "url": "https://example.es/a", "published": "2026-02-10T07:30:00+01:00",
              "paragraphs": DANA.split("\n\n")}
    quotes = enrich_through_cli(tmp_path, [record], capsys)["a"]["quotes"]
    assert [(q["speaker"], q["speaker_id"]) for q in quotes] == [
        ("Margarita Robles", "per:margarita-robles")]
    assert quotes[0]["text"].endswith("y habrá más si hace falta.")
