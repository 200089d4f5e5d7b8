"""Speakers after newuser14a's findings (issue 16, branch q-quotes14b: E22, E1, E2, E3,
E4, E8), on sentences written here (other names, the same shapes): words put in the
wrong mouth by an organisation labelled MISC, a role description after a quote, an
epicene role noun's determiner, things that are no speaker, a cited person, names with
"de la"."""

from __future__ import annotations

from veille.enrich.gender import mention_gender
from veille.enrich.quotes import find_quotes, link_speakers


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_an_organisation_labelled_misc_keeps_its_words() -> None:
    text = ("Le ministre, Marc Dorval, a défendu sa loi. L'association Terre d'asile 21 "
            "dénonce une loi « qui enferme les familles ».")
    quotes = find_quotes(text)
    at = text.index("Terre")
    entities: list[dict[str, object]] = [
        {"id": "per:marc-dorval", "label": "PER", "mentions": [[13, 24]]},
        {"id": "misc:terre-d'asile-21", "label": "MISC", "mentions": [[at, at + 16]]}]
    link_speakers(quotes, entities, lambda name: "")
    assert [q.speaker_id for q in quotes] == ["misc:terre-d'asile-21"]


def test_a_role_description_after_a_quote_names_the_person_just_introduced() -> None:
    text = ("Le président de la métropole, Louis Garnier, a déclaré : « Nous devons avancer "
            "vite. »\n\nLa conseillère régionale Sonia Marceau a voté contre. « Je ne crois "
            "pas à ce projet », a expliqué l'élue.")
    assert _speakers(text)[1][1] == "Sonia Marceau"
    text = ("La directrice de l'hôpital, Claire Dumont, a parlé la première. « Nous manquons "
            "de lits », a-t-elle précisé.\n\nLe député de la circonscription, Marc Olivier, "
            "s'est rendu sur place. « Toute la commune est choquée », a réagi l'élu, ému.")
    assert _speakers(text)[1][1] == "Marc Olivier"


def test_a_role_with_another_adjective_is_not_the_person_introduced_before() -> None:
    text = ("L'entraîneur nantais, Paul Martin, était satisfait. « Mes joueurs ont été "
            "solides », a dit Paul Martin.\n\nDe son côté, Yves Gourcuff a évoqué une défaite "
            "« à oublier ». « Nous n'avons pas joué », a ajouté l'entraîneur lorientais.")
    assert _speakers(text)[2][1] == "Yves Gourcuff"


def test_the_person_concerned_is_not_the_one_who_spoke_about_him() -> None:
    text = ("Adama Traoré a marqué deux buts. L'entraîneur, Paul Martin, l'a salué. « Il a "
            "fait un grand match », a dit Paul Martin.\n\n« Je suis heureux pour l'équipe », "
            "a confié l'intéressé.")
    assert _speakers(text)[1][1] == "Adama Traoré"


def test_an_epicene_role_noun_marks_no_gender() -> None:
    text = ("« Notre ville avance », a lancé le maire, Olivier Mercier.\n\nLa tête de liste "
            "écologiste, Kofi Mensah, a estimé que « la ville étouffe sous le béton ». « Nous "
            "allons rassembler les écologistes », a-t-il ajouté.")
    assert mention_gender(text, text.index("Kofi")) == ""
    assert [s for _, s in _speakers(text)] == ["Olivier Mercier", "Kofi Mensah", "Kofi Mensah"]
    assert mention_gender("La ministre, Kofi Mensah", 12) == "f"


def test_a_time_phrase_is_no_antecedent_of_qui() -> None:
    text = ("L'avocat a cité un gendarme entendu l'an dernier, qui avait admis : « on ne "
            "sait pas qui décide vraiment ».")
    assert _speakers(text)[0][1].startswith("gendarme")


def test_pour_qui_names_the_person_before_it() -> None:
    text = ("La chute du mur de Berlin avait déjà changé la donne, rappelle le politologue "
            "Marc Lazar, pour qui « le risque serait de croire la page tournée ».")
    assert _speakers(text)[0][1] == "Marc Lazar"


def test_qui_after_a_contracted_article_and_the_answer_after_that_question() -> None:
    text = ("Que répondez-vous au patronat, qui juge la réforme « indispensable » ?\n\n"
            "« Le patronat veut surtout garder ses marges. »")
    assert [s for _, s in _speakers(text)] == ["patronat", ""]


