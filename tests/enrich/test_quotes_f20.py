"""Quotes and speakers, issue 16 faults (branch f-quotes20): a dialogue's turns printed
without incises, role descriptions ("le leader socialiste"), question-and-answer
interviews (labelled turns, dashes, "Question : / Réponse :") and English attributions.
Synthetic sentences (invented words); each failed before the fix."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.quotes import Quote, find_quotes


def _of(text: str, words: str) -> Quote:
    return next(q for q in find_quotes(text) if q.text.startswith(words))


# fault 1: a dialogue turn without an incise


DEBATE = (
    "Le débat a tourné à l'affrontement. Le candidat écologiste, Thomas Rivoal, a lancé "
    "à son adversaire : « Vous avez voté contre le tramway il y a six ans. »\n\n"
    "« J'ai voté contre un tracé, pas contre le tramway », a répliqué le maire sortant, "
    "Bernard Fauchet.\n\n"
    "« C'est la même chose pour les habitants du quartier Saint-Jean. »\n\n"
    "« Non, et vous le savez très bien. »\n\n"
    "Le débat s'est achevé sur ce constat de désaccord.")


def test_the_turns_of_an_exchange_alternate() -> None:
    assert _of(DEBATE, "C'est la même chose").speaker == "Thomas Rivoal"
    assert _of(DEBATE, "Non, et vous").speaker == "Bernard Fauchet"


HEARING = (
    "Devant la commission d'enquête, le directeur de l'usine, Franck Olivier, a été "
    "interrogé par la rapporteure, Sandrine Mallet.\n\n"
    "La rapporteure lui a demandé : « Saviez-vous que les rejets dépassaient les seuils "
    "autorisés ? »\n\n"
    "Le directeur a répondu :\n\n"
    "« Non. Les analyses qu'on me transmettait étaient conformes. »\n\n"
    "« Qui vous transmettait ces analyses ? »\n\n"
    "« Le laboratoire du groupe, à Lyon. »")


def test_an_answer_after_a_reply_line_then_the_exchange_goes_on() -> None:
    assert _of(HEARING, "Non. Les analyses").speaker == "Franck Olivier"
    assert _of(HEARING, "Qui vous transmettait").speaker == "Sandrine Mallet"
    assert _of(HEARING, "Le laboratoire").speaker == "Franck Olivier"


def test_an_answer_to_a_question_put_to_someone_is_theirs() -> None:
    text = ("Le journaliste a demandé à Jean Castex : « Allez-vous démissionner ? »\n\n"
            "« Non. Je resterai à mon poste. »\n\nLe Premier ministre a quitté le plateau.")
    assert _of(text, "Non. Je resterai").speaker == "Jean Castex"


def test_a_speaker_going_on_after_his_reply_keeps_his_words() -> None:
    # no exchange: the one answered is not quoted, so nobody else takes a turn
    text = ("Le député François Ruffin a critiqué le texte. Le ministre de l'Economie, "
            "Bruno Le Maire, lui a répondu : « Nous ne reculerons pas. »\n\n"
            "« La réforme sera votée avant l'été, et elle sera appliquée. »\n\n"
            "« Les Français attendent des résultats. »")
    assert {q.speaker for q in find_quotes(text)} == {"Bruno Le Maire"}
    # one bare paragraph after a reply, with no sign of a turn, stays the replier's
    text = ("« Vous mentez », a lancé Paul Roux.\n\n« Nous ne reculerons pas », a "
            "répliqué le ministre, Bruno Le Maire.\n\n« La réforme sera votée avant l'été. »")
    assert _of(text, "La réforme").speaker == "Bruno Le Maire"


def test_ce_a_quoi_is_no_speaker() -> None:
    text = ("La ministre du Travail, Claire Moulin, était interrogée sur les seniors. Ce à "
            "quoi la ministre a répondu : « Nous allons créer un contrat spécifique. »")
    assert _of(text, "Nous allons").speaker == "Claire Moulin"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=5))
def test_bare_turns_alternate_between_the_two_parties(turns: int) -> None:
    lines = ["« Vous avez menti aux électeurs de la ville. », a lancé Paul Roux.",
             "« Je n'ai menti à personne », a rétorqué Anne Vidal."]
    lines += [f"« Réponse numéro {n} dans ce long échange public. »" for n in range(turns)]
    quotes = find_quotes("\n\n".join(lines) + "\n\nLa séance a été levée.")
    expected = ["Paul Roux", "Anne Vidal"] * turns
    assert [q.speaker for q in quotes[2:]] == expected[:turns]


# fault 2: a role description resolves to the person the article names in that role


@pytest.mark.parametrize("text", [
    "François Hollande, le leader socialiste, a rencontré Nicolas Sarkozy jeudi. « Nous ne "
    "signerons rien », a déclaré le leader socialiste.",
    "François Hollande, le leader socialiste, a rencontré Nicolas Sarkozy jeudi.\n\nLe "
    "leader socialiste a déclaré à la sortie : « Nous ne signerons rien. »",
    "Le leader socialiste, François Hollande, a rencontré Nicolas Sarkozy jeudi. « Nous ne "
    "signerons rien », a déclaré le leader socialiste."])
def test_a_description_starting_like_a_determiner_resolves(text: str) -> None:
    # "leader" was read as "le" + "ader": no introduction matched, the object was taken
    assert _of(text, "Nous ne signerons").speaker == "François Hollande"


def test_a_name_after_its_clause_verb_is_no_subject_a_description_takes_up() -> None:
    text = ("Joe Biden a appelé Emmanuel Macron lundi. « Les Etats-Unis sont aux côtés de "
            "la France », a déclaré le président américain.")
    assert _of(text, "Les Etats-Unis").speaker == "Joe Biden"


# fault 3: question-and-answer interviews


def test_labelled_turns_the_outlet_asks_the_interviewee_answers() -> None:
    text = ("Nicolas Hulot : « Je ne veux plus me mentir »\n\n"
            "Le Monde : Pourquoi quitter le gouvernement maintenant ?\n\n"
            "Nicolas Hulot : Parce que je ne veux plus me mentir. Je n'ai pas obtenu ce que "
            "j'attendais.\n\n"
            "Le Monde : Vous aviez pourtant promis de rester.\n\n"
            "Nicolas Hulot : Non, j'ai appris beaucoup.\nEt je ne regrette rien.")
    answers = [q for q in find_quotes(text) if q.cue == "answer"]
    assert [q.text for q in answers] == [
        "Parce que je ne veux plus me mentir. Je n'ai pas obtenu ce que j'attendais.",
        "Non, j'ai appris beaucoup. Et je ne regrette rien."]
    assert {q.speaker for q in answers} == {"Nicolas Hulot"}
    assert not any("Pourquoi" in q.text or "promis" in q.text for q in find_quotes(text))


def test_question_and_reponse_labels() -> None:
    text = ("Budget : le ministre s'explique\n\n"
            "Le ministre des Comptes publics, Gérald Darmanin, détaille son budget.\n\n"
            "Question : Comment allez-vous financer cette mesure ?\n"
            "Réponse : Par des économies sur le fonctionnement de l'Etat.\n"
            "Q : Et lesquelles ?\n"
            "R : Nous les présenterons en septembre.")
    quotes = find_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Par des économies sur le fonctionnement de l'Etat.", "Gérald Darmanin"),
        ("Nous les présenterons en septembre.", "Gérald Darmanin")]


def test_a_dash_opening_an_answer_is_no_word_of_it() -> None:
    text = ("Grève : la CGT durcit le ton\n\n"
            "Philippe Martinez, secrétaire général de la CGT, répond à nos questions.\n\n"
            "— Allez-vous appeler à la grève ?\n— Oui, dès le 5 décembre. Les salariés sont "
            "prêts.\n— Combien de temps ?\n— Aussi longtemps qu'il le faudra.")
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [
        ("Oui, dès le 5 décembre. Les salariés sont prêts.", "Philippe Martinez"),
        ("Aussi longtemps qu'il le faudra.", "Philippe Martinez")]


_NAMES = st.sampled_from(["Claire Moulin", "Yann Le Goff", "Karim Benhaddou",
                          "Anne-Sophie Verdier"])
_OUTLETS = st.sampled_from(["Le Monde", "L'Écho du Berry", "La Voix", "Ouest Matin"])


@settings(max_examples=30, deadline=None)
@given(_NAMES, _OUTLETS, st.integers(min_value=2, max_value=5))
def test_labelled_answers_are_the_interviewees_whole_turns(name: str, outlet: str,
                                                            turns: int) -> None:
    lines = ["Entretien exclusif", f"{name} répond à nos questions."]
    for n in range(turns):
        lines += [f"{outlet} : Que pensez-vous de la mesure numéro {n} ?",
                  f"{name} : Elle est utile, et nous la défendrons {n} fois."]
    answers = find_quotes("\n\n".join(lines))
    assert [q.text for q in answers] == [
        f"Elle est utile, et nous la défendrons {n} fois." for n in range(turns)]
    assert {q.speaker for q in answers} == {name}


# fault 4: English attributions


def test_according_to_is_not_taken_by_the_next_sentence() -> None:
    text = ('The families filed a complaint. According to John Smith, a lawyer for the '
            'families, "the case is far from over." Prime Minister Boris Johnson said he '
            'regretted the decision.')
    assert _of(text, "the case").speaker == "John Smith"


def test_a_new_sentence_introducing_the_next_quote_is_not_the_last_ones() -> None:
    text = ('Police said in a statement that "the situation is under control." Mayor Tom '
            'Bradley told the BBC: "We will rebuild."')
    assert _of(text, "the situation").speaker == "Police"
    assert _of(text, "We will rebuild").speaker == "Tom Bradley"


@pytest.mark.parametrize("text", [
    '"We will rebuild." Johnson said on Monday.', '"We will rebuild," Johnson said.'])
def test_a_bare_english_attribution_still_counts(text: str) -> None:
    assert _of(text, "We will rebuild").speaker == "Johnson"


@pytest.mark.parametrize(("text", "name"), [
    ('Transport Secretary Grant Shapps defended the plan. "The money is there," the '
     'transport secretary said.', "Grant Shapps"),
    ('Health Minister Elena Ruiz spoke in Madrid. "We will not cut water," the minister '
     'said.', "Elena Ruiz"),
    ("Jane Porter, the city's mayor, spoke on Monday. \"We will rebuild,\" the mayor "
     "said.", "Jane Porter")])
def test_an_english_description_resolves_to_the_titled_name(text: str, name: str) -> None:
    [quote] = find_quotes(text)
    assert quote.speaker == name


# the twenty-fifth version (set W's errors, read after its held-out run)


@pytest.mark.parametrize(("description", "name"), [
    ("le dirigeant écologiste", "Marc Sorel"),
    ("le responsable écologiste", "Marc Sorel"),
    ("le leader centriste", "Paul Orsini")])
def test_a_hypernym_with_an_adjective_names_the_holder_of_that_role(description: str,
                                                                    name: str) -> None:
    # the subject, Jean Vidal, is neither: the adjective names whose role it is (the
    # "écologiste" cases passed before too, another rule; "centriste" failed)
    text = (f"Le ministre de l'Industrie, Jean Vidal, a reçu le secrétaire national des "
            f"Écologistes, Marc Sorel, et le président du groupe centriste, Paul Orsini. "
            f"« Nous attendons des actes », a déclaré {description}.")
    assert _of(text, "Nous attendons").speaker == name


def test_a_body_is_no_holder_of_a_hypernyms_role() -> None:
    # (guards the rule above: an agency "russe" is no "responsable russe")
    text = ("« Rien ne change », a ajouté Ivan Petrov, parlant à l'agence de presse russe "
            "Interfax. Ces choix sont « une erreur », a estimé le responsable russe.")
    assert _of(text, "une erreur").speaker != "Interfax"


def test_a_counterpart_holds_the_office_it_mirrors() -> None:
    text = ("Le président argentin, Luis Ortega, a reçu mardi son homologue chilien, Pablo "
            "Rivas. « Nous avons avancé », a dit le président argentin.\n\n"
            "Le président chilien s'est montré plus réservé. « Rien n'est acquis », a-t-il "
            "prévenu.")
    assert _of(text, "Nous avons avancé").speaker == "Luis Ortega"
    assert _of(text, "Rien n'est acquis").speaker == "Pablo Rivas"


def test_the_head_of_government_capitalised_is_a_role() -> None:
    text = ("Le projet a été présenté par le Premier ministre, Marc Lebrun. « Le cap ne "
            "changera pas », a assuré le chef du gouvernement.")
    assert _of(text, "Le cap").speaker == "Marc Lebrun"
    # "le ministre" is not the Premier ministre named before
    text = ("Le Premier ministre, Marc Lebrun, et le ministre du Budget, Paul Roy, étaient à "
            "Lille. « Les comptes sont tenus », a dit le ministre du Budget.")
    assert _of(text, "Les comptes").speaker == "Paul Roy"


def test_an_interviews_headline_quote_is_the_interviewees_with_labelled_turns() -> None:
    text = ("Santé : « Nous manquons de médecins partout »\n\n"
            "Infirmière à Vierzon, Julie Caron répond à nos questions.\n\n"
            "Le Berry Matin : Combien de postes sont vacants ?\n\n"
            "Julie Caron : Une trentaine, dans tous les services.\n\n"
            "Le Berry Matin : Que faudrait-il faire ?\n\n"
            "Julie Caron : Augmenter les salaires, tout simplement.")
    assert _of(text, "Nous manquons").speaker == "Julie Caron"


def test_a_sentence_presenting_its_subject_by_a_pronoun_gives_the_next_quote() -> None:
    text = ("Le chauffeur du car, Marc Dufour, 52 ans, comparaissait jeudi. Interrogé par le "
            "président sur sa vitesse, il s'est défendu. « Je roulais à 70, pas plus. »")
    assert _of(text, "Je roulais").speaker == "Marc Dufour"


def test_the_main_clause_subject_after_an_adverbial_clause() -> None:
    text = ("Le président élu, Tom Baker, a été investi. Alors que le pays est en crise, en "
            "Europe comme ailleurs, le nouveau président a promis d'agir « sans attendre ».")
    assert _of(text, "sans attendre").speaker == "Tom Baker"


def test_an_acronym_title_is_no_part_of_the_name() -> None:
    text = "Le PDG Daniel Roussel s'est défendu dans un entretien : « Nous n'avons rien caché. »"
    assert _of(text, "Nous n'avons").speaker == "Daniel Roussel"


# set X's errors, read after its held-out run


def test_a_question_put_by_an_object_pronoun_is_answered_by_the_one_named_before() -> None:
    text = ("Paul Mercier, 48 ans, comparaissait mardi pour abus de biens sociaux.\n\n"
            "Le président, Alain Ribot, l'a d'abord interrogé sur ses comptes. « Où est "
            "passé l'argent ? »\n\n"
            "« Il a servi à payer les fournisseurs. »\n\n"
            "« Aucune facture ne le prouve. »\n\n"
            "« Elles ont brûlé dans l'incendie de l'entrepôt. »")
    assert [q.speaker for q in find_quotes(text)] == [
        "Alain Ribot", "Paul Mercier", "Alain Ribot", "Paul Mercier"]


@pytest.mark.parametrize(("seat", "role", "name"), [
    ("locataire de la place Beauvau", "ministre de l'Intérieur", "Laurent Fabry"),
    ("locataire de Bercy", "ministre de l'Economie", "Laurent Fabry"),
    ("locataire du quai d'Orsay", "ministre des Affaires étrangères", "Laurent Fabry")])
def test_a_ministrys_seat_stands_for_its_minister(seat: str, role: str, name: str) -> None:
    text = (f"Le {role}, {name}, s'est rendu à Grenoble avec la préfète, Anne Morel. « Nous "
            f"agirons », a assuré le {seat}.")
    assert _of(text, "Nous agirons").speaker == name
