"""Towns of the English-speaking countries that English news names bare.

The British, Irish, American, Canadian, Australian and New Zealand press names its own
towns without a cue, as the French press names a commune: "Stockton-on-Tees and
Darlington were also on alert", "between Kendal and Windermere" (t-final29 F7: no entity,
no place). The shipped GeoNames data (CC BY 4.0, ``scripts/gen_enrich_data.py`` and
``scripts/gen_minor_towns.py``) holds those towns: the gazetteer's cities of 50,000
inhabitants or more, ``minor_towns.tsv.gz`` the settlements of 5,000 to 49,999, and
``villages.tsv.gz`` those of 1,000 to 4,999 (from 500 in Great Britain and Ireland). A
run of capitalised words the English recogniser could not type otherwise
(:func:`veille.enrich.english_spans.english_spans`) is a place when it is a settlement
of :data:`ENGLISH_SPEAKING` of at least :data:`MIN_POPULATION` inhabitants
(:func:`english_town`); the resolver then offers those towns, and a village of the
outlet's own country, to a bare name in an English text (:func:`bare_english_towns`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from veille.enrich.places import SETTLEMENT, Place

ENGLISH_SPEAKING = frozenset({"GB", "IE", "US", "CA", "AU", "NZ", "IM", "JE", "GG"})
"""Countries whose press writes in English and names its towns bare: the UK (and the
Crown dependencies), Ireland, the United States, Canada, Australia and New Zealand
(CLDR's territories whose first official language is English and that veille's English
sources come from)."""
MIN_POPULATION = 5_000
"""Inhabitants from which a town of :data:`ENGLISH_SPEAKING` is read as a place from its
name alone: the smallest town of ``minor_towns.tsv.gz`` (below, the villages of
``villages.tsv.gz`` need a cue: "in Hebden Bridge", or the outlet's country)."""


def english_town(name: str) -> bool:
    """Whether ``name`` (a run of capitalised words, as written) is the own name of a
    settlement of :data:`ENGLISH_SPEAKING` of at least :data:`MIN_POPULATION`
    inhabitants, or of a state, province or region of one, in the shipped gazetteer or
    its minor towns (an alternate name is not enough: "Missouri" is one of Bozeman's in
    GeoNames, and the state's own name)."""
    from veille.enrich.places import loose, shipped

    gazetteer = shipped()
    key = loose(name)
    return any(p.country in ENGLISH_SPEAKING and loose(p.name) == key and (
        p.kind == "region" or p.kind in SETTLEMENT and p.population >= MIN_POPULATION)
        for p in [*gazetteer.candidates(name), *gazetteer.minor_towns(name)])


def own_named(towns: Sequence[Place], name: str) -> list[Place]:
    """The ``towns`` whose own name is ``name`` (loosely), not one of their alternate
    names: GeoNames lists "missouri" among Bozeman's, and "Missouri" beside Connecticut is
    the state, not the town (t-final29 F7). A British or Irish name's short form is its
    own too (:func:`veille.enrich.minor_towns.short_form`: "Appleby" of
    Appleby-in-Westmorland, "Mull" of the Isle of Mull)."""
    from veille.enrich.minor_towns import SHORT_FORM_COUNTRIES, short_form
    from veille.enrich.places import loose

    key = loose(name)
    return [t for t in towns if loose(t.name) == key or (
        t.country in SHORT_FORM_COUNTRIES and short_form(loose(t.name)) == key)]


def one_english_speaking(countries: Iterable[str]) -> str:
    """The one country of :data:`ENGLISH_SPEAKING` among ``countries`` (those the article
    is about), '' when none or several: where the outlet gives no country, the article's
    own places tell whose villages it names bare."""
    english = {c for c in countries if c in ENGLISH_SPEAKING}
    return next(iter(english)) if len(english) == 1 else ""


def bare_english_towns(towns: Sequence[Place], villages: Sequence[Place], name: str,
                       home: str) -> list[Place]:
    """The town an English text names bare as ``name`` when nothing else places it: the
    largest own-named minor town of ``towns`` in the outlet's country ``home``, else the
    one own-named village of ``villages`` there (a British outlet's "in Hebden Bridge",
    even where towns abroad bear the name: Ambleside, Cumbria, not Ontario's), and none
    abroad (the press names its own small towns bare, not another country's); without
    ``home`` (a ".com" outlet), the own-named minor towns of :data:`ENGLISH_SPEAKING`
    when they lie in one country (the largest). [] when two
    countries' towns share the name and the outlet's country picks none (Penrith,
    Cumbria and Penrith, New South Wales in a ".com" outlet: the text must say)."""
    own = [t for t in own_named(towns, name) if t.country in ENGLISH_SPEAKING]
    if home:
        at_home = [t for t in own if t.country == home]
        if at_home:
            return sorted(at_home, key=lambda t: -t.population)[:1]
        homely = [v for v in own_named(villages, name) if v.country == home]
        # "shops in Ambleside" (Cumbria) of a British outlet; a small town abroad named
        # bare is none ("Heathrow" in a British outlet is no Heathrow, Florida)
        return homely if len(homely) == 1 else []
    if len({t.country for t in own}) == 1:
        return sorted(own, key=lambda t: -t.population)[:1]
    return []
