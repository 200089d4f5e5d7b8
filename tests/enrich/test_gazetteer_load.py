"""Loading the gazetteer faster, with the same places (issue #13: a process folds 80,000
names when it first meets a place). ``enrich.text.fold`` skips the Unicode decomposition of
ASCII text: the same key as the full rule on every text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.text import fold

_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "ʼ": "'"})


def _full_rule(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.replace("-", " ")).strip().casefold()


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.text(max_size=40), st.text(alphabet=st.characters(max_codepoint=127),
                                               max_size=40),
                 st.lists(st.sampled_from(["Saint-Étienne", "L’Haÿ", "`", "ʼ", "ﬁ", "Ⅻ",
                                           " ", "\t", "-", "Paris", "É", "e\u0301"]),
                          max_size=8).map("".join)))
def test_fold_is_the_full_rule(text: str) -> None:
    assert fold(text) == _full_rule(text)


def test_fold_examples() -> None:
    assert fold("Saint-Étienne") == "saint etienne"
    assert fold("L`Isle  Adam") == "l'isle adam"


def test_renamed_place_is_replace() -> None:
    """The gazetteer's other names are built by ``_renamed``: the same place as
    ``dataclasses.replace`` gives, field for field (a field added to Place must be added
    there too)."""
    import dataclasses

    from veille.enrich.places import Place, _renamed, shipped

    gazetteer = shipped()
    sample = list(gazetteer.by_id.values())[::997]
    sample.append(Place("insee:75056", "Paris", "commune", "FR", "11", 48.86, 2.35, 2_100_000,
                        "75056", "75"))
    for place in sample:
        assert _renamed(place, "Autre nom") == dataclasses.replace(place, name="Autre nom")
    assert [f.name for f in dataclasses.fields(Place)] == [
        "id", "name", "kind", "country", "admin1", "lat", "lon", "population", "insee",
        "department"]
