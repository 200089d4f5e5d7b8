"""Speakers of the sixteenth version of the quote rules (issue 16, branch s-quotes13), on
sentences written here: a titled name ("M. Kouchner") as a pronoun's antecedent, verbs of
stance introducing a quote ("Washington a condamné « … »"), demonstrative and emphatic
pronouns as speakers ("a ajouté celle qui …", "elle-même admet"), a description that
does not stand for a person introduced in another role, questions on the answer's
line."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_titled_name_is_the_antecedent_of_a_reported_clause_pronoun() -> None:
    text = ("« Nous avançons bien », a déclaré son porte-parole, Paul Martin. "
            "M. Kouchner a lancé à la presse qu'il avait dit au ministre qu'il était "
            "« toujours le bienvenu en France ».")
    assert _speakers(text)[1] == ("toujours le bienvenu en France", "M. Kouchner")


def test_the_subject_of_an_absolute_participle_is_no_antecedent() -> None:
    text = ("« Nous voulons un vote », a lancé Paul Roux, le président du groupe. "
            "M. Baupin ayant accepté, la séance a été suspendue. Il a dénoncé "
            "« un mépris total de notre règlement ».")
    assert _speakers(text)[1] == ("un mépris total de notre règlement", "Paul Roux")


def test_a_titled_surname_continues_the_current_speaker() -> None:
    text = ("« J'ai tout dit aux juges », a déclaré Jérôme Kerviel. M. Kerviel a aussi mis "
            "en cause deux supérieurs, \"soutenant que, pour des raisons techniques, ils "
            "n'avaient rien pu voir\".")
    assert _speakers(text)[1][1] in ("Jérôme Kerviel", "M. Kerviel")


def test_a_verb_of_stance_introduces_the_words_it_condemns() -> None:
    text = ("« Nous ne reculerons pas », a déclaré Dmitri Peskov. En fin de journée, "
            "Washington a condamné à son tour « une provocation inacceptable et "
            "dangereuse ».")
    assert _speakers(text)[1] == ("une provocation inacceptable et dangereuse", "Washington")


def test_a_court_sentence_is_no_speech() -> None:
    text = ("« Il est innocent », a déclaré son avocate, Anne Roux. Paul Martin a été "
            "condamné mardi pour « abus de biens sociaux et recel de fonds publics ».")
    # the charge in guillemets is its legal name, no quote at all (t-final27 F11 b; it
    # was a quote with no speaker)
    assert [words for words, _ in _speakers(text)] == ["Il est innocent"]


def test_a_demonstrative_with_a_relative_clause_is_the_pronoun_it_stands_for() -> None:
    text = ("« Je veux rester prudente, rien n'est joué », a déclaré Anne Roux, la "
            "ministre. « Si tout va bien, je serai heureuse et soulagée », a ajouté celle "
            "qui est la deuxième d'une fratrie de douze.")
    assert [s for _, s in _speakers(text)] == ["Anne Roux", "Anne Roux"]


def test_an_emphatic_pronoun_is_resolved_as_the_pronoun() -> None:
    text = ("Anne Roux est arrivée mardi. « Je veux rester prudente », a-t-elle dit. Dans "
            "Le Point, elle-même admet qu'il n'était « peut-être pas utile d'aller si "
            "loin ».")
    assert _speakers(text)[1] == ("peut-être pas utile d'aller si loin", "Anne Roux")


def test_a_capitalised_noun_before_its_complement_is_no_antecedent() -> None:
    text = ("« Rien n'est joué », a déclaré Anne Roux. Sa semaine a été chargée : "
            "petit-déjeuner avec la presse, Conseil des ministres où elle a parlé, "
            "entretien au journal. « Je suis heureuse et soulagée », a-t-elle confié.")
    assert _speakers(text)[1][1] == "Anne Roux"


def test_names_listed_with_their_portfolio_are_no_antecedent() -> None:
    text = ("« Rien n'est joué », a déclaré la ministre Anne Roux. Avant elle, deux "
            "femmes ont fait de même : Claire Petit à l'Environnement et Julie Morel aux "
            "Sports. « Je suis heureuse et soulagée », a-t-elle confié.")
    assert _speakers(text)[1][1] == "Anne Roux"


def test_a_description_named_before_is_not_the_person_introduced_in_another_role() -> None:
    text = ("Le pape a dénoncé vendredi la guerre au Soudan. « Sa Sainteté a exprimé son "
            "inquiétude pour les civils », a déclaré son porte-parole, Paul Martin. Le pape "
            "a aussi insisté sur le fait que la paix avait « besoin de courage ».")
    assert _speakers(text)[1] == ("besoin de courage", "pape")


def test_a_description_named_before_its_person_stays_that_person() -> None:
    text = ("Le ministre de l'Education propose un débat. Xavier Darcos a déclaré jeudi "
            "qu'il était « ouvert au dialogue avec les lycéens ». Le ministre a regretté "
            "que le PS « puisse encourager les débordements ».")
    assert [s for _, s in _speakers(text)] == ["Xavier Darcos", "Xavier Darcos"]


def test_a_second_person_question_on_the_answer_line_is_the_journalist_turn() -> None:
    text = ("Paul Martin, maire de Lille, a reçu notre journaliste.\n\n"
            "La piscine fermera-t-elle ? « Non, elle restera ouverte tout l'été. »\n\n"
            "Anne Roux réclame un audit des comptes. Que lui répondez-vous ? « Ma collègue "
            "fait campagne, les comptes sont publics depuis longtemps. »")
    assert [s for _, s in _speakers(text)] == ["Paul Martin", "Paul Martin"]


def test_a_third_person_question_keeps_the_narrative_before_it() -> None:
    text = ("Le ministre Paul Martin était à Lille mardi. Anne Roux l'attendait devant la "
            "mairie. Et la réforme ? « Elle se fera, avec ou sans les syndicats », "
            "tranche-t-il.")
    assert _speakers(text)[0][1] == "Paul Martin"


def test_an_office_is_not_the_previous_speaker_introduced_in_another_role() -> None:
    text = ("« Nous avançons bien », a déclaré son porte-parole, Paul Martin. Le ministre "
            "s'est dit « très inquiet » de la situation.")
    assert _speakers(text)[1] == ("très inquiet", "ministre")


def test_a_pronominal_speech_verb_keeps_its_subject() -> None:
    for text, speaker in (
            ("« Nous avançons bien », a déclaré Paul Martin. Les syndicats se disent « très "
             "inquiets ».", "syndicats"),
            ("« Nous avançons bien », a déclaré Paul Martin. Les forces armées se "
             "déclaraient « confiantes dans leur capacité à tenir ».", "forces armées")):
        assert _speakers(text)[1][1] == speaker, text


def test_a_pronominal_verb_that_does_not_speak_names_no_speaker() -> None:
    text = ("« Nous avançons bien », a déclaré Anne Roux, économiste. Pour Paul Martin, "
            "professeur, le « cataclysme » économique pourrait bien se poursuivre au-delà "
            "de 2009 auquel cas, « si j'étais le ministre, je préparerais déjà un plan ».")
    assert _speakers(text)[-1][1] == "Paul Martin"


def test_a_cer_verb_with_its_cedilla_is_a_speech_verb() -> None:
    text = ("« Nous tiendrons », a déclaré Anne Roux. Quand Paul Martin menaçait de "
            "transformer la région en « zone de mort », l'armée restait calme.")
    assert _speakers(text)[1] == ("zone de mort", "Paul Martin")


def test_a_group_opening_the_sentence_speaks_its_fragment() -> None:
    text = ("« Elle va bien, elle se repose », a confié Paul Martin, son frère. Les membres "
            "de son comité de soutien, qui l'attendaient depuis des années, préfèrent "
            "« la retrouver au calme, loin des caméras ».")
    assert _speakers(text)[1] == ("la retrouver au calme, loin des caméras",
                                  "membres de son comité")


def test_a_named_subject_of_any_verb_speaks_the_quoted_island() -> None:
    text = ("« Il faut une loi », a plaidé Anne Roux, la députée. Jean Leonetti exclut "
            "« un comité choisi on ne sait comment qui viendrait juger ».")
    assert _speakers(text)[1] == ("un comité choisi on ne sait comment qui viendrait juger",
                                  "Jean Leonetti")


def test_a_plural_of_an_event_noun_is_no_group_of_speakers() -> None:
    text = ("« Nous restons calmes », a dit un moine. Les manifestations de vendredi ont vu "
            "apparaître des drapeaux, « vous savez, celui du Tibet il y a cinquante ans ».")
    assert _speakers(text)[1][1] != "manifestations de vendredi"
