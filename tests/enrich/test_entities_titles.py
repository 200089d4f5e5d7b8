"""Entity labels a fresh user found false on the re-run (nu5, notes): "Le Parisien" was
the organisation "Parisien" (the article of a title cut), "Hydro-Québec" a place. Sentences
written here, through the enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.aliases import Alias, AliasTable
from veille.enrich.stage import Resources


def _entities(resources: Resources, text: str) -> dict[str, tuple[str, str]]:
    entities = enrich(resources, text, source="example.fr")["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): (str(e["label"]), str(e["id"])) for e in entities}


def test_a_newspaper_keeps_its_capitalised_article(resources: Resources) -> None:
    found = _entities(resources, ("Travaux\n\nLes riverains, interrogés par Le Parisien, "
                                  "puis par Les Echos, se disent soulagés."))
    assert found["Le Parisien"][0] == "ORG" and found["Les Echos"][0] == "ORG"
    assert "Parisien" not in found and "Echos" not in found


def test_a_title_unknown_to_the_alias_table_keeps_its_article_inside_a_sentence(
        resources: Resources) -> None:
    found = _entities(resources, ("Presse\n\nL'interview est parue hier dans Le Quotidien "
                                  "Jurassien, selon l'agence."))
    assert any(name.startswith("Le Quotidien") for name in found)


def test_a_sentence_s_first_article_is_no_part_of_the_name(resources: Resources) -> None:
    found = _entities(resources, ("Diplomatie\n\nLa France a protesté mardi. Le Sénat a voté "
                                  "le texte."))
    assert "La France" not in found and "France" in found


def test_a_surname_with_its_article_is_the_person_named_in_full(
        resources: Resources) -> None:
    found = _entities(resources, ("Grève\n\nSylvie Le Floch, déléguée CFDT, appelle à la grève. "
                                  "Pour Le Floch, la direction doit reculer."))
    assert found["Sylvie Le Floch"][0] == "PER" and "Le Floch" not in found


def test_an_organisation_named_after_a_place_is_no_place(resources: Resources) -> None:
    found = _entities(resources, ("Verglas\n\nPlus de 45 000 clients d'Hydro-Québec étaient "
                                  "toujours privés d'électricité jeudi, selon Radio-Canada. "
                                  "Nice-Matin rapporte aussi des coupures."))
    assert found["Hydro-Québec"][0] == "ORG"
    assert found["Nice-Matin"][0] == "ORG"


def test_a_title_alias_needs_its_article_and_capitals() -> None:
    table = AliasTable([Alias("Le Monde", "Q12461", "ORG", "Le Monde"),
                        Alias("Sénat", "veille:senat", "ORG", "Sénat (France)")])
    row = table.lookup("Le Monde")
    assert row is not None and row.id == "Q12461"
    assert table.lookup("Le monde") is None  # "Le monde entier regarde"
    assert table.lookup("Monde") is None and table.lookup("le Monde") is None
    assert table.lookup("le Sénat") is not None  # other rows still drop their article
