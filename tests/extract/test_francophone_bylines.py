"""Bylines of francophone outlets (newuser11a T2, T3, T7): credit formulas other than
"Par", labels and agencies are no names; a name sharing its box or line with a date or an
outlet's tag is still read; the outlet itself is no author and no credit.

The pages here are written for these tests, with other names and outlets than the
tester's (whose pages are the held-out check)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.bare_byline import publication_line
from veille.extract.bylines import (
    byline_part,
    is_agency,
    is_person,
    is_publication,
    organisation_credits,
    people_and_credits,
    signature_credit,
    site_keys,
    split_byline,
)
from veille.extract.datelines import opening_credit
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture
from veille.extract.textshape import is_byline

NOW = datetime(2026, 11, 3, 18, 0, tzinfo=UTC)
TITLE = "Namur : la passerelle de la Citadelle rouvre après deux ans de travaux"
PROSE = ["La passerelle piétonne qui relie le centre-ville à la Citadelle a rouvert lundi "
         "après deux ans de travaux de consolidation, a annoncé la Ville.",
         "L'ouvrage, fermé depuis l'automne 2024, a été renforcé par des câbles d'acier et "
         "équipé d'un nouvel éclairage, pour un coût de 3,2 millions d'euros.",
         "Les cyclistes devront toutefois mettre pied à terre pour l'emprunter, a précisé "
         "l'échevin de la Mobilité lors de l'inauguration."]
BODY = "".join(f"<p>{p}</p>" for p in PROSE)


def page(head: str = "", before: str = "", body: str = BODY, site: str = "") -> str:
    og = f'<meta property="og:site_name" content="{site}">' if site else ""
    return (f'<html lang="fr"><head><title>{TITLE}</title>{og}{head}</head><body><main>'
            f"<article><h1>{TITLE}</h1>{before}{body}</article></main></body></html>")


def html_authors(markup: str) -> tuple[list[str], str]:
    content = extract_html(markup, fetched_at=NOW)
    return content.authors, content.evidence.get("credit", "")


# T2: the French credit formulas other than "Par".
FORMULAS = [
    ("Propos recueillis par Hélène Ferrand", ["Hélène Ferrand"]),
    ("Entretien réalisé par Hélène Ferrand", ["Hélène Ferrand"]),
    ("Repéré par Damien Roux", ["Damien Roux"]),
    ("Une opinion de Sophie Marchal, chercheuse à l'ULB.", ["Sophie Marchal"]),
    ("Une tribune de Sophie Marchal", ["Sophie Marchal"]),
    ("Tribune de Sophie Marchal", ["Sophie Marchal"]),
    ("Une chronique d'Étienne Lamarre", ["Étienne Lamarre"]),
    ("Avec notre correspondante à Abidjan, Fatou Diallo", ["Fatou Diallo"]),
    ("De notre envoyé spécial à Goma, Pierre Kabila", ["Pierre Kabila"]),
    ("Par Belga, édité par Thomas Leroy", ["Thomas Leroy"]),
]


@pytest.mark.parametrize(("byline", "people"), FORMULAS)
def test_credit_formulas_open_a_byline(byline: str, people: list[str]) -> None:
    assert split_byline(byline)[0] == people


@pytest.mark.parametrize(("byline", "people"), FORMULAS[:3])
def test_an_author_value_loses_its_formula(byline: str, people: list[str]) -> None:
    """A meta ``author`` "Propos recueillis par X" (Le Temps) named "Propos recueillis par
    X" as the author."""
    assert people_and_credits([byline]) == (people, [])


def test_meta_author_with_a_formula() -> None:
    head = '<meta name="author" content="Propos recueillis par Hélène Ferrand">'
    assert html_authors(page(head))[0] == ["Hélène Ferrand"]


@pytest.mark.parametrize("label", ["Contribution externe", "Opinion", "Tribune libre",
                                   "Invité", "Collectif"])
def test_labels_are_no_names(label: str) -> None:
    assert people_and_credits([label]) == ([], [])
    assert not is_person(label)


def test_a_label_author_gives_way_to_the_opinion_line() -> None:
    """La Libre's op-ed shape: JSON-LD Person "Contribution externe", the author named in
    the standfirst "Une opinion de X, ..."."""
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":'
          '"Person","name":"Contribution externe"}}</script>')
    before = ("<p class='intro'>Une opinion de Sophie Marchal, chercheuse en urbanisme à "
              "l'ULB.</p><div class='meta'><span class='story-author'>Contribution externe"
              "</span></div>")
    assert html_authors(page(ld, before))[0] == ["Sophie Marchal"]


