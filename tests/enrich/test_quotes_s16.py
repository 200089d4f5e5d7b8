"""Speakers, nineteenth version of the rules (issue 16, branch s-quotes16), on sentences
written here (not from any benchmark set): a description answering someone ("Le préfet
lui a répondu. Il …", verify16 Z7), a body named with a complement and a place name, "Pour
X, … :" with no speech verb, two speakers joined by "quand", and verb phrases
coordinated after one subject."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


def test_a_pronoun_after_a_description_answering_someone_continues_the_description() -> None:
    # "lui" is the one answered (the named critic); "Il" goes on with the one who answered
    assert _speakers("Le maire de Dinan, Hugo Lemaire, a critiqué le projet. Le préfet "
                     "lui a répondu mardi. Il a jugé « ces critiques infondées et "
                     "prématurées » devant la presse.") == ["préfet"]
    assert _speakers("La sénatrice Julie Moreau a interpellé le gouvernement. La ministre "
                     "lui a répondu sèchement. Elle a estimé que « le dossier est clos "
                     "depuis longtemps ».") == ["ministre"]


def test_a_description_answering_resolves_to_the_name_it_was_introduced_with() -> None:
    assert _speakers("Le préfet du Gard, Marc Olivier, a visité le chantier. Le maire, "
                     "Paul Vidal, a protesté. Le préfet lui a répondu aussitôt. Il a "
                     "promis « une réponse avant la fin du mois ».") == ["Marc Olivier"]


def test_a_pronoun_without_an_answering_description_keeps_the_named_subject() -> None:
    # guard: a description with no object pronoun changes nothing
    assert _speakers("Julie Moreau a interpellé le gouvernement. Elle a estimé que « le "
                     "dossier n'est pas clos ».") == ["Julie Moreau"]


def test_a_body_with_its_complement_and_a_place_name_is_the_body() -> None:
    assert _speakers("Dans un communiqué, l'agence régionale de santé Bretagne indique "
                     "que les lits sont « saturés depuis lundi soir ».") == [
        "agence régionale de santé Bretagne"]
    # guard: a name right after the body noun is the body's own name
    assert _speakers("La compagnie EasyJet a déclaré : « Nous annulons tous nos vols de "
                     "la journée. »") == ["EasyJet"]


def test_pour_x_then_a_clause_without_a_speech_verb_before_a_colon() -> None:
    assert _speakers("Pour Jeanne Roux, infirmière depuis douze ans, la priorité est "
                     "ailleurs : « On manque de bras, pas de matériel neuf. »") == [
        "Jeanne Roux"]
    # guard: a speech verb after "Pour X," names its own speaker
    assert _speakers("Pour la rentrée, le ministre a déclaré : « Chaque classe aura son "
                     "professeur. »") == ["ministre"]


def test_two_speakers_joined_by_quand_or_tandis_que() -> None:
    speakers = _speakers("Le Monde salue « un roman d'une grande force », quand "
                         "Libération regrette « une fin bâclée et convenue ».")
    assert speakers[1] == "Libération"
    assert "Libération" not in speakers[0] and "Monde" in speakers[0]


def test_coordinated_verb_phrases_share_their_first_subject() -> None:
    assert _speakers("Paul Girard revient sur le match, cite Zidane en exemple, et se dit "
                     "« fier de ce groupe ». « Nous avons souffert ensemble », glisse-t-il."
                     ) == ["Paul Girard", "Paul Girard"]
    assert _speakers("Hélène Prat salue les bénévoles, remercie le maire Jean Roux et "
                     "promet « une édition encore plus belle ».") == ["Hélène Prat"]


def test_a_fragment_linked_to_an_earlier_one_shares_its_introduction() -> None:
    # « volontariat » is a one-word term, no quote; the fragment coordinated with it
    # complements the same verb, so its speaker is that verb's subject
    quotes = find_quotes("Le groupe bancaire assure que les départs se feront sur la base "
                         "du « volontariat » et de « la rotation naturelle des effectifs "
                         "chaque année ».")
    assert [q.speaker for q in quotes] == ["groupe bancaire"]
    assert quotes[0].text.startswith("la rotation naturelle")


def test_a_fragment_after_a_passive_agent_keeps_the_agent() -> None:
    assert _speakers("La mission avait été dénoncée par les syndicats de policiers comme "
                     "une opération « d'intimidation » et une volonté de « mise au pas "
                     "des enquêteurs ».")[-1] == "syndicats de policiers"


def test_a_fragment_after_a_clause_with_its_own_verb_is_not_linked() -> None:
    # guard: a verb between the fragments names the second one's own speaker
    speakers = _speakers("Le maire parle d'« une victoire pour tous les habitants », "
                         "tandis que l'opposition dénonce « un coup de communication ».")
    assert speakers == ["maire", "opposition"]


_INTERVIEW = ("Marc Tessier : « La forêt landaise ne se remettra pas seule »\n\n"
              "Ingénieur forestier, Marc Tessier étudie les pins des Landes depuis vingt "
              "ans. Entretien.\n\n"
              "Combien d'hectares ont brûlé cet été ?\n\n"
              "Près de trente mille, et ce n'est pas fini. « Et les sols sont "
              "brûlés en profondeur, ce qui ralentira tout le reste. »\n\n"
              "Faut-il replanter partout ?\n\n"
              "Non, certainement pas. « Une partie doit repousser seule, sans intervention "
              "humaine, pour garder une forêt variée. »\n")


def test_an_interview_answer_opening_unquoted_is_the_interviewee_s() -> None:
    speakers = _speakers(_INTERVIEW)
    assert speakers[1:] == ["Marc Tessier", "Marc Tessier"]


def test_a_quote_after_a_question_line_in_a_narrative_clause_is_not_an_answer() -> None:
    # guard: "que « … »" inside a sentence after a question subheading is no answer
    text = ("Que faut-il en retenir ?\n\nQuels sont les chiffres ?\n\nLe rapport de la "
            "préfecture montre au public que « la forêt reculera partout ».\n")
    assert not any(q.cue == "answer" for q in find_quotes(text))


def test_a_body_speaking_through_someone_s_voice_gives_that_person() -> None:
    assert _speakers("La mairie a réagi par la voix de son adjoint, Luc Faure : « Nous "
                     "allons porter plainte dès demain. »") == ["Luc Faure"]
    assert _speakers("Le parti a apporté son soutien au maire, par la voix de ses deux "
                     "porte-parole Anne Roy et Paul Vidal, dénonçant « une cabale "
                     "politique ».") == ["Anne Roy et Paul Vidal"]
    assert "président" in _speakers("Le club a réagi par la voix de son président, qui a "
                                    "dénoncé « une sanction injuste et disproportionnée ».")[0]


def test_an_indefinite_description_is_the_next_pronoun_s_antecedent() -> None:
    speakers = _speakers("La directrice, Anne Roy, a rappelé les règles : « Chaque élève "
                         "doit présenter son carnet de vaccination. » Un père rencontré "
                         "devant la grille se dit rassuré. « Mes deux fils sont vaccinés "
                         "depuis longtemps », a-t-il expliqué.")
    assert speakers == ["Anne Roy", "père"]


def test_a_quote_without_pronoun_after_an_indefinite_generic_is_not_its() -> None:
    # guard: no pronoun, no gender: the indefinite description is not taken up
    speakers = _speakers("Le président de l'association, Marc Roy, a dénoncé « des "
                         "pratiques abusives des banques ». Un emprunteur coincé par un taux "
                         "révisable parvenait encore à renégocier son crédit.\n"
                         "« Le taux passait de 5,8 % à 5,1 %. »")
    assert "emprunteur" not in speakers


def test_a_description_answering_the_previous_speaker() -> None:
    # no name in subject position since the previous speaker: "lui" is that speaker
    assert _speakers("Le maire, Paul Vidal, a présenté le budget. « Nous tenons nos "
                     "promesses », a-t-il dit. Mais le conseiller Julien Roux a voté contre. "
                     "« Ce budget oublie les quartiers nord de la ville », a expliqué "
                     "l'élu. Le maire lui a répondu sèchement. Il a jugé ces critiques "
                     "« injustes et déplacées ».")[-1] == "Paul Vidal"


def test_a_person_description_subject_of_a_clause_holding_a_quote() -> None:
    assert _speakers("Le vote a eu lieu mardi. La ministre de la Santé veut rester "
                     "prudente « car rien n'est encore décidé à ce stade ».") == [
        "ministre de la Santé"]
    assert _speakers("La réalisatrice Léa Morel a reçu le prix. Visiblement émue, la "
                     "cinéaste a dédié le prix à sa mère, « qui n'a jamais vu une salle "
                     "de cinéma ».") == ["Léa Morel"]


def test_a_noun_that_names_no_person_is_no_clause_subject() -> None:
    # guard: "L'objectif", "Le dispositif" are no one
    assert _speakers("Le plan a été présenté lundi. L'objectif est que « chaque euro "
                     "public en entraîne trois autres ».") == [""]


def test_on_y_lit_reads_the_document_of_the_sentence_before() -> None:
    speakers = _speakers("La directrice, Anne Roy, a parlé aux familles. « Nous restons "
                         "vigilants », a-t-elle dit. Le collège a envoyé une lettre aux "
                         "parents. On y lit que les élèves malades « devront rester chez "
                         "eux une semaine ».")
    assert speakers[0] == "Anne Roy" and speakers[1] != "Anne Roy" and speakers[1]
