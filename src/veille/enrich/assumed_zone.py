"""The countries an article's language zone points to, when veille assumed that zone from
the language alone (t-final55 A3, issue 16).

A capture or page that prints no UTC offset is dated in its language's zone
(:func:`veille.extract.timezones.language_zone`: Spanish → Europe/Madrid, Italian →
Europe/Rome), and its evidence says so ("assumed (Europe/Madrid)"). The place resolver read
no country from that: :func:`veille.enrich.places.home_country` gives one for French only,
so a Spanish text with no outlet known placed a bare "Valencia" in Venezuela (the larger
namesake) while its dates were read in Madrid. Where the language alone chose the zone,
the countries of that language keeping that clock (:func:`veille.enrich.places.
printed_countries`) are the same weak clue a printed offset gives (``ZONE_AND_LANGUAGE``):
any place the text names otherwise outweighs it. A zone read from anything else (the
source, the outlet's table, the places named, a setting) is not the language's and is left
to the rules that read those clues.

Pure function; nothing here raises.
"""

from __future__ import annotations

import datetime

from veille.extract.timezones import language_zone

__all__ = ["language_zone_countries"]


def language_zone_countries(evidence: str, language: str,
                            published: datetime.datetime | None) -> frozenset[str]:
    """The countries of ``language`` (a BCP 47 tag) on the clock of ``published`` when
    ``evidence`` (the article's ``evidence["timezone"]``) is exactly "assumed (ZONE)" for
    ``ZONE`` the language's own zone; else none (module docstring)."""
    from veille.enrich.places import home_country, printed_countries

    primary = language.replace("_", "-").split("-")[0].lower()
    zone = language_zone(primary) if primary else None
    if not zone or evidence.strip() != f"assumed ({zone})" or home_country("", language):
        return frozenset()
    return printed_countries(language, published)
