"""What newuser14a found false in entities and places (issue 16): a party or a channel
named after a country became the country (E15), an acronym and the name it abbreviates,
given together, were two entities (E16), and the sea was read as the Manche département
(E24). Sentences written here, with other names of the same shapes."""

from __future__ import annotations

from veille.enrich.stage import Resources

from .conftest import enrich


def _entities(section: dict[str, object]) -> dict[str, tuple[str, list[str]]]:
    """(id, mention texts) by entity name."""
    entities = section["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): (str(e["id"]), [str(m[2]) for m in e["mentions"]])
            for e in entities}


def _places(section: dict[str, object]) -> list[dict[str, object]]:
    places = section["places"]
    assert isinstance(places, list)
    return places


def _place_ids(section: dict[str, object]) -> set[str]:
    return {str(p["id"]) for p in _places(section)}


def test_a_numbered_channel_is_no_country(resources: Resources) -> None:
    """"sur France 5 ce soir": the channel the alias table knows, not France (E15)."""
    section = enrich(resources, (
        "Télévision : un documentaire attendu\n\n"
        "Le film sera diffusé sur France 5 ce soir, puis sur France 24 dimanche."))
    ids = {i for i, _ in _entities(section).values()}
    assert "veille:france-5" in ids and "veille:france-24" in ids
    assert "Q142" not in ids and "Q142" not in _place_ids(section)


def test_a_party_named_after_the_country_is_no_country(resources: Resources) -> None:
    """"les députés de la France insoumise": the party (E15), and the unions and public
    companies of the alias table are known organisations."""
    section = enrich(resources, (
        "Assemblée : la motion rejetée\n\n"
        "Les députés de la France insoumise et du Parti communiste français ont voté la "
        "motion. La CFDT et Force ouvrière appellent à la grève à la RATP."))
    ids = {i for i, _ in _entities(section).values()}
    assert {"veille:lfi", "veille:pcf", "veille:cfdt", "veille:force-ouvriere",
            "veille:ratp"} <= ids
    assert "Q142" not in ids and "Q142" not in _place_ids(section)


def test_an_acronym_in_parentheses_joins_its_name(resources: Resources) -> None:
    """"Fédération nationale des pêcheurs côtiers (FNPC)" then "la FNPC": one entity; a
    capitalised acronym too ("(Orga)"), by its initials (E16)."""
    section = enrich(resources, (
        "Pêche : la colère monte\n\n"
        "La Fédération nationale des pêcheurs côtiers (FNPC) dénonce les quotas. La FNPC "
        "demande un moratoire. L'Observatoire régional des glaciers alpins (Orga) publie son "
        "rapport. Selon l'Orga, la fonte s'accélère."))
    entities = _entities(section)
    fnpc = next(m for _, m in entities.values() if "FNPC" in m)
    assert "Fédération nationale des pêcheurs côtiers" in fnpc and fnpc.count("FNPC") == 2
    orga = next(m for _, m in entities.values() if "Orga" in m)
    assert "Observatoire régional des glaciers alpins" in orga


def test_a_party_after_a_person_is_not_merged(resources: Resources) -> None:
    """"Paul Girard (LR)": his party, not his acronym; "Le Havre (AFP)": no acronym of
    the town."""
    section = enrich(resources, (
        "Sénat : le texte adopté\n\n"
        "Le sénateur Paul Girard (LR) a voté pour. Une dépêche de Brest (AFP) le confirme."))
    entities = _entities(section)
    assert entities["Paul Girard"][1] == ["Paul Girard"]
    assert entities["Les Républicains"][0] == "veille:les-republicains"
    assert entities["Agence France-Presse"][1] == ["AFP"]


