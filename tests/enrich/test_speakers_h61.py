"""Quote speakers and persons of issue 16 read by h-speakers61 (t-final61 #1): the
antecedent of "selon qui"/"pour qui" after a name, its role and the clause's adjuncts
("a dénoncé Sophie Binet, secrétaire générale de la CGT, jeudi soir sur France 2, selon
qui « … »"); the outlet a witness told ("sagte eine Nachbarin dem Sender Rai", "à la chaîne
X", "al diario X", "all'emittente X", "à rádio X") is never the speaker nor a person."""

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
    ("Titre.\n\n« Ce plan est un abandon », a dénoncé Hélène Marcadier, présidente de "
     "l'Association des maires ruraux, samedi soir sur Radio Valmorin, selon qui « les "
     "anciens seront touchés ».", "Hélène Marcadier"),
    ("Titre.\n\n« Nous avons tenu », a affirmé Gilles Perrotin, président du conseil "
     "départemental, vendredi soir sur la chaîne TéléPerche, pour qui « la dette reste "
     "maîtrisée ».", "Gilles Perrotin"),
])
def test_the_relative_speaks_for_the_name_before_its_adjuncts(text: str, speaker: str) -> None:
    assert set(_speakers(text)) == {speaker}


@pytest.mark.parametrize(("text", "outlet"), [
    ("Titel.\n\n„Die Flammen waren zu sehen“, sagte ein Landwirt dem Sender Radio "
     "Alpenblick.", "Alpenblick"),
    ("Titel.\n\n„Wir hatten Glück“, erklärte eine Anwohnerin der Zeitung Kemptener Bote.",
     "Kemptener"),
    ("Titre.\n\n« On a cru mourir », a raconté une voisine à la chaîne Télé Brocéliande.",
     "Brocéliande"),
    ('Título.\n\n"Olía a humo", explicó un vecino a la emisora Radio Serranía.', "Serranía"),
    ("Titolo.\n\n«Un boato», ha raccontato un residente all'emittente TeleMatese.",
     "TeleMatese"),
    ('Título.\n\n"A água chegou", disse uma moradora à rádio Onda Barroso.', "Barroso"),
])
def test_the_outlet_told_is_no_speaker(text: str, outlet: str) -> None:
    speakers = _speakers(text)
    assert speakers and all(outlet not in s for s in speakers), speakers


def test_a_spokesman_of_the_paper_keeps_the_paper() -> None:
    # "ein Sprecher der Zeitung X" is a genitive: the paper's, not the addressee
    text = "Titel.\n\n„Wir drucken weiter“, sagte ein Sprecher der Zeitung Kemptener Bote."
    assert any("Kemptener" in s for s in _speakers(text))


@given(st.sampled_from(["dem Radio", "dem Sender", "der Zeitung", "dem Magazin"]),
       st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True))
def test_a_told_outlet_never_speaks(noun: str, name: str) -> None:
    text = f"Titel.\n\n„Es war laut“, sagte eine Nachbarin {noun} {name}."
    assert all(name not in s for s in _speakers(text))


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h61/a", "title": "Budget",
         "text": "Budget contesté\n\n« Ce calendrier est une provocation », a dénoncé Marie "
                 "Castagnet, secrétaire générale du SNU, jeudi soir sur France 2, selon qui "
                 "« les agents ne se laisseront pas faire ».",
         "language": "fr", "date": "2026-12-06T17:00:00+01:00"},
        {"url": "https://example.org/h61/b", "title": "Einsturz",
         "text": "Einsturz in Bari\n\n„Wir hörten ein Grollen“, berichtete eine Nachbarin "
                 "dem Sender Rete Puglia. Verletzt wurde niemand.",
         "language": "de", "date": "2026-12-06T17:00:00+01:00"},
        {"url": "https://example.org/h61/c", "title": "Barn fire",
         "text": "Barn fire\n\n\"We saw the flames,\" a neighbour told the broadcaster Dale "
                 "Radio. No one was hurt.",
         "language": "en", "date": "2026-12-06T17:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    speakers = {q["speaker"] for q in got["a"]["quotes"]}
    assert speakers == {"Marie Castagnet"}, got["a"]["quotes"]
    for key, outlet in (("b", "Rete Puglia"), ("c", "Dale Radio")):
        people = {e["name"] for e in got[key]["entities"] if e["label"] == "PER"}
        assert outlet not in people, got[key]["entities"]
        assert all(outlet not in q["speaker"] for q in got[key]["quotes"]), got[key]["quotes"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Título.\n\n"No queremos", dijo el portavoz del comité, Luis Miguel de la Fuente, en '
     'rueda de prensa.', "Luis Miguel de la Fuente"),
    ("Titre.\n\n« Un bassin neuf », a assuré le vice-président, Pierre-Yves de la Tour, lors "
     "du conseil.", "Pierre-Yves de la Tour"),
    ("Titolo.\n\n«Un luogo», ha detto l'assessore, Gian Luca dalla Costa, all'inaugurazione.",
     "Gian Luca dalla Costa"),
])
def test_a_particle_joined_surname_stays_in_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_particle_joined_surname_stays_in_the_person(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/h61p/a", "title": "Huelga",
         "text": "Huelga en el metro\n\n\"No nos dejan otra opción\", dijo el portavoz del "
                 "sindicato de conductores, Juan Carlos de las Heras, en rueda de prensa.",
         "language": "es", "date": "2026-12-06T17:00:00+01:00"},
        {"url": "https://example.org/h61p/b", "title": "Mercado",
         "text": "Mercado reaberto\n\n\"Os comerciantes voltam\", afirmou o vereador, João "
                 "Pedro das Neves, na inauguração.",
         "language": "pt", "date": "2026-12-06T17:00:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    for key, full, cut in (("a", "Juan Carlos de las Heras", "Juan Carlos"),
                           ("b", "João Pedro das Neves", "João Pedro")):
        people = {e["name"] for e in got[key]["entities"] if e["label"] == "PER"}
        assert full in people and cut not in people, got[key]["entities"]
        assert [q["speaker"] for q in got[key]["quotes"]] == [full], got[key]["quotes"]