# T2: agencies are credits, never people.
@pytest.mark.parametrize("agency", ["Agence QMI", "ATS", "Keystone-ATS", "Belga",
                                    "La Presse Canadienne", "APS", "MAP", "ANP", "AIP",
                                    "Xinhua", "Agence Ecofin", "Agence de presse africaine",
                                    "Agence Kapa Press"])
def test_agencies_are_credits(agency: str) -> None:
    assert is_agency(agency)
    assert people_and_credits([agency]) == ([], [agency])


def test_agency_as_meta_author_is_a_credit_not_recased() -> None:
    """JdM's ``<meta name="author" content="Agence QMI">`` gave the author "Agence Qmi"."""
    authors, credit = html_authors(page('<meta name="author" content="Agence QMI">'))
    assert (authors, credit) == ([], "Agence QMI")


# T7: the outlet itself is no author and no credit.
def test_the_site_as_organization_author_and_byline() -> None:
    """EBRA's shape: og:site_name is the host, the JSON-LD author and the byline the
    paper's acronym or name."""
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":'
          '"Organization","name":"Vosges Matin"}]}</script>')
    before = '<div class="infos"><span class="author">Vosges Matin</span></div>'
    assert html_authors(page(ld, before, site="www.vosges-matin.fr")) == ([], "")
    before = '<div class="infos"><span class="author">LPRS</span></div>'
    assert html_authors(page("", before, site="www.lprs.fr")) == ([], "")


def test_publisher_with_agency_credits_the_agency() -> None:
    """JSON-LD author Organization "20 Minutes avec AFP" credited the whole string."""
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":'
          '"Organization","name":"20 Minutes avec AFP"}}</script>')
    assert html_authors(page(ld)) == ([], "AFP")
    assert organisation_credits(["20 Minutes avec AFP", "Reuters"]) == ["AFP", "Reuters"]


def test_agency_and_the_site_in_one_byline() -> None:
    """"Par Belga et Le Soir" on Le Soir gave the author "Belga et"."""
    before = '<div class="byline">Par Belga et Le Quotidien</div>'
    assert html_authors(page("", before, site="Le Quotidien")) == ([], "Belga")


@pytest.mark.parametrize("publication", ["Jeune Afrique", "Paris Match", "Courrier "
                                         "International", "Radio Okapi"])
def test_a_known_publication_is_no_person(publication: str) -> None:
    assert split_byline(f"Par AFP et {publication}") == ([], ["AFP"])
    assert not is_person(publication)


def test_site_keys_and_acronyms() -> None:
    sites = site_keys("www.vosges-matin.fr", "RTN Info")
    assert is_publication("Vosges-Matin", sites) and is_publication("RTN", sites)
    assert not is_publication("Jean Dupont", sites)


# T3: a byline sharing its box or line with a date or an outlet's tag.
@pytest.mark.parametrize("box", [
    # the wrapper's class holds "byline" too: its text, name and date, is read first
    '<div class="byline-wrapper"><span class="byline">Par Omar Benali</span>'
    '<span class="date">Le 02/11/2026 à 09h15</span></div>',
    '<div class="signature-box"><span class="signature-author">Omar Benali</span>'
    '<span class="signature-date">Publié le 2 nov. 2026 à 8 h 00 HNE</span></div>',
    '<div class="article-meta">LQO / Par Omar Benali, le 02 novembre 2026 à 10h20</div>',
    '<div class="story__meta"><span class="story__author">Par <a href="/auteurs/o-b">Omar '
    'Benali</a> - à Oran</span><span class="story__date">Publié le 2 novembre 2026</span>'
    '</div>',
    '<div class="meta">Publié le 02/11/2026 à 10:20 | Par Omar Benali</div>',
    # a BEM author class inside <article> (counted only before it)
    '<div class="story__infos"><span class="story__author">Par Omar Benali</span> <span '
    'class="story__date">Publié le 02/11/2026 à 08:12, mis à jour à 16:05</span></div>',
])
def test_byline_beside_a_date_or_a_tag(box: str) -> None:
    assert html_authors(page("", box))[0] == ["Omar Benali"]


