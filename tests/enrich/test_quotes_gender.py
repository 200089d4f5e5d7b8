"""A pronoun agrees in gender with its antecedent (newuser8 Q24), on sentences written here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.gender import given_name_gender, mention_gender
from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_feminine_pronoun_skips_the_man_named_last() -> None:
    found = _speakers(
        "La porte-parole de la mairie, Hélène Garnier, et le directeur de l'office du "
        "tourisme, Bruno Vasseur, ont écrit au préfet mardi. « Nous n'avons reçu aucune "
        "réponse », a-t-elle regretté. « Le dossier est complet », a assuré Bruno Vasseur.")
    assert found == [("Nous n'avons reçu aucune réponse", "Hélène Garnier"),
                     ("Le dossier est complet", "Bruno Vasseur")]


def test_masculine_pronoun_skips_the_woman_named_last() -> None:
    found = _speakers(
        "Olivier Ménard, directeur du port, a reçu mardi Nadia Ferrand, déléguée de la "
        "CFDT. « Les quais rouvriront jeudi », a-t-il promis.")
    assert found == [("Les quais rouvriront jeudi", "Olivier Ménard")]


def test_tonic_pronoun_takes_a_man_when_no_speaker_came_before() -> None:
    found = _speakers("Pour la première fois, Julien Morel et Anne Caradec se sont parlé. "
                      "Cette dernière était venue seule. Pour lui, « rien n'est perdu ».")
    assert found == [("rien n'est perdu", "Julien Morel")]


def test_role_with_complement_marks_the_gender_of_the_name_after_it() -> None:
    # no given name known: "le porte-parole de la fédération, X" is a man whatever "la"
    # the complement holds
    text = "le porte-parole de la fédération, Kerwan Lostec, a parlé."
    assert mention_gender(text, text.index("Kerwan")) == "m"
    text = "la porte-parole du collectif, Kerwan Lostec, a parlé."
    assert mention_gender(text, text.index("Kerwan")) == "f"


def test_given_names_and_titles() -> None:
    assert given_name_gender("Sophie") == "f"
    assert given_name_gender("Frédéric") == "m"
    assert given_name_gender("Jean-Luc") == "m"
    assert given_name_gender("Claude") == ""  # both: unknown
    assert given_name_gender("Zorglub") == ""
    text = "Puis M. Dupont et Mme Durand sont arrivés."
    assert mention_gender(text, text.index("M. Dupont")) == "m"
    assert mention_gender(text, text.index("Mme Durand")) == "f"


def test_unknown_gender_agrees_with_both() -> None:
    # "Camille" is listed as both genders: "elle" may still take it
    found = _speakers("Le maire a reçu Camille Leroux lundi. « Rien n'est réglé », "
                      "a-t-elle déclaré.")
    assert found == [("Rien n'est réglé", "Camille Leroux")]


def test_a_lone_capitalised_word_is_no_given_name() -> None:
    text = "Sophie, dit-on. France Télévisions a publié."
    assert mention_gender(text, 0) == ""


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=-5, max_value=250))
def test_mention_gender_never_raises(text: str, at: int) -> None:
    assert mention_gender(text, at) in ("", "m", "f")


# Naming with "appeler" (set I's error, sentences written here): a name, no speech.

def test_a_name_after_appele_aussi_is_no_quote() -> None:
    assert _speakers("La purge du parti en 1934, appelée aussi « la semaine des grands "
                     "ménages », a marqué les esprits.") == []


def test_an_agent_calling_someone_names_speaks() -> None:
    # "X avait appelé Y « … »": the active voice with its agent, X's words
    found = _speakers("Le député Paul Tessier avait appelé son rival « le fossoyeur de "
                      "la vallée » en pleine séance.")
    assert found == [("le fossoyeur de la vallée", "Paul Tessier")]


def test_appeler_a_stays_speech() -> None:
    assert _speakers("Le ministre a appelé à « une mobilisation générale de tous les "
                     "services ».") == [("une mobilisation générale de tous les services",
                                         "ministre")]


def test_joined_fragments_keep_the_parts_of_a_quote_over_paragraphs() -> None:
    # found by Hypothesis (tests/enrich/test_quotes_nu8.py): a quote over two paragraphs
    # joined to an earlier fragment of its speaker gave one part across the blank line
    text = "« le ministre a appelé à Il a dit »le ministre a appelé à «  — \n\nselon X »"
    for quote in find_quotes(text):
        for start, end in quote.parts:
            assert "\n\n" not in text[start:end]


# An incise inside a quote opening a sentence names its speaker (set I's error).

def test_incise_inside_wins_over_the_previous_speaker() -> None:
    found = _speakers("Le maire, Paul Girard, a ouvert la séance. « Nous voterons le budget "
                      "ce soir », a-t-il dit.\n« Rien n'est joué, nuance une élue de "
                      "l'opposition. La majorité n'a rien voulu entendre. »")
    assert [s for _, s in found] == ["Paul Girard", "élue de l'opposition"]


def test_reflexive_incise_inside_a_quote() -> None:
    found = _speakers("Le maire, Paul Girard, a ouvert la séance. « Nous voterons le budget "
                      "ce soir », a-t-il dit.\n« Tout est prêt, se réjouit un adjoint. Les "
                      "travaux commencent lundi. »")
    assert [s for _, s in found] == ["Paul Girard", "adjoint"]


def test_present_of_lancer_and_nuancer_is_a_speech_verb() -> None:
    from veille.enrich.quotes import _is_verb
    assert _is_verb("lance") and _is_verb("nuance")
    assert not _is_verb("assurance") and not _is_verb("lancement")
    assert not _is_verb("relance")  # "le plan de relance": the noun


def test_plan_de_relance_is_no_speech_verb() -> None:
    found = _speakers("Le ministre chargé du Budget Paul Vernet a indiqué vendredi que le "
                      "plan de relance devrait permettre de « créer 80.000 emplois ».")
    assert found == [("créer 80.000 emplois", "Paul Vernet")]


def test_fragments_sharing_one_inverted_pronoun_share_its_antecedent() -> None:
    found = _speakers("«Tout bouge sans cesse», soupire un élu.\nRavi, Julien Morel est le "
                      "premier à répondre au préfet.\nLe porte-parole des riverains n'a pas "
                      "été convaincu par la réunion.\n«On peut discuter» mais «qui peut "
                      "croire qu'une digue suffira ? Tout cela est illusoire», lance-t-il "
                      "sur France Bleu.")
    assert len({s for _, s in found[1:]}) == 1


# A headline's first words are no name (set I's "Comment Sarkozy").

def test_headline_interrogative_is_no_part_of_a_name() -> None:
    text = ("Comment Dupuis veut sauver l'usine\nLe ministre a annoncé mardi un plan pour le "
            "site.\nJean-Marc Dupuis a présenté mardi son plan de reprise. En plus des aides, "
            "le ministre a annoncé sa volonté de faciliter le chômage partiel, qu'il a "
            "préféré appeler \"activité réduite\", jugeant que c'était \"plus valorisant\".")
    assert all(not s.startswith("Comment") for _, s in _speakers(text))
