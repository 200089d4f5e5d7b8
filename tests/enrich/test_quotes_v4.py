"""Quotes, fourth version of the rules (issue #16): speakers after an addressee or a
pronoun, document nouns, terms in quotes, possessive speech nouns. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize("text", [
    "« Le tramway sera prêt à temps pour la rentrée », a défendu mardi le président de la "
    "métropole, Paul Martin.",
    "« Le tramway sera prêt à temps pour la rentrée », a défendu devant la presse Paul Martin.",
    "« Le tramway sera prêt à temps pour la rentrée », a assuré face aux élus Paul Martin, "
    "maire de Lyon.",
])
def test_named_speaker_after_the_verb_and_words_between(text: str) -> None:
    [quote] = find_quotes(text)
    assert quote.speaker == "Paul Martin"
    assert text[quote.speaker_start:quote.speaker_end] == "Paul Martin"


def test_an_addressee_after_the_verb_is_skipped_before_a_description() -> None:
    text = "« Le tramway sera prêt à temps pour la rentrée », a défendu devant la presse le maire."
    assert _speakers(text) == [("Le tramway sera prêt à temps pour la rentrée", "maire")]


def test_an_inverted_pronoun_speaks_not_the_addressee_after_the_verb() -> None:
    text = ("Claire Petit a visité le chantier mardi. « Nous tiendrons les délais prévus », "
            "a-t-elle assuré à quelques habitants.")
    assert _speakers(text) == [("Nous tiendrons les délais prévus", "Claire Petit")]


def test_an_inverted_on_with_a_place_after_the_verb() -> None:
    text = "« Rien n'est encore décidé pour la suite », a-t-on indiqué au sein du ministère."
    assert _speakers(text) == [("Rien n'est encore décidé pour la suite", "ministère")]


@pytest.mark.parametrize("noun", ["ce commentaire", "cette réponse", "ces propos"])
def test_a_document_noun_is_the_previous_speaker(noun: str) -> None:
    text = (f"« Nous sommes ravis pour lui et sa famille », dit-on à la mairie. Son départ "
            f"n'inspire que {noun} : « Il reviendra sans doute très vite ».")
    assert [s for _, s in _speakers(text)] == ["mairie", "mairie"]


def test_a_possessive_noun_of_saying_gives_the_possessor() -> None:
    text = ("Marie Durand a quitté la mairie mardi. Ses sorties répétées sur la « dictature des "
            "promoteurs » et sa volonté affichée de « tout reconstruire » avaient lassé.")
    [quote] = find_quotes(text)
    assert quote.speaker == "Marie Durand"
    assert quote.text == "dictature des promoteurs […] tout reconstruire"


def test_a_short_quote_with_an_elided_article_is_a_scare_quote() -> None:
    assert find_quotes("Les enquêteurs reviennent sur « l'affaire de Nantes » cette semaine.") \
        == []


def test_subject_then_verb_then_que_after_a_quote_opens_a_new_clause() -> None:
    text = ("Claire Petit a parlé mardi. Au Journal, qui publie un dossier sur le « mystère "
            "Petit », elle confie d'ailleurs qu'elle aimerait « rester à son poste longtemps ».")
    assert _speakers(text) == [("rester à son poste longtemps", "Claire Petit")]


def test_a_subject_inside_an_opening_subordinate_clause() -> None:
    text = "Même si son équipe reconnaît que la saison sera « aussi difficile que la précédente »."
    [quote] = find_quotes(text)
    assert "équipe" in quote.speaker


def test_an_impersonal_on_speaks_for_the_place_opening_the_sentence() -> None:
    text = "Du côté de la préfecture, on indique que le maire « a commis une erreur grave »."
    assert _speakers(text) == [("a commis une erreur grave", "préfecture")]


@pytest.mark.parametrize("text", [
    "Le club veut changer son image « Rouge-Noir », selon plusieurs sources.",
    "Au ministère, elle n'a à aucun moment évoqué la possibilité de « partir bientôt ».",
    "Le groupe a présenté sa conférence de presse « Grand Soir » mardi, a annoncé le club.",
])
def test_labels_and_unsaid_words_are_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_a_short_fragment_after_a_positive_verb_is_still_a_quote() -> None:
    text = "Paul Martin a évoqué mardi la possibilité de « partir bientôt »."
    assert _speakers(text) == [("partir bientôt", "Paul Martin")]


def test_a_name_inside_a_quote_is_no_antecedent() -> None:
    text = ("Paul Martin a parlé longuement mardi soir. Le sommet n'aura pas la portée d'un "
            "« nouveau Grand Accord » espéré. Il a menacé de « quitter la table sans signer ».")
    assert find_quotes(text)[-1].speaker == "Paul Martin"


def test_an_object_pronoun_ends_the_subject() -> None:
    text = ("Un proche la compare volontiers à Marie Curie, et rappelle que la savante était "
            "restée au travail « jusqu'au dernier jour ».")
    assert _speakers(text) == [("jusqu'au dernier jour", "proche")]


def test_a_noun_phrase_with_de_la_is_kept_whole() -> None:
    text = "Le président de la région a déclaré : « Nous tiendrons les délais prévus »."
    assert _speakers(text) == [("Nous tiendrons les délais prévus", "président de la région")]


def test_elle_prefers_a_named_speaker_to_a_genderless_description() -> None:
    text = ("« Je resterai ministre jusqu'au bout », a assuré Claire Petit. "
            "« Nous allons alléger son agenda », ajoute son cabinet.\n"
            "Un dossier est paru jeudi. Elle y confie qu'elle aimerait « rester longtemps ».")
    assert find_quotes(text)[-1].speaker == "Claire Petit"


def test_an_on_place_is_not_the_previous_speaker_after_a_line_break() -> None:
    text = ("« Nous sommes inquiets pour la suite », selon Marie Durand, la présidente du club.\n"
            "Du côté de la mairie, on indique que le maire « assume parfaitement la décision »")
    assert find_quotes(text)[-1].speaker == "mairie"


def test_a_relative_clause_with_its_own_verb_before_the_quote_is_no_introduction() -> None:
    text = ("Le ministre a confié à Paul Martin la présidence d'un groupe qui lui a remis "
            "jeudi des « propositions de réforme du système bancaire ».")
    assert find_quotes(text) == []


def test_a_fragment_after_a_possessive_in_a_reported_clause() -> None:
    text = ("Les autorités ont annoncé que les manifestants pourraient bénéficier de leur "
            "« clémence ».")
    assert _speakers(text) == [("clémence", "autorités")]


def test_a_short_quote_subject_of_a_verb_and_infinitive_is_a_name() -> None:
    assert find_quotes("Libération des otages : « Cesar » nie avoir trahi les rebelles") == []


def test_a_name_in_apposition_to_an_object_is_no_antecedent() -> None:
    text = ("Le journaliste Paul Martin est mort samedi. Commentateur des matchs avec son "
            "complice de toujours, Jean-Louis Petit, il était très connu. Alors que l'arbitre "
            "avait accordé un penalty, il avait alors lâché : « Monsieur, vous êtes un voleur ! »")
    assert find_quotes(text)[-1].speaker == "Paul Martin"


def test_a_passive_agent_before_the_quote() -> None:
    text = ("L'opération de sauvetage, attribuée par le gouvernement chilien à une « action de "
            "renseignement parfaite », a réussi.")
    assert _speakers(text) == [("action de renseignement parfaite", "gouvernement chilien")]
