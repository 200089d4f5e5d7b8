"""Cities a text names by their inhabitants' adjective: "les gares parisiennes" is in Paris.

A French city's demonym ("gentilé") used as an adjective places what it qualifies in that
city ("les gares parisiennes", "le métro lyonnais", "la police marseillaise"): read as the
city for the one rule that needs a city the text is about without naming it, a station's
network (:func:`veille.enrich.places` — "devant la gare de Lyon" of a text on "les gares
parisiennes" is Paris's station, not Lyon; t-final59 #3). Only the largest cities whose
demonym is unambiguous are listed (not "romain", a given name; not "genevois", also a
region; not "niçois", "viennois", "angevin", "tourangeau", "orléanais": a dish, a pastry
or a region as often as the city); forms as :func:`veille.dedup.regions.demonym_forms`
makes them. Source: the gentilés of the cities' own sites and the Larousse; written by
veille's engineers (CC0).
"""

from __future__ import annotations

import re

from veille.collector import built_once
from veille.dedup.regions import demonym_forms
from veille.enrich.text import fold

__all__ = ["demonym_cities"]

_CITY_DEMONYMS = {
    "parisien": "Paris", "lyonnais": "Lyon", "marseillais": "Marseille",
    "toulousain": "Toulouse", "nantais": "Nantes",
    "strasbourgeois": "Strasbourg", "bordelais": "Bordeaux", "lillois": "Lille",
    "rennais": "Rennes", "montpellierain": "Montpellier", "grenoblois": "Grenoble",
    "stephanois": "Saint-Étienne", "rouennais": "Rouen", "toulonnais": "Toulon",
    "dijonnais": "Dijon", "nimois": "Nîmes", "brestois": "Brest", "havrais": "Le Havre",
    "remois": "Reims", "clermontois": "Clermont-Ferrand",
    "messin": "Metz", "nanceien": "Nancy",
    "bruxellois": "Bruxelles", "londonien": "Londres",
    "berlinois": "Berlin", "madrilene": "Madrid", "barcelonais": "Barcelone",
    "milanais": "Milan", "moscovite": "Moscou", "new-yorkais": "New York",
    "lisboete": "Lisbonne",
}
"""Folded masculine singular demonym (or its forms, "m|f|mp|fp") -> the city's French name."""

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@built_once
def _forms() -> dict[str, str]:
    """Folded demonym form -> city name."""
    return {form: city for entry, city in _CITY_DEMONYMS.items()
            for form in demonym_forms(entry)}


def demonym_cities(text: str) -> set[str]:
    """The cities (French names, as :data:`_CITY_DEMONYMS` gives them) whose demonym
    ``text`` writes in lower case, as an adjective ("les gares parisiennes"); a capitalised
    one is a noun for the inhabitants ("les Parisiens") or a name and is not read."""
    forms = _forms()
    return {forms[folded] for word in _WORD.findall(text)
            if word[:1].islower() and (folded := fold(word)) in forms}
