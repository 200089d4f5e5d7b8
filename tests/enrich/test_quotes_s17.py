"""Speakers and quote spans, twenty-first version of the rules (issue 16, branch
s-quotes17), on sentences written here (not from any benchmark set): a quote holding a
quote (newuser16a H4), a pronoun inside someone's words, a pronoun taken by the leader
or voice of a group in apposition (H1, verify17 Y10), an adverb between the auxiliary
and the participle of an incise, verbs giving reasons, partitive subjects ("L'un d'eux",
H6)."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes, quoted_spans


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


def test_a_quote_holding_a_quote_spans_to_the_outer_closing_mark() -> None:
    text = ("Une voisine raconte la nuit de l'incendie : « Mon mari m'a crié : « Sors vite, "
            "ça brûle ! ». On est descendus en pyjama avec les enfants », dit-elle.")
    spans = quoted_spans(text)
    assert text[spans[0][0]:spans[0][1]].endswith("avec les enfants ")
    quotes = find_quotes(text)
    assert quotes[0].text.endswith("avec les enfants") and quotes[0].speaker == "voisine"


def test_unbalanced_marks_keep_the_first_closing_mark() -> None:
    # guard: « opened twice in a paragraph and closed once is not one long quote
    text = "Il a parlé d'une « crise « profonde » et durable.\n\nLe reste suit."
    assert [text[s:e].strip() for s, e in quoted_spans(text)] == ["crise « profonde"]


def test_the_pronoun_of_an_incise_after_a_nested_quote_keeps_its_gender() -> None:
    # the incise after the outer mark is read ("a-t-elle"), so the man who spoke before
    # is not taken for "elle"
    assert _speakers(
        "Le maire, Hugo Brunel, a défendu le budget. « Il faut tenir les comptes », a lancé "
        "l'édile.\n\nL'opposition, menée par Léa Garnier, a quitté la salle. « C'est un "
        "budget d'abandon, et ce sont les « petits » qui paieront », a-t-elle regretté."
    ) == ["Hugo Brunel", "Léa Garnier"]


def test_a_group_speaks_through_its_leader_or_voice_in_apposition() -> None:
    # verify17 Y10: the pronoun of the next sentence's incise is the voice, not the group
    assert _speakers("La CGT du port, par la voix de sa secrétaire générale, Inès Caron, "
                     "rejette le texte. « C'est une provocation pure et simple », a-t-elle "
                     "lancé.") == ["Inès Caron"]
    assert _speakers("L'opposition, conduite par Nadia Perret, a voté contre. « Rien n'est "
                     "financé à ce jour », a-t-elle répliqué.") == ["Nadia Perret"]


def test_a_voice_with_a_complement_before_its_name_is_the_name() -> None:
    assert _speakers("La région a réagi par la voix de son vice-président aux transports, "
                     "Karim Bensaïd : « Nous ne laisserons pas fermer cette ligne. »") == [
        "Karim Bensaïd"]


def test_a_quote_inside_the_words_of_a_speaker_is_part_of_them() -> None:
    # newuser21 E21: the inner quote is no second entry (it was given to the article's
    # topic, Nina Castel, by the pronoun "Elle"; the bench's gold never annotates it apart)
    text = ("La chorégraphe Nina Castel est morte mardi. Nina Castel avait fondé sa compagnie "
            "en 1980. La ministre, Anne Perrin, a salué « une pionnière ». Son ami Marc "
            "Lenoir se souvient : « Elle me disait : « La danse se mérite chaque matin. » "
            "Elle n'a jamais triché », confie-t-il.")
    quotes = {q.text: q.speaker for q in find_quotes(text)}
    assert "La danse se mérite chaque matin." not in quotes
    assert any(t.startswith("Elle me disait") and s.endswith("Marc Lenoir")
               for t, s in quotes.items())


def test_an_adverb_between_auxiliary_and_participle_keeps_the_incise() -> None:
    assert _speakers("« Le pic de la crue n'est pas encore passé », a d'emblée averti le "
                     "préfet. « Nous attendons deux jours difficiles. »") == ["préfet", "préfet"]
    assert _speakers("« Nous refusons ce plan en bloc », a aussitôt réagi la déléguée "
                     "syndicale.") == ["déléguée syndicale"]


def test_a_verb_giving_reasons_introduces_the_subject_s_words() -> None:
    assert _speakers("Le directeur de la banque, Omar Slaoui, a justifié cette pause par « la "
                     "prudence qu'impose la conjoncture ».") == ["Omar Slaoui"]


def test_the_infinitive_of_a_verb_giving_reasons_is_no_speech_verb() -> None:
    # guard: "Pour se justifier, X a publié …" does not make the words before it X's
    quotes = find_quotes("Pour se justifier, la chaîne a publié un texte. Le texte parle "
                         "d'une « décision prise en toute indépendance ».")
    assert all(q.speaker != "chaîne" or q.cue != "justifier" for q in quotes)


def test_a_partitive_subject_takes_its_apposition_or_the_plural_before_it() -> None:
    assert _speakers("Plusieurs riverains ont été entendus. L'un d'eux, ancien boulanger du "
                     "quartier, nous a raconté : « Personne ne nous a jamais prévenus de "
                     "rien. »") == ["ancien boulanger du quartier"]
    assert _speakers("Les infirmières du service ont manifesté mardi. L'une d'elles "
                     "confie : « On tient, mais pour combien de temps encore ? »") == [
        "une des infirmières du service"]
    assert _speakers("Les inspecteurs y relevaient des fautes graves. L'un d'eux, aujourd'hui "
                     "à la retraite, nous a confié : « On avait prévenu tout le monde. »") == [
        "un des inspecteurs"]


def test_a_clause_after_a_colon_or_a_new_sentence_names_its_subject_not_its_object() -> None:
    # newuser16a H3: the object after the verb is no inverted subject there
    assert _speakers("« Ce n'est qu'un premier pas » : devant la mairie, la porte-parole du "
                     "collectif, Agathe Morin, a lancé mardi l'appel des riverains.") == [
        "Agathe Morin"]
    assert _speakers("« Je ne cherche pas à plaire » : Lucie Vernet dévoile son nouvel "
                     "album à Lyon\n\nLa chanteuse sort un disque.") == ["Lucie Vernet"]
    assert _speakers("« Nous ne pouvons plus attendre. » Trois jours après la crue, le "
                     "maire, Yves Caradec, a écrit au ministre pour réclamer un fonds "
                     "d'urgence.") == ["Yves Caradec"]


def test_an_incise_after_a_comma_still_names_the_subject_after_the_verb() -> None:
    # guard: "», a lancé, mardi, le maire" is an incise
    assert _speakers("« Nous tiendrons », a lancé, mardi soir, le maire de Brest.") == [
        "maire de Brest"]


def test_a_participle_in_int_and_its_agent_end_the_speaker_phrase() -> None:
    assert _speakers("Selon un élu local joint par la radio Océan, « les combats ont duré "
                     "plus de trois heures ».") == ["élu local"]


def test_a_noun_phrase_right_before_the_quote_ends_with_its_verb() -> None:
    assert _speakers("La direction invoque « la chute brutale des commandes en Europe "
                     "».") == ["direction"]


def test_a_name_after_a_complement_s_noun_names_the_complement_not_the_speaker() -> None:
    assert _speakers("Un infirmier de la clinique Pasteur, joint par téléphone, décrit « des "
                     "couloirs remplis de brancards ».") == ["infirmier de la clinique Pasteur"]
    # while the head noun's own name is the speaker, an elided capital article no given name
    assert _speakers("L'opérateur Trottix, lui, se dit « surpris par cette décision "
                     "brutale ».") == ["Trottix"]


def test_a_voice_named_since_the_last_speaker_takes_the_pronoun() -> None:
    assert _speakers(
        "« Les familles sont épuisées », s'inquiète un parent d'élève.\n\nLa Fédération "
        "des écoles privées laïques, par la voix de son président, Issa Kaboré, renvoie la "
        "balle au ministère. « Nous paierons quand l'État paiera », a-t-il assuré.") == [
        "parent d'élève", "Issa Kaboré"]


def test_a_sentence_presenting_one_name_in_apposition_gives_the_next_quote() -> None:
    # the quote's stop after its closing mark still makes it a sentence
    assert _speakers(
        "Côté lyonnais, Paulo Fonseca n'a pas caché sa colère. « Nous avons dominé tout le "
        "match », a estimé le technicien portugais.\n\nLe capitaine de l'OL, Tolisso, a été "
        "plus direct. « On a manqué de caractère en fin de match. Ce n'est pas "
        "acceptable ».") == ["Paulo Fonseca", "Tolisso"]
    # (the description in the first incise names the subject of the sentence before it,
    # Paulo Fonseca: t-enrich19 E11; it was left "technicien portugais")


def test_on_speaking_from_a_source_is_that_source() -> None:
    assert _speakers("Le maire, Paul Girard, a réagi. « C'est un drame », a-t-il dit. « Aucune "
                     "piste n'est écartée », indique-t-on de source policière.") == [
        "Paul Girard", "source policière"]


def test_a_role_ending_with_a_body_s_name_then_the_person_is_introduced() -> None:
    text = ("Le ministre, Luc Morel, a tenu une conférence de presse aux côtés de la "
            "directrice générale de Santé publique France, Sonia Ferrand. La directrice "
            "générale de Santé publique France a précisé que « les urgences sont au plus "
            "haut depuis dix ans ».")
    assert _speakers(text) == ["Sonia Ferrand"]


def test_a_title_joining_two_portfolios_stands_for_its_synonym() -> None:
    assert _speakers("Le ministre de l'Europe et des Affaires étrangères, Paul Verdier, était "
                     "à Rome lundi. À l'issue de la rencontre, le chef de la diplomatie "
                     "française a déclaré que « le dialogue reprendra dès la semaine "
                     "prochaine ».") == ["Paul Verdier"]


def test_a_titled_surname_of_the_other_gender_is_no_antecedent() -> None:
    assert _speakers("La ministre déléguée, Clara Vidal, qui accompagnait M. Verdier, a "
                     "rappelé la position de Paris. Selon elle, « il n'y aura pas de paix "
                     "durable sans garanties ».") == ["Clara Vidal"]


_INTERVIEW = """Maëlle Rivière, urbaniste : « Nos villes ne sont pas prêtes pour les canicules »

