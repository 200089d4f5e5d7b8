"""Entity kinds and places testers found false (issue 16, f-entities19), each on sentences
written here (other names, same shapes): a firm's name read as a city through another
language's spelling, a hall's name as a person, firms named like surnames as persons, a
town after "à" lost to an event, UN missions and news sites as places."""

from __future__ import annotations

from veille.enrich.stage import Resources

from .conftest import enrich


def _entities(section: dict[str, object]) -> dict[str, str]:
    """Label by entity name."""
    entities = section["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): str(e["label"]) for e in entities}


def _place_countries(section: dict[str, object]) -> dict[str, str]:
    """Country code by place name."""
    places = section["places"]
    assert isinstance(places, list)
    return {str(p["name"]): str(p["country"]) for p in places}


def test_a_statements_source_is_no_city_of_a_foreign_spelling(resources: Resources) -> None:
    """Fault 1: "Selon Lime" was Lima (Peru), whose GeoNames alternate name "Lime" the
    alias table holds; a source after "selon" or "d'après" is an organisation."""
    section = enrich(resources, (
        "Trottinettes : le bilan de l'année\n\n"
        "Selon Lime, 40 % des trajets remplacent un trajet en voiture. D'après Lime, la "
        "flotte sera renouvelée au printemps."))
    assert _entities(section).get("Lime") == "ORG"
    assert "PE" not in set(_place_countries(section).values())


def test_a_foreign_spelling_of_a_city_needs_a_places_words(resources: Resources) -> None:
    """Fault 1, its cause: another language's spelling of a capital ("Lime", "London")
    names the city in a French text only where the text writes it as a place."""
    section = enrich(resources, (
        "Mobilité\n\n"
        "Les trottinettes de Lime ont disparu des trottoirs de Bordeaux."))
    assert "PE" not in set(_place_countries(section).values())
    placed = enrich(resources, (
        "Voyage\n\n"
        "La délégation est arrivée à Lime, au Pérou, pour la conférence."))
    assert _place_countries(placed).get("Lima") == "PE"


def test_a_name_after_a_halls_noun_is_the_hall(resources: Resources) -> None:
    """Fault 2: "la salle Ar Mor Glaz" was a person; halls, sports and cultural centres
    take names of their own or a person's, with a complement between ("palais des
    sports")."""
    section = enrich(resources, (
        "Fest-noz samedi\n\n"
        "Le fest-noz aura lieu dans la salle Ker Avel, puis au palais des sports Louison "
        "Bobet et à l'espace culturel Glenmor."))
    found = _entities(section)
    persons = {name for name, label in found.items() if label == "PER"}
    assert not persons & {"Ker Avel", "Louison Bobet", "Glenmor"}
    assert any("Ker Avel" in name for name in found)


def test_a_venue_span_opening_on_its_lower_case_noun_is_kept(resources: Resources) -> None:
    """Fault 2: "stade Jean Dauger" (the recogniser's span, noun included) was dropped as
    a lower-case description."""
    section = enrich(resources, (
        "Rugby\n\n"
        "La finale se jouera au stade Ernest Wallon, puis le concert à la salle Pleyel."))
    found = _entities(section)
    for venue in ("Ernest Wallon", "Pleyel"):
        assert any(venue in name and label != "PER" for name, label in found.items()), venue


def test_firms_named_like_surnames_are_organisations(resources: Resources) -> None:
    """Fault 3: "Vinci", "Lacoste", "Dott" were persons or missed: a class noun before the
    name ("le groupe", "les trottinettes", "le géant du luxe"), "chez", a branch's plural
    noun after it ("Vinci Autoroutes"), or the alias table's firms decide."""
    section = enrich(resources, (
        "Économie\n\n"
        "Le groupe Eiffage a remporté le contrat. Les trottinettes Dott arrivent à Lyon. "
        "Il a travaillé chez Lacoste avant de rejoindre le géant du luxe Kering. Vinci a "
        "annoncé une hausse de son chiffre d'affaires, et Sanef Autoroutes ses tarifs."))
    found = _entities(section)
    for name in ("Eiffage", "Dott", "Lacoste", "Kering", "Vinci"):
        assert found.get(name) == "ORG", (name, found)
    assert found.get("Sanef Autoroutes", "ORG") != "PER"


def test_a_known_town_after_a_is_a_place_before_an_events_noun(resources: Resources) -> None:
    """Fault 4: "à Cannes pour le salon …" gave no place (the recogniser read "Cannes" as
    the festival, MISC)."""
    section = enrich(resources, (
        "Immobilier\n\n"
        "Les promoteurs étaient à Cannes pour le salon de l'immobilier, puis à Deauville "
        "pour le festival."))
    assert _place_countries(section).get("Cannes") == "FR"


def test_un_missions_and_news_sites_are_organisations(resources: Resources) -> None:
    """Fault 5: "Seneweb" (a news site) and "Minusma" (a UN mission) had wrong kinds; a
    site's name ending on the web's words or a domain is the site's."""
    section = enrich(resources, (
        "Sahel\n\n"
        "La Minusma a quitté Gao. Selon Senego.com et le site Leral.net, le convoi est "
        "arrivé à Bamako. La Monusco reste en RDC. D'après Ferloweb, il repartira lundi."))
    found = _entities(section)
    assert found.get("Ferloweb") == "ORG"
    assert found.get("Minusma") == "ORG"
    assert found.get("Monusco") == "ORG"
    assert found.get("Senego.com") == "ORG"
    assert "Minusma" not in _place_countries(section)
