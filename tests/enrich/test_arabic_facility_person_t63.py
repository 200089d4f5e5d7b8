"""A facility named after a person: the person's given name is no town (t-final63 #8:
"معرض رشيد كرامي الدولي", the Rashid Karami International Fair in Tripoli, placed the
article in Rosetta, Egypt, "رشيد" in the gazetteer)."""

from __future__ import annotations

import pytest

from veille.enrich.arabic_forms import arabic_spans

KNOWN = {"رشيد", "طرابلس", "دمشق", "صيدا"}


def _places(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in arabic_spans(text, lambda form: form in KNOWN)]


@pytest.mark.parametrize("text", [
    "افتتح معرض رشيد كرامي الدولي في طرابلس أبوابه.",
    "أقيمت المباراة على ملعب رشيد كرامي البلدي.",
])
def test_a_facility_named_after_a_person_names_no_town(text: str) -> None:
    assert "رشيد" not in _places(text)


@pytest.mark.parametrize(("text", "town"), [
    ("افتتح معرض دمشق الدولي أبوابه.", "دمشق"),  # an adjective with the article: the town
    ("وصل الوفد إلى مطار رشيد أمس.", "رشيد"),  # "yesterday" is no surname
    ("وقع الانفجار في رشيد صباح الجمعة.", "رشيد"),  # no facility noun before it
])
def test_a_town_after_a_facility_noun_stays_a_town(text: str, town: str) -> None:
    assert town in _places(text)
