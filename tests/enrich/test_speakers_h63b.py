"""Quote speakers of issue 16 read by h-speakers63b (t-final63 #3, #10): an outlet that a
person receives ("X, président de …, a reçu Hérault Matin") is the verb's object, never
the antecedent of the next quote's "il"; the pronominal verbs of complaint in an incise
("», se désole son gérant, X", "», si dispera il titolare, X"); a Portuguese adverbial
opening the sentence ("Em comunicado, a empresa afirmou que") is no speaker, and its
"a" is the article, not "avoir"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.cli.main import main
from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Titre.\n\nLe muscat recule. Jean-Marc Pélissier, président de la cave, a reçu Hérault "
     "Matin jeudi soir.\n« Nous avons arraché 120 hectares », prévient-il.",
     "Jean-Marc Pélissier"),
    ("Titre.\n\nLes ventes baissent. Odile Ferrand, gérante du domaine, a rencontré Midi "
     "Presse mardi.\n« Nous allons replanter », assure-t-elle.", "Odile Ferrand"),
])
def test_the_outlet_received_is_no_antecedent(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_inverted_subject_after_a_verb_of_saying_stays_an_antecedent() -> None:
    text = ("Titre.\n\nLa situation est grave, a déclaré Paul Mercadier jeudi. "
            "« Nous agirons vite », ajoute-t-il.")
    assert _speakers(text) == ["Paul Mercadier"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Titre.\n\n« Trente ans de travail partis en fumée », se désole son gérant, Laurent "
     "Cabrol.", "Laurent Cabrol"),
    ("Titre.\n\n« On ne rouvrira pas avant Noël », se lamente le boulanger, Thibault "
     "Marcenac.", "Thibault Marcenac"),
    ('Titolo.\n\n"Il lavoro di tre anni è sparito", si dispera il titolare, Ettore '
     'Bongiovanni.', "Ettore Bongiovanni"),
    ('Titolo.\n\n"Il lavoro di tre anni è sparito", si lamenta la titolare, Carla '
     'Bongiovanni.', "Carla Bongiovanni"),
])
def test_pronominal_verbs_of_complaint_in_an_incise(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_desolate_adjective_is_no_verb_of_saying() -> None:
    text = "Titre.\n\nLe maire est désolé. « La salle restera fermée », dit-il."
    assert _speakers(text) == ["maire"]


@given(st.sampled_from(["Em comunicado", "Em nota", "Numa declaração",
                        "Na quinta-feira", "No mesmo dia"]),
       st.sampled_from(["a empresa", "a autarquia", "a administração"]),
       st.sampled_from(["afirmou", "disse", "garantiu"]))
def test_a_portuguese_adverbial_is_no_speaker(opening: str, subject: str, verb: str) -> None:
    text = (f"Título.\n\nOs motoristas param. {opening}, {subject} {verb} que “tudo "
            "fará pelos utentes”.")
    assert _speakers(text) == [subject]


def test_speakers_through_a_real_store(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h63b/a", "title": "Muscat",
         "text": "Le muscat doit changer\n\nLes ventes ont chuté. Jean-Marc Pélissier, "
                 "président de la cave coopérative, a reçu Hérault Matin jeudi soir.\n"
                 "« Nous vendons un vin doux à une époque où l'on boit moins de sucre.\n\n"
                 "« Si nous ne faisons rien, il n'y aura plus de muscat », prévient-il.",
         "language": "fr", "date": "2026-12-06T17:00:00+01:00"},
        {"url": "https://example.org/h63b/b", "title": "Greve",
         "text": "Greve no metro\n\nOs trabalhadores param. Em comunicado, a empresa "
                 "afirmou que “mantém a porta aberta ao diálogo”.",
         "language": "pt", "date": "2026-12-06T17:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    speakers = {q["speaker"] for q in got["a"]["quotes"]}
    assert speakers == {"Jean-Marc Pélissier"}, got["a"]["quotes"]
    assert [q["speaker"] for q in got["b"]["quotes"]] == ["a empresa"]


def test_a_genitive_speaker_is_listed_by_its_entity_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h63b/r", "title": "Снег",
         "text": "Снегопад в Твери\n\nВ Твери выпало 30 сантиметров снега. Заместитель мэра "
                 "Игорь Сомов провёл совещание. По словам Игоря Сомова, «все дороги будут "
                 "расчищены к утру».",
         "language": "ru", "date": "2026-12-06T17:00:00+03:00"},
    ]
    enrich_through_cli(tmp_path, records, capsys)
    assert main(["--data-dir", str(tmp_path / "data"), "quotes"]) == 0
    out = capsys.readouterr().out
    assert "Игорь Сомов [per:" in out and "Игоря Сомова" not in out, out


@pytest.mark.parametrize(("text", "speaker"), [
    ("انقطاع المياه في صفاقس\n\nانقطعت المياه عن أحياء المدينة. وقالت المتحدثة باسم بلدية "
     "صفاقس، سلمى الحداد، إن «المياه ستعود إلى كل الأحياء غدا صباحا».", "سلمى الحداد"),
    ("انقطاع المياه في صفاقس\n\nانقطعت المياه عن أحياء المدينة. وقال وزير الصحة، في مؤتمر "
     "صحفي، إن «المستشفى سيفتح أبوابه غدا صباحا».", "وزير الصحة"),
])
def test_an_arabic_name_apposed_to_its_role(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
