"""t-final49 A2, A3, A5 (h-t49b), through the real enrichment pipeline: a church named after
a saint in a Swiss town was the Caribbean Saint-Martin; a district of Lyon named as a tram
line's destination was a village of the Côte-d'Or; a spokeswoman with a particled surname was
a place, an outlet after "du" a person, an organisation in apposition a person, a "Régie" a
place, a brand with an inner apostrophe cut at it, "the State" a place, and a commune whose
name opens with "Le" no place. Sentences written for these tests (not the report's)."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.article_towns import town_with_article
from veille.enrich.body_heads import apposed_body, body_headed
from veille.enrich.line_ends import line_destination
from veille.enrich.local_venues import after_local_facility
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


def _labels(resources: Resources, text: str, **kw: str) -> dict[str, str]:
    return {str(m[2]): str(e["label"])
            for e in enrich(resources, text, **kw)["entities"]  # type: ignore[index]
            for m in e["mentions"]}


# --- A2: a place of worship named after a saint -----------------------------------------

def test_a_saint_s_name_after_a_church_s_noun_is_no_town() -> None:
    text = "La messe sera dite à l'église de Saint-Barthélemy, à Sion."
    assert after_local_facility(text, text.index("Saint-Barthélemy"))
    text = "Le concert aura lieu à la chapelle Saint-Martin."
    assert after_local_facility(text, text.index("Saint-Martin"))
    text = "Il est né à Saint-Martin en 1950."
    assert not after_local_facility(text, text.index("Saint-Martin"))


def test_a_swiss_temple_of_saint_martin_is_not_the_antilles(resources: Resources) -> None:
    found = _places(resources, "Nyon : adieu au pasteur Jacques Rossier\n\nLe pasteur Jacques "
                               "Rossier est mort samedi à Nyon. Un culte sera célébré mardi "
                               "au temple de Saint-Martin, à Nyon, a indiqué la paroisse.",
                    source="letemps.ch", language="fr-CH")
    assert "Saint-Martin" not in found
    assert found["Nyon"]["country"] == "CH"


# --- A3: a city line's destination ---------------------------------------------------------

def test_a_city_line_s_destination_is_read_as_a_station() -> None:
    for text, name in [("le métro B vers Gerland", "Gerland"),
                       ("la ligne de tramway T4 jusqu'à Vénissieux", "Vénissieux"),
                       ("la ligne C du tram en direction de Pessac", "Pessac")]:
        assert line_destination(text, text.index(name)), text
    for text, name in [("le TER vers Mâcon", "Mâcon"),
                       ("la ligne à grande vitesse vers Bordeaux", "Bordeaux"),
                       ("des bus vers Annecy", "Annecy"), ("il roule vers Lyon", "Lyon")]:
        assert not line_destination(text, text.index(name)), text


def test_a_lyon_district_as_a_tram_s_destination_is_no_far_commune(
        resources: Resources) -> None:
    found = _places(resources, "Lyon : le tramway prolongé\n\nLa métropole de Lyon a voté "
                               "jeudi le prolongement du tramway T6 vers Gerland. Le chantier "
                               "commencera au printemps à Lyon.")
    assert "Gerland" not in found
    assert "Lyon" in found


def test_a_near_town_as_a_line_s_destination_stays_a_place(resources: Resources) -> None:
    found = _places(resources, "Toulouse : le métro prolongé\n\nLa mairie de Toulouse prolonge "
                               "la ligne A du métro vers Balma. Les travaux dureront deux ans.")
    assert found["Balma"]["insee"] == "31044"


# --- A5: entity kinds -------------------------------------------------------------------------

def test_a_spokeswoman_with_a_particled_surname_is_a_person(resources: Resources) -> None:
    labels = _labels(resources, "Traversiers : service réduit\n\nLe service sera réduit lundi, "
                                "a indiqué la porte-parole de la société d'État, Julie Des "
                                "Marais.", source="lapresse.ca", language="fr-CA")
    assert labels["Julie Des Marais"] == "PER"


def test_an_outlet_after_du_is_the_outlet_not_a_person(resources: Resources) -> None:
    labels = _labels(resources, "Entrevue\n\nLa ministre a répondu mardi aux questions du "
                                "Soleil sur le budget.", source="lesoleil.com",
                     language="fr-CA")
    assert labels.get("Soleil", "ORG") == "ORG"


def test_an_organisation_in_apposition_or_heading_a_name(resources: Resources) -> None:
    assert apposed_body("Eurostat, l'office statistique", len("Eurostat"))
    assert not apposed_body("Paris, la capitale", len("Paris"))
    assert body_headed("Régie des eaux de Gap") and not body_headed("Régie")
    labels = _labels(resources, "Chômage\n\nFedstat, l'institut fédéral de statistique, a "
                                "publié mardi ses chiffres. Selon la Régie des eaux de Gap, "
                                "la consommation baisse.")
    assert labels.get("Fedstat", "ORG") == "ORG"
    assert labels.get("Régie des eaux de Gap", "ORG") == "ORG"


def test_a_brand_with_an_inner_apostrophe_is_one_name(resources: Resources) -> None:
    labels = _labels(resources, "Vélos\n\nLe groupement Vél'Azur exploitera le réseau de "
                                "vélos de la ville dès janvier.")
    assert "Vél" not in labels


def test_the_state_in_english_is_no_place(resources: Resources) -> None:
    labels = _labels(resources, "Port traffic rises\n\n\"It is the third largest airport in "
                                "the State,\" Niamh Kelly told reporters in Shannon.",
                     language="en", source="example.ie")
    assert labels.get("State", "NONE") != "LOC"


def test_a_commune_whose_name_opens_with_le_is_found_with_it(resources: Resources) -> None:
    text = "Les écoles du Carbet et Le Carbet même restent fermées."
    assert town_with_article(text, text.index("Carbet et"), "Carbet") == (
        text.index("Carbet et"), "Carbet")
    assert town_with_article(text, text.index("Carbet même"), "Carbet") == (
        text.index("Le Carbet"), "Le Carbet")
    found = _places(resources, "Martinique : fortes pluies\n\nDe fortes pluies sont tombées "
                               "sur Le Robert et Le Marin, selon Météo-France. Les écoles du "
                               "Robert resteront fermées.", source="la1ere.francetvinfo.fr")
    assert found["Le Robert"]["insee"] == "97222"


def test_an_overseas_territory_needs_evidence_in_a_text_all_abroad(
        resources: Resources) -> None:
    text = ("Incendie dans le Gros-de-Vaud\n\nLes pompiers de Lausanne, de Morges et de "
            "Saint-Martin sont intervenus mardi soir. Les habitants de Morges ont été évacués.")
    found = _places(resources, text, source="letemps.ch", language="fr-CH")
    assert "Saint-Martin" not in found
    assert found["Morges"]["country"] == "CH"
    found = _places(resources, "Cyclone\n\nLe cyclone a frappé Saint-Martin et Marigot mardi.",
                    source="rci.fm")
    assert found["Saint-Martin"]["id"] == "iso3166:MF"
