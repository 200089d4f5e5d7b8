"""Places a fresh user found false (newuser16a H21, H23), each on sentences written here
(other towns, same shapes)."""

from __future__ import annotations

from veille.enrich.stage import Resources

from .conftest import enrich


def _places(section: dict[str, object]) -> dict[str, set[str]]:
    """Place ids by name."""
    places = section["places"]
    assert isinstance(places, list)
    out: dict[str, set[str]] = {}
    for place in places:
        out.setdefault(str(place["name"]), set()).add(str(place["country"]) + ":" +
                                                      str(place.get("kind", "")))
    return out


def test_a_late_twin_town_abroad_leaves_the_earlier_mentions_at_home(
        resources: Resources) -> None:
    """H21: one late "Valence, en Espagne" moved every Valence of a Drôme article to
    Spain (other story and wording here; Valence is the one French town with a large
    foreign homonym the gazetteer knows best)."""
    section = enrich(resources, (
        "Valence : la médiathèque rouvre ses portes\n\n"
        "La médiathèque de Valence a rouvert samedi après un an de travaux, a annoncé la "
        "mairie. Le conseil départemental de la Drôme a financé un tiers du chantier. "
        "Les Valentinois ont été nombreux à se presser dès l'ouverture.\n\n"
        "Une délégation de bibliothécaires venue de Valence, en Espagne, assistait à "
        "l'inauguration."), source="ledauphine.com")
    found = _places(section)
    assert "FR:commune" in found["Valence"] and "ES:city" in found["Valence"]


def test_a_departement_in_brackets_after_a_town_is_the_departement(
        resources: Resources) -> None:
    """H23: "Sochaux (Doubs)" gave the commune Doubs; here Vesoul (Haute-Saône) is plain,
    but "Montbéliard (Doubs)" names the département too."""
    section = enrich(resources, (
        "L'équipementier confirme deux sites\n\n"
        "Le groupe maintiendra ses ateliers de Montbéliard (Doubs) et de Belfort "
        "(Territoire de Belfort), a indiqué jeudi sa direction."), source="lesechos.fr")
    assert _places(section)["Doubs"] == {"FR:department"}


def test_a_short_name_after_the_full_compound_name_is_that_town(
        resources: Resources) -> None:
    """H23: "Neuilly" after "Neuilly-sur-Seine" was the Neuilly of the Eure."""
    section = enrich(resources, (
        "Cambriolage dans une pharmacie\n\n"
        "Une pharmacie de Villeneuve-Saint-Georges a été cambriolée dans la nuit de lundi à "
        "mardi. Villeneuve avait déjà connu plusieurs vols de ce type l'an dernier, selon "
        "la police."), source="leparisien.fr")
    found = _places(section)
    assert set(found) == {"Villeneuve-Saint-Georges"}
