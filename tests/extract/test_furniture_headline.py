"""Page furniture is never an article's headline (f-extract20): a section's name, a site's
navigation, a breadcrumb, a widget or a date line alone above the body used to become the
headline of a text capture, and of an HTML page whose only ``<h1>`` or ``<title>`` it
was ("Dernières Infos", "Accueil > Monde", "Publicité"). With nothing better, the article
now has no headline, and the evidence names the line refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.furniture_title import (
    NAVIGATION_LABELS,
    furniture_reason,
    headline_refusal,
    unfounded_label,
)
from veille.extract.html import extract_html
from veille.extract.stage import listed_title
from veille.extract.text_capture import extract_text_capture
from veille.record import RawInput

BODY = [
    "Le gouvernement a présenté mercredi un projet de loi sur la réforme des retraites, "
    "qui prévoit un report progressif de l'âge légal de départ à soixante-quatre ans d'ici "
    "2030. Les syndicats ont aussitôt appelé à une journée de mobilisation nationale.",
    "Selon le ministre du Travail, cette réforme est indispensable pour garantir "
    "l'équilibre financier du système par répartition, menacé par le vieillissement de la "
    "population. L'opposition dénonce un texte injuste.",
    "Le texte sera examiné à l'Assemblée nationale à partir du mois prochain, dans un "
    "climat social tendu, alors que plusieurs grèves sont déjà annoncées dans les "
    "transports.",
]
HEADLINE = "Retraites : le gouvernement présente son projet de loi"

#: Furniture lines seen above articles (sections, navigation, breadcrumbs, widgets, dates).
FURNITURE = [
    "Politique", "International", "Dernières Infos", "Rechercher", "Accueil > Monde",
    "Publicité", "Mercredi 2 décembre 2026", "Abonnez-vous", "Le Monde", "En direct",
    "Édition du soir", "Les plus lus", "Fil info", "À la une", "Faits divers",
    "Culture & Loisirs", "Abonnez-vous à partir de 1€", "Se connecter",
    "Vous lisez un article réservé aux abonnés", "Partager sur Facebook Partager sur Twitter",
    "Accueil > Politique > Retraites", "Home › World", "Mis à jour le 2 décembre 2026 à 10h30",
    "Publié le 02/12/2026",
]


def capture(*head: str) -> str:
    return "\n\n".join([*head, *BODY])


@pytest.mark.parametrize("line", FURNITURE)
def test_a_furniture_line_alone_is_no_capture_headline(line: str) -> None:
    result = extract_text_capture(capture(line))
    assert result.title is None
    assert result.evidence["title"].startswith("none found")
    assert result.paragraphs == BODY


@pytest.mark.parametrize("line", ["Dernières Infos", "Accueil > Monde", "Faits divers",
                                  "Abonnez-vous à partir de 1€"])
def test_the_evidence_names_the_line_refused(line: str) -> None:
    result = extract_text_capture(capture(line))
    assert repr(line) in result.evidence["title"]
    assert "page furniture refused" in result.evidence["title"]


@pytest.mark.parametrize("line", FURNITURE)
def test_the_headline_under_furniture_stays_the_headline(line: str) -> None:
    result = extract_text_capture(capture(line, HEADLINE))
    assert result.title == HEADLINE


@pytest.mark.parametrize("title", ["Réforme des retraites", "Retraites : colère",
                                   "Home Depot sales miss, shares plunge"])
def test_a_short_headline_about_the_text_stays(title: str) -> None:
    """A short line that names the story (its words are the text's) may be the headline."""
    assert furniture_reason(title) == ""
    refuse = headline_refusal(BODY + ["Home Depot's sales missed forecasts."])
    assert refuse(title) == ""


def page(*, title: str = "", h1: str = "", og: str = "") -> str:
    head = (f"<title>{title}</title>" if title else "") + (
        f"<meta property='og:title' content='{og}'>" if og else "")
    top = f"<h1>{h1}</h1>" if h1 else ""
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return f"<html><head>{head}</head><body>{top}<article>{body}</article></body></html>"


@pytest.mark.parametrize("where", ["title", "h1", "og"])
@pytest.mark.parametrize("line", ["Politique", "Dernières Infos", "Accueil > Monde",
                                  "Publicité", "Abonnez-vous", "Rechercher",
                                  "Mercredi 2 décembre 2026", "Politique - Le Monde"])
def test_a_furniture_line_is_no_html_title(where: str, line: str) -> None:
    content = extract_html(page(**{where: line}), url="https://www.example.fr/a/1")
    assert content.title == ""
    assert content.evidence["title"].startswith("none found (page furniture refused")
    assert content.paragraphs == BODY


def test_an_html_headline_under_a_furniture_h1_is_kept() -> None:
    content = extract_html(page(title=HEADLINE, h1="Publicité"))
    assert content.title == HEADLINE


def test_an_h1_that_names_the_story_stays() -> None:
    content = extract_html(page(h1=HEADLINE))
    assert content.title == HEADLINE


def test_a_french_quotation_is_no_breadcrumb() -> None:
    assert furniture_reason("« Je reste » : Macron répond à « ceux » qui doutent") == ""


def test_a_label_the_text_does_not_speak_of() -> None:
    text = headline_refusal(BODY)
    assert unfounded_label("Édition du soir", frozenset()) is True
    assert text("Le grand saut") == "a label the text does not speak of"
    assert text("Réforme des retraites") == ""


_LABELS = sorted(NAVIGATION_LABELS)


@settings(max_examples=60, deadline=None)
@given(label=st.sampled_from(_LABELS),
       case=st.sampled_from([str.lower, str.upper, str.title, str.capitalize]),
       mark=st.sampled_from(["", " :", " ›", "."]))
def test_no_navigation_label_heads_a_capture(label: str, case: object, mark: str) -> None:
    """Whatever its case or trailing mark, a navigation or section label alone above the
    body is never the headline (property)."""
    line = case(label) + mark  # type: ignore[operator]
    result = extract_text_capture(capture(line))
    assert result.title is None or result.title != line


@settings(max_examples=40, deadline=None)
@given(crumbs=st.lists(st.sampled_from(["Accueil", "Monde", "Europe", "Politique", "Sport",
                                        "Football", "Régions", "Home", "World"]),
                       min_size=2, max_size=4),
       sep=st.sampled_from([" > ", " › ", ">"]))
def test_no_breadcrumb_heads_an_html_page(crumbs: list[str], sep: str) -> None:
    line = sep.join(crumbs)
    for where in ("title", "h1"):
        assert extract_html(page(**{where: line})).title == ""


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(["gouvernement", "réforme", "retraites", "syndicats",
                                       "mobilisation", "Assemblée", "grèves", "ministre"]),
                      min_size=4, max_size=8, unique=True))
