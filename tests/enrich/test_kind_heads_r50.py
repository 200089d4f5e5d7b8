"""t-final49b A7, A8, A10, A11 (r-kinds50), through the real enrichment pipeline: a brand that
is a common word or a town before a region was the region; a consular chamber's name was a
place, or cut before its complement; an English utility named after its town was the town; an
organisation's name after a crossroads' noun was the organisation; a handball club whose name
the gazetteer does not know was a place after "face à"; a Paris station named after a city
kept the city as an entity; Portuguese "Metro do Porto" was a place "Metro"; "CHU de Nantes"
gave a second entity "CHU de". Sentences written for these tests (not the report's)."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.entities import Mention
from veille.enrich.kind_heads import kinds_by_heads
from veille.enrich.named_kinds import regional_branch
from veille.enrich.stage import Resources


def _labels(resources: Resources, text: str, **kw: str) -> dict[str, str]:
    return {str(m[2]): str(e["label"])
            for e in enrich(resources, text, **kw)["entities"]  # type: ignore[index]
            for m in e["mentions"]}


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


def test_a_brand_that_is_a_word_or_a_town_before_a_region_acting_is_its_branch() -> None:
    text = "Suez Bretagne a rétabli l'eau."
    assert regional_branch("Suez Bretagne", text, len("Suez Bretagne"))
    assert not regional_branch("Suez Bretagne")  # a town first, nothing said of it
    text = "En Basse Normandie a eu lieu la fête."
    assert not regional_branch("Basse Normandie", text, text.index(" a eu"))  # an area


def test_orange_before_a_region_is_the_firm_s_branch(resources: Resources) -> None:
    found = _labels(resources, "Bretagne : la tempête\n\nOrange Bretagne a rétabli le réseau "
                               "mobile vendredi près de Lannion, a indiqué la préfecture.")
    assert found["Orange Bretagne"] == "ORG"


def test_consular_chambers_and_bodies_are_organisations_whole(resources: Resources) -> None:
    found = _labels(resources, "Lorraine : l'agriculture inquiète\n\nLa Chambre d'agriculture "
                               "de la Meuse et la CCI Grand Est Moselle ont alerté mardi le "
                               "préfet sur la sécheresse.")
    assert found["Chambre d'agriculture de la Meuse"] == "ORG"
    assert "Chambre d'agriculture" not in found
    assert found["CCI Grand Est Moselle"] == "ORG"


def test_an_english_utility_named_after_its_town_is_the_utility(resources: Resources) -> None:
    found = _labels(resources, "Boil notice lifted\n\nEngineers from Spokane Water lifted the "
                               "boil notice on Friday, the city of Spokane said.",
                    language="en", source="example.com")
    assert found["Spokane Water"] == "ORG"
    assert found["Spokane"] == "LOC"


def test_an_organisation_s_name_after_a_crossroads_noun_is_a_toponym(
        resources: Resources) -> None:
    enrichment = enrich(resources, "Besançon : collision\n\nUne voiture a heurté un bus au "
                                   "rond-point de la Croix-Rouge, à Besançon, jeudi soir.")
    labels = {str(m[2]): (e["label"], e["id"])
              for e in enrichment["entities"] for m in e["mentions"]}  # type: ignore[union-attr]
    assert labels["rond-point de la Croix-Rouge"][0] == "LOC"
    assert "Croix-Rouge" not in labels  # no Red Cross
    assert "rond-point de la Croix-Rouge" not in {
        p["mentioned_as"] for p in enrichment["places"]}  # type: ignore[union-attr]


def test_a_toponym_rule_keeps_instead_of_and_the_charity(resources: Resources) -> None:
    found = _labels(resources, "Solidarité\n\nLa Croix-Rouge a distribué des repas à la place "
                               "de la Croix-Rouge suisse, a dit la mairie de Lausanne.")
    assert found.get("Croix-Rouge") == "ORG"


def test_an_unknown_club_after_face_a_is_a_club_like_the_others(resources: Resources) -> None:
    found = _labels(resources, "Handball : la 9e journée de Proligue\n\nLe Sélestat AHB s'est "
                               "imposé 29 à 26 face à Massy-Essonne samedi. Le Stella "
                               "Saint-Maur a été battu par Cherbourg 24 à 30. Le classement "
                               "sera publié lundi.")
    assert found["Massy-Essonne"] == "ORG"
    assert found["Cherbourg"] == "ORG"


def test_a_paris_station_or_gate_named_after_a_city_is_no_city(resources: Resources) -> None:
    text = ("Paris : un colis suspect\n\nLe trafic a été interrompu mardi gare de Lyon, à "
            "Paris, et les bus de la porte de Versailles ont été déviés.")
    enrichment = enrich(resources, text)
    names = {str(m[2]) for e in enrichment["entities"]  # type: ignore[union-attr]
             for m in e["mentions"]}
    assert "Lyon" not in names and "Versailles" not in names
    assert {p["mentioned_as"] for p in enrichment["places"]} == {"Paris"}  # type: ignore[union-attr]


def test_portuguese_metro_and_spanish_ayuntamiento_are_bodies(resources: Resources) -> None:
    found = _labels(resources, "Coimbra: novos horários\n\nO Metro do Mondego anunciou novos "
                               "horários a partir de segunda-feira em Coimbra.",
                    language="pt", source="example.pt")
    assert "Metro" not in found
    places = _places(resources, "Coimbra: novos horários\n\nO Metro do Mondego anunciou novos "
                                "horários a partir de segunda-feira em Coimbra.",
                     language="pt", source="example.pt")
    assert "Metro" not in places and places["Coimbra"]["country"] == "PT"


def test_no_prefix_span_and_no_span_ending_in_a_preposition(resources: Resources) -> None:
    table = resources.aliases
    text = "Le futur CHR de Metz ouvrira."
    at = text.index("CHR")
    out = kinds_by_heads(text, [Mention(at, at + 11, "CHR de Metz", "ORG"),
                                Mention(at, at + 6, "CHR de", "ORG")], table)
    assert [m.text for m in out] == ["CHR de Metz"]
    out = kinds_by_heads(text, [Mention(at, at + 6, "CHR de", "ORG")], table)
    assert [m.text for m in out] == ["CHR"]


def test_html_chu_gives_one_organisation(resources: Resources) -> None:
    found = _labels(resources, "Angers : le chantier du CHU\n\nLe futur CHU d'Angers, sur le "
                               "plateau des Capucins, ouvrira en 2030.")
    assert not any(k.endswith((" de", " d'")) for k in found)


def test_a_known_name_after_station_is_the_stop_only_on_a_network(resources: Resources) -> None:
    table = resources.aliases
    text = "Il a été interrogé mardi sur la station France Inter."
    at = text.index("France Inter")
    out = kinds_by_heads(text, [Mention(at, at + 12, "France Inter", "ORG")], table)
    assert [(m.text, m.label) for m in out] == [("France Inter", "ORG")]
    text = "La station Assemblée nationale de la ligne 12 sera fermée."
    at = text.index("Assemblée")
    out = kinds_by_heads(text, [Mention(at, at + 19, "Assemblée nationale", "ORG")], table)
    assert [(m.text, m.label) for m in out] == [("station Assemblée nationale", "LOC")]
