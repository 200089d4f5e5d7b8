"""Speakers of t-final32 #1 and #16 (f-speakers33).

- #1: "« … », écrivait-elle dans un message aux salariés, la présidente de Plastirhône,
  Sophie Bret." was given to the headline ("Incendie de Voiron"): a body's quote never
  takes its speaker from the headline, and the apposition closing a pronoun's incise
  after the verb's complements names the speaker (French, English, German); a lone
  pronoun takes the next sentence's subject of its gender, else no one;
- #16: German quotes in »…« and „…“ with "sagte X", "sagte eine Sprecherin", "so X",
  "teilte die Polizei mit" were not found or had no speaker.

The faults are tested through a real store (ingest a capture, enrich, read the quotes)
and, shape by shape, through :func:`find_quotes`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import veille
from veille.enrich.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def stored_quotes(tmp_path: Path, name: str, body: bytes) -> list[tuple[str, str]]:
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([(name, body)])
        v.enrich()
        return [(q.text, q.speaker) for q in v.store.quotes(limit=20)]


CAPTURE = "\n".join([
    "Le Progrès",
    "Accueil | Loire | Rhône | Sports",
    "Faits divers",
    "Fermeture de Textiloire : les salariés reçus à la préfecture jeudi",
    "Publié le 12/11/2026 à 08h10",
    "Le site de Roanne fermera ses portes en mars, a annoncé mardi la direction du groupe. "
    "Cent quarante salariés sont concernés.",
    "Les représentants du personnel seront reçus jeudi à la préfecture de la Loire.",
    "« Personne ne partira sans solution », a-t-elle assuré dans une lettre adressée aux "
    "équipes, la directrice générale du groupe, Valérie Chambon.",
    "« Nous attendons des actes, pas des promesses », a-t-il répondu en fin de journée.",
    "AFP", ""])


def test_t32_1_the_apposed_name_speaks_never_the_headline(tmp_path: Path) -> None:
    found = dict(stored_quotes(tmp_path, "textiloire.txt", CAPTURE.encode()))
    assert found["Personne ne partira sans solution"] == "Valérie Chambon"
    # "il" with no man named anywhere in the body: no one, never the headline's words
    assert found["Nous attendons des actes, pas des promesses"] == ""


SPIEGEL_LIKE = "\n".join([
    '<!DOCTYPE html>',
    '<html lang="de"><head><meta charset="utf-8"><title>Kieler Nachrichten</title></head>',
    '<body><article>',
    '<h1>Hochwasser: Fährverkehr nach Fehmarn eingestellt</h1>',
    '<time datetime="2026-11-14T09:30:00+01:00">14.11.2026, 09.30 Uhr</time>',
    '<p>Wegen des Hochwassers an der Ostsee ist der Fährverkehr zwischen Puttgarden und '
    'Rødby am Freitag eingestellt worden.</p>',
    '<p>»Wir rechnen frühestens am Sonntag mit einer Wiederaufnahme«, sagte eine '
    'Sprecherin der Reederei.</p>',
    '<p>„Die Lage an den Deichen ist angespannt, aber unter Kontrolle“, erklärte der '
    'Landrat des Kreises Ostholstein, Timo Gaarz.</p>',
    '</article></body></html>', ''])


def test_t32_16_german_quotes_and_speakers(tmp_path: Path) -> None:
    found = dict(stored_quotes(tmp_path, "kn.html", SPIEGEL_LIKE.encode()))
    assert "Sprecherin der Reederei" in found[
        "Wir rechnen frühestens am Sonntag mit einer Wiederaufnahme"]
    assert found["Die Lage an den Deichen ist angespannt, aber unter Kontrolle"] == \
        "Timo Gaarz"


@pytest.mark.parametrize(("text", "name"), [
    ("« Le chantier sera livré avant l'été », a-t-il affirmé lors du conseil municipal, "
     "le maire de Vierzon, Nicolas Sansu.", "Nicolas Sansu"),
    ("« Les élèves retrouveront leurs salles lundi », déclarait-elle mercredi, la rectrice "
     "de l'académie, Anne Bisagni-Faure.", "Anne Bisagni-Faure"),
    ('"We will reopen the line by Easter," she said in a statement, the operator\'s chief '
     "executive, Joanne Pike.", "Joanne Pike"),
    ("»Die Brücke bleibt bis Juni gesperrt«, sagte er, der Leiter des Tiefbauamts, "
     "Klaus Berger.", "Klaus Berger"),
])
def test_a_postposed_apposition_names_the_pronoun(text: str, name: str) -> None:
    assert [s for _, s in speakers("Un titre sans personne\n\n" + text)] == [name]


def test_the_apposition_of_the_addressee_is_no_speaker() -> None:
    text = ("Le ministre Paul Ramel a reçu son homologue.\n\n« Nous signerons l'accord en "
            "mai », a-t-il dit à son homologue, le ministre allemand, Boris Pistorius.")
    assert [s for _, s in speakers(text)] == ["Paul Ramel"]


def test_the_apposition_of_the_other_gender_is_no_speaker() -> None:
    text = ("Réunion tendue\n\n« Rien n'est décidé », a-t-elle précisé devant la presse, "
            "le porte-parole, Julien Marchand.")
    assert [s for _, s in speakers(text)] != ["Julien Marchand"]


@pytest.mark.parametrize("title", [
    "Amiens Métropole : le budget des bus augmente",
    "Truro Harbour Commission raises mooring fees",
])
def test_a_lone_pronoun_never_takes_the_headline(title: str) -> None:
    body = ("« Nous doublerons la fréquence des lignes de soirée », a-t-elle expliqué."
            if "Amiens" in title else
            '"The dredging costs us more than the fees bring in," he said.')
    assert [s for _, s in speakers(title + "\n\n" + body)] == [""]


def test_a_lone_pronoun_takes_the_next_sentence_subject() -> None:
    text = ("Dax : la féria maintenue\n\n« Il n'a jamais été question d'annuler », a-t-il "
            "martelé jeudi. Le maire de Dax, Julien Bazus, a confirmé les dates.")
    assert [s for _, s in speakers(text)] == ["Julien Bazus"]
    other = ("Dax : la féria maintenue\n\n« Il n'a jamais été question d'annuler », "
             "a-t-elle martelé jeudi. Le maire de Dax, Julien Bazus, a confirmé les dates.")
    assert [s for _, s in speakers(other)] == [""]


def test_a_pronoun_after_a_named_person_keeps_its_antecedent() -> None:
    text = ("Béthune : une boulangère primée\n\nAurélie Demarcq a remporté le concours. "
            "« Je n'y croyais pas du tout », a-t-elle confié.")
    assert [s for _, s in speakers(text)] == ["Aurélie Demarcq"]


def test_an_english_apposed_subject_before_the_verb() -> None:
    text = ("Council leader Mark Hunter welcomed the decision. \"This is the link we "
            "needed,\" he said.\n\n\"Work could start in 2028,\" the chief executive of the "
            "transport authority, Rachel Dunne, told reporters.")
    assert [s for _, s in speakers(text)] == ["Mark Hunter", "Rachel Dunne"]


@pytest.mark.parametrize(("text", "name"), [
    ("»Wir halten an dem Projekt fest«, sagte Oberbürgermeisterin Gertrud Maltz am "
     "Dienstag.", "Gertrud Maltz"),
    ("„Die Kosten waren absehbar“, erklärte der Fraktionschef der Grünen, Stefan "
     "Christoph.", "Stefan Christoph"),
    ("»Das ist eine Zumutung«, so der Vorsitzende des Fahrgastverbands, Jens Wieseke.",
     "Jens Wieseke"),
    # the speaker without its article (r-ner35), as French speakers are named
    ("„Wir werden die Lieferzeiten beobachten“, teilte die Polizei mit.", "Polizei"),
    ("„Die Strecke muss zuverlässig werden“, betonte Verkehrsminister Detlef Tabbert.",
     "Detlef Tabbert"),
])
def test_german_marks_and_verbs(text: str, name: str) -> None:
    assert [s for _, s in speakers("Ein Titel\n\n" + text)] == [name]


@pytest.mark.parametrize("text", [
    # French quotes with their spaces: no German »…« read between them
    "« Nous verrons », a dit le maire. Puis : « Rien n'est joué », a-t-il ajouté.",
    # a French closing mark without its space, then a French quote
    "Il parle d'une «honte», dit-il. «Nous irons jusqu'au bout», a ajouté Paul Roux.",
])
def test_french_guillemets_are_never_read_as_german(text: str) -> None:
    found = speakers(text)
    assert all("«" not in t and "»" not in t for t, _ in found)
    assert any(t.startswith(("Rien", "Nous irons")) for t, _ in found)
