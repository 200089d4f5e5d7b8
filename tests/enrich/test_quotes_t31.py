"""Speakers of t-final31 F4 (find_quotes, the quote rules; the entity link is tested
through a real store in tests/search/test_place_names_t31.py and below).

- a title, its body's name holding a town, then the name in apposition: the name speaks
  (« … », a souligné le président de Valence Romans Agglo, Nicolas Daragon → not "Romans
  Agglo");
- "Selon la Chambre régionale des comptes, … « … », écrivait-elle": the body, not a woman
  quoted two paragraphs before;
- a one- or two-word « » inside a clause (« califat ») is a term, no quote;
- English: a long title before the name ('Department of Fire and Emergency Services
  incident controller Peter Sutton told reporters') and a capitalised title ('Lamar
  County Sheriff Scott Cass said'): the name alone speaks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from veille.enrich.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("« Cette ligne répond à une attente forte des habitants », a souligné le président "
     "de Valence Romans Agglo, Nicolas Daragon. Elle desservira aussi Bourg-de-Péage.",
     "Nicolas Daragon"),
    ("« Le tram rapproche enfin les quartiers est du centre », a indiqué la présidente de "
     "Grand Besançon Métropole, Claire Jourdain.", "Claire Jourdain"),
    ("« C'est une révision indispensable après quarante ans », a précisé le directeur de "
     "la Régie du téléphérique Grenoble Bastille, Marc Chevallier.", "Marc Chevallier"),
    # control: a title, then its holder with no comma
    ("« Nous tiendrons les délais fixés par la loi », a assuré le ministre de l'Intérieur "
     "Laurent Nuñez, en visite à Lyon.", "Laurent Nuñez"),
])
def test_the_name_after_a_title_and_its_body(text: str, name: str) -> None:
    assert [s for _, s in speakers(text)] == [name]


def test_a_feminine_pronoun_after_a_body_named_by_selon() -> None:
    text = ("Pour l'opposante écologiste Marie Dupuis, « cette hausse frappe d'abord les "
            "classes moyennes ». Elle a ajouté : « Le maire a perdu toute crédibilité. »\n\n"
            "L'adjoint aux finances, Paul Girard, a répliqué. « Mme Dupuis oublie que son "
            "groupe votait les mêmes hausses », a-t-il lancé.\n\n"
            "Selon la Chambre régionale des comptes, la dette de la ville atteint 400 "
            "millions d'euros. « La situation reste préoccupante », écrivait-elle dans son "
            "dernier rapport.")
    found = dict(speakers(text))
    assert found["La situation reste préoccupante"] == "Chambre régionale des comptes"
    assert found["Le maire a perdu toute crédibilité."] == "Marie Dupuis"
    other = ("Le maire, Olivier Le Gall, s'inquiète. « Nous ne pouvons pas laisser la "
             "Cornouaille sans urgences », a-t-il déclaré.\n\nD'après l'agence régionale de "
             "santé, quinze postes restent vacants. « Le recrutement demeure difficile », "
             "reconnaissait-elle dans un courrier.")
    assert dict(speakers(other))["Le recrutement demeure difficile"] == \
        "agence régionale de santé"


@pytest.mark.parametrize("text", [
    "L'EI, qui a perdu son « califat » en 2019, mène encore des attaques en Irak et en "
    "Syrie, a rappelé le ministère irakien de la Défense.",
    "Le gouvernement présente son plan de « sobriété » énergétique, a annoncé Matignon.",
    "Les « gilets jaunes » du rond-point ont été délogés mardi, a indiqué la préfecture.",
])
def test_a_quoted_term_inside_a_clause_is_no_quote(text: str) -> None:
    assert speakers(text) == []


def test_a_fragment_closing_its_clause_stays_a_quote() -> None:
    found = speakers("Le maire, Gaël Perdriau, a défendu un budget « responsable ».")
    assert [t for t, _ in found] == ["responsable"]


@pytest.mark.parametrize(("text", "name"), [
    ('"If you are not prepared, leave now," Department of Fire and Emergency Services '
     'incident controller Peter Sutton told reporters.', "Peter Sutton"),
    ('"We believe the same group hit all three businesses," Lamar County Sheriff Scott '
     'Cass said.', "Scott Cass"),
    ('"The crews are stretched thin," Casco Bay Lines general manager Hank Berube said.',
     "Hank Berube"),
    ('"Every litre counts," Waikato Regional Council natural hazards manager Priya Nand '
     'said.', "Priya Nand"),
    # controls
    ('"We are ready," the prime minister said.', "prime minister"),
    ('"We are ready," Jane Porter said.', "Jane Porter"),
])
def test_an_english_title_before_the_name(text: str, name: str) -> None:
    assert [s for _, s in speakers(text)] == [name]


def test_the_speaker_is_linked_and_shown_without_title(tmp_path: Path) -> None:
    article = {"url": "https://www.kxii.example/t31", "language": "en",
               "title": "Three stores broken into", "published": "2026-11-25T15:00:00Z",
               "text": "Three stores were broken into overnight in Paris, Texas.\n\n"
                       '"We believe the same group hit all three businesses," Lamar County '
                       "Sheriff Scott Cass said."}
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.jsonl", json.dumps(article).encode())])
        v.enrich()
        quotes = v.store.quotes(limit=5)
    assert [(q.speaker, q.speaker_id) for q in quotes] == [("Scott Cass", "per:scott-cass")]
