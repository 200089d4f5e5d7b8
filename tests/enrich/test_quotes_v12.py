"""Speakers of the twelfth version of the quote rules (issue 16, branch s-quotes10), on
sentences written here: a body or a collective noun speaks for itself, an appositive
common noun before a name leaves the name as the speaker, and one person's mentions ("M.
X", "Prénom X", "X") are one entity."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import pytest

from veille.enrich.aliases import AliasTable, parse, shipped_text
from veille.enrich.entities import Span, recognise, resolve
from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize("body", ["patronat", "syndicat", "gouvernement", "direction",
                                  "présidence", "préfecture", "entourage"])
def test_a_body_speaks_not_the_previous_speaker(body: str) -> None:
    found = _speakers(
        "Le ministre Paul Martin a présenté sa réforme des retraites. « C'est une réforme "
        f"juste », a-t-il déclaré. Le {body} a dénoncé « une mesure coûteuse pour les "
        "entreprises ».")
    assert found[1] == ("une mesure coûteuse pour les entreprises", body)


def test_a_body_after_an_organisation_is_that_organisation() -> None:
    found = _speakers(
        "« Les familles paient trop cher leur chauffage », selon l'Unaf. L'association "
        "évoque « des hausses injustifiées et répétées ».")
    assert found[1][1] == "Unaf"


def test_a_person_noun_still_takes_the_previous_speaker() -> None:
    found = _speakers(
        "Claire Petit a présenté sa réforme. « C'est une réforme juste », a-t-elle déclaré. "
        "« C'est une réforme utile », a ajouté la ministre.")
    assert found[1][1] == "Claire Petit"


@pytest.mark.parametrize(("noun", "body"), [
    ("patronat", True), ("syndicat", True), ("gouvernement", True), ("commission", True),
    ("agence", True), ("gendarmerie", True), ("magistrature", True), ("avocat", False),
    ("candidat", False), ("magistrat", False), ("président", False), ("procureure", False),
    ("ministre", False), ("journaliste", False), ("champion", False), ("député", False)])
def test_body_nouns(noun: str, body: bool) -> None:
    from veille.enrich.quotes_refs import is_body

    assert is_body(noun) is body


@pytest.mark.parametrize(("person", "subject", "pronoun"), [
    ("Paul Martin", "Le nouveau gouvernement", "Il"), ("Claire Petit", "La direction", "Elle")])
def test_a_pronoun_after_a_body_subject_is_the_body(person: str, subject: str,
                                                    pronoun: str) -> None:
    found = _speakers(
        f"Le portefeuille de la Justice revient à Jean Dupont. {person} a nommé les "
        f"ministres. {subject} s'est donné pour objectif de réviser le budget. {pronoun} a "
        "cependant déclaré que « cette révision ne doit pas mettre en danger la croissance ».")
    assert found[0][1] == subject.split(" ", 1)[1]


def test_a_pronoun_after_a_named_subject_is_still_the_name() -> None:
    found = _speakers(
        "Le gouvernement a été nommé lundi. Paul Martin s'est donné pour objectif de réviser "
        "le budget. Il a cependant déclaré que « cette révision ne doit pas mettre en danger "
        "la croissance ».")
    assert found[0][1] == "Paul Martin"


@pytest.mark.parametrize("text", [
    'Flights were cancelled. "We are doing everything we can to help," the carrier EasyJet '
    'said.',
    'Flights were cancelled. "We are doing everything we can to help," the British carrier '
    'EasyJet said in a statement.',
    'Flights were cancelled. "We are doing everything we can to help," said the carrier '
    'EasyJet.',
    'Flights were cancelled. The carrier EasyJet said: "We are doing everything we can to '
    'help our passengers."',
    "Les vols ont été annulés. « Nous faisons tout pour aider nos passagers », a déclaré la "
    "compagnie EasyJet.",
    "Les vols ont été annulés. La compagnie aérienne EasyJet a déclaré : « Nous faisons tout "
    "pour aider nos passagers. »"])
def test_a_common_noun_in_apposition_before_a_name_leaves_the_name(text: str) -> None:
    assert [s for _, s in _speakers(text)] == ["EasyJet"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("François Fillon a présenté son plan. « Nous tiendrons nos engagements », a déclaré le "
     "gouvernement Fillon.", "gouvernement Fillon"),
    ("« Nous tiendrons nos engagements », a déclaré le porte-parole de Renault.",
     "porte-parole de Renault"),
    ('"We are doing everything we can to help," the British prime minister said.',
     "British prime minister")])
def test_a_body_named_after_a_person_or_a_complement_stays(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


@functools.cache
def _table() -> AliasTable:
    return AliasTable(parse(shipped_text()))


def _persons(text: str, names: list[str]) -> dict[str, list[str]]:
    """The person entities of ``text`` when the recogniser tags ``names`` PER, each at its
    occurrences outside a longer one of the list: entity name → its mentions' texts."""
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        taken += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)
                  if not any(s <= m.start() < e for s, e in taken)]
    spans: list[Span] = [(s, e, "PER") for s, e in sorted(taken)]

    def recogniser(texts: Sequence[str]) -> list[list[Span]]:
        return [spans] + [[] for _ in texts[1:]]
    entities = resolve(recognise(text, recogniser, _table()), _table())
    return {e.name: [text[m.start:m.end] for m in e.mentions]
            for e in entities if e.label == "PER"}


