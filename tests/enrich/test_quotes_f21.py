"""Quotes and speakers, written set Z's shapes (issue 16, branch f-quotes21): a heckle's
addressee in apposition, an object clitic before an incise's auxiliary, a role whose
holder is never named taken up by a pronoun, an elided article's description, "le
candidat de la droite" for the candidate named with a right-wing party's label, a name in
apposition closing an incise inside a quote, an English subject's apposition, a new
sentence introducing the next quote, an incise's pronoun of the other gender. Synthetic
sentences (invented people and words, none of set Z's); each failed before the fix."""

from __future__ import annotations

from veille.enrich.quotes import Quote, find_quotes
from veille.enrich.quotes_refs import resolve_role
from veille.enrich.stage import Resources

from .conftest import enrich


def _of(text: str, words: str) -> Quote:
    return next(q for q in find_quotes(text) if q.text.startswith(words))


def test_the_name_after_the_addressee_is_not_the_speaker() -> None:
    text = ("Le ton est monté au Sénat. « Vous sacrifiez nos hôpitaux de proximité ! », a "
            "lancé la sénatrice écologiste Claire Dumas au ministre de la Santé, Paul "
            "Rivière.")
    assert _of(text, "Vous sacrifiez").speaker == "Claire Dumas"


def test_the_closing_apposition_still_names_a_description_s_holder() -> None:  # a guard
    text = ("La réforme a été votée. « Les comptes sont justes », a assuré la ministre "
            "déléguée aux comptes publics, Amélie Dufresne.")
    assert _of(text, "Les comptes").speaker == "Amélie Dufresne"


def test_an_object_clitic_before_the_auxiliary_keeps_the_incise() -> None:
    text = ("Le témoin hésite. « Vous étiez donc seul dans la voiture ce soir-là ? », l'a "
            "relancé le président.")
    assert _of(text, "Vous étiez").speaker == "président"
    text = "Il raconte son renvoi. « Tu ne remettras plus les pieds ici », m'a lancé le patron."
    assert _of(text, "Tu ne remettras").speaker == "patron"


def test_a_pronoun_after_an_unnamed_role_is_that_role() -> None:
    text = ("Selon l'Élysée, « le président de la République recevra les élus la semaine "
            "prochaine ». Le préfet de la Gironde, lui, reste prudent. « Rien n'est encore "
            "décidé sur le calendrier », a-t-il indiqué.")
    assert _of(text, "Rien n'est").speaker == "préfet de la Gironde"
    text = ("Le ministre a parlé. Le président du département demeure sceptique. « Nous "
            "attendons des actes, pas des annonces », a-t-il ajouté.")
    assert _of(text, "Nous attendons").speaker == "président du département"


def test_a_pronoun_after_a_role_whose_holder_was_named_is_the_holder() -> None:  # a guard
    text = ("Le préfet de la Gironde, Étienne Garnier, a présidé la réunion. Le ministre a "
            "parlé ensuite. Le préfet de la Gironde, lui, reste prudent. « Rien n'est "
            "encore décidé sur le calendrier », a-t-il indiqué.")
    assert _of(text, "Rien n'est").speaker == "Étienne Garnier"


def test_a_description_after_an_elided_article_refers_back() -> None:  # a guard
    text = ("Le maire de Vannes, Thierry Le Floch, a salué « une très bonne nouvelle pour la "
            "ville ». L'élu reste toutefois prudent. « Je serai attentif au calendrier des "
            "travaux », a-t-il prévenu.")
    assert _of(text, "Je serai attentif").speaker == "Thierry Le Floch"


DEBATE = ("Le débat a opposé la sortante, Nadia Ferrand (PS), à son adversaire, Louis "
          "Marchal (LR).\n\n« Votre gestion a ruiné la commune », a attaqué le candidat de la "
          "droite.\n\n« C'est faux, et vous le savez », a répondu la candidate de la gauche.")


def test_the_candidate_of_a_side_is_the_one_named_with_its_party() -> None:
    assert _of(DEBATE, "Votre gestion").speaker == "Louis Marchal"
    assert _of(DEBATE, "C'est faux").speaker == "Nadia Ferrand"


def test_a_labelled_name_after_a_preposition_is_still_the_candidate() -> None:
    text = ("Le débat a opposé Nadia Ferrand (PS) à Louis Marchal (RN). « Vous mentez aux "
            "électeurs depuis six ans », a répondu le candidat de l'extrême droite.")
    assert _of(text, "Vous mentez").speaker == "Louis Marchal"


def test_two_candidates_of_one_side_name_no_one() -> None:  # a guard
    text = ("Le débat a opposé Nadia Ferrand (LR) à Louis Marchal (UDI). Le candidat de la "
            "droite a parlé.")
    assert resolve_role(text, "candidat de la droite", text.index("candidat"), "le") is None


