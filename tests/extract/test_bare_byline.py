"""Bylines printed as a bare name, with no "Par"/"By" (newuser4 N4 and N21): a short line of
two to four capitalised words under the headline, with a known given name or a role
beside it, is the author; a section name, a place, a short headline, a photo credit, a
topic tag or the article's own subject is not."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.bare_byline import bare_name, known_given_name, role_line
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
BODY_FR = (
    "La préfecture a annoncé mardi la fermeture de trois écoles du quartier après la "
    "découverte d'amiante dans les faux plafonds, a-t-on appris auprès de la mairie.\n"
    "Les quelque 600 élèves concernés seront accueillis dès jeudi dans des locaux "
    "provisoires, le temps que les travaux de désamiantage soient menés à bien.\n"
    "« La santé des enfants passe avant tout », a déclaré l'adjoint chargé de "
    "l'éducation, qui promet une réouverture avant les vacances d'hiver.\n")
BODY_EN = (
    "The government has announced a review of the country's flood defences after a "
    "winter of record rainfall left thousands of homes under water.\n"
    "Officials said the review would report within six months and look at funding, "
    "maintenance and the way warnings reach people who live near rivers.\n"
    "Residents in the worst-hit towns have called for faster action, saying that "
    "promises made after earlier floods were never kept.\n")


def capture(*head: str, body: str = BODY_FR) -> list[str]:
    text = "Accueil\nSociété\n" + "\n".join(head) + "\n" + body + "Partager sur Facebook\n"
    return extract_text_capture(text, fetched_at=NOW).authors


HEADLINE_FR = "Amiante : trois écoles fermées à Villeurbanne après des analyses"
STANDFIRST_FR = ("ÉDUCATION Les analyses ont révélé la présence d'amiante dans les faux "
                 "plafonds de trois établissements du quartier des Buers")
DATELINE_FR = "Publié le 28/11/2026 à 10h15"


# -- text captures ---------------------------------------------------------------------------

def test_bare_name_under_the_standfirst_is_the_author() -> None:
    """N4: 20 Minutes' layout; "Par Élise Martin" was read, "Élise Martin" gave []."""
    assert capture(HEADLINE_FR, STANDFIRST_FR, "Élise Martin", DATELINE_FR) == ["Élise Martin"]


def test_bare_name_in_capitals_is_read_in_the_usual_case() -> None:
    assert capture(HEADLINE_FR, STANDFIRST_FR, "ÉLISE MARTIN", DATELINE_FR) == ["Élise Martin"]


def test_name_above_a_role_line_is_the_author_without_the_role() -> None:
    """N21: the BBC prints the name, then the role on the next line."""
    authors = capture("Flood defences to be reviewed after record rainfall", "30 November 2026",
                      "Tom Quigley", "Environment correspondent", body=BODY_EN)
    assert authors == ["Tom Quigley"]


def test_name_and_role_on_one_line() -> None:
    authors = capture("Flood defences to be reviewed after record rainfall", "30 November 2026",
                      "Tom Quigley / Environment correspondent", body=BODY_EN)
    assert authors == ["Tom Quigley"]


def test_french_role_line() -> None:
    assert capture(HEADLINE_FR, "Marc Vasseur", "Correspondant à Bruxelles",
                   DATELINE_FR) == ["Marc Vasseur"]


def test_section_name_place_and_short_headline_are_no_authors() -> None:
    for line in ("Faits Divers", "FAITS DIVERS", "New York", "Middle East", "Île-de-France"):
        assert capture(HEADLINE_FR, STANDFIRST_FR, line, DATELINE_FR) == [], line


def test_photo_credit_beside_a_caption_is_no_author() -> None:
    caption = "Les faux plafonds de l'école des Buers, mardi."
    assert capture(HEADLINE_FR, caption, "Jean Ruiz / AFP", "Élise Martin", DATELINE_FR) == []
    assert capture(HEADLINE_FR, "© AFP", "Élise Martin", DATELINE_FR) == []


def test_a_run_of_topic_tags_is_no_byline() -> None:
    assert capture(HEADLINE_FR, "Emmanuel Macron", "Éducation", DATELINE_FR) == []


def test_the_article_s_subject_is_no_author() -> None:
    body = BODY_FR.replace("l'adjoint chargé de l'éducation", "Élise Martin, adjointe")
    assert capture(HEADLINE_FR, STANDFIRST_FR, "Élise Martin", DATELINE_FR, body=body) == []


def test_par_byline_still_wins() -> None:
    assert capture(HEADLINE_FR, "Par Marc Vasseur", "Élise Martin", DATELINE_FR) == [
        "Marc Vasseur"]


# -- HTML ------------------------------------------------------------------------------------

def page(name_element: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY_FR.splitlines())
    return (f"<html><body><article><h1>{HEADLINE_FR}</h1>"
            f"<p class='chapo'>{STANDFIRST_FR}.</p>{name_element}"
            f"<div class='c-date'>{DATELINE_FR}</div>{paragraphs}</article></body></html>")


def test_html_bare_name_element_is_the_author() -> None:
    content = extract_html(page("<div>Élise Martin</div>"), fetched_at=NOW)
    assert content.authors == ["Élise Martin"]
    assert content.evidence["authors"] == "bare name line near the headline"


def test_html_section_label_is_no_author() -> None:
    assert extract_html(page("<div>Faits Divers</div>"), fetched_at=NOW).authors == []


def test_html_photo_credit_is_no_author() -> None:
    figure = "<figure><img src=x.jpg><figcaption>L'école des Buers.</figcaption></figure>"
    assert extract_html(page(figure + "<div>Élise Martin</div>"), fetched_at=NOW).authors == []


# -- the rule's parts ------------------------------------------------------------------------

def test_given_names_and_roles() -> None:
    assert known_given_name("Caroline") and known_given_name("JEAN-PIERRE")
    assert not known_given_name("Faits") and not known_given_name("New")
    assert role_line("Europe digital editor") and role_line("envoyé spécial")
    assert not role_line("Europe") and not role_line("The editor resigned.")
    assert bare_name("Paul Kirby / Europe digital editor") == "Paul Kirby"
    assert bare_name("Paul Kirby / Europe") == ""
    assert bare_name("Tom Davies Associated Press") == "Tom Davies"
    assert bare_name("Lyon : un adolescent") == ""


_WORDS = st.text(st.characters(categories=("L", "Nd", "P", "Zs")), max_size=20)


@given(st.lists(_WORDS, max_size=8).map(" ".join), st.booleans())
def test_bare_name_is_a_name_from_the_text_or_nothing(text: str, role_next: bool) -> None:
    """Whatever the line, the result is "" or two to four words each of which the line
    holds (case aside), with no digit."""
    name = bare_name(text, role_next=role_next)
    if name:
        assert 2 <= len(name.split()) <= 4
        assert not any(c.isdigit() for c in name)
        assert all(w.lower() in text.lower() for w in name.split())


@given(st.lists(st.sampled_from(["Faits", "Divers", "New", "York", "Middle", "East", "Sud",
                                 "Ouest", "World", "News", "Grand", "Est"]),
                min_size=2, max_size=4).map(" ".join))
def test_capitalised_words_without_a_given_name_or_role_are_no_byline(text: str) -> None:
    assert bare_name(text) == ""
