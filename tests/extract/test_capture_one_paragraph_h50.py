"""A text capture whose body is ONE paragraph after the byline and date keeps it
(t-final50b A1): the byline and dateline between the standfirst and the paragraph cost the
densest run more than a short paragraph at the page's foot weighs, so the run kept the
standfirst alone as the whole text and the paragraph was lost, with no word of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.text_capture import extract_text_capture

HEADS = [
    ("Actualité", "Vannes : le pont de Kérino fermé deux nuits pour inspection",
     "Les services de l'agglomération vérifieront les câbles du tablier.",
     "Par Soizic Le Dantec", "Publié le 2 décembre 2026 à 18h05"),
    ("News", "Harbour ferry timetable cut over the winter months",
     "The operator blamed a shortage of qualified crew.",
     "By Daniel Okafor", "Wed 2 Dec 2026 08.15 GMT"),
    ("Sport", "Leinster edge Munster in a tense derby",
     "A late penalty settled a match of few chances at the Aviva Stadium.",
     "", "December 2, 2026 10:30 PM"),
]
BODIES = [
    "Les automobilistes seront déviés par la rocade nord entre 22 heures et 5 heures, et "
    "les bus de nuit emprunteront un itinéraire provisoire signalé aux arrêts.",
    "Only two crossings a day will run until March, and season-ticket holders will be "
    "offered a partial refund for the weeks affected.",
    "Ross Byrne kicked the decisive points with four minutes left after Munster had led "
    "for most of the second half.",
]


def _capture(kicker: str, title: str, standfirst: str, byline: str, dateline: str,
             body: str) -> str:
    return "\n".join(line for line in (kicker, title, standfirst, byline, dateline, body)
                     if line) + "\n"


def test_the_paragraph_after_the_date_is_the_body() -> None:
    for head, body in zip(HEADS, BODIES, strict=True):
        result = extract_text_capture(_capture(*head, body))
        assert body in result.paragraphs, (head[1], result.paragraphs, result.dropped)
        assert result.title == head[1]
        assert head[2] in (result.lead, *result.paragraphs)  # the standfirst is kept too
        # what is left out is said (issue 14, r-ux51: every block, the text's run or not,
        # byline and dateline read as the article's are not left out): the rubric only
        assert {text for text, _ in result.dropped} <= {head[0]}


def test_a_second_paragraph_changes_nothing() -> None:
    head, body = HEADS[1], BODIES[1]
    second = "The council said a new vessel would enter service in 2028."
    result = extract_text_capture(_capture(*head, body + "\n" + second))
    assert body in result.paragraphs and second in result.paragraphs


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=2), st.integers(min_value=6, max_value=30))
def test_a_short_or_long_single_paragraph_is_kept(which: int, words: int) -> None:
    """Whatever the lone paragraph's length against the standfirst's."""
    filler = ("la commune a précisé que les travaux seraient financés par la région "
              "et par l'État dans le cadre du plan de relance départemental annoncé "
              "au printemps dernier après une longue concertation avec les riverains "
              "du quartier et les associations").split()
    body = "Selon le maire, " + " ".join(filler[:words]) + "."
    head = HEADS[which]
    result = extract_text_capture(_capture(*head, body))
    assert body in result.paragraphs, (result.paragraphs, result.dropped)