def test_a_name_closing_an_incise_inside_a_quote_is_the_speaker() -> None:
    text = ("La saison est finie.\n\n« Nous avons manqué de constance, a reconnu la "
            "capitaine lyonnaise, Inès Morel.\n\n« Il faudra tout changer l'an prochain. »")
    assert _of(text, "Nous avons manqué").speaker == "Inès Morel"
    text = ("La saison est finie.\n\n« Nous voulons la paix, a déclaré le porte-parole, "
            "M. Martin. Le dialogue doit reprendre. »")
    assert _of(text, "Nous voulons").speaker == "M. Martin"


def test_an_english_subject_s_apposed_name_is_the_speaker() -> None:
    text = ("The hearing was short. “The company broke the law for ten years,” the "
            "regulator, Joan Pierce, told the committee.")
    assert _of(text, "The company broke").speaker == "Joan Pierce"


def test_a_new_sentence_introducing_the_next_quote_names_not_the_one_before() -> None:
    text = ("Côté lyonnais, l'entraîneur Marc Vidal a salué la victoire de son adversaire. « Ils "
            "ont mieux joué que nous ce soir. » Le défenseur Hugo Lenoir a promis une "
            "réaction : « Nous allons travailler toute la semaine. »")
    assert _of(text, "Ils ont mieux").speaker == "Marc Vidal"
    assert _of(text, "Nous allons travailler").speaker == "Hugo Lenoir"


def test_an_incise_pronoun_of_the_other_gender_is_not_the_last_speaker() -> None:
    text = ("« Je déciderai en juin, pas avant », répond le maire Paul Girard.\n\n"
            "« Le tramway, d'abord. Et la gare ensuite. »\n\n"
            "Son adjointe, Sophie Marin, est souvent citée pour lui succéder. « Nous "
            "verrons bien le moment venu », sourit-elle.")
    assert _of(text, "Nous verrons").speaker == "Sophie Marin"


def test_the_defendant_is_the_person_the_trial_is_named_after() -> None:
    text = ("Le procès de Damien Roche s'est ouvert lundi à Rennes. « Je regrette chaque jour "
            "cet accident », a déclaré le prévenu.")
    assert _of(text, "Je regrette").speaker == "Damien Roche"
    text = ("Sonia Perret, 44 ans, jugée pour escroquerie, a pris la parole en dernier. Elle "
            "s'est tournée vers les victimes. « Je vous rembourserai », a assuré la prévenue.")
    assert _of(text, "Je vous rembourserai").speaker == "Sonia Perret"


def test_two_defendants_leave_the_role() -> None:  # a guard
    text = ("Le procès de Damien Roche et de Marc Tessier s'est ouvert lundi. « Je n'ai rien "
            "fait de mal », a déclaré le prévenu.")
    assert _of(text, "Je n'ai rien").speaker == "prévenu"


def test_a_quote_s_words_are_no_entity(resources: Resources) -> None:
    """A quote set in title case: the model read "Nous Gagnerons Ensemble" as a MISC
    entity (an entity page for a clause); a name inside a quote stays one."""
    section = enrich(resources, (
        "Réforme\n\n« Nous Irons Jusqu'Au Bout De Cette Réforme Et Nous Gagnerons "
        "Ensemble », a lancé Paul Martin devant les militants. « Nous irons au Conseil "
        "d'État s'il le faut », a-t-il ajouté."))
    names = {str(e["name"]) for e in section["entities"]}  # type: ignore[attr-defined]
    assert not any(name.split()[0] in ("Nous", "Je", "Vous") for name in names)
    assert "Paul Martin" in names
    assert "Conseil d'État" in names


def test_the_magistrate_is_the_court_s_president() -> None:
    text = ("Le tribunal correctionnel d'Auxerre jugeait mardi un chauffeur de 52 ans.\n\n"
            "— Aviez-vous bu ce soir-là ? a demandé la présidente Odile Sarrazin.\n\n"
            "— Deux bières, pas plus, a répondu le prévenu.\n\n"
            "— Pourquoi l'éthylotest dit-il le contraire ? a relancé la magistrate.")
    assert _of(text, "Pourquoi l'éthylotest").speaker == "Odile Sarrazin"


def test_a_club_president_is_no_magistrate() -> None:  # a guard
    text = ("Le président du club, Marc Fournier, a parlé. « Nous gagnerons ce titre », "
            "a-t-il dit. « Le club doit changer de méthode », a estimé le magistrat.")
    assert _of(text, "Le club doit").speaker == "magistrat"