def test_a_headline_of_the_texts_words_is_kept(words: list[str]) -> None:
    """A headline-shaped line made of the text's own words stays the headline, above
    furniture or not (property: the refusal does not reach real headlines)."""
    headline = " ".join(words).capitalize() + " : le point"
    assert extract_text_capture(capture("Politique", headline)).title == headline
    assert extract_html(page(h1=headline)).title == headline


EN_BODY = [
    "The government unveiled on Wednesday a bill to reform pensions, raising the legal "
    "retirement age gradually to sixty-four by 2030. Unions immediately called for a "
    "national day of strikes.",
    "According to the labour minister, the reform is needed to keep the pay-as-you-go "
    "system balanced as the population ages. The opposition called the text unfair.",
    "The bill will be debated in parliament from next month, amid social tension, with "
    "several transport strikes already announced.",
]


@pytest.mark.parametrize("line", [
    "Politics", "World", "Latest News", "Home > World", "Advertisement", "Subscribe",
    "Sign in", "Most Read", "Breaking News", "Business | Economy",
    "Wednesday, December 2, 2026", "The Daily Post", "Skip to main content",
    "Subscribe to our newsletter", "Share this article", "By John Smith",
])
def test_english_furniture_is_no_headline(line: str) -> None:
    """In English too; a function word the label shares with the text ("The Daily Post"
    and "the") says nothing of what it names, and an HTML page's ``<h1>`` kept as a block
    of the walk is not "the text" its words are looked up in."""
    assert extract_text_capture("\n\n".join([line, *EN_BODY])).title is None
    body = "".join(f"<p>{p}</p>" for p in EN_BODY)
    html = f"<html><body><h1>{line}</h1><article>{body}</article></body></html>"
    assert extract_html(html).title == ""