Spécialiste de l'adaptation des villes au climat, Maëlle Rivière publie un rapport. Entretien.

Vous écrivez que nos villes « cuisent ». Pourquoi ?

Parce qu'elles ont été pensées pour la voiture et le béton. Les îlots de chaleur peuvent \
atteindre huit degrés de plus que la campagne voisine.

Le gouvernement a pourtant lancé un plan…

Il n'est pas financé. Un maire m'a dit : « On fera ce qu'on pourra. » Ce n'est pas une politique.

Que doivent faire les maires dès maintenant, selon vous ?

Planter, désimperméabiliser les cours d'école, ouvrir des lieux frais.

Propos recueillis par Jean Dumas"""


def test_an_interview_s_answers_printed_without_quotation_marks_are_the_interviewee_s() -> None:
    answers = [q for q in find_quotes(_INTERVIEW) if q.cue == "answer"]
    assert [q.text[:20] for q in answers] == ["Parce qu'elles ont é", "Il n'est pas financé",
                                              "Planter, désimperméa"]
    assert {q.speaker for q in answers} == {"Maëlle Rivière"}
    assert not any("Propos recueillis" in q.text for q in find_quotes(_INTERVIEW))
    # the words cited inside an answer keep their own speaker
    assert any(q.text == "On fera ce qu'on pourra." and q.speaker == "maire"
               for q in find_quotes(_INTERVIEW))


def test_questions_in_a_report_make_no_interview() -> None:
    # guard: one question line, no second person: no answers
    text = ("Faut-il fermer la ligne ?\n\nLa région hésite encore. Le vote aura lieu en mars.\n\n"
            "Qui paiera les travaux ?\n\nL'État et la région se renvoient la facture.")
    assert find_quotes(text) == []


def test_an_interview_s_headline_quote_with_no_speaker_is_the_interviewee_s() -> None:
    # verify17 Y9: "Entretien" is the genre, no speaker
    text = _INTERVIEW.replace("Maëlle Rivière, urbaniste : «", "Entretien : «", 1)
    assert find_quotes(text)[0].speaker == "Maëlle Rivière"


def test_a_voice_s_span_points_at_its_name() -> None:
    # the span was counted from the sentence twice: a later pronoun's window opened past it
    text = ("Le conseil a voté. La région a réagi par la voix de son adjoint, Luc Faure : « Nous "
            "ne laisserons pas fermer cette ligne. »")
    quote = find_quotes(text)[0]
    assert text[quote.speaker_start:quote.speaker_end] == "Luc Faure"
