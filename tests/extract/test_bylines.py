"""Bylines: people are authors; an agency ("avec AFP") is a credit, kept in
``evidence["credit"]``; the publisher ("Le Monde") is not an author (user report,
2026-11-30; docs/record.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.bylines import (
    drop_asides,
    is_agency,
    is_role,
    json_ld_authors,
    people_and_credits,
    people_of,
    restore_case,
)
from veille.extract.capture_meta import byline_and_dates, parse_byline, split_byline
from veille.extract.html import extract_html
from veille.extract.html.jsonld import parse_scripts
from veille.extract.html.parse import parse_html
from veille.extract.html.unrendered import take_unrendered
from veille.extract.language import assumed_zone
from veille.extract.text_capture import extract_text_capture
from veille.extract.wire import extract_ninjs

CASES = [
    ("Le Monde avec AFP", [], ["AFP"]),
    ("Le Monde avec AFP et Reuters", [], ["AFP", "Reuters"]),
    ("Le Monde avec l'AFP", [], ["AFP"]),
    ("Par Laura Bénichou et Jean Dupont", ["Laura Bénichou", "Jean Dupont"], []),
    ("Laura Bénichou avec AFP", ["Laura Bénichou"], ["AFP"]),
    ("Par Marine Le Pen", ["Marine Le Pen"], []),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
    ("By Jane Doe, Reuters", ["Jane Doe"], ["Reuters"]),
    ("The Guardian with Reuters", [], ["Reuters"]),
    # Fresh-user report nu1 (2026-11-30), F28: a newsroom, an agency credit, particles.
    ("Par la rédaction", [], []),
    ("Avec AFP", [], ["AFP"]),
    ("Par Sophie de La Tour du Pin", ["Sophie de La Tour du Pin"], []),
    # F18: a job title after a comma is no author.
    ("By Emma Clarke, Economics Correspondent", ["Emma Clarke"], []),
    ("By John Smith and Staff Writer", ["John Smith"], []),
    # F9: an AP byline in capitals, the agency after the name.
    ("By MARIA GONZALEZ Associated Press", ["Maria Gonzalez"], ["Associated Press"]),
    # newuser3 N11: a parenthesised place, desk or role is no part of the name; an agency
    # in parentheses is a credit; "(avec ...)" names co-authors.
    ("Par Cécile Ducourtieux (Bruxelles, bureau européen)", ["Cécile Ducourtieux"], []),
    ("Par Jean Dupont (envoyé spécial à Kiev) et Marie Curie", ["Jean Dupont", "Marie Curie"],
     []),
    ("Par Jean Dupont (AFP)", ["Jean Dupont"], ["AFP"]),
    ("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)",
     ["Martin Untersinger", "Damien Leloup", "Morgane Tual"], []),
]

FR = ("La Seine a atteint six mètres au pont d'Austerlitz ce mardi matin, selon Vigicrues, "
      "et la décrue n'est pas attendue avant plusieurs jours.")
FR2 = ("Les voies sur berge sont fermées à la circulation et plusieurs stations du RER C ne "
       "sont plus desservies depuis lundi soir.")
EN = ("The Thames burst its banks at Richmond on Tuesday morning, the Environment Agency "
      "said, and the water is not expected to fall for several days.")
EN2 = ("Riverside roads are closed to traffic and several stations on the District line "
       "have been shut since Monday night.")


@pytest.mark.parametrize(("byline", "people", "agencies"), CASES)
def test_split_byline(byline: str, people: list[str], agencies: list[str]) -> None:
    assert split_byline(byline) == (people, agencies)
    assert parse_byline(byline) == people


def test_long_agency_names() -> None:
    assert split_byline("By Jane Doe with Associated Press") == (["Jane Doe"],
                                                                   ["Associated Press"])
    assert split_byline("Le Figaro avec Agence France-Presse") == ([], ["Agence France-Presse"])


def html_page(byline: str, *, element: bool) -> str:
    english = byline.startswith(("By", "The"))
    p1, p2 = (EN, EN2) if english else (FR, FR2)
    line = (f"<p class='byline'>{byline}</p>" if element else f"<p>{byline}</p>")
    site = "The Guardian" if english else "Le Monde"
    return (f"<html lang='{'en' if english else 'fr'}'><head><title>X</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><article>"
            f"<h1>A headline of several words</h1>{line}<p>{p1}</p><p>{p2}</p>"
            "</article></body></html>")


@pytest.mark.parametrize("element", [True, False])
@pytest.mark.parametrize(("byline", "people", "agencies"), CASES)
def test_html_byline(byline: str, people: list[str], agencies: list[str],
                     element: bool) -> None:
    content = extract_html(html_page(byline, element=element))
    assert content.authors == people
    assert content.evidence.get("credit", "") == ", ".join(agencies)
    assert byline not in content.paragraphs


@pytest.mark.parametrize(("byline", "people"), [
    ("The Russian and Syrian defense ministries", []),  # AEB page 1ee91d1f
    ("Le Service de presse", []),
    ("Ouest-France", []),  # F28: a publication's hyphenated name
    ("Par la rédaction", []),
    ("Ferdinand", ["Ferdinand"]),  # one name: kept whole
    ("김민수", ["김민수"]),
])
def test_html_byline_element_read_whole_only_when_a_name(byline: str,
                                                        people: list[str]) -> None:
    assert extract_html(html_page(byline, element=True)).authors == people


@pytest.mark.parametrize(("byline", "people", "agencies"), CASES)
def test_text_capture_byline(byline: str, people: list[str], agencies: list[str]) -> None:
    meta = byline_and_dates([byline], [], zone=assumed_zone("fr"))
    assert meta.authors == people
    assert meta.evidence.get("credit", "") == ", ".join(agencies)


@given(st.text(max_size=200))
def test_split_byline_never_fails_and_keeps_agencies_out(text: str) -> None:
    people, agencies = split_byline(text)
    assert not set(people) & set(agencies)
    assert all(p not in ("AFP", "Reuters") for p in people)


FIXTURES = Path(__file__).parent.parent / "fixtures" / "bylines"


def test_json_ld_organization_author_is_a_credit() -> None:
    """nu1 F4: ``"author": [Person "Sophie Arnaud", Organization "AFP"]``."""
    page = (FIXTURES / "fr_jsonld_author_organization.html").read_text(encoding="utf-8")
    content = extract_html(page)
    assert content.authors == ["Sophie Arnaud"]
    assert content.evidence["credit"] == "AFP"


def test_agency_in_an_author_meta_tag_is_a_credit() -> None:
    page = html_page("", element=False).replace(
        "<title>", "<meta name='author' content='Reuters'><title>")
    content = extract_html(page)
    assert content.authors == []
    assert content.evidence["credit"] == "Reuters"


def test_json_ld_organization_author_of_a_capture_is_a_credit() -> None:
    ld = [{"author": [{"@type": "Person", "name": "Sophie Arnaud"},
                      {"@type": "Organization", "name": "AFP"}]}]
    meta = byline_and_dates([], ld, zone=assumed_zone("fr"))
    assert meta.authors == ["Sophie Arnaud"]
    assert meta.evidence["credit"] == "AFP"


def test_byline_in_a_post_meta_line() -> None:
    """nu1 F6: ``<div class="post-meta">By John Smith and Staff Writer | Posted on ...``."""
    page = ("<html lang='en-US'><head><meta name='author' content='Springfield Herald'>"
            "<meta property='og:site_name' content='Springfield Herald'></head><body><main>"
            "<h1>City council approves budget after late-night session</h1>"
            "<div class='post-meta'>By John Smith and Staff Writer | Posted on March 8, "
            f"2026 at 1:30 a.m.</div><p>{EN}</p><p>{EN2}</p></main></body></html>")
    assert extract_html(page).authors == ["John Smith"]


def test_text_capture_role_after_the_name() -> None:
    """nu1 F18: "By Emma Clarke, Economics Correspondent" in a capture."""
    text = ("UK inflation falls to 2.1% in October, lowest in three years\n\n"
            "By Emma Clarke, Economics Correspondent\n\n" + EN + "\n\n" + EN2 + "\n")
    assert extract_text_capture(text).authors == ["Emma Clarke"]


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                     lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.sampled_from(["@type", "name", "url"]), inner,
                                       max_size=3), max_leaves=12)


@given(_JSON)
def test_json_ld_authors_never_fails(value: object) -> None:
    names, organisations = json_ld_authors(value)
    assert all(isinstance(n, str) and n for n in names + organisations)


@given(st.text(max_size=120))
def test_split_byline_gives_no_newsroom_or_title(text: str) -> None:
    people, _ = split_byline("By " + text)
    assert not any(is_role(p) or is_agency(p) for p in people)


@pytest.mark.parametrize(("name", "restored"), [
    ("MARIA GONZALEZ", "Maria Gonzalez"), ("JEAN DE LA FONTAINE", "Jean de La Fontaine"),
    ("Maria Gonzalez", "Maria Gonzalez")])
def test_restore_case(name: str, restored: str) -> None:
    assert restore_case(name) == restored


@pytest.mark.parametrize(("names", "people", "credits"), [
    (["Sophie Arnaud", "AFP"], ["Sophie Arnaud"], ["AFP"]),
    (["Ouest-France", "La rédaction"], [], []),
    (["Le Quotidien", "JEAN DUPONT"], ["Jean Dupont"], []),
    # newuser3 N11: asides in a meta tag's or JSON-LD's author name.
    (["Cécile Ducourtieux (Bruxelles, bureau européen)"], ["Cécile Ducourtieux"], []),
    (["Jean Dupont (AFP)"], ["Jean Dupont"], ["AFP"]),
    (["Le Quotidien et AFP"], [], ["AFP"]),  # a JSON-LD Person "Le Figaro et AFP"
    (["Jean Dupont et Marie Curie"], ["Jean Dupont", "Marie Curie"], []),
    (["Zone Justice et faits divers"], ["Zone Justice et faits divers"], []),
    (["Martin Untersinger (avec Damien Leloup et Morgane Tual)"],
     ["Martin Untersinger", "Damien Leloup", "Morgane Tual"], []),
])
def test_people_and_credits(names: list[str], people: list[str], credits: list[str]) -> None:
    assert people_and_credits(names, site="Le Quotidien") == (people, credits)


def _byline_page(byline_html: str, head: str = "") -> str:
    return ("<html lang='fr'><head><title>X</title>"
            f"<meta property='og:site_name' content='Le Quotidien'>{head}</head><body>"
            f"<article><h1>Un titre de plusieurs mots</h1>{byline_html}<p>{FR}</p>"
            f"<p>{FR2}</p></article></body></html>")


@pytest.mark.parametrize(("byline_html", "people"), [
    # newuser3 N11 (Le Monde): the aside in a child element, no space before it.
    ("<section class='author'><p><span class='author__detail'><span class='author__name'>"
     "Cécile Ducourtieux</span><span class='author__desc'>(Bruxelles, bureau européen)"
     "</span></span></p></section>", ["Cécile Ducourtieux"]),
    ("<p class='byline'>Par <a href='/c-d/'>Cécile Ducourtieux<span class='desc'>"
     "(Bruxelles)</span></a></p>", ["Cécile Ducourtieux"]),
    # newuser3 N11 (Libération): "Par" and the name in two elements, no space between.
    ("<span class='author'>Par<span class='authorname'>Sébastien Farcis</span></span>",
     ["Sébastien Farcis"]),
    ("<div class='byline'><span>Jean</span><span>Dupont</span></div>", ["Jean Dupont"]),
    # newuser3 N11 (Libération): co-authors in sibling elements of one byline.
    ("<span class='authors'>Par <span class='author'><a href='/a'>Alexandre Martin</a>"
     "</span> et <span class='author'><a href='/b'>Jérémy Petit</a></span></span>",
     ["Alexandre Martin", "Jérémy Petit"]),
])
def test_byline_element_read_word_by_word(byline_html: str, people: list[str]) -> None:
    assert extract_html(_byline_page(byline_html)).authors == people


def test_json_ld_in_a_cdata_section_gives_every_author() -> None:
    """newuser3 N11: Libération wraps its JSON-LD in ``<![CDATA[ ]]>`` (XHTML appendix C);
    its ``author`` list of two ``Person`` objects gives both, in order."""
    ld = ('<script type="application/ld+json">\n<![CDATA[\n{"@type": "NewsArticle", '
          '"author": [{"@type": "Person", "name": "Alexandre Martin"}, '
          '{"@type": "Person", "name": "J\\u00e9r\\u00e9my Petit"}]}\n]]>\n</script>')
    content = extract_html(_byline_page("<p class='author'>Alexandre Martin</p>", head=ld))
    assert content.authors == ["Alexandre Martin", "Jérémy Petit"]
    assert content.evidence["authors"] == "JSON-LD author"


_JSON_OBJECT = st.dictionaries(st.sampled_from(["@type", "name", "headline"]),
                               st.text(max_size=20), min_size=1, max_size=3)


@given(_JSON_OBJECT.map(lambda d: {**d, "@type": "NewsArticle"}), st.sampled_from(
    ["{}", "<![CDATA[{}]]>", "\n<![CDATA[\n{}\n]]>\n", "<!--{}-->"]))
def test_json_ld_wrapped_or_not_reads_the_same(obj: dict[str, str], wrapper: str) -> None:
    script = f'<script type="application/ld+json">{wrapper.format(json.dumps(obj))}</script>'
    tree, _ = parse_html(f"<html><head>{script}</head><body></body></html>")
    assert parse_scripts(take_unrendered(tree)) == [obj]


_NAME_WORD = st.from_regex(r"[A-ZÉ][a-zéè]{1,8}", fullmatch=True)
_ASIDE_TEXT = st.text(st.characters(blacklist_characters="()", blacklist_categories=("Cs",)),
                      max_size=40).filter(
    lambda t: not is_agency(t) and not t.strip().lower().startswith(("avec", "with", "mit",
                                                                      "con")))


@given(st.lists(_NAME_WORD, min_size=2, max_size=3).map(" ".join), _ASIDE_TEXT)
def test_an_aside_never_changes_the_name(name: str, aside: str) -> None:
    """Whatever a parenthesised aside says (a place, a desk, a role, punctuation), the
    byline reads the same name as without it."""
    assert split_byline(f"Par {name} ({aside})") == split_byline(f"Par {name}")
    assert people_and_credits([f"{name} ({aside})"]) == people_and_credits([name])


@given(st.text(max_size=80))
def test_drop_asides_leaves_no_parenthesis(text: str) -> None:
    cleaned, agencies = drop_asides(text)
    assert "(" not in cleaned
    assert drop_asides(cleaned)[0] == cleaned
    assert all(is_agency(a) for a in agencies)


def test_ninjs_byline_aside_is_no_part_of_the_name() -> None:
    """newuser3 N11: the wire path reads bylines with the same rules."""
    doc = {"uri": "urn:x:1", "headline": "Un titre", "body_text": FR,
           "by": "Jean Dupont (envoyé spécial à Kiev), avec AFP"}
    content = extract_ninjs(json.dumps(doc).encode(), origin="t.json")
    assert content.authors == ["Jean Dupont"]
    assert content.evidence["credit"] == "AFP"


def test_a_surname_in_capitals_gets_its_case_back() -> None:
    """newuser4 N25: AFP signs "Sophie LAUBIE" ("Prénom NOM"); it was kept so, and the same
    journalist had two spellings. An acronym first ("BBC News"), an initial, a regnal
    number are not surnames in capitals."""
    assert people_of(["Par Sophie LAUBIE et Jean-Pierre CLATOT"])[0] == [
        "Sophie Laubie", "Jean-Pierre Clatot"]
    assert restore_case("Jean DE LA FONTAINE") == "Jean de La Fontaine"
    assert restore_case("Jean O'BRIEN") == "Jean O'Brien"
    for kept in ("BBC News", "John Smith III", "J. R. Tolkien", "Sophie de La Tour du Pin"):
        assert restore_case(kept) == kept


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçABCDEFGHIJKLMNOPQRSTUVWXYZÉ-'",
                        min_size=1, max_size=12), min_size=1, max_size=4))
def test_restore_case_changes_case_only_and_is_idempotent(words: list[str]) -> None:
    """Property: only the case of letters changes, and a second pass changes nothing."""
    name = " ".join(words)
    once = restore_case(name)
    assert once.lower() == name.lower() or once.casefold() == name.casefold()
    assert restore_case(once) == once
