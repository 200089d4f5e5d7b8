"""Entities and places a fresh user found false (newuser12, issue 16): each test on
sentences written here (other names, same shape as the user's)."""

from __future__ import annotations

from veille.enrich.stage import Resources

from .conftest import enrich


def _entities(section: dict[str, object]) -> list[dict[str, object]]:
    entities = section["entities"]
    assert isinstance(entities, list)
    return entities


def _mentions(entity: dict[str, object]) -> list[tuple[int, int, str]]:
    mentions = entity["mentions"]
    assert isinstance(mentions, list)
    return [(int(m[0]), int(m[1]), str(m[2])) for m in mentions]


def _by_mention(section: dict[str, object], text: str) -> list[dict[str, object]]:
    return [e for e in _entities(section) if any(m[2] == text for m in _mentions(e))]


def _labels(section: dict[str, object]) -> dict[str, str]:
    """Label by mention text."""
    return {m[2]: str(e["label"]) for e in _entities(section) for m in _mentions(e)}


def _places(section: dict[str, object]) -> list[dict[str, object]]:
    places = section["places"]
    assert isinstance(places, list)
    return places


def test_french_seat_stays_linked_in_a_french_article_about_abroad(resources: Resources
                                                                    ) -> None:
    """E2: a French source's article naming Russia more than France keeps the Quai
    d'Orsay (and the bare Sénat) France's."""
    section = enrich(resources, (
        "Un journaliste français détenu\n\n"
        "Le Quai d'Orsay a convoqué lundi l'ambassadeur de Russie à Paris. La Russie "
        "accuse le reporter d'espionnage ; il a été arrêté à Moscou. En France, au Sénat, une "
        "résolution a été déposée."), source="liberation.fr")
    assert {str(e["id"]) for e in _by_mention(section, "Quai d'Orsay")} == \
        {"veille:quai-d-orsay"}
    assert {str(e["id"]) for e in _by_mention(section, "Sénat")} == {"veille:senat"}


def test_bare_beauvau_is_the_ministry(resources: Resources) -> None:
    """E23: bare "Beauvau" is the Interior ministry, as "place Beauvau" is."""
    section = enrich(resources, (
        "Sécurité routière : nouvelles mesures\n\n"
        "Les radars seront renforcés, a indiqué la place Beauvau. Beauvau envisage aussi "
        "un fichier national des conducteurs."))
    assert {str(e["id"]) for e in _by_mention(section, "Beauvau")} == {"veille:beauvau"}


def test_a_capital_that_speaks_is_its_government(resources: Resources) -> None:
    """E1: "Londres a condamné", "Moscou, de son côté, a dénoncé": the governments, no
    place; "à Londres" in the same article stays the city."""
    section = enrich(resources, (
        "Attaque au Kurdistan : réactions\n\n"
        "Londres a condamné mardi une attaque ignoble. Moscou, de son côté, a dénoncé "
        "une provocation. Le ministre s'est ensuite rendu à Londres."))
    governments = [e for e in _entities(section) if e["label"] == "ORG"]
    assert {str(e["id"]) for e in governments} >= {"org:londres", "org:moscou"}
    placed = {str(p["name"]) for p in _places(section)}
    # the entity is the government; the article still names the city (f-places26,
    # t-final25 S8: a capital standing for its government is also a place)
    assert "Moscou" in placed
    city = [e for e in _by_mention(section, "Londres") if e["label"] == "LOC"]
    assert len(city) == 1 and len(_mentions(city[0])) == 1


def test_english_capital_that_warns_is_its_government(resources: Resources) -> None:
    """E1 in English (alias table only): "Ottawa warned" is Canada's government."""
    section = enrich(resources, "Trade row\n\nOttawa warned on Monday that tariffs "
                     "would follow. Talks will be held in Ottawa.", language="en",
                     source="example.com")
    labels = {(str(e["id"]), str(e["label"])) for e in _entities(section)}
    assert ("org:ottawa", "ORG") in labels


def test_street_named_after_a_town_is_no_place(resources: Resources) -> None:
    """E3: "la rue de Lyon" in Grenoble is no Lyon."""
    section = enrich(resources, (
        "Effondrement : la rue de Lyon fermée à Grenoble\n\n"
        "Un immeuble s'est effondré rue de Lyon, à Grenoble (38). La circulation est "
        "coupée avenue de Marseille."))
    placed = {str(p["name"]) for p in _places(section)}
    assert "Grenoble" in placed
    assert not placed & {"Lyon", "Marseille"}


def test_organisations_the_model_calls_places(resources: Resources) -> None:
    """E11: a hyphenated "Météo-…" body, an acronym, an intercommunal body and the
    Treasury are organisations."""
    section = enrich(resources, (
        "Tempête : alerte rouge dans le Finistère\n\n"
        "Météo-France place le Finistère en vigilance rouge. Le président du PS a réagi, "
        "selon une note du Trésor. Nantes métropole a annoncé la fermeture des parcs."))
    labels = _labels(section)
    assert labels["Météo-France"] == "ORG"
    assert labels["PS"] == "ORG"
    assert labels["Trésor"] == "ORG"
    assert labels["Nantes métropole"] == "ORG"


