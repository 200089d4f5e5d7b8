"""Quote speakers wrong or missing by kind of error (issue 16, read on the in-sample rpm2
sets E, F and G), each on sentences written here: a verb with the iterative prefix
("réaffirmé", "répété"), "Pour lui," opening a sentence, "dont elle a affirmé", a
participle aside or a sentence adverb before the subject, a name after an incise's time
chunk, a chain of subject pronouns, a role apposition followed by a participial clause."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.quotes import _is_verb, find_quotes, quoted_spans
from veille.enrich.quotes_refs import introductions


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le maire de Lyon, Paul Verdier, a réaffirmé que la réforme était « une erreur de "
     "calcul manifeste ».", "Paul Verdier"),
    ("Il y a eu « une fraude massive dans le canton », a répété mardi Paul Verdier.",
     "Paul Verdier"),
    ("« Personne ne perdra son poste cette année », a réitéré la directrice, Claire Dumont.",
     "Claire Dumont"),
])
def test_a_speech_verb_with_the_iterative_prefix(text: str, speaker: str) -> None:
    """"réaffirmé", "répété", "réitéré" were no speech verbs: the quote had no speaker, or
    was dropped as a scare quote."""
    assert [s for _, s in _speakers(text)] == [speaker]


@pytest.mark.parametrize(("word", "verb"), [
    ("réaffirmé", True), ("rassuré", True), ("redit", True), ("rajouté", True),
    ("répète", True), ("rénové", False), ("restent", False), ("réalisé", False),
    ("retenu", False), ("redevance", False), ("réaffirmation", False),
])
def test_the_iterative_prefix_keeps_other_words_out(word: str, verb: bool) -> None:
    """The prefix is tried only before a speech verb's stem ("rénové", "retenu" are not)."""
    assert _is_verb(word) is verb


def test_pour_lui_opening_a_sentence_points_back() -> None:
    """"Pour lui, le projet « … »" had no speaker: the pronoun of "Pour lui," is the one
    the sentence speaks for, as "Pour X," is."""
    text = ("Paul Verdier a quitté la réunion avant la fin. Pour lui, le projet « ne tient "
            "pas debout du tout ».")
    assert [s for _, s in _speakers(text)] == ["Paul Verdier"]
    text = ("Claire Dumont a quitté la réunion avant la fin. Pour elle, le projet est « mal "
            "ficelé ».")
    assert [s for _, s in _speakers(text)] == ["Claire Dumont"]


def test_pour_eux_is_no_single_person() -> None:
    """"Pour eux," is plural: never the one person named before."""
    text = ("Paul Verdier a quitté la réunion. Pour eux, les choses sont claires, « il faut "
            "tout recommencer depuis le début ».")
    assert "Paul Verdier" not in [s for _, s in _speakers(text)]


def test_dont_before_the_subject_pronoun() -> None:
    """"…, dont elle a affirmé : « … »" took the words before "dont" (a whole clause) for
    the speaker: the relative clause's subject is the pronoun after "dont"."""
    text = ("Claire Dumont a présenté son budget, dont elle a affirmé : « il protège les "
            "plus fragiles ».")
    assert [s for _, s in _speakers(text)] == ["Claire Dumont"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Joint par téléphone, le cabinet du maire n'a souhaité faire « aucun commentaire sur "
     "ce dossier ».", "cabinet du maire"),
    ("Sollicitée par notre journal, la mairie de Brest a indiqué : « Le chantier reprendra "
     "lundi prochain. »", "mairie de Brest"),
])
def test_a_participle_aside_is_no_speaker(text: str, speaker: str) -> None:
    """"Contacté par X, l'entourage … n'a souhaité faire « … »" gave "Contacté par X" (a
    capitalised chunk) or nothing (the subject ended with "n'")."""
    assert [s for _, s in _speakers(text)] == [speaker]


def test_a_sentence_adverb_is_no_antecedent() -> None:
    """"D'ailleurs, jeudi, elle a prévenu : « … »": "D'ailleurs," was taken for a name in
    subject position, the pronoun's antecedent."""
    text = ("La sénatrice Anne Morel a voté contre le texte. D'ailleurs, jeudi, elle a "
            "prévenu : « Je ne lâcherai rien sur ce point. »")
    assert [s for _, s in _speakers(text)] == ["Anne Morel"]


@pytest.mark.parametrize("time", ["dans la soirée", "mardi soir"])
def test_a_name_after_the_incise_time_chunk(time: str) -> None:
    """"», a répété dans la matinée X, l'un des …": the name shares its chunk with the time
    words, so the apposition after it was taken for the speaker."""
    text = (f"« Le vote a été truqué », a affirmé {time} Hélène Martin, l'une des élues de "
            "l'opposition.")
    assert [s for _, s in _speakers(text)] == ["Hélène Martin"]


@pytest.mark.parametrize("middle", [
    "C'est ce qu'il a annoncé lundi devant les salariés. ",
    "Il l'a annoncé lundi devant les salariés. ",
    "",
])
def test_a_chain_of_subject_pronouns(middle: str) -> None:
    """"Le directeur … fermera le site. C'est ce qu'il a annoncé. Il a appelé au calme :
    « … »": the pronoun's antecedent is two sentences back, past another subject pronoun
    (and "fermera", a future, is the description's verb)."""
    text = (f"Le directeur de l'usine fermera le site en mars. {middle}Il a ensuite appelé "
            "au calme : « Rien ne sera fait sans concertation. »")
    assert [s for _, s in _speakers(text)] == ["directeur de l'usine"]


