"""Entity spans and kinds a new user found false on held-out dispatches (t-enrich21 E15–E18):
titles and party labels glued to a person's name, names cut short, a name and its acronym
in parentheses read as two entities, and kinds the context states. Sentences written
here, through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _entities(resources: Resources, text: str, language: str = "fr"
              ) -> dict[str, tuple[str, str]]:
    entities = enrich(resources, text, language=language)["entities"]
    assert isinstance(entities, list)
    found: dict[str, tuple[str, str]] = {}
    for e in entities:
        for m in e["mentions"]:
            found[str(m[2])] = (str(e["label"]), str(e["id"]))
    return found


def test_a_title_before_a_name_with_letters_beyond_latin_1_is_cut(
        resources: Resources) -> None:
    found = _entities(resources, ("Monténégro\n\n« Nous ouvrirons le port aux navires "
                                  "européens », a précisé à Podgorica le Premier ministre "
                                  "Milojko Spajić."))
    assert found["Milojko Spajić"][0] == "PER"
    assert not any("ministre" in name for name in found)


def test_a_party_label_between_an_office_and_a_name_is_its_own_organisation(
        resources: Resources) -> None:
    found = _entities(resources, ("Marseille\n\n« C'est une honte », a déclaré le député RN "
                                  "Franck Allisio devant la mairie."))
    assert found["Franck Allisio"][0] == "PER"
    assert found["RN"][0] == "ORG"
    assert "RN Franck Allisio" not in found


def test_an_english_title_before_a_name_is_cut(resources: Resources) -> None:
    found = _entities(resources, ('Mayor Mamdani: "We will freeze the rent"\n\nThe mayor '
                                  "spoke to reporters on Monday."), language="en")
    assert "Mayor Mamdani" not in found
    assert found["Mamdani"][0] == "PER"


def test_a_surname_the_model_read_as_a_word_stays_with_the_given_name(
        resources: Resources) -> None:
    found = _entities(resources, ("Châlons\n\nLe maire de Châlons, Benoist Apparu, a critiqué "
                                  "le projet."))
    assert found["Benoist Apparu"][0] == "PER" and "Benoist" not in found


def test_a_ministry_keeps_its_lower_case_head(resources: Resources) -> None:
    found = _entities(resources, "Défense\n\nLe texte a été critiqué par le ministère des "
                                 "Armées mardi.")
    assert "Armées" not in found
    assert any(name.endswith("ministère des Armées".split()[-1]) and " des " in name
               and found[name][0] == "ORG" for name in found)


def test_a_long_name_runs_over_a_place_up_to_its_exact_acronym(resources: Resources) -> None:
    found = _entities(resources, ("Eau\n\nLe Syndicat mixte de gestion de l'eau et de "
                                  "l'assainissement de Guadeloupe (SMGEAG) est en faillite."))
    long = "Syndicat mixte de gestion de l'eau et de l'assainissement de Guadeloupe"
    assert long in found and found[long] == found["SMGEAG"]


def test_a_name_and_its_acronym_in_parentheses_are_one_entity(resources: Resources) -> None:
    found = _entities(resources, ("Économie\n\nSelon l'Institut national de la statistique "
                                  "(Insee), les prix montent. L'Organisation des pays "
                                  "exportateurs de pétrole et de leurs alliés (OPEP+) a "
                                  "décidé de baisser sa production."))
    assert found["Institut national de la statistique"] == found["Insee"]
    assert found["OPEP+"][0] == "ORG"
    assert found["OPEP+"] == found[
        "Organisation des pays exportateurs de pétrole et de leurs alliés"]


def test_kinds_the_context_states(resources: Resources) -> None:
    found = _entities(resources, (
        "Mayotte\n\nSelon La Provence, les habitants interrogés par France-Antilles évoquent "
        "le cyclone Chido, qui reste le talon d'Achille du système. Tidjane Thiam répond "
        "aux questions de Jeune Afrique. Thames Water a coupé l'eau."))
    assert found["La Provence"][0] == "ORG"
    assert found["France-Antilles"][0] == "ORG"
    assert found["Chido"][0] == "MISC"
    assert "Achille" not in found
    assert found["Jeune Afrique"][0] == "ORG"
    assert found["Thames Water"][0] == "ORG"


def test_a_region_s_noun_glued_to_its_name_leaves_the_region(resources: Resources) -> None:
    enrichment = enrich(resources, ("Régions\n\nLe président de la région Hauts-de-France, "
                                    "Xavier Bertrand, a réagi."))
    places = enrichment["places"]
    assert isinstance(places, list)
    assert "iso3166-2:FR-HDF" in {p["id"] for p in places}


def test_a_medium_named_again_as_an_interview_label_stays_the_medium(
        resources: Resources) -> None:
    entities = enrich(resources, (
        "Entretien\n\nTidjane Thiam répond aux questions de Jeune Afrique.\n\n"
        "Jeune Afrique : Serez-vous candidat ?\n\nTidjane Thiam : Oui.\n\n"
        "Jeune Afrique : Que dites-vous au président Alassane Ouattara ?"))["entities"]
    assert isinstance(entities, list)
    labels = {str(e["name"]): str(e["label"]) for e in entities}
    assert labels["Jeune Afrique"] == "ORG"
    assert "Afrique" not in labels and "Jeune" not in labels


def test_a_storm_named_again_without_its_noun_stays_the_storm(resources: Resources) -> None:
    found = _entities(resources, ("Mayotte : un an après Chido\n\nUn an après Chido, "
                                  "Mamoudzou reste à reconstruire. Le cyclone Chido avait "
                                  "tout détruit."))
    assert found["Chido"][0] == "MISC"


def test_a_short_name_in_brackets_after_an_organisation_is_no_person(
        resources: Resources) -> None:
    found = _entities(resources, ("Gaza\n\n« Nous n'avons jamais vu cela », a déclaré à "
                                  "Genève le porte-parole du Bureau de coordination des "
                                  "affaires humanitaires (Ocha), Jens Laerke."))
    assert found["Ocha"][0] == "ORG" and found["Jens Laerke"][0] == "PER"
