"""A correspondent's place written after the name is no part of it (newuser9 R9).

The Guardian signs "Kim Willsher in Paris"; French papers print "Par Jean Dupont, à
Paris", "Jean Dupont à Bruxelles" or "De notre correspondant à Bruxelles, Jean Dupont".
"Name in Place" gave no author at all in a capture and the whole line as the name in an
HTML page; the place is where the journalist writes from, like a parenthesised aside.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.bylines import people_and_credits, split_byline
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

FORMS = [
    ("Hanna Lindqvist in Stockholm", ["Hanna Lindqvist"]),
    ("By Hanna Lindqvist in New York", ["Hanna Lindqvist"]),
    ("Hanna Lindqvist in Rio de Janeiro and Tomas Berg in Oslo",
     ["Hanna Lindqvist", "Tomas Berg"]),
    ("Par Corentin Le Bihan, à Quimper", ["Corentin Le Bihan"]),
    ("Par Corentin Le Bihan à Quimper", ["Corentin Le Bihan"]),
    ("Corentin Le Bihan au Caire", ["Corentin Le Bihan"]),
    ("De notre correspondant à Bruxelles, Corentin Le Bihan", ["Corentin Le Bihan"]),
    ("De notre envoyée spéciale à Kiev, Hanna Lindqvist", ["Hanna Lindqvist"]),
]
NOT_PEOPLE = ["Le Courrier à Quimper", "Manifestation à Quimper", "Rédaction in London"]
FR = ["Le conseil départemental a voté mardi un plan de rénovation de quarante kilomètres "
      "de routes communales abîmées par les crues d'octobre, a-t-on appris.",
      "Les travaux commenceront au printemps et dureront deux ans, selon le président du "
      "conseil, qui promet de ne pas augmenter les impôts locaux."]


@pytest.mark.parametrize(("byline", "people"), FORMS)
def test_split_byline_leaves_the_place_out(byline: str, people: list[str]) -> None:
    assert split_byline(byline) == (people, [])


@pytest.mark.parametrize("byline", NOT_PEOPLE)
def test_a_publication_or_a_phrase_at_a_place_is_no_person(byline: str) -> None:
    assert split_byline(byline)[0] == []


@pytest.mark.parametrize(("name", "people"), [
    ("Hanna Lindqvist in Stockholm", ["Hanna Lindqvist"]),
    ("Corentin Le Bihan, à Quimper", ["Corentin Le Bihan"]),
])
def test_an_author_value_leaves_the_place_out(name: str, people: list[str]) -> None:
    assert people_and_credits([name]) == (people, [])


@pytest.mark.parametrize(("byline", "people"), FORMS)
def test_html_byline_element(byline: str, people: list[str]) -> None:
    paras = "".join(f"<p>{p}</p>" for p in FR)
    page = (f'<html lang="fr"><head><title>Un titre assez long pour ce test</title></head>'
            f'<body><article><h1>Un titre assez long pour ce test</h1>'
            f'<div class="byline">{byline}</div>{paras}</article></body></html>')
    assert extract_html(page).authors == people


@pytest.mark.parametrize(("byline", "people"), [
    ("Hanna Lindqvist in Stockholm", ["Hanna Lindqvist"]),  # a bare name, no "By"
    ("Corentin Le Bihan à Quimper", ["Corentin Le Bihan"]),
    ("Par Corentin Le Bihan, à Quimper", ["Corentin Le Bihan"]),
    ("De notre correspondant à Bruxelles, Corentin Le Bihan", ["Corentin Le Bihan"]),
    # two correspondents on one bare line (verify10: no author at all)
    ("Hanna Lindqvist in Stockholm and Corentin Le Bihan in Quimper",
     ["Hanna Lindqvist", "Corentin Le Bihan"]),
    ("Hanna Lindqvist et Corentin Le Bihan", ["Hanna Lindqvist", "Corentin Le Bihan"]),
])
def test_text_capture_byline(byline: str, people: list[str]) -> None:
    text = ("Le Courrier\nAccueil\n\nLa Cornouaille rénove ses routes communales\n\n"
            f"{byline}\nPublié le 10/03/2026 à 09:00\n\n" + "\n\n".join(FR) + "\n")
    assert extract_text_capture(text).authors == people


_WORD = st.from_regex(r"[A-ZÉ][a-zéè]{2,8}", fullmatch=True)


@given(st.lists(_WORD, min_size=2, max_size=3).map(" ".join),
       st.lists(_WORD, min_size=1, max_size=3).map(" ".join),
       st.sampled_from(["in", "à", "au"]))
def test_a_place_never_changes_the_name(name: str, place: str, at: str) -> None:
    """Whatever capitalised place follows "in"/"à"/"au", the byline reads the same name as
    without it."""
    assert split_byline(f"{name} {at} {place}") == split_byline(name)
    assert split_byline(f"Par {name}, {at} {place}") == split_byline(f"Par {name}")
