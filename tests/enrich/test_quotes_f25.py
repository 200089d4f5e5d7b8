"""Speakers named by a description whose person or organisation is named nearby, an
interviewee's labels, portfolio words glued to a surname, and a plural subject's
participle clause (issue 16; t-enrich24 E4, E12, E17, E18, q-speakers24 "Left";
f-speakers25's held-out set): each test failed before the fix."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.body_referents import body_referent
from veille.enrich.quotes import Quote, find_quotes
from veille.enrich.quotes_titles import portfolio_holder
from veille.enrich.stage import Resources


def _of(text: str, words: str) -> Quote:
    return next(q for q in find_quotes(text) if q.text.startswith(words))


def _quotes(enrichment: dict[str, object]) -> list[dict[str, Any]]:
    quotes = enrichment["quotes"]
    assert isinstance(quotes, list)
    return quotes


def _speaker(enrichment: dict[str, object], words: str) -> str:
    return next(str(q["speaker"]) for q in _quotes(enrichment)
                if str(q["text"]).startswith(words))


# 4. a plural subject's participle clause is no speaker

def test_participle_clause_after_a_plural_subject_is_cut() -> None:
    text = ("Des centaines de taxis ont bloqué le quartier européen mercredi.\n\n"
            "« On ne peut plus vivre de ce métier », ont lancé les chauffeurs rassemblés "
            "place Schuman.")
    assert _of(text, "On ne peut plus").speaker == "chauffeurs"


def test_participle_clause_with_its_own_complement_is_cut() -> None:
    text = ("« Le Mercosur, c'est la mort de nos fermes », ont scandé les éleveurs réunis "
            "place Bellecour dans la matinée.")
    assert _of(text, "Le Mercosur").speaker == "éleveurs"


def test_a_title_of_noun_and_participle_stays_whole() -> None:
    text = "« Nous verrons », ont répondu les ministres délégués."
    assert _of(text, "Nous verrons").speaker == "ministres délégués"


# 1. a definite description resolved to the nearest compatible mention

def test_verb_adjunct_after_a_role_is_cut_and_the_role_resolved() -> None:
    text = ("Élodie Ferrand, députée (PS) de l'Essonne, a interpellé le gouvernement.\n\n"
            "« Les usagers paient pour des trains fantômes », a lancé la députée de "
            "l'Essonne sous les applaudissements de la gauche.")
    assert _of(text, "Les usagers").speaker == "Élodie Ferrand"


def test_added_words_of_a_role_are_the_previous_speakers() -> None:
    text = ("Le président du groupe LFI, Mathilde Panot, a dénoncé « un tour de "
            "passe-passe ». « Il promet tout et son contraire », a ajouté la députée du "
            "Val-de-Marne.")
    assert _of(text, "Il promet tout").speaker == "Mathilde Panot"


def test_young_man_with_no_age_is_the_defendant_not_the_prosecutor() -> None:
    text = ("Quinze ans ont été requis contre Yanis Roux, accusé d'avoir poignardé un "
            "voisin.\n\n« Les faits sont établis », a martelé l'avocat général, Paul "
            "Lefort.\n\nLe jeune homme, qui comparaît détenu, a pris la parole. « Je "
            "regrette », a-t-il dit.")
    assert _of(text, "Je regrette").speaker == "Yanis Roux"


def test_young_man_in_an_incise_is_the_last_man_named_without_office() -> None:
    text = ("L'employé, Gaël Le Bihan, a raconté la scène. « J'ai cru mourir », a-t-il "
            "dit.\n\n« J'ai encore des cauchemars », a ajouté le jeune homme.")
    assert _of(text, "J'ai encore").speaker == "Gaël Le Bihan"


def test_defendant_named_as_the_object_of_a_verdict() -> None:
    text = ("Le tribunal correctionnel de Douai a condamné mercredi Romain Lefebvre à "
            "trois ans de prison.\n\n« J'avais bu, je le reconnais », a déclaré le prévenu "
            "à la barre.")
    assert _of(text, "J'avais bu").speaker == "Romain Lefebvre"


def test_defendant_of_a_trial_with_an_adjunct_after_the_noun() -> None:
    text = ("Le procès d'Anthony Giraud s'est ouvert mardi devant la cour d'assises.\n\n"
            "« Je n'ai jamais voulu blesser personne », a affirmé l'accusé dès l'ouverture "
            "des débats.")
    assert _of(text, "Je n'ai jamais").speaker == "Anthony Giraud"


def test_named_relative_in_an_incise_and_an_unnamed_victim() -> None:
    text = ("Une habitante de 86 ans s'est fait voler ses bijoux. Sa fille, Martine "
            "Rossi, a porté plainte.\n\n« Il avait l'air si gentil », a confié la "
            "victime.\n\n« Ma mère vit seule », a déploré sa fille.\n\n« Elle a peur », a "
            "soufflé son père.")
    assert _of(text, "Il avait l'air").speaker == "victime"
    assert _of(text, "Ma mère vit").speaker == "Martine Rossi"
    assert _of(text, "Elle a peur").speaker == "son père"


def _org(name: str, ident: str, *mentions: tuple[int, int]) -> dict[str, object]:
    return {"id": ident, "name": name, "label": "ORG",
            "mentions": [[a, b, name] for a, b in mentions]}


def test_a_firms_noun_takes_the_firm_named_before() -> None:
    text = ("GRDF a dépêché trente techniciens. « Le rétablissement prendra 48 heures », "
            "a précisé l'entreprise.")
    entities = [_org("GRDF", "org:grdf", (0, 4))]
    start = text.index("entreprise")
    assert body_referent(text, "entreprise", start, entities, {}) == \
        ("GRDF", (0, 4), "org:grdf")


def test_a_firms_noun_skips_an_association_and_a_members_union() -> None:
    text = ("TotalEnergies a refusé. Farid Ouali, délégué CGT, proteste. L'association "
            "UFC-Que Choisir a réagi. « Les consommateurs paient », a dénoncé "
            "l'association de consommateurs. « Nous restons ouverts », a précisé le groupe.")
    ufc = text.index("UFC")
    cgt = text.index("CGT")
    entities = [_org("TotalEnergies", "org:total", (0, 13)),
                _org("CGT", "org:cgt", (cgt, cgt + 3)),
                _org("UFC-Que Choisir", "org:ufc", (ufc, ufc + 15))]
    taken: dict[str, str] = {}
    said = body_referent(text, "association de consommateurs",
                         text.index("association de consommateurs"), entities, taken)
    assert said is not None and said[2] == "org:ufc"
    group = body_referent(text, "groupe", text.index("groupe."), entities, taken)
    assert group is not None and group[2] == "org:total"


def test_no_organisation_before_leaves_the_description() -> None:
    text = "« Le site fermera », a indiqué l'entreprise. Renault a démenti."
    entities = [_org("Renault", "org:renault", (text.index("Renault"), text.index("Renault") + 7))]
    assert body_referent(text, "entreprise", text.index("entreprise"), entities, {}) is None


def test_the_organisations_noun_in_the_stage(resources: Resources) -> None:
    enrichment = enrich(resources, (
        "Bordeaux : des foyers privés de gaz\n\nPrès de 4 000 foyers ont été privés de gaz "
        "vendredi. GRDF a dépêché une trentaine de techniciens sur place.\n\n« Le "
        "rétablissement complet prendra au moins 48 heures », a précisé l'entreprise dans "
        "un communiqué."))
    assert _speaker(enrichment, "Le rétablissement") == "GRDF"


# 3. a portfolio's words are never part of the holder's name

def test_portfolio_words_before_a_surname() -> None:
    text = "« Nous livrerons », a annoncé la ministre des Armées Vautrin."
    at = text.index("Armées")
    assert portfolio_holder(text, at, "Armées Vautrin") == len("Armées ")
    text = "a prévenu la secrétaire d'État à la Consommation Étienne."
    at = text.index("Consommation")
    assert portfolio_holder(text, at, "Consommation Étienne") == len("Consommation ")
    text = "a répliqué la ministre de la Transition écologique Gayraud."
    at = text.index("Transition")
    assert portfolio_holder(text, at, "Transition écologique Gayraud") == \
        len("Transition écologique ")
    text = "a dit le ministre des Armées Pierre Moreau."
    assert portfolio_holder(text, text.index("Armées"), "Armées Pierre Moreau") == \
        len("Armées ")
    text = "a dit le maire Jean Dupont."
    assert portfolio_holder(text, text.index("Jean"), "Jean Dupont") is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("ministre des", "Armées"),
                        ("ministre de l'Économie et des", "Finances"),
                        ("ministre des", "Outre-mer"),
                        ("secrétaire d'État à la", "Consommation"),
                        ("ministre de la", "Transition écologique"),
                        ("ministre de l'", "Intérieur"),
                        ("ministre déléguée chargée de la", "Mer et de la Biodiversité")]),
       st.sampled_from(["Vautrin", "Lescure", "Moutchou", "Gayraud", "Nuñez", "Tabarot"]))
def test_a_portfolio_then_a_surname_gives_the_surname(title: tuple[str, str],
                                                     surname: str) -> None:
    opener, portfolio = title
    space = "" if opener.endswith("'") else " "
    text = f"« Rien n'est décidé », a déclaré la {opener}{space}{portfolio} {surname} mardi."
    run = f"{portfolio} {surname}"
    cut = portfolio_holder(text, text.index(run), run)
    assert cut is not None and run[cut:] == surname


def test_no_person_glued_to_a_portfolio(resources: Resources) -> None:
    enrichment = enrich(resources, (
        "Fiscalité\n\n« Cette taxe touchera peu de foyers », a assuré le ministre de "
        "l'Économie et des Finances Lescure devant le Sénat. « La grande distribution "
        "prendra ses responsabilités », a promis la secrétaire d'État à la Consommation "
        "Étienne."))
    entities = enrichment["entities"]
    assert isinstance(entities, list)
    names = {str(e["name"]) for e in entities}
    assert not names & {"Finances Lescure", "Consommation Étienne"}, names
    assert _speaker(enrichment, "Cette taxe") == "Lescure"


# 2. interviews: an interviewee's label in full then with initials

def test_interview_labels_of_one_person_in_two_forms() -> None:
    text = ("Le français à Montréal : entretien avec Jean-François Roberge\n\n"
            "Le ministre de la Langue française, Jean-François Roberge, a répondu à nos "
            "questions.\n\nLe Devoir : Le recensement montre un recul. Êtes-vous inquiet ?"
            "\n\nJean-François Roberge : Inquiet, non. Lucide, oui.\n\n"
            "Le Devoir : Vos opposants parlent d'une loi symbolique.\n\n"
            "J.-F. Roberge : Je les invite à lire le texte.\n\nLe plan sera déposé jeudi.")
    quotes = find_quotes(text)
    answers = [q for q in quotes if q.cue == "answer"]
    assert [q.text[:12] for q in answers] == ["Inquiet, non", "Je les invit"]
    assert {q.speaker for q in answers} == {"Jean-François Roberge"}
    assert not any("inquiet ?" in q.text for q in quotes)


def test_an_interviews_questions_give_no_entity(resources: Resources) -> None:
    enrichment = enrich(resources, (
        "Le français à Montréal : entretien avec Jean-François Roberge\n\n"
        "Le ministre, Jean-François Roberge, a répondu à nos questions.\n\n"
        "Le Devoir : Le recensement montre un recul. Êtes-vous inquiet ?\n\n"
        "Jean-François Roberge : Inquiet, non. Lucide, oui.\n\n"
        "Le Devoir : Vos opposants parlent d'une loi symbolique.\n\n"
        "J.-F. Roberge : Je les invite à lire le texte."))
    entities = enrichment["entities"]
    assert isinstance(entities, list)
    names = {str(e["name"]) for e in entities}
    assert not {n for n in names if n.startswith(("Vos ", "Êtes-vous"))}, names
    assert _speaker(enrichment, "Je les invite") == "Jean-François Roberge"


def test_a_portfolios_own_complement_is_no_holder() -> None:
    text = "Le ministre des Transports du Québec, Jonatan Julien, s'est montré prudent."
    assert portfolio_holder(text, text.index("Transports"), "Transports du Québec") is None


def test_an_empty_speaker_does_not_stop_the_article() -> None:
    text = ("Défense : « L'Europe doit apprendre à se défendre seule »\n\n"
            "Le général Thierry Burkhard a répondu à nos questions.\n\n"
            "— Le risque de guerre existe-t-il ?\n\n— Le risque existe.\n\n"
            "— Sommes-nous prêts ?\n\n— Pas encore.")
    assert find_quotes(text)


def test_a_description_standing_for_an_unnamed_role_takes_it_up() -> None:
    text = ("Les liaisons sont suspendues.\n\nLe préfet de l'archipel, interrogé jeudi, a "
            "été plus précis. « Nous espérons une reprise dans dix jours », a déclaré le "
            "haut fonctionnaire.")
    assert _of(text, "Nous espérons").speaker == "préfet de l'archipel"


def test_a_participle_before_an_adjective_is_part_of_the_name() -> None:
    text = "« Nous garantirons l'ordre », ont affirmé les forces armées thaïlandaises."
    assert _of(text, "Nous garantirons").speaker == "forces armées thaïlandaises"


def test_an_added_quote_of_another_title_is_not_the_previous_speaker() -> None:
    text = ("« Ces incidents ont été organisés », a affirmé le premier ministre chinois Wen "
            "Jiabao.\n\n« Venez ici, enquêtez sur les faits », a ajouté le chef religieux.")
    assert _of(text, "Venez ici").speaker != "Wen Jiabao"
