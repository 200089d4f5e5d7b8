"""The country an outlet is published in, from veille's table of outlets, for choosing
among a place name's namesakes (issue 16; t-final51 A4).

A ".com" source names no country (:func:`veille.enrich.places.home_country` gives ''),
yet veille's table of outlets (``veille/extract/data/outlet_zones.tsv``, read by
:func:`veille.extract.timezones.outlet_home_zone`) knows where theguardian.com or "The
New York Times" is published: the tz database zone of its home city. That zone's country
(Unicode CLDR's territory zones, through Babel) is the outlet's, and weighs as a source's
country does: "Westminster" in The Guardian is London's, not Colorado's; a reading the
text places elsewhere (Denver, Colorado named beside it) still outweighs it.

A text capture's masthead is read at extraction, not kept as the article's source: the
extractor records the zone it found in ``evidence["outlet_home"]``, read here too.
"""
from __future__ import annotations

from collections.abc import Mapping

from veille.collector import built_once
from veille.extract.timezones import outlet_home_zone

EVIDENCE_KEY = "outlet_home"
"""The key of ``content.evidence`` under which a capture's extractor keeps the zone of the
outlet its masthead names (a tz database name, "Europe/London")."""


@built_once
def _zone_countries() -> dict[str, str]:
    """tz database zone → ISO 3166-1 alpha-2 country (CLDR territory zones, via Babel);
    a zone two countries list is left out."""
    from babel.core import get_global

    found: dict[str, set[str]] = {}
    for country, zones in get_global("territory_zones").items():
        if len(country) == 2 and country.isalpha():
            for zone in zones:
                found.setdefault(zone, set()).add(country)
    return {zone: next(iter(c)) for zone, c in found.items() if len(c) == 1}


def zone_country(zone: str) -> str:
    """The country of tz database ``zone`` ("Europe/London" → "GB"), '' when unknown."""
    return _zone_countries().get(zone, "")


def outlet_home_country(site: str, names: tuple[str, ...] = (),
                        evidence: Mapping[str, object] | None = None) -> str:
    """The country of the outlet that published an article: by its site's host ``site``
    ("theguardian.com", "www.nytimes.com") or one of its ``names`` (a declared site name,
    a ``--source`` name) in veille's table of outlets, else by the zone its capture's
    masthead named (``evidence[EVIDENCE_KEY]``); '' when none is known. Never raises."""
    host = site if "." in site and " " not in site else ""
    zone = outlet_home_zone(host, *(n for n in names if n))[0]
    if not zone and evidence is not None:
        zone = str(evidence.get(EVIDENCE_KEY) or "")
    return zone_country(zone) if zone else ""