def test_names_ending_in_a_number_and_a_score(resources: Resources) -> None:
    """E15: "Ligue 2", "CAC 40", "Top 14" keep their number; "l'OL 2-2" is the club."""
    section = enrich(resources, (
        "Ligue 2 : Bordeaux écrase Caen\n\n"
        "Le CAC 40 a reculé de 2 %. Le Top 14 reprend samedi. L'OL 2-2 face à Nice, "
        "puis le Sénat 15 jours plus tard."))
    names = set(_labels(section))
    assert {"Ligue 2", "CAC 40", "Top 14"} <= names
    assert "OL 2-2" not in names and "OL" in names


def test_venue_and_ship_names(resources: Resources) -> None:
    """E14, E16: a name after a venue's noun is the venue, not a person; after a ship's
    noun, the ship; an institution's lower-case complement is kept whole."""
    section = enrich(resources, (
        "Le porte-avions Foch appareille de Brest\n\n"
        "Les urgences de la maternité Marie-Curie sont saturées, selon le rapport du "
        "Conseil d'orientation des retraites. Le porte-avions Foch a quitté la rade."))
    by_text = _labels(section)
    assert by_text.get("maternité Marie-Curie") == "LOC"
    assert "Marie-Curie" not in by_text
    assert by_text.get("porte-avions Foch") == "MISC"
    assert by_text.get("Conseil d'orientation des retraites") == "ORG"


def test_capital_inside_a_longer_place_name(resources: Resources) -> None:
    """E22: "Ponta da Praia"-like names: a capital's name ending a longer name is no
    capital (English, alias table only)."""
    section = enrich(resources, "Floods\n\nAt least 11 people died in Vila da Praia, "
                     "in the north of the country, and in Praia itself.", language="en",
                     source="example.com")
    praia = _by_mention(section, "Praia")
    assert all(m[0] > 60 for e in praia for m in _mentions(e))


def _place_of(section: dict[str, object], start: int) -> dict[str, object] | None:
    ids = {str(e["id"]) for e in _entities(section)
           if any(m[0] == start for m in _mentions(e))}
    return next((p for p in _places(section) if p["entity_id"] in ids), None)


def test_homonyms_each_with_its_stated_area(resources: Resources) -> None:
    """E13: two communes of one name, each with its département stated, are two places;
    a short local name with its département stated is the commune it stands for."""
    text = ("Deux Saint-Amand, deux destins\n\n"
            "À Saint-Amand, dans le Nord, la mairie recrute. À Saint-Amand, dans le Cher, "
            "elle licencie. À Bagnols, dans le Gard, les salariés manifestent.")
    section = enrich(resources, text)
    title = len("Deux Saint-Amand, deux destins\n\n")
    north = _place_of(section, title + text[title:].index("Saint-Amand"))
    cher = _place_of(section, text.rindex("Saint-Amand"))
    gard = _place_of(section, text.index("Bagnols"))
    assert north is not None and north["department"] == "59"
    assert cher is not None and cher["department"] == "18"
    assert gard is not None and gard["insee"] == "30028"  # Bagnols-sur-Cèze


def test_town_of_an_overseas_collectivity(resources: Resources) -> None:
    """E12: "Saint-Pierre" in an article naming Saint-Pierre-et-Miquelon is the
    archipelago's town, with its INSEE code, not a quarter of Marseille."""
    text = ("Saint-Pierre-et-Miquelon : le port fermé par la tempête\n\n"
            "Le ferry qui relie Saint-Pierre à Fortune ne circule plus.")
    section = enrich(resources, text)
    place = _place_of(section, text.index("Saint-Pierre à"))
    assert place is not None
    assert (place["country"], place["territory"], place["insee"]) == ("FR", "PM", "97502")


def test_alias_names_that_end_a_sentence(resources: Resources) -> None:
    """E21: in English (alias table only) a known name followed by the sentence's full
    stop is found, after a quote as anywhere."""
    section = enrich(resources, (
        "Rates held\n\n"
        "\"Prices are still too high,\" the governor told reporters in Madrid. Talks "
        "resume next week in Qatar."), language="en", source="example.com")
    placed = {str(p["country"]) for p in _places(section)}
    assert {"ES", "QA"} <= placed


def test_towns_in_a_match_report_are_their_clubs(resources: Resources) -> None:
    """E3: a town's name as what a team does or as an opponent is its club; "le maire de
    Lens" stays the town."""
    section = enrich(resources, (
        "Football : Lens domine Nantes\n\n"
        "Lens s'est imposé 2-0. Rennes se déplacera à Brest, et les Lensois recevront "
        "Toulouse samedi. Le maire de Lens a salué la victoire."))
    clubs = {str(e["id"]) for e in _entities(section) if e["label"] == "ORG"}
    assert {"org:lens", "org:rennes", "org:toulouse", "org:nantes"} <= clubs
    placed = {str(p["name"]) for p in _places(section)}
    assert "Lens" in placed and not placed & {"Rennes", "Toulouse", "Nantes"}
