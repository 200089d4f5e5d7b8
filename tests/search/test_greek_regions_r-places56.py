"""Greece's regions in ``place:`` (issue 16, t-final55b A15; r-places55's "still
wrong"): the gazetteer's Greek cities carry GeoNames' ESYE codes (Thessaloníki
"ESYE12", Irákleion "ESYE43"), its region rows ISO's letters (iso3166-2:GR-B) and no
code, and the alphabetical join of :mod:`veille.search.region_join` cannot pair letters
with ESYE numbers: ``place:"Central Macedonia"`` found no article about Thessaloníki.
``region_codes.tsv`` now pairs them. On 613f6d34 the names below were missing."""

from __future__ import annotations

import pytest

from veille.search.place_names import geonames_region_names


@pytest.mark.parametrize(("code", "name"), [
    ("ESYE12", "central macedonia"), ("ESYE12", "kentriki makedonia"),
    ("ESYE43", "crete"), ("ESYE31", "attica"), ("ESYE14", "thessaly"),
])
def test_greek_cities_codes_carry_their_region_s_names(code: str, name: str) -> None:
    assert name in geonames_region_names().get(("GR", code), frozenset())


def test_a_region_does_not_take_another_s_code() -> None:
    assert "central macedonia" not in geonames_region_names().get(("GR", "ESYE43"),
                                                                  frozenset())
