"""f-places27: the outlet's own region or overseas territory weighs on an ambiguous
commune name (Zinfos974's Saint-Denis is La Réunion's, the Courrier picard's Saint-Paul the
Oise's); overseas communes are shown in France (country FR, territory kept); English towns
under 150,000 inhabitants after a preposition of place. Sentences written for these tests
(not f-places27's held-out set's), through the real enrichment pipeline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.source_regions import source_areas
from veille.enrich.stage import Resources
from veille.index.base import enrichment_terms


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    section = enrich(resources, "Titre\n\n" + text, **kw)
    return {str(p["mentioned_as"]): p for p in section["places"]}  # type: ignore[attr-defined]


# --- the outlet's region ------------------------------------------------------------

def test_a_reunion_outlet_reads_saint_denis_as_its_own(resources: Resources) -> None:
    text = "Le conseil municipal de Saint-Denis a voté jeudi la gratuité des cantines."
    reunion = _places(resources, text, source="Zinfos974",
                      url="https://www.zinfos974.com/actu/cantines")["Saint-Denis"]
    assert (reunion["insee"], reunion["country"], reunion["territory"]) == ("97411", "FR", "RE")
    assert reunion["admin1"] == "RE"
    assert reunion["department"] == "974"
    # a national outlet: the Seine-Saint-Denis's, as before
    assert _places(resources, text, source="lemonde.fr")["Saint-Denis"]["insee"] == "93066"


def test_an_antilles_outlet_reads_its_island_s_commune(resources: Resources) -> None:
    text = "Un glissement de terrain a coupé la route à Saint-Joseph dans la nuit."
    place = _places(resources, text, source="Martinique la 1ère",
                    url="https://la1ere.francetvinfo.fr/martinique/route")["Saint-Joseph"]
    assert place["insee"] == "97224"
    assert _places(resources, text, source="lemonde.fr")["Saint-Joseph"]["insee"] == "97412"


def test_a_new_caledonian_outlet_and_a_metropolitan_namesake(resources: Resources) -> None:
    text = "Le maire du Mont-Dore a présenté le nouveau plan de circulation."
    assert _places(resources, text, source="lnc.nc")["Mont-Dore"]["insee"] == "98817"


def test_a_regional_daily_reads_a_commune_of_its_region(resources: Resources) -> None:
    text = "Un incendie a détruit un hangar agricole à Saint-Paul dans la nuit de lundi."
    assert _places(resources, text, source="courrier-picard.fr")["Saint-Paul"]["insee"] == \
        "60591"
    assert _places(resources, text, source="lemonde.fr")["Saint-Paul"]["insee"] == "97415"


def test_a_regional_prior_does_not_sink_a_far_larger_town(resources: Resources) -> None:
    # Montreuil, Deux-Sèvres (698) in Ouest-France's region: a hundred and fifty times
    # smaller than Montreuil (Seine-Saint-Denis), which stays the reading
    text = "La mairie de Montreuil a annoncé la fermeture du gymnase."
    assert _places(resources, text, source="ouest-france.fr")["Montreuil"]["insee"] == "93048"


def test_source_areas() -> None:
    assert source_areas("zinfos974.com") == {("RE", "RE")}
    assert source_areas("clicanoo.re") == {("RE", "RE")}
    assert ("GF", "GF") in source_areas("franceguyane.fr", "France-Guyane")
    assert ("PF", "01") in source_areas("tahiti-infos.com", "Tahiti Infos")
    assert source_areas("www.ouest-france.fr") == {("FR", "53"), ("FR", "52"), ("FR", "28")}
    assert ("FR", "53") in source_areas(
        "france3-regions.francetvinfo.fr", "", "https://france3-regions.francetvinfo.fr/"
        "bretagne/brest/article")
    assert source_areas("lemonde.fr", "Le Monde") == frozenset()
    assert source_areas("bbc.co.uk", "BBC News") == frozenset()


@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=60))
def test_source_areas_never_raises(site: str, name: str, url: str) -> None:
    out = source_areas(site, name, url)
    assert all(len(area) == 2 for area in out)


# --- overseas communes in France -------------------------------------------------------

def test_an_overseas_commune_is_in_france(resources: Resources) -> None:
    enrichment = enrich(resources, "Titre\n\nÀ Fort-de-France, le marché couvert a rouvert.")
    place = next(p for p in enrichment["places"]  # type: ignore[attr-defined]
                 if p["mentioned_as"] == "Fort-de-France")
    assert (place["country"], place["department"], place["territory"], place["insee"]) == \
        ("FR", "972", "MQ", "97209")
    assert "mq" in enrichment_terms(enrichment)[1]  # place:MQ still finds it


# --- English towns under 150,000 ------------------------------------------------------

def test_english_towns_after_a_preposition(resources: Resources) -> None:
    places = _places(resources, "Police in Cheltenham said councillors from Guildford and "
                                "Waterford had been invited.", language="en",
                     source="example.com")
    assert places["Cheltenham"]["country"] == "GB"
    assert places["Guildford"]["country"] == "GB"
    assert "Waterford" in places
    places = _places(resources, "The mayor of Toowoomba met farmers on Monday.",
                     language="en", source="example.com")
    assert places["Toowoomba"]["country"] == "AU"


def test_a_capitalised_word_after_in_that_is_no_town(resources: Resources) -> None:
    places = _places(resources, "Shares fell in March, analysts said in London.",
                     language="en", source="example.com")
    assert "March" not in places


# --- French communes the recogniser missed ---------------------------------------------

def test_a_commune_placed_by_its_departement_or_code(resources: Resources) -> None:
    places = _places(resources, "Le chantier de Chooz, dans les Ardennes, a repris ; la "
                                "centrale de Belleville-sur-Loire (18) reste à l'arrêt.")
    assert places["Chooz"]["insee"] == "08122"
    assert places["Belleville-sur-Loire"]["insee"] == "18026"


def test_an_island_commune_after_l_ile_de(resources: Resources) -> None:
    places = _places(resources, "Les bateaux pour l'île de Sein restent à quai.")
    assert places["Sein"]["insee"] == "29083"


def test_a_small_town_abroad_under_its_french_exonym(resources: Resources) -> None:
    places = _places(resources, "Les pompiers de Fontarrabie, en Espagne, ont aidé leurs "
                                "collègues d'Hendaye.")
    assert places["Fontarrabie"]["country"] == "ES"


# --- English areas after a town ---------------------------------------------------------

def test_a_state_after_a_minor_town_and_before_a_full_stop(resources: Resources) -> None:
    places = _places(resources, "Snow closed schools in Burlington, Vermont, and a plant "
                                "shut down in Dubuque, Iowa.", language="en",
                     source="example.com")
    assert places["Vermont"]["id"] == "iso3166-2:US-VT"
    assert places["Iowa"]["id"] == "iso3166-2:US-IA"


# --- entities ---------------------------------------------------------------------------

def _entities(resources: Resources, text: str) -> dict[str, str]:
    section = enrich(resources, "Titre\n\n" + text)
    return {str(e["name"]): str(e["label"])
            for e in section["entities"]}  # type: ignore[attr-defined]


def test_a_body_within_a_body_is_one_organisation(resources: Resources) -> None:
    names = _entities(resources, "Une décision de la préfecture de police des "
                                 "Bouches-du-Rhône est attendue lundi.")
    assert "préfecture de police des Bouches-du-Rhône" in names
    assert "police des Bouches-du-Rhône" not in names


def test_a_scheduling_participle_ends_no_name(resources: Resources) -> None:
    names = _entities(resources, "« La fête des Lumières prévue samedi aura bien lieu », a "
                                 "assuré le maire.")
    assert not any(name.endswith("prévue") for name in names)
