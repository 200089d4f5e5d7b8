"""France's overseas départements, régions and collectivities shown as parts of France.

GeoNames, and so the gazetteer, files La Réunion, Martinique, Guadeloupe, Guyane and
Mayotte (and the collectivities: Saint-Pierre-et-Miquelon, Polynésie française, …) as
countries under their own ISO 3166-1 codes (RE, MQ, …). To a French reader they are
départements and régions of France (974, 972, …), not foreign countries (t-final25 S7):
:func:`as_part_of_france` gives such a resolved place the kind ``region``, the country
``FR`` and its INSEE territory code as ``department``, and keeps the ISO code as
``admin1`` and ``territory``, which the index makes a search term (``place:RE`` still
finds the articles naming La Réunion, ``index/base.py``). A resolved commune or town
there (Saint-Denis, 97411; Fort-de-France; Nouméa) is likewise shown in France: country
``FR``, its territory's INSEE code as ``department`` (already so for the départements),
the ISO code as ``admin1`` and ``territory`` (f-places27: they showed country RE, MQ). The
gazetteer's rows are left as they are: the resolver reads the ISO codes (a ".re" source's
country, ``OVERSEAS_HOME``).
"""

from __future__ import annotations

from veille.enrich.places import COLLECTIVITY_CODES, OVERSEAS, SETTLEMENT

TERRITORY_CODES = {iso: code for code, iso in {**OVERSEAS, **COLLECTIVITY_CODES}.items()}
"""ISO 3166-1 code → INSEE code of France's overseas départements and collectivities
("RE" → "974", "PM" → "975", "NC" → "988")."""


def as_part_of_france(place: dict[str, object]) -> dict[str, object]:
    """``place`` (a resolved place's dict, :func:`veille.enrich.places.resolve_places`)
    shown as a region of France when it is one of France's overseas territories read as a
    country (``kind`` "country", ``country`` in :data:`TERRITORY_CODES`): a copy with
    ``kind`` "region", ``country`` "FR", ``department`` its INSEE code ("974"),
    ``admin1`` and ``territory`` its ISO code ("RE"). A settlement there (``kind`` in
    ``SETTLEMENT``: a commune, a town) is a copy with ``country`` "FR", ``department`` its
    territory's INSEE code, ``admin1`` and ``territory`` the ISO code, as its region's
    (the store counts it among the territory's articles by them,
    ``SqliteStore.area_articles``). Any other place is returned as is."""
    iso = str(place.get("country") or "")
    if iso not in TERRITORY_CODES:
        return place
    if place.get("kind") in SETTLEMENT:
        return {**place, "country": "FR", "department": TERRITORY_CODES[iso], "admin1": iso,
                "territory": iso}
    if place.get("kind") != "country":
        return place
    return {**place, "kind": "region", "country": "FR", "department": TERRITORY_CODES[iso],
            "admin1": iso, "territory": iso}
