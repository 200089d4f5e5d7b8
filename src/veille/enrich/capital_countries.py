"""A capital named like its country: the country, in a language that names the country so.

Spanish "México" and "Panamá", English "Mexico" and "Panama", Portuguese "México" name the
country; the city is "Ciudad de México", "Mexico City", "Cidade do México" (issue 16,
r-places59: "México" in a Spanish text was Mexico City, the alias table's and GeoNames'
alternate name of the capital). French names the country otherwise ("le Mexique") and the
city "Mexico", so the same spelling stays the city there. Which language names which
country how is Unicode CLDR's (``Locale(language).territories``, through Babel, a pinned
dependency): the capital's reading gives way to its country's only when every mention of
the entity is that country's CLDR name in the article's language, and, in French, not
written as a town's ("à Djibouti", "à Singapour": French sets "à" before a city-state's
name, :func:`veille.enrich.places.area_mention`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from veille.enrich.places import Gazetteer, Place
from veille.enrich.text import fold


@functools.cache
def _territories(language: str) -> Mapping[str, str]:
    """ISO 3166 alpha-2 code → the country's folded CLDR name in ``language`` (a BCP 47
    tag, its first subtag read); empty when Babel knows no such language."""
    from babel import Locale, UnknownLocaleError

    primary = language.replace("_", "-").split("-")[0].lower()
    try:
        territories = Locale.parse(primary).territories if primary else {}
    except (UnknownLocaleError, ValueError):
        return {}
    return {c: fold(n) for c, n in territories.items() if len(c) == 2 and c.isalpha()}


def country_name(language: str, country: str) -> str:
    """The folded CLDR name of ``country`` in ``language``; '' when unknown."""
    return _territories(language).get(country, "")


@functools.lru_cache(maxsize=4)
def _countries(gazetteer: Gazetteer) -> Mapping[str, Place]:
    """The gazetteer's country entries by ISO code (the first listed)."""
    out: dict[str, Place] = {}
    for place in gazetteer.by_id.values():
        if place.kind == "country":
            out.setdefault(place.country, place)
    return out


def country_of_capital(mentions: list[str], best: Place, language: str,
                       gazetteer: Gazetteer, written_as_town: bool = False) -> Place | None:
    """The country ``best`` (a capital) is the capital of, when every one of ``mentions``
    (the entity's mentions as written) is that country's name in ``language``
    (:func:`country_name`) and, in French, the name is not written as a town's
    (``written_as_town``); else None."""
    if best.kind != "capital" or not mentions:
        return None
    name = country_name(language, best.country)
    if not name or any(fold(m) != name for m in mentions):
        return None
    if written_as_town and language.lower().startswith("fr"):
        return None
    return _countries(gazetteer).get(best.country)


@functools.cache
def _country_names(language: str) -> Mapping[str, str]:
    """Folded CLDR country names in ``language`` → ISO code (empty for an unknown one)."""
    return {n: c for c, n in _territories(language).items()}


def split_country_mentions(entities: Sequence[dict[str, object]], language: str
                           ) -> list[dict[str, object]]:
    """``entities`` with each place entity whose mentions mix a country's CLDR name in
    ``language`` ("Mexico") and other spellings ("Mexico City", which the alias table gives
    the same id) split in two: the country's mentions, then the others, each resolved on
    its own (:func:`country_of_capital`). Others unchanged."""
    names = _country_names(language)
    out: list[dict[str, object]] = []
    for entity in entities:
        mentions = entity.get("mentions") or []
        assert isinstance(mentions, list)
        named = [m for m in mentions if fold(str(m[2])) in names]
        rest = [m for m in mentions if fold(str(m[2])) not in names]
        if entity.get("label") != "LOC" or not named or not rest:
            out.append(entity)
            continue
        out.append({**entity, "mentions": rest, "count": len(rest)})
        out.append({**entity, "name": str(named[0][2]), "mentions": named,
                    "count": len(named)})
    return out
