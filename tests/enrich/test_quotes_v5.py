"""Quotes, fifth version of the rules (issue #16): incises inside a quote ending their
sentence, a pronoun after a described subject, "ces derniers", headings inside the text,
a passive agent after a quote ("qualifié de « … » par X"), anaphoric descriptions, and
English incises ("she said", "the minister said"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_an_incise_inside_a_quote_may_end_its_sentence() -> None:
    text = ("« Nous voulons de bonnes relations avec nos voisins, a déclaré Berne. Le dialogue "
            "reste ouvert à tous. »")
    assert [s for _, s in _speakers(text)] == ["Berne"]


def test_an_incise_inside_a_quote_wins_over_the_sentence_before() -> None:
    text = ("Le maire a répondu aux questions des habitants pendant une heure.\n« Les travaux "
            "commenceront en mars, a précisé la directrice du chantier. Nous tiendrons les "
            "délais. »")
    assert [s for _, s in _speakers(text)] == ["directrice du chantier"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le maire de Nantes a visité le chantier lundi. Il a déclaré : « Nous tiendrons les "
     "délais annoncés aux habitants. »", "maire de Nantes"),
    ("Mardi, la directrice de l'hôpital recevait les syndicats. Elle a assuré que « aucun "
     "service ne fermera cette année ».", "directrice de l'hôpital"),
])
def test_a_pronoun_after_a_described_subject_is_that_description(text: str,
                                                                   speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


def test_ces_derniers_is_the_last_plural_noun_phrase() -> None:
    text = ("Le préfet a reçu mardi les élus et les représentants des salariés.\nCes derniers "
            "sont partis au bout d'une heure, estimant que « rien ne changeait vraiment pour "
            "eux ».")
    assert [s for _, s in _speakers(text)] == ["représentants des salariés"]


def test_a_one_noun_description_after_ces_derniers_stays_itself() -> None:
    text = ("Le préfet a reçu les représentants des salariés.\nCes derniers sont partis, "
            "estimant que « rien ne changeait vraiment pour eux ». « La direction ne nous "
            "écoute pas », a ajouté l'intersyndicale.")
    assert [s for _, s in _speakers(text)][-1] == "intersyndicale"


def test_a_quoted_line_without_final_punctuation_inside_the_text_is_a_heading() -> None:
    text = ("Grève à l'usine de Lens\nLes ouvriers ont cessé le travail mardi matin.\n"
            "« Nous ne lâcherons rien sur les salaires »\nLe mouvement pourrait durer toute "
            "la semaine.")
    assert _speakers(text) == []


def test_a_quoted_line_with_final_punctuation_stays_a_quote() -> None:
    text = ("« Le site restera ouvert tout l'été », a dit Paul Martin.\n"
            "« Nous ne lâcherons rien sur les salaires. »\nLe mouvement pourrait durer.")
    assert [s for _, s in _speakers(text)] == ["Paul Martin", "Paul Martin"]


def test_a_passive_agent_after_a_quote_introduced_by_qualifie_de() -> None:
    text = ("Le projet, qualifié de « véritable gâchis d'argent public » par la députée "
            "Anne Roux, sera voté jeudi.")
    assert [s for _, s in _speakers(text)] == ["Anne Roux"]


def test_an_anaphoric_description_is_the_woman_named_before() -> None:
    text = ("Le préfet a reçu Claire Petit mardi à Lille.\nLa responsable écologiste a "
            "souligné que le projet était « une erreur pour toute la région ».")
    assert [s for _, s in _speakers(text)] == ["Claire Petit"]


def test_a_description_with_its_complement_stays_itself() -> None:
    text = ("Le préfet a reçu Claire Petit mardi à Lille.\nLe ministre de l'Intérieur a "
            "souligné que le projet était « une erreur pour toute la région ».")
    assert [s for _, s in _speakers(text)] == ["ministre de l'Intérieur"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will not give up on the harbour," the prime minister said.', "prime minister"),
    ('"We will not give up on the harbour," a city spokesman said on Monday.',
     "city spokesman"),
    ('"We will not give up on the harbour," Jane Porter, the city\'s mayor, said.',
     "Jane Porter"),
    ('"We will not give up on the harbour," said Tom Lee, a city spokesman.', "Tom Lee"),
])
def test_english_incises(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


def test_an_english_pronoun_is_the_last_person_of_its_gender() -> None:
    text = ('Jane Porter met the dockers on Monday. "We will not give up on the harbour," she '
            'said. "It is a hard time for all of us," she added.')
    assert [s for _, s in _speakers(text)] == ["Jane Porter", "Jane Porter"]


def test_a_plural_pronoun_is_two_coordinated_people_not_one() -> None:
    text = ("Claire Petit a présenté le budget lundi. Les élus ont été reçus par le président "
            "de la région, Paul Martin, et la préfète, Anne Roux. Ils ont promis de « tout "
            "reprendre à zéro » dès la rentrée.")
    [quote] = find_quotes(text)
    assert quote.speaker == "Paul Martin et Anne Roux"


@pytest.mark.parametrize("pronoun", ["she", "he"])
def test_an_english_pronoun_takes_the_gender_it_marks(pronoun: str) -> None:
    text = (f'Mr Tom Lee and Mrs Jane Porter met the dockers. "We will not give up on the '
            f'harbour," {pronoun} said.')
    [quote] = find_quotes(text)
    assert quote.speaker == ("Mrs Jane Porter" if pronoun == "she" else "Mr Tom Lee")


def test_a_preposition_after_a_quote_is_no_incise() -> None:
    text = "Le maire a promis de « tout reprendre à zéro » dès la rentrée."
    assert _speakers(text) == [("tout reprendre à zéro", "maire")]


def test_an_anaphoric_description_skips_a_group_s_complement() -> None:
    text = ("Les membres de Terre Vive ont bloqué la route mardi.\nLe gouvernement régional a "
            "dénoncé « une action illégale et dangereuse pour tous ».")
    assert [s for _, s in _speakers(text)] == ["gouvernement régional"]


def test_a_described_subject_before_a_reflexive_verb() -> None:
    text = ("Le nouveau conseil s'est réuni jeudi. Il a toutefois déclaré que « le budget "
            "restera inchangé ».")
    assert [s for _, s in _speakers(text)] == ["nouveau conseil"]


def test_a_named_subject_wins_over_a_later_description() -> None:
    text = ("Paul Martin a quitté la réunion. Le chef de la délégation n'a pas été convaincu. "
            "Il a déclaré : « Nous ne signerons rien. »")
    assert [s for _, s in _speakers(text)] == ["Paul Martin"]


def test_selon_and_a_description_names_the_one_it_stood_beside() -> None:
    text = ("Le Courrier du Nord, le quotidien régional, a publié l'enquête lundi. Selon le "
            "quotidien, « la mairie savait tout depuis des mois ».")
    [(_, speaker)] = _speakers(text)
    assert speaker.endswith("Courrier du Nord")


def test_an_english_adverbial_before_the_subject_names_no_one() -> None:
    text = 'In a statement, the ministry said: "The roads will reopen on Friday morning."'
    assert [s for _, s in _speakers(text)] == ["ministry"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Paul Martin a reçu les syndicats mardi. Les représentants des salariés ont quitté la "
     "réunion. Ils ont dénoncé « une provocation inacceptable de la direction ».",
     "représentants des salariés"),
    ("« Nous restons mobilisés », a dit Paul Martin. Les infirmières de l'hôpital ont "
     "manifesté mardi. Elles ont dénoncé « une provocation inacceptable de la direction ».",
     "infirmières de l'hôpital"),
    ("« Nous restons mobilisés », a dit Paul Martin. « Une provocation inacceptable de la "
     "direction », ont-ils ajouté.", ""),
])
def test_a_plural_pronoun_is_never_one_person(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)][-1] == speaker


@pytest.mark.parametrize("verb", ["fait part de sa", "faisait état d'une"])
def test_a_verbal_locution_of_saying_introduces_a_fragment(verb: str) -> None:
    text = (f"Paul Martin a lu la lettre. Prudent, il ne ferme aucune porte mais {verb} "
            "« lassitude » profonde.")
    assert _speakers(text) == [("lassitude", "Paul Martin")]
