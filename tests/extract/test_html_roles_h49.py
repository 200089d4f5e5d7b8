"""Regression (issue 14, h-roles49): an HTML page's byline role ("Par Jeanne Martin,
correspondante à Bruxelles", a role on the line under the name, a JSON-LD ``Person``'s
``jobTitle``) was dropped: ``content.author_roles`` was filled for text captures only.
It is now read from the page's byline elements, the blocks around the headline and the
article's JSON-LD ``author`` (references resolved)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.bare_byline import author_roles
from veille.extract.bylines import MAX_JOB_TITLE_CHARS, json_ld_roles
from veille.extract.html import extract_html

BODY = (
    "<p>Les ministres des Finances se sont retrouvés lundi soir pour une réunion qui devait "
    "durer deux heures et qui s'est prolongée jusqu'au milieu de la nuit, faute d'accord sur "
    "le calendrier de la réforme budgétaire que la présidence voulait conclure.</p>"
    "<p>Plusieurs délégations ont demandé un délai supplémentaire avant de s'engager sur les "
    "nouveaux plafonds de dépenses, tandis qu'un diplomate parlait d'une discussion franche "
    "mais stérile, sans résultat pour les gouvernements les plus réticents.</p>"
    "<p>La Commission doit présenter une version révisée de sa proposition la semaine "
    "prochaine, après avoir consulté les capitales qui s'opposent encore au texte.</p>")


def page(byline: str, ld: object = None, lang: str = "fr", head: str = "") -> str:
    script = (f'<script type="application/ld+json">{json.dumps(ld)}</script>'
              if ld is not None else "")
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            "<title>Nuit blanche sur la réforme budgétaire</title>"
            '<link rel="canonical" href="https://exemple-quotidien.fr/a/nuit-blanche">'
            f"{script}{head}</head><body><article><h1>Nuit blanche sur la réforme budgétaire</h1>"
            f"{byline}<div class=\"article-body\">{BODY}</div></article></body></html>")


def test_a_role_after_a_comma_in_the_byline_element() -> None:
    content = extract_html(page('<p class="byline">Par <a rel="author" href="/a/jm">Jeanne '
                                'Martin</a>, correspondante à Bruxelles</p>'))
    assert content.authors == ["Jeanne Martin"]
    assert content.author_roles == {"Jeanne Martin": "correspondante à Bruxelles"}


def test_a_role_on_the_line_under_the_name() -> None:
    content = extract_html(page('<div class="byline-block"><div class="byline-name">Tomasz '
                                'Wiśniewski</div><div class="byline-role">Economics editor'
                                "</div></div>", lang="en",
                                head='<meta name="author" content="Tomasz Wiśniewski">'))
    assert content.author_roles.get("Tomasz Wiśniewski") == "Economics editor"


def test_a_json_ld_job_title_by_reference_and_only_for_whom_declares_one() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Nuit blanche sur la réforme budgétaire",
         "author": [{"@id": "https://exemple-quotidien.fr/#/person/lf"},
                    {"@type": "Person", "name": "Karim Benali"}]},
        {"@type": "Person", "@id": "https://exemple-quotidien.fr/#/person/lf",
         "name": "Léa Fournier", "jobTitle": "Journaliste au service politique"}]}
    content = extract_html(page('<p class="auteurs">Par Léa Fournier et Karim Benali</p>', ld))
    assert content.author_roles == {"Léa Fournier": "Journaliste au service politique"}


def test_no_role_for_a_cms_default_title_nor_a_second_author_after_the_comma() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "author": {"@type": "Person", "name": "Thomas Lecomte", "jobTitle": "Author"}}
    assert extract_html(page('<p class="byline">Par Thomas Lecomte</p>', ld)).author_roles == {}
    # Libération's shape: the second author, in capitals, after a comma, then the two's role
    assert author_roles(["Lilian Alemagna"], [
        "Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse"]) == {}


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=120),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["@type", "name", "jobTitle", "@id", "url"]), inner,
                      max_size=5),
    max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(_JSON)
def test_json_ld_roles_reads_any_value_into_short_titles(value: object) -> None:
    roles = json_ld_roles(value)
    for name, role in roles.items():
        assert isinstance(name, str) and name
        assert isinstance(role, str) and 0 < len(role) <= MAX_JOB_TITLE_CHARS
        assert "://" not in role and role == " ".join(role.split())