def test_correspondent_line_opening_the_body() -> None:
    """RFI's "Avec notre correspondant à Dakar, X" as the body's first line, in an element
    whose BEM class names the author."""
    body = ('<div class="c-body"><p class="c-body__author-line">Avec notre correspondante à '
            f'Bamako, Awa Traoré</p>{BODY}</div>')
    assert html_authors(page("", "", body))[0] == ["Awa Traoré"]


@pytest.mark.parametrize(("line", "part"), [
    ("LQO / Par Omar Benali, le 02 novembre 2026", "Par Omar Benali, le 02 novembre 2026"),
    ("Publié le 02/11/2026 à 10:20 | Par Omar Benali", "Par Omar Benali"),
    ("Mis à jour le 02/11/2026 • Belga", "Belga"),
    ("Par Omar Benali", ""),
    ("Paul Kirby / Europe digital editor", ""),
])
def test_byline_part(line: str, part: str) -> None:
    assert byline_part(line) == part


def capture(byline_lines: str) -> tuple[list[str], str]:
    text = ("L'Écho du Sahel\nActualité\nPolitique\nSport\n\n" + TITLE + "\n\n"
            + byline_lines + "\n\n" + "\n\n".join(PROSE) + "\n\n© L'Écho du Sahel 2026\n")
    result = extract_text_capture(text, fetched_at=NOW)
    return result.authors, result.evidence.get("credit", "")


@pytest.mark.parametrize(("lines", "people", "credit"), [
    ("LQO / Par Omar Benali, le 02 novembre 2026 à 16h45", ["Omar Benali"], ""),
    ("Publié le 02/11/2026 à 14:32 | Par Ndeye Fall", ["Ndeye Fall"], ""),
    ("Par Belga, édité par Thomas Leroy\nPublié le 02 novembre 2026 à 14:32",
     ["Thomas Leroy"], "Belga"),
    ("Agence QMI\nPublié le 02 novembre 2026 à 10:32", [], "Agence QMI"),
    ("Propos recueillis par Hélène Ferrand\nPublié le 02/11/2026", ["Hélène Ferrand"], ""),
])
def test_capture_bylines(lines: str, people: list[str], credit: str) -> None:
    assert capture(lines) == (people, credit)


_NAME = st.from_regex(r"[A-ZÉ][a-zéè]{2,9} [A-Z][a-zé]{2,10}", fullmatch=True)


@given(_NAME, st.sampled_from(["Propos recueillis par", "Repéré par", "Une opinion de",
                               "Entretien réalisé par", "Avec notre correspondant à Oran,"]))
def test_formula_then_any_name(name: str, formula: str) -> None:
    people = split_byline(f"{formula} {name}")[0]
    assert people in ([name], [])  # never the formula as a name
    assert not any(formula.split()[0] in p for p in people)


# T12: agency credits in signatures and undated datelines.
@pytest.mark.parametrize(("line", "agencies"), [
    ("ats/vkiss", ["ATS"]), ("ats/afp/mh", ["ATS", "AFP"]), ("lgr avec ats", ["ATS"]),
    ("belga/jdb", ["Belga"]), ("afp", ["AFP"]),
])
def test_closing_signatures(line: str, agencies: list[str]) -> None:
    assert signature_credit(line) == agencies


@pytest.mark.parametrize("line", ["map/jpr", "les ats disent non", "ATS/JPR et la suite",
                                  "voir aussi", "tt/ab"])
def test_no_signature(line: str) -> None:
    assert signature_credit(line) == []


def test_html_closing_signature_credits_the_agency() -> None:
    body = BODY + '<p class="article-signature">ats/vkiss</p>'
    assert html_authors(page("", "", body)) == ([], "ATS")


def test_capture_signature_after_a_results_table() -> None:
    """RTS's sports briefs: the signature comes after a table of results."""
    table = "\n".join(["Résultats", "Sion - Thoune 2-1", "Bâle - Lugano 0-0",
                       "Servette - Lucerne 3-1", "Classement", "1. Servette 15 32",
                       "2. Bâle 15 30", "3. Lugano 15 27"])
    assert capture("Publié à 21:40")[1] == ""
    text = (f"RTS Sport\nFootball\nHockey\n\n{TITLE}\n\nPublié à 21:40\n\n"
            + "\n\n".join(PROSE) + f"\n\n{table}\n\nmhe avec ats\n\nPartager\n")
    assert extract_text_capture(text, fetched_at=NOW).evidence.get("credit") == "ATS"


