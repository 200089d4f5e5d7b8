"""Speakers of the thirteenth version of the quote rules (issue 16, branch s-quotes11), on
sentences written here: the words of an earlier quote of the sentence are no introduction
(straight marks as well as « »), an interviewee answers the author's question, a colon
closing the line before a quote introduces it, and speech verbs of the school grammar's
list of "verbes de parole"."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_selon_inside_an_earlier_straight_quote_is_no_source() -> None:
    found = _speakers(
        '"Chaque pays doit agir selon ses moyens et selon ses contraintes propres", a '
        "expliqué Paul Martin en citant l'Angleterre, qui a \"une économie très différente "
        'de la nôtre".')
    assert found and all(speaker == "Paul Martin" for _, speaker in found)


@pytest.mark.parametrize("marks", [("« ", " »"), ('"', '"')])
def test_a_participle_after_an_earlier_quote_shares_the_main_subject(
        marks: tuple[str, str]) -> None:
    o, c = marks
    found = dict(_speakers(
        "Le syndicat Sud a demandé jeudi que le ministre soit entendu sur ce fichier, qui "
        f"pourra viser {o}les jeunes dès treize ans{c}, dénonçant un {o}inacceptable{c} "
        "instrument de contrôle."))
    assert found.get("inacceptable") == "Sud"


@pytest.mark.parametrize("marks", [("« ", " »"), ('"', '"')])
def test_a_name_in_quotes_inside_the_introduction_keeps_its_subject(
        marks: tuple[str, str]) -> None:
    o, c = marks
    found = _speakers(
        f"La productrice Anne Roux, interrogée par {o}La Croix{c} : {o}Le montage "
        f"financier est aussi fragile qu'un château de cartes.{c}")
    assert found and found[-1][1] == "Anne Roux"


def test_an_answer_after_the_authors_question_is_the_interviewees() -> None:
    found = _speakers(
        "La ministre Claire Dubois a reçu les élus mardi.\nElle a longuement parlé du "
        "budget.\nEt les hausses d'impôts ?\n\"Il n'y en aura pas cette année, c'est "
        'certain."')
    assert found == [("Il n'y en aura pas cette année, c'est certain.", "Claire Dubois")]


def test_a_name_inside_the_question_is_not_the_interviewee() -> None:
    found = _speakers(
        "Le chanteur Paul Martin était à Lyon pour son concert.\nLa tournée de Jeanne "
        "Roux ?\n« Je ne l'ai pas encore entendue, je le ferai bientôt. »")
    assert found[0][1] == "Paul Martin"


def test_the_answers_go_on_with_the_interviewee_not_a_verb_of_the_question() -> None:
    found = _speakers(
        "L'avocat Jean Petit défendait Marie Roux. « Elle est innocente », a-t-il plaidé. "
        "Et la prison, elle la craint ?\n« Elle n'a peur de rien, elle attend son "
        "procès. »")
    assert [speaker for _, speaker in found] == ["Jean Petit"] * 2  # no title (W2)
    assert find_quotes(
        "L'avocat Jean Petit défendait Marie Roux. « Elle est innocente », a-t-il plaidé. "
        "Et la prison, elle la craint ?\n« Elle n'a peur de rien. »")[1].cue == "answer"


def test_an_incise_after_the_answer_still_names_its_speaker() -> None:
    found = _speakers(
        "Le maire Paul Martin a présenté son projet. « Ce sera fini en juin », a-t-il "
        "assuré. Son coût ? « Trois cents millions, pas un de plus », tranche l'adjointe "
        "Marie Roux.")
    assert found[1][1] == "Marie Roux"


def test_a_colon_closing_the_line_before_introduces_the_quote() -> None:
    found = _speakers(
        "Le président Paul Martin a tenu à renvoyer toute question sur ce sujet aux "
        "organisateurs :\n« C'est à eux de répondre, ce n'est pas mon sujet. »")
    assert found[0][1] == "Paul Martin"


def test_a_noun_of_saying_gives_the_floor_to_its_complement() -> None:
    found = _speakers(
        "Le maire Paul Martin a reçu les riverains.\nRéponse immédiate, lundi soir, du "
        "maire de Lyon :\n\"Nous ne céderons pas sur ce point, c'est hors de question.\"")
    assert found[0][1] == "maire de Lyon"


def test_a_noun_of_saying_with_no_complement_is_no_speaker() -> None:
    found = _speakers(
        "« Vous ne savez pas ce que nous vivons », lance le moine Tenzin Norbu. Mais "
        "pourquoi maintenant ? La réponse tombe comme une évidence : « Les Jeux commencent "
        "dans un mois. »")
    assert found[1][1] == "Tenzin Norbu"


def test_a_detached_participle_opening_the_sentence_is_no_speaker() -> None:
    found = _speakers(
        "Lancée ce jour-là, une pétition a réuni les signatures de trois cents médecins "
        'exigeant des "mesures immédiates".')
    assert found == [("mesures immédiates", "pétition")]


@pytest.mark.parametrize("verb", ["s'écrie", "riposte", "maugrée", "grommelle", "s'exclame",
                                  "chuchote", "ricane", "dévoile", "recommande"])
def test_a_verb_of_the_verbes_de_parole_list_is_an_incise(verb: str) -> None:
    found = _speakers(
        "Le maire Paul Martin a inauguré la ligne de tramway. La députée Claire Dubois "
        f"était absente. « Ce chantier a coûté bien trop cher », {verb} le conseiller "
        "municipal Jean Petit.")
    assert found[0][1] == "Jean Petit"


@pytest.mark.parametrize("verb", ["riposté", "rétorqué", "récriminé", "vociféré"])
def test_a_verb_of_the_list_introduces_a_reported_fragment(verb: str) -> None:
    found = _speakers(
        f"Le maire Paul Martin a {verb} que ces chiffres étaient « faux et trompeurs ».")
    assert found == [("faux et trompeurs", "Paul Martin")]


def test_a_en_croire_opening_the_sentence_is_a_source() -> None:
    found = _speakers(
        "Paul Martin a perdu l'élection. À en croire ses proches, il serait « très "
        "affecté » par cette défaite.")
    assert found[0][1].endswith("proches")


def test_a_en_croire_inside_a_noun_phrase_is_no_source_for_the_sentence() -> None:
    found = _speakers(
        "Selon la radio RTL, la présentatrice la plus « populaire » de France, à en croire "
        "un sondage réalisé par Ipsos, « présentera le journal de 20 heures en "
        "septembre ».")
    assert found[-1][1] in ("RTL", "radio RTL")


def test_a_selon_inside_a_relative_clause_is_no_source_for_the_quote() -> None:
    found = _speakers(
        "Le maire Paul Martin assure que les travaux, qui ont pris du retard selon les "
        "riverains, seront « terminés en juin ».")
    assert found == [("terminés en juin", "Paul Martin")]


def test_a_reported_clause_naming_its_own_speaker_gives_the_words_to_it() -> None:
    found = _speakers(
        "La ministre Claire Dubois a affirmé que son collègue Paul Martin avait jugé la "
        "réforme « prématurée ».")
    assert found == [("prématurée", "Paul Martin")]
    found = _speakers(
        "Paul Martin a assuré que les opérations se poursuivraient « jusqu'à la fin du "
        "mois ».")
    assert found[0][1] == "Paul Martin"


@pytest.mark.parametrize("opening", ["Le député Jean Petit a quitté le parti. ",
                                     "« Je pars », a dit le député Jean Petit. "])
def test_a_name_in_a_detached_participle_is_not_the_pronoun(opening: str) -> None:
    found = _speakers(
        f"{opening}Surpris par la politique du président Paul Martin, il déclara : « Je ne "
        "reconnais plus ce parti. »")
    assert found[-1][1] != "Paul Martin"
    assert found[-1][1] in ("Jean Petit", "député Jean Petit")


def test_a_pronoun_incise_is_the_subject_introducing_the_quote() -> None:
    found = _speakers(
        "« Martine est au bord d'une candidature », a conclu le député Philippe Roux. Un "
        "peu plus tôt dans la journée, Claude Martin, l'un des lieutenants de Laurent "
        "Fabius, jubilait : « Il y a toujours une dimension physique dans les congrès », "
        "a-t-il dit.")
    assert found[1][1] == "Claude Martin"


@pytest.mark.parametrize("marks", [("«", "»"), ('"', '"')])
def test_a_quoted_newspaper_title_opening_the_sentence_is_the_speaker(
        marks: tuple[str, str]) -> None:
    o, c = marks
    found = _speakers(
        f"Le {o}Courrier du Sud{c}, quotidien régional, a estimé jeudi que {o}la réforme "
        f"des retraites est un échec annoncé{c}.")
    assert found[-1] == ("la réforme des retraites est un échec annoncé", "Courrier du Sud")


def test_a_single_name_after_an_opening_chunk_is_the_pronouns_antecedent() -> None:
    found = _speakers(
        "La journaliste Ana Lopez a été licenciée. « C'est une décision politique », a "
        "affirmé Lopez. Pour se justifier, Canal 9 a publié un communiqué affirmant "
        "qu'elle avait refusé « un autre poste ». Néanmoins, Lopez leur répondit ; elle "
        "écrivit sur Twitter : « Je sais pourquoi ils m'ont renvoyée. »")
    assert found[-1][1] == "Lopez"


def test_an_adverbial_cut_by_a_quoted_word_in_an_incise_is_no_speaker() -> None:
    found = _speakers(
        "« Je veux rester prudente », a déclaré la ministre Claire Dubois. « Je porterai ce "
        "sac toute seule », a déclaré, de façon presque « lyrique », la ministre.")
    assert found[1][1] == "Claire Dubois"