def test_a_pronoun_chain_stops_at_another_subject() -> None:
    """The chain goes back only through sentences whose subject is a pronoun."""
    text = ("Le directeur de l'usine fermera le site en mars. La grève a duré trois jours. "
            "Il a ensuite appelé au calme : « Rien ne sera fait sans concertation. »")
    assert [s for _, s in _speakers(text)] != ["directeur de l'usine"]


def test_a_role_apposition_before_a_participial_clause() -> None:
    """"X, le pilote britannique ayant remporté …" introduces X as "pilote", so a later
    "a lâché l'ancien pilote" is X."""
    text = ("Marc Dubois, le pilote britannique ayant remporté la course en 2010, a été "
            "écarté. « Je reviendrai plus fort l'an prochain », a lâché l'ancien pilote.")
    assert [i.name for i in introductions(text, len(text))] == ["Marc Dubois"]
    assert [s for _, s in _speakers(text)] == ["Marc Dubois"]


@given(st.lists(st.sampled_from([
    "Pour lui, ", "Pour eux, ", "dont elle a affirmé : ", "D'ailleurs, ", "Joint par X, ",
    "« ", " »", "a répété dans la matinée Paul Verdier", ". ", "Il ", "le directeur ",
    "fermera ", ", ", "\n"]), max_size=30))
def test_never_raises(parts: list[str]) -> None:
    """Any mix of the shapes above parses without an error."""
    find_quotes("".join(parts))


@pytest.mark.parametrize("aside", ["de son côté", "pour sa part", "à son tour"])
def test_an_aside_between_the_incise_verb_and_its_subject(aside: str) -> None:
    """"», a déclaré de son côté le ministre … X" gave the previous speaker: the aside hid
    the subject after it."""
    text = ("« Nous refusons ce plan », a déclaré Claire Dumont. « Le retrait ne pourra se "
            f"faire qu'après un accord écrit », a déclaré {aside} le ministre belge des "
            "Affaires étrangères Paul Verdier.")
    assert [s for _, s in _speakers(text)][1] == "Paul Verdier"


def test_an_unquoted_incise_names_the_next_pronoun() -> None:
    """"Il s'agit d'une erreur, a insisté M. X. « … », a-t-il ajouté": the pronoun is X,
    named by the incise of reported speech with no quotation marks, not the speaker of the
    last quote."""
    text = ("« Nous refusons ce plan », a déclaré Claire Dumont. Il s'agit d'une simple "
            "erreur de calcul, a insisté M. Verdier. « Les chiffres seront corrigés dès "
            "demain matin », a-t-il ajouté.")
    assert [s for _, s in _speakers(text)] == ["Claire Dumont", "M. Verdier"]


def test_an_unattributed_quote_goes_to_the_current_speaker() -> None:
    """"« … », a-t-elle dit. Le fonds pourra aussi « … »": a quote with no attribution in
    the speaker's paragraph (or the next one) is the current speaker's, not nobody's."""
    text = ("Claire Dumont a présenté le plan de relance. « Il coûtera deux milliards "
            "d'euros », a-t-elle dit. Le fonds pourra aussi « soutenir les petites "
            "entreprises en difficulté ».\nCe fonds sera doté « d'un capital de vingt "
            "millions d'euros ».")
    assert [s for _, s in _speakers(text)] == ["Claire Dumont"] * 3


def test_a_quote_two_paragraphs_away_keeps_no_speaker() -> None:
    """The current speaker lasts one paragraph after the quote naming it."""
    text = ("« Il coûtera deux milliards d'euros », a dit Claire Dumont.\nLe vote a lieu "
            "jeudi.\nLe texte prévoit de « soutenir les petites entreprises en difficulté ».")
    assert [s for _, s in _speakers(text)] == ["Claire Dumont", ""]


def test_a_straight_mark_opening_again_leaves_the_first_unclosed() -> None:
    """'annoncera "dans les semaines, "un plan …", et "la mise …"': the second mark opens
    a quote (after a space, before a word), so the first is never closed; pairing them
    took '", et "' for a quote."""
    text = ('Enfin, elle annoncera "dans les semaines à venir, "un plan de relance des '
            'routes", et "la mise en oeuvre concrète du plan".')
    found = [text[s:e] for s, e in quoted_spans(text)]
    assert found == ["un plan de relance des routes", "la mise en oeuvre concrète du plan"]


@pytest.mark.parametrize(("incise", "speaker"), [
    ("indiquait-on hier au cabinet du préfet de la Somme", "cabinet du préfet de la Somme"),
    ("disait-on lundi soir à la préfecture de la Somme", "préfecture de la Somme"),
])
def test_on_with_time_words_before_its_place(incise: str, speaker: str) -> None:
    """"», indiquait-on hier au cabinet du procureur": the time word hid the place "on"
    speaks from ("disait" was no speech verb either)."""
    text = f"« Rien n'est encore confirmé à cette heure », {incise}."
    assert [s for _, s in _speakers(text)] == [speaker]


def test_que_is_a_whole_word() -> None:
    """"Quelle étrange demande que celle « … »" cut the speaker inside "Quelle" ("lle
    étrange"): "que" opening a clause is a whole word."""
    text = "Quelle étrange demande que celle « d'excuses publiques immédiates et sans condition » !"
    assert all(not s.startswith("lle") for _, s in _speakers(text))


def test_an_unclosed_straight_mark_quotes_up_to_its_incise() -> None:
    """'"Le marché reste fragile, a déclaré X. "Nous verrons …"': the first mark is never
    closed (the next one opens), so its quote runs up to its incise, not nowhere."""
    text = ('"Le marché reste très fragile cette année, a déclaré Claire Dumont. "Nous '
            'verrons en juin."')
    found = [(text[s:e], q.speaker) for q in find_quotes(text) for s, e in q.parts]
    assert found[0] == ("Le marché reste très fragile cette année", "Claire Dumont")