@pytest.mark.parametrize("line", ["Pension reform", "Pensions: unions strike"])
def test_a_short_english_headline_about_the_text_stays(line: str) -> None:
    assert extract_text_capture("\n\n".join([line, *EN_BODY])).title == line
    body = "".join(f"<p>{p}</p>" for p in EN_BODY)
    html = f"<html><body><h1>{line}</h1><article>{body}</article></body></html>"
    assert extract_html(html).title == line


SEED = Path(os.environ.get("VEILLE_SHARED_DIR", "../shared")) / "seed" / \
    "000_b76170f1117bfb89.txt"


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed capture absent")
def test_the_seed_capture_keeps_its_headline() -> None:
    result = extract_text_capture(SEED.read_text(encoding="utf-8"))
    assert result.title == ("Washington va réunir la coalition antijihadistes après "
                            "l'annonce du retrait de Syrie")
    assert result.paragraphs[0].startswith("Les Etats-Unis vont accueillir le 6 février")


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed capture absent")
def test_the_seed_capture_without_its_headline_has_none() -> None:
    """The seed's furniture ("Rechercher", "Dernières Infos") above its body, its headline
    taken out: no headline, not "Dernières Infos"."""
    text = SEED.read_text(encoding="utf-8").replace(
        "Washington va réunir la coalition antijihadistes après l'annonce du retrait de "
        "Syrie\n", "")
    result = extract_text_capture(text)
    assert result.title is None
    assert "Dernières Infos" in result.evidence["title"]


def test_a_listing_title_keeps_the_refusal_in_the_evidence() -> None:
    """A feed's title stands in for a page whose only headline was furniture; the evidence
    still names the line refused (the stage's rule, :func:`listed_title`)."""
    content = extract_html(page(h1="Politique"))
    raw = RawInput(b"", "page.html", "text/html",
                   hints={"title": "Retraites : le projet de loi présenté"})
    listed_title(content, raw)
    assert content.title == "Retraites : le projet de loi présenté"
    assert content.evidence["title"] == ("the listing's title (the page gives none; page "
                                         "furniture refused: 'Politique')")


@pytest.mark.parametrize("line", ["Le grand saut", "Un titre de page", "Coup de tonnerre"])
def test_a_short_headline_the_page_states_twice_stays(line: str) -> None:
    # CI on integ (tests/collect/test_html_sniff.py): "Un titre de page", the <h1> and the
    # <title> of an XHTML page, was refused as a label the text does not speak of; a page
    # that states its headline twice is no site label, however short the headline
    content = extract_html(page(title=line, h1=line))
    assert content.title == line
    lone = extract_html(page(h1=line))
    assert lone.title == ""  # said once, short and about nothing in the text: a label


@pytest.mark.parametrize("line", ["Le grand saut", "Un texte sans source"])
def test_a_short_capture_headline_over_its_dateline_stays(line: str) -> None:
    # CI on integ (tests/web/test_web_gaps.py): "Un texte sans source" over "Publié le …"
    # was refused as a label the text does not speak of; in the headline's place (right
    # above the dateline or byline) only furniture by its own text is refused
    assert extract_text_capture(capture(line, "Publié le 21/11/2026 à 10h00")).title == line
    assert extract_text_capture(capture("Le grand saut")).title is None  # alone, a label
    furniture = extract_text_capture(capture("Dernières Infos", "Publié le 21/11/2026 à 10h00"))
    assert furniture.title is None
