"""Speakers, issue 16 (branch q-quotes15b), on sentences written here (other names, the
shapes of verify15 R1, R12, R6 and newuser15a W2): a role noun of the other gender or of
another office than the previous speaker's, a pronoun shared by coordinated verbs, a
document read aloud, a title before a name."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


def test_a_masculine_role_noun_is_not_the_woman_who_spoke_before() -> None:
    # verify15 R1: "le sélectionneur" never names "la présidente Odile Ferrand"
    assert _speakers("« Le stade sera plein dimanche », a assuré la directrice Nadia "
                     "Perrin. « Nous jouerons pour gagner ce derby », a lancé "
                     "l'entraîneur.") == ["Nadia Perrin", "entraîneur"]
    assert _speakers("« Nous voulons la coupe cette saison », a déclaré la "
                     "présidente Léa Moreau. « Le groupe doit encore progresser », a "
                     "reconnu le capitaine.") == ["Léa Moreau", "capitaine"]


def test_a_role_noun_is_not_the_previous_speaker_introduced_in_another_office() -> None:
    # verify15 R1 (r1e): "l'entraîneur" is not "le maire, Paul Durand"
    assert _speakers("Le préfet, Henri Bastide, a visité le club. « Nous sommes à vos "
                     "côtés », a-t-il déclaré. « Nous avons manqué de réalisme », a "
                     "regretté l'entraîneur.") == ["Henri Bastide", "entraîneur"]


def test_a_role_noun_of_the_same_office_or_a_hypernym_still_names_the_speaker() -> None:
    assert _speakers("La maire, Agnès Colin, a ouvert la séance. « Le budget est "
                     "tenu », a-t-elle déclaré. « Nous n'augmenterons pas les impôts », "
                     "a ajouté l'élue.") == ["Agnès Colin", "Agnès Colin"]


def test_a_coordinated_verb_shares_its_pronoun_subject() -> None:
    # verify15 R12: "Elle a jugé « X » et rappelé que « Y »": Y is hers too
    text = ("L'adjointe Nathalie Brun a présenté le budget. Le conseiller Hugo Marchal "
            "a dénoncé une « gestion hasardeuse ». « Vous videz les caisses de la "
            "commune », a-t-il lancé. L'adjointe lui a répondu. Elle a qualifié ces "
            "critiques de « caricaturales » et ajouté que la dépense restait « sous "
            "contrôle total ».")
    speakers = {q.text: q.speaker for q in find_quotes(text)}
    assert speakers["caricaturales"] == speakers["sous contrôle total"] == "Nathalie Brun"


def test_a_document_read_aloud_speaks_its_author_words() -> None:
    # verify15 R6: "X a lu la lettre d'une mère : « … »" is not X's
    assert _speakers("La sénatrice Anne Vidal a lu la lettre d'un agriculteur : « Je "
                     "travaille soixante heures par semaine pour rien ».") == [
        "lettre d'un agriculteur"]
    assert _speakers("Le député Marc Ollier a montré le message de Julie Caron : « Je "
                     "n'ai plus rien à manger depuis deux jours ».") == ["Julie Caron"]
    # a verb of showing with no document object quotes no one but the subject
    assert _speakers("Le député Marc Ollier montre un visage fermé : « Je ne lâcherai "
                     "rien sur ce dossier ».")[0] != "visage fermé"


def test_a_title_before_a_name_is_no_part_of_the_speaker() -> None:
    # newuser15a W2: "ECB President Christine Lagarde", "ministre … Jean-Noël Barrot"
    assert _speakers('"Rates will stay high for a while," Fed Chair Janet Yellen told '
                     "reporters.") == ["Janet Yellen"]
    assert _speakers('"We will not back down," Secretary of State Antony Blinken told '
                     "reporters.") == ["Antony Blinken"]
    assert _speakers("« Nous tiendrons nos engagements », a affirmé le ministre de "
                     "l'Économie Jean-Claude Martin.") == ["Jean-Claude Martin"]
    # a sentence's subject taken up by a pronoun: the person, not "L'adjoint …"
    assert _speakers("L'adjoint Rémi Faure a présenté le plan. Il a promis une rentrée "
                     "« sans aucune fermeture de classe ».") == ["Rémi Faure"]


def test_a_capitalised_title_adjective_still_marks_the_gender() -> None:
    from veille.enrich.gender import mention_gender
    text = "a affirmé le Premier ministre Li Qiang, puis la Première ministre Anne Vasseur."
    assert mention_gender(text, text.index("Li Qiang")) == "m"
    assert mention_gender(text, text.index("Anne Vasseur")) == "f"


def test_an_action_noun_before_a_name_is_no_office_that_rules_the_name_out() -> None:
    # "pour la présentation du JT, X" gives X no role: "la journaliste" may still be X
    text = ("Interrogée sur sa nomination pour la présentation du magazine, Claire Aubin "
            "répond : « Je suis ravie de revenir à l'antenne. » « J'ai beaucoup d'idées "
            "pour cette nouvelle formule », ajoute la journaliste.")
    assert _speakers(text) == ["Claire Aubin", "Claire Aubin"]
