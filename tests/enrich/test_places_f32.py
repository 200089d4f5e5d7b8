"""f-places32: English regions and metropolitan counties, an outlet named after a county,
venues and festivals named "du X", courtesy titles, "the Commons", the calendar's feasts,
intercommunal bodies after an article, councils named "City of X Council", "Cllr", and a
circumstantial "devant X" after a quote's speaker. Sentences written for these tests (not
the f-places32 held-out set's), through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.english_spans import english_spans
from veille.enrich.source_regions import source_areas
from veille.enrich.stage import Resources


def _section(resources: Resources, text: str, **kw: str) -> dict[str, object]:
    return enrich(resources, "Title\n\n" + text, **kw)


def _places(section: dict[str, object]) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p for p in section["places"]}  # type: ignore[attr-defined]


def _entities(section: dict[str, object]) -> dict[str, str]:
    return {str(e["name"]): str(e["label"]) for e in section["entities"]}  # type: ignore[attr-defined]


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], k) for s, e, k in english_spans(text)]


# --- England's regions and metropolitan counties ---------------------------------------

def test_an_english_region_is_england_s_not_a_namesake_abroad(resources: Resources) -> None:
    text = "Rail fares in the North East will rise in March, and bus routes across " \
        "South Yorkshire will be cut, the operators said."
    places = _places(_section(resources, text, language="en", source="The Journal",
                              url="https://www.thejournal.co.uk/news/fares"))
    assert places["North East"]["country"] == "GB"
    assert places["North East"]["kind"] == "region"
    assert places["South Yorkshire"]["country"] == "GB"


# --- an outlet named after its county -------------------------------------------------

def test_an_outlet_named_after_a_county_gives_its_country() -> None:
    assert source_areas("cumbriacrack.com", "CumbriaCrack") == frozenset({("GB", "ENG")})
    assert source_areas("shropshirestar.com", "Shropshire Star") == frozenset({("GB", "ENG")})
    # a national ".com", and a ".uk" outlet whose name no subdivision of its country bears
    assert source_areas("theguardian.com", "The Guardian") == frozenset()
    assert source_areas("thenorthernecho.co.uk", "The Northern Echo") == frozenset()


def test_a_county_outlet_s_bare_town_is_resolved_at_home(resources: Resources) -> None:
    # Penrith, Cumbria (16,700) and Penrith, New South Wales (13,300): a ".com" with no
    # country left it unresolved; the outlet's name says Cumbria
    text = "The market hall in Penrith will reopen on Saturday after repairs."
    places = _places(_section(resources, text, language="en", source="CumbriaCrack",
                              url="https://www.cumbriacrack.com/2026/12/01/market"))
    assert places["Penrith"]["country"] == "GB"
    bare = _places(_section(resources, text, language="en", source="example.com",
                            url="https://www.example.com/market"))
    assert "Penrith" not in bare  # nothing says which: the text must


# --- venues and festivals named "du X" ------------------------------------------------

def test_a_stadium_named_du_x_is_no_far_commune_le_x(resources: Resources) -> None:
    text = "Les Merlus joueront dimanche au stade du Moustoir. La mairie de Lorient " \
        "ouvrira un parking à Lanester."
    section = _section(resources, text, source="ouest-france.fr",
                       url="https://www.ouest-france.fr/bretagne/lorient/match")
    assert all(p["insee"] != "22157" for p in section["places"])  # type: ignore[attr-defined]
    assert _places(section)["Lorient"]["insee"] == "56121"


def test_a_festival_named_du_port_is_no_le_port_far_away(resources: Resources) -> None:
    text = "La fête du Port a réuni 8 000 personnes samedi soir à Dieppe."
    section = _section(resources, text, source="paris-normandie.fr")
    assert all(p["insee"] != "97407" for p in section["places"])  # type: ignore[attr-defined]
    assert _places(section)["Dieppe"]["insee"] == "76217"


def test_a_festival_du_port_beside_its_neighbours_is_le_port(resources: Resources) -> None:
    text = "La fête du Port aura lieu samedi ; des navettes partiront de Saint-Paul."
    places = _places(_section(resources, text, source="Clicanoo",
                              url="https://www.clicanoo.re/societe/fete"))
    assert places["Port"]["insee"] == "97407"


# --- people, houses and feasts in English ----------------------------------------------

def test_a_courtesy_title_makes_a_person_not_a_place() -> None:
    text = "The letter was passed to Ms Marsh, and a reply came from Dr Bolton in Wigan."
    assert _spans(text) == [("Marsh", "PER"), ("Bolton", "PER"), ("Wigan", "LOC")]


def test_cllr_is_a_title_before_a_person() -> None:
    assert _spans("Cllr Joan Pickering, who chairs the committee, said no.") == \
        [("Joan Pickering", "PER")]


def test_the_commons_is_a_house_and_christmas_a_feast() -> None:
    text = "The bill returns to the Commons before Christmas, and trains to Easter " \
        "services in York will run late."
    spans = _spans(text)
    assert ("Commons", "ORG") in spans
    assert not any(name in ("Christmas", "Easter") for name, _ in spans)
    assert ("York", "LOC") in spans


def test_the_commons_and_christmas_are_no_places(resources: Resources) -> None:
    text = "Speaking in the Commons, the Wigan MP said shops faced a hard run-up to " \
        "Christmas."
    section = _section(resources, text, language="en", source="bbc.co.uk")
    assert not {"Commons", "Christmas"} & set(_places(section))
    assert _entities(section).get("Commons") != "LOC"


def test_a_council_named_city_of_x_keeps_its_whole_name() -> None:
    assert _spans("City of Bradford Council will vote on Monday.") == \
        [("City of Bradford Council", "ORG")]
    assert ("Cheshire West and Chester Council", "ORG") not in _spans(
        "The report went to Chester Council on Monday.")
    assert _spans("Bids went to Bath and North East Somerset Council.") == \
        [("Bath and North East Somerset Council", "ORG")]


def test_titled_people_and_councils_through_the_pipeline(resources: Resources) -> None:
    text = "Cllr Peter Wynne said City of Wakefield Council had no money left. " \
        "Mrs Ossett said the library was a lifeline."
    entities = _entities(_section(resources, text, language="en", source="bbc.co.uk"))
    assert entities.get("Peter Wynne") == "PER"
    assert entities.get("City of Wakefield Council") == "ORG"
    assert "Cllr Peter Wynne" not in entities
    assert "Wakefield Council" not in entities


# --- French: an intercommunal body, a circumstantial "devant" --------------------------

def test_an_intercommunal_body_after_its_article_is_an_organisation(
        resources: Resources) -> None:
    text = "La Casud a adopté jeudi son plan de collecte des déchets. Le président de la " \
        "Casud a salué un vote unanime."
    entities = _entities(_section(resources, text, source="Clicanoo",
                                  url="https://www.clicanoo.re/politique/casud"))
    assert entities.get("Casud") == "ORG"


def test_a_speaker_before_devant_and_a_name_is_the_speaker(resources: Resources) -> None:
    text = "« Les contrôles seront doublés dès lundi », a annoncé la préfète devant " \
        "Rennes Ensemble, un collectif d'habitants."
    quotes = _section(resources, text, source="ouest-france.fr")["quotes"]
    assert [q["speaker"] for q in quotes] == ["préfète"]  # type: ignore[attr-defined]


def test_a_body_noun_after_a_preposition_is_the_body_and_through_opens_a_place() -> None:
    text = "Lorries were sent through Whitchurch while the bill went through Parliament."
    assert _spans(text) == [("Whitchurch", "LOC"), ("Parliament", "ORG")]
