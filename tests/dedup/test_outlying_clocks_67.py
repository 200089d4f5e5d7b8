"""A country's own islands on another clock, from the tz database's ``zone.tab`` rather
than a hand list of four zones (h-copies66b "still wrong" 4, h-copies67): Hawaii, the
Chathams, Lord Howe, Fernando de Noronha counted as mainland siblings, so a zone-less
time of any US, New Zealand, Australian or Brazilian outlet spanned their clocks too, and
two copies an hour apart could be "in no known order"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from veille.extract.timezones import outlet_zones, outlying_clocks


@pytest.mark.parametrize(("mainland", "island", "outlet_naming_it"), [
    ("America/New_York", "Pacific/Honolulu", "staradvertiser.com Honolulu Star-Advertiser"),
    ("Pacific/Auckland", "Pacific/Chatham", "chathams.co.nz Chatham Islands News"),
    ("Australia/Sydney", "Australia/Lord_Howe", "Lord Howe Island Signal"),
    ("America/Sao_Paulo", "America/Noronha", "noronha.com.br"),
    ("Europe/Madrid", "Atlantic/Canary", "canarias7.es Canarias7"),
    ("Europe/Lisbon", "Atlantic/Azores", "acorianooriental.pt Açoriano Oriental"),
])
def test_an_island_clock_counts_only_for_an_outlet_naming_it(mainland: str, island: str,
                                                             outlet_naming_it: str) -> None:
    assert island in outlying_clocks()
    assert island not in {z.key for z in outlet_zones(mainland, "dailyledger-news.com")}
    assert island in {z.key for z in outlet_zones(mainland, outlet_naming_it)}
    assert island in {z.key for z in outlet_zones(mainland, None)}  # outlet unknown
    # a time read on the island's own clock keeps the mainland's among its siblings
    assert mainland in {z.key for z in outlet_zones(island, "x.example")}


def test_countries_of_islands_only_have_no_outlying_clock() -> None:
    """Kiribati, French Polynesia, the Marshall Islands: no mainland to set a zone apart."""
    for zone in ("Pacific/Tarawa", "Pacific/Kiritimati", "Pacific/Marquesas", "Pacific/Majuro",
                 "Pacific/Kwajalein"):
        assert zone not in outlying_clocks()


def test_mainland_zones_are_not_outlying() -> None:
    for zone in ("America/Anchorage", "America/Los_Angeles", "Europe/Madrid", "Africa/Ceuta",
                 "Australia/Perth", "America/Manaus", "Europe/Lisbon"):
        assert zone not in outlying_clocks()


def test_a_zone_less_time_of_an_unknown_us_outlet_spans_no_hawaiian_clock() -> None:
    at = datetime(2026, 4, 22, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    offsets = {at.astimezone(z).utcoffset() for z in outlet_zones("America/New_York",
                                                                   "rivercountypost.us")}
    assert at.astimezone(ZoneInfo("Pacific/Honolulu")).utcoffset() not in offsets