def test_a_lone_participle_is_no_speaker() -> None:
    text = "Sollicitée, la mairie assure que « rien n'est encore décidé »."
    assert _speakers(text)[0][1] == "mairie"


def test_a_ministrys_complement_is_no_name() -> None:
    text = ("La ministre de la Culture a reçu vendredi les syndicats. À l'issue de la "
            "réunion, la ministre a estimé que « le dialogue continue ».")
    assert _speakers(text)[0][1] != "Culture"


def test_the_cited_person_speaks_not_the_one_citing() -> None:
    text = ("Le médecin Paul Garnier revient de Gaza. « Les hôpitaux manquent de tout », "
            "raconte-t-il. Il cite une infirmière palestinienne rencontrée en juillet : "
            "« Nous opérons sans anesthésie. »")
    assert _speakers(text)[1] == ("Nous opérons sans anesthésie.", "infirmière palestinienne")


def test_a_work_title_after_dans_is_not_glued_to_the_words() -> None:
    text = ("Bertrand Blier, qui l'avait dirigé dans « Les Valseuses », disait de lui qu'il "
            "était « le plus tendre des voyous ».")
    assert _speakers(text) == [("le plus tendre des voyous", "Bertrand Blier")]


def test_a_name_with_de_la_is_whole_and_face_a_ends_a_speaker() -> None:
    text = ("Le président de Renault France, Louis Le Moal de la Tour, a confirmé la "
            "fermeture. « Le site n'est plus rentable », a-t-il expliqué.")
    assert _speakers(text)[0][1] == "Louis Le Moal de la Tour"
    assert _speakers("« Nous ne reculerons pas », prévient l'Élysée face à la grève")[0][1] \
        == "Élysée"


def test_a_place_after_a_preposition_is_no_holder_of_the_role() -> None:
    text = ("Le groupe a revendiqué une embuscade contre un convoi de l'armée nigérienne "
            "entre Tessalit et Kidal.\n\nL'armée nigérienne a reconnu des « pertes » sans en "
            "préciser le nombre. Dans un communiqué, l'état-major évoque « une attaque lâche "
            "repoussée par nos soldats ».")
    assert [s for _, s in _speakers(text)] == ["armée nigérienne", "état-major"]


def test_an_impersonal_incise_names_its_source_not_the_previous_speaker() -> None:
    text = ("La préfète, Anne Moreau, a tenu une conférence de presse. « Nous ne céderons "
            "rien », a-t-elle martelé.\n\nSelon une source policière, les heurts ont éclaté "
            "samedi soir. « Les policiers ont essuyé des tirs pendant deux heures », a-t-on "
            "appris auprès de cette source.")
    assert [s for _, s in _speakers(text)] == ["Anne Moreau", "source policière"]


def test_an_interview_head_is_no_speaker_and_a_body_does_not_fall_back_to_it() -> None:
    text = ("Entretien avec Paul Durand : « Le ministre joue avec le feu »\n\nLe secrétaire "
            "général de FO, Paul Durand, répond à nos questions.\n\nLe gouvernement dit "
            "vouloir « remettre de l'ordre ». Qu'en pensez-vous ?\n\n« C'est un slogan, rien "
            "de plus. »")
    assert [s for _, s in _speakers(text)] == ["Paul Durand", "gouvernement", "Paul Durand"]


def test_a_name_in_apposition_after_a_possessive_description_speaks() -> None:
    text = ("La grève à la RATP se poursuit. Son PDG, Paul Martin, a estimé sur France Inter "
            "que la grève serait « incompréhensible pour les usagers ».")
    assert _speakers(text)[0][1] == "Paul Martin"


def test_an_interview_prompt_ending_in_an_ellipsis_is_answered_by_the_interviewee() -> None:
    text = ("Le secrétaire général de FO, Paul Durand, répond à nos questions.\n\nLa réforme "
            "passera-t-elle ?\n\n« Pas sans nous. »\n\nLe ministre affirme que le dialogue "
            "n'est pas rompu...\n\n« Il nous a reçus une heure, pour nous présenter un texte "
            "déjà écrit. »")
    assert [s for _, s in _speakers(text)] == ["Paul Durand", "Paul Durand"]
    assert _speakers("Le maire a parlé longtemps...\n\n« Nous avons perdu trois ans. »") \
        == [("Nous avons perdu trois ans.", "")]