@pytest.mark.parametrize(("full", "short"), [
    ("Patrick Poivre d'Arvor", "Poivre d'Arvor"), ("Dominique de Villepin", "de Villepin"),
    ("Dominique Strauss-Kahn", "Strauss-Kahn"), ("Paul Durand-Ruel", "Durand-Ruel")])
def test_one_person_s_mentions_are_one_entity(full: str, short: str) -> None:
    text = (f"{full} quitte Paris. « Je pars », a dit M. {short}. « C'est fini », a "
            f"ajouté {short}.")
    persons = _persons(text, [full, f"M. {short}", short])
    assert list(persons) == [full] and len(persons[full]) == 3


def test_a_titled_surname_goes_to_the_person_of_its_gender() -> None:
    text = ("Jean-Marie Le Pen et Marine Le Pen étaient à Nanterre. « Nous gagnerons », a dit "
            "Marine Le Pen. « Je passe la main », a ajouté M. Le Pen.")
    persons = _persons(text, ["Jean-Marie Le Pen", "Marine Le Pen", "M. Le Pen"])
    assert "M. Le Pen" in persons["Jean-Marie Le Pen"]
    assert "M. Le Pen" not in persons["Marine Le Pen"]


@pytest.mark.parametrize("opening", ["Le lendemain", "Le 3 mars 2008", "La veille au soir",
                                     "Le même jour"])
def test_an_opening_time_phrase_is_no_speaker(opening: str) -> None:
    found = _speakers(f"Les négociations ont échoué. {opening}, le ministre a déclaré : « La "
                      "violence doit cesser partout et tout de suite. »")
    assert found[0][1] == "ministre"


def test_a_participle_s_subject_is_the_name_before_its_finite_verb() -> None:
    found = _speakers(
        "Les négociations ont échoué. La veille de sa libération encore, Paul Martin lançait "
        "un appel aux évêques, évoquant « la violence et la séquestration que subissent tant "
        "de familles ».")
    assert found[0][1] == "Paul Martin"


def test_celui_ci_is_the_person_last_named() -> None:
    found = _speakers(
        "Le conseil s'était ému des propos tenus par le ministre Paul Martin. Le 8 juin, "
        "celui-ci avait reproché au tribunal de ne pas avoir « prononcé une seule décision "
        "d'emprisonnement ».")
    assert found[0][1] == "Paul Martin"


def test_celle_ci_shifts_from_the_topic_to_the_other_woman() -> None:
    found = _speakers(
        "Ayant appris que Claire Petit parlerait le soir, Anne Roux a pris les devants. « Je "
        "suis heureuse de cette victoire », a lancé la maire de Lyon. Le soir même, celle-ci "
        "a fustigé : « Anne Roux s'est précipitée parce qu'elle sait qu'elle va perdre. »")
    assert found[1][1] == "Claire Petit"


@pytest.mark.parametrize(("text", "speaker"), [
    ("La ministre Claire Petit a ordonné une enquête. Cette mission, qui avait été dénoncée "
     "par les syndicats de magistrats comme une opération « d'intimidation », a été "
     "suspendue.", "syndicats de magistrats"),
    ("Sylvie Leziard a confirmé la grève. Cette offre a été qualifiée par les syndicats "
     "d'« injure faite aux salariés ».", "syndicats")])
def test_a_passive_agent_before_a_fragment_speaks(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


@pytest.mark.parametrize(("noun", "person"), [
    ("agression", False), ("harcèlement", False), ("manifestation", False),
    ("gouvernement", False), ("syndicat", False), ("ministre", True), ("avocat", True),
    ("procureure", True), ("secrétaire", True)])
def test_person_nouns(noun: str, person: bool) -> None:
    from veille.enrich.quotes_refs import is_person_noun

    assert is_person_noun(noun) is person


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le directeur Jean Dupont a présenté l'usine. « Les machines tournent jour et nuit », "
     "a-t-il dit. Les banques françaises se réunissent mercredi « pour engager le processus "
     "de mise en oeuvre ».", "banques françaises"),
    ("Jean Dupont a parlé. « Les juges sont inquiets et fatigués », a-t-il dit. En même "
     "temps, cette autorité suprême de la profession décidait d'enquêter sur l'éventualité "
     "de « pressions qui porteraient atteinte à la justice ».",
     "autorité suprême de la profession")])
def test_a_body_opening_the_sentence_speaks_its_fragment(text: str, speaker: str) -> None:
    assert _speakers(text)[1][1] == speaker


def test_an_action_noun_opening_the_sentence_does_not_speak() -> None:
    found = _speakers(
        "Jean Dupont a parlé. « Les juges sont inquiets et fatigués », a-t-il dit. L'agression "
        "aurait pu mal finir et « seule l'intervention d'un passager a permis de l'arrêter ».")
    assert found[1][1] != "agression"


def test_words_that_are_no_subject_are_compared_folded() -> None:
    from veille.enrich.quotes import _NOT_SUBJECT
    from veille.enrich.text import fold

    assert all(fold(word) == word for word in _NOT_SUBJECT)
    assert {fold("Néanmoins"), fold("Dès"), fold("À"), fold("Même")} <= _NOT_SUBJECT


@pytest.mark.parametrize(("subject", "speaker"), [
    ("le secrétaire d'Etat aux Sports", "secrétaire d'Etat aux Sports"),
    ("Paul Martin", "Paul Martin")])
def test_two_coordinated_verbs_share_their_subject(subject: str, speaker: str) -> None:
    found = _speakers(
        f"A peine le discours prononcé, {subject} reprend le micro et lance sans crier gare : "
        "« Je tenais à dire que je ne suis pas le père de cet enfant. »")
    assert found[0][1] == speaker