@pytest.mark.parametrize(("opening", "agency"), [
    ("NAMUR (Belga) - ", "Belga"), ("LAUSANNE (Keystone-ATS) - ", "Keystone-ATS"),
    ("(Belga) ", "Belga"), ("Namur, 3 nov (BELGA) - ", "BELGA"),
    ("SAINT-HYACINTHE (La Presse Canadienne) — ", "La Presse Canadienne"),
])
def test_undated_agency_dateline(opening: str, agency: str) -> None:
    assert opening_credit(opening + PROSE[0]) == agency
    text = f"L'Écho\n\n{TITLE}\n\n{opening}{PROSE[0]}\n\n" + "\n\n".join(PROSE[1:]) + "\n"
    assert extract_text_capture(text, fetched_at=NOW).evidence.get("credit") == agency
    body = f"<p>{opening}{PROSE[0]}</p>" + "".join(f"<p>{p}</p>" for p in PROSE[1:])
    assert html_authors(page("", "", body))[1] == agency


@pytest.mark.parametrize("opening", ["Le ministre (PS) - ", "Selon le porte-parole (AFP), ",
                                     "La commune (Namur) - "])
def test_no_undated_dateline(opening: str) -> None:
    assert opening_credit(opening + PROSE[0]) == ""


def test_dated_dateline_after_a_standfirst_in_a_capture() -> None:
    """The standfirst is paragraph 1: the dateline opening paragraph 2 still credits."""
    text = (f"L'Écho\n\n{TITLE}\n\nLa Ville a rouvert lundi la passerelle fermée depuis "
            f"deux ans, après des travaux de consolidation.\n\nNAMUR, 3 novembre 2026 "
            f"(Belga) - {PROSE[0]}\n\n" + "\n\n".join(PROSE[1:]) + "\n")
    assert extract_text_capture(text, fetched_at=NOW).evidence.get("credit") == "Belga"


# T3: the outlet's name on the line under a bare name (La Presse's style).
@pytest.mark.parametrize("outlet", ["Le Droit", "The Gazette", "Le Quotidien", "Jeune Afrique"])
def test_capture_bare_name_then_the_outlet(outlet: str) -> None:
    assert capture(f"Publié le 2 novembre 2026 à 9 h 32\nSylvie Gagnon\n{outlet}\nPartager"
                   )[0] == ["Sylvie Gagnon"]


@pytest.mark.parametrize(("line", "expected"), [
    ("La Presse", True), ("Le Droit", True), ("L'Express", True), ("Jeune Afrique", True),
    ("La suite", False), ("Le 2 novembre", False), ("Faits divers", False),
])
def test_publication_line(line: str, expected: bool) -> None:
    assert publication_line(line) is expected


@pytest.mark.parametrize("text", ["Tribune de Genève", "Analyse de la situation",
                                  "Une analyse de la Banque mondiale", "Chronique de l'été"])
def test_op_ed_words_without_a_name_are_no_byline(text: str) -> None:
    """The op-ed formulas open titles and names too: only a person's name after them makes
    a byline (a heading "Analyse de la situation" stays in the body)."""
    assert split_byline(text) == ([], [])
    assert not is_byline(text)
    assert people_and_credits(["Tribune de Genève"]) == ([], [])


_LOWER_WORD = st.from_regex(r"[a-zé]{2,9}", fullmatch=True).filter(
    lambda w: w not in {"ats", "afp", "sda", "belga", "ansa", "efe", "dpa", "apa", "anp",
                        "reuters", "lusa", "qmi"})


@given(st.lists(_LOWER_WORD, min_size=1, max_size=5), st.sampled_from(["/", " avec ", " "]))
def test_signature_needs_an_agency(words: list[str], sep: str) -> None:
    """A lower-case line credits an agency only when one of its tokens is an agency's
    form: a line of other words (or prose) credits none."""
    credited = signature_credit(sep.join(words))
    assert all(is_agency(a) for a in credited)


@given(st.text(max_size=120))
def test_byline_part_is_a_part_of_the_line(text: str) -> None:
    part = byline_part(text)
    assert part == "" or part in " ".join(text.split())


@given(st.text(max_size=80), st.text(max_size=80))
def test_opening_credit_is_an_agency(place: str, rest: str) -> None:
    credit = opening_credit(f"{place} {rest}")
    assert credit == "" or is_agency(credit)