def test_the_channel_sea_is_no_departement(resources: Resources) -> None:
    """"la traversée de la Manche", "la préfecture maritime de la Manche et de la mer du
    Nord": the sea, no place Manche (E24); "dans la Manche" stays the département."""
    section = enrich(resources, (
        "Migrants : un naufrage au large de Calais\n\n"
        "Trois embarcations ont tenté la traversée de la Manche depuis Calais, selon la "
        "préfecture maritime de la Manche et de la mer du Nord. Le tunnel sous la Manche "
        "est resté ouvert."))
    assert "iso3166-2:FR-50" not in _place_ids(section)
    assert "Calais" in {p["name"] for p in _places(section)}
    land = enrich(resources, "Intempéries\n\nDans la Manche, les routes sont coupées.")
    assert "iso3166-2:FR-50" in _place_ids(land)


def test_a_city_and_its_state_in_one_article_are_two_places(resources: Resources) -> None:
    """"la maire de Washington" is the city, "l'État de Washington" the state: two
    places, not the state for both (E20)."""
    section = enrich(resources, (
        "Washington : un plan contre le froid\n\n"
        "La maire de Washington, Anne Durand, a présenté son plan lundi. Le gouverneur de "
        "l'État de Washington, Paul Roc, a promis de l'aider."))
    kinds = {str(p["kind"]) for p in _places(section) if p["name"] == "Washington"}
    assert "region" in kinds and kinds & {"capital", "city"}


def test_near_a_town_is_no_region(resources: Resources) -> None:
    """"près de Kidal": the town (not in the gazetteer), not Mali's region of Kidal."""
    section = enrich(resources, (
        "Mali : une embuscade\n\n"
        "Une embuscade a fait dix morts près de Kidal, selon l'armée."))
    assert "iso3166-2:ML-8" not in _place_ids(section)


def test_a_town_named_with_its_island(resources: Resources) -> None:
    """"Saint-Pierre de La Réunion" beside a Saint-Pierre of the mainland: the island's
    commune (97416) and La Réunion itself (E23)."""
    section = enrich(resources, (
        "Intempéries : des inondations\n\n"
        "La pluie a inondé Saint-Pierre, dans le Cantal, mardi. Des crues avaient touché "
        "Saint-Pierre de La Réunion l'an dernier."))
    assert "97416" in {str(p.get("insee")) for p in _places(section)}
    assert "iso3166:RE" in _place_ids(section)


def test_clubs_in_a_match_report_are_no_places(resources: Resources) -> None:
    """A match report: "Lyon méritait de gagner", "la réception de Monaco", "le match
    retour contre Lille" are clubs, and "au Stade" no rural commune (E19); outside a
    match report "contre Paris" stays the city."""
    section = enrich(resources, (
        "Ligue 1 : Nantes s'impose à Gerland\n\n"
        "Nantes a battu l'OL 2-1 lors de la 12e journée de Ligue 1. « Lyon méritait de "
        "gagner », a reconnu l'entraîneur nantais. Le club prépare la réception de Monaco "
        "samedi, et le match retour contre Lille aura lieu en mars. Les supporters ont fêté "
        "la victoire au Port."))
    ids = _place_ids(section)
    named = {str(p["name"]) for p in _places(section)}
    assert "iso3166:MC" not in ids and not {"Lyon", "Lille", "Monaco", "Port"} & named
    other = enrich(resources, (
        "Corse : une manifestation\n\n"
        "Des milliers de personnes ont défilé contre Paris à Ajaccio samedi."))
    assert "Q90" in _place_ids(other)


def test_the_prosecutors_town_is_the_place(resources: Resources) -> None:
    """"la procureure de la République de Rennes": Rennes, no "République de Rennes"
    (E17)."""
    section = enrich(resources, (
        "Rennes : une enquête ouverte\n\n"
        "Selon la procureure de la République de Rennes, Claire Morin, l'enquête est "
        "ouverte."))
    names = _entities(section)
    assert "République de Rennes" not in names
    assert any("Rennes" in m for _, m in names.values())
    assert "Rennes" in {p["name"] for p in _places(section)}
