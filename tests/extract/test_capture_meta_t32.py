"""Regressions (t-final32 #5, #11): authors and outlet names read from a capture or a
saved page.

#5: "Related Topics", two capitalised words over a page's topic tags after the text, was
read as the journalist's signature: a footer heading has a name's shape, never a person's
name's words. #11: a capture headed by its outlet's name over the site's menu, and a page
whose ``<title>`` names its site only beside a tagline or the headline, were stored with
no outlet."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.capture_meta import signs_as_person
from veille.extract.html import extract_html
from veille.extract.masthead import masthead_name, menu_shaped
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
BODY = ["Flood barriers were installed along the quay at Bewdley on Thursday as the Severn "
        "rose towards its highest level of the winter, the Environment Agency said.",
        "About 60 homes on Severnside North have been told to prepare to leave, and the "
        "footbridge over the river has been closed to pedestrians.",
        "The agency expects the river to peak on Saturday morning before falling slowly."]


def capture(*tail: str, head: tuple[str, ...] = ("Worcester Star",
                                                  "Home | Bewdley | Kidderminster | Sport")
            ) -> str:
    return "\n".join([*head, "Severn flood barriers go up at Bewdley as river rises",
                      "Thursday 5 March 2026", *BODY, *tail])


@pytest.mark.parametrize("heading", ["Related Topics", "Top Stories", "Latest Headlines",
                                     "Dernières Actualités", "Nos Dossiers", "Most Read"])
def test_a_footer_heading_over_its_links_is_no_author(heading: str) -> None:
    result = extract_text_capture(capture(heading, "Bewdley", "Environment Agency"),
                                  fetched_at=NOW, language="en")
    assert result.authors == []
    assert not signs_as_person(heading)


@pytest.mark.parametrize("name", ["Kofi Boateng", "Rachel Penrose", "Boubacar Traoré"])
def test_a_signature_after_the_text_is_still_the_author(name: str) -> None:
    result = extract_text_capture(capture(name, "You May Also Like",
                                          "Kidderminster bus station to close for repairs"),
                                  fetched_at=NOW, language="en")
    assert result.authors == [name]


def test_a_capture_names_its_outlet_by_its_masthead_over_the_menu() -> None:
    result = extract_text_capture(capture(), fetched_at=NOW, language="en")
    assert result.masthead == "Worcester Star"
    assert result.title == "Severn flood barriers go up at Bewdley as river rises"
    # no menu under the first line: a kicker or a section sits there too
    bare = extract_text_capture(capture(head=("Weather",)), fetched_at=NOW, language="en")
    assert bare.masthead == ""
    # the masthead of the given source needs no menu
    given = extract_text_capture(capture(head=("Le Petit Bewdley",)), fetched_at=NOW,
                                 language="en", outlet="lepetitbewdley.example")
    assert given.masthead == "Le Petit Bewdley"


def test_menu_and_masthead_shapes() -> None:
    assert menu_shaped("News | Sport | What's On | Announcements")
    assert menu_shaped("Lyon | Loire | Ain | Jura | Faits divers")
    assert not menu_shaped("Brexit | the talks resume on Monday.")
    assert not menu_shaped("Sport | Football")
    blocks = ["Mardi 3 mars 2026", "Le Progrès", "Lyon | Loire | Ain", "Titre de l'article"]
    assert masthead_name(blocks, ["dateline", "other", "link", "other"], 3) == "Le Progrès"


PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title></head><body>{logo}
<article><h1>{headline}</h1><p>{date}</p>
<p>The footbridge at the station will close for three weeks from Monday while corroded
steelwork is replaced, the rail operator said on Tuesday.</p>
<p>Passengers will be directed to a temporary crossing at the western end.</p>
</article></body></html>"""


@pytest.mark.parametrize(("title", "logo", "site"), [
    ("Le Petit Courrier - L'actualité du Gers en continu", "", "Le Petit Courrier"),
    ("Rheinbote | Nachrichten aus der Region", '<h1 class="brand">Rheinbote</h1>', "Rheinbote"),
    ("Station footbridge to close for repairs – Tayside Herald", "", "Tayside Herald"),
    ("Station footbridge to close for repairs | Dundee | The Courier", "", "The Courier"),
    ("Fife Gazette - Station footbridge to close for repairs", "", "Fife Gazette"),
    ("Station footbridge to close for repairs", "", ""),
    ("Station footbridge shut for three weeks as steel is replaced", "", ""),
    ("Station footbridge to close for repairs - Politics", "", ""),
])
def test_a_page_without_a_declared_name_is_named_by_its_title(title: str, logo: str,
                                                              site: str) -> None:
    page = PAGE.format(lang="en", title=title, logo=logo,
                       headline="Station footbridge to close for repairs", date="3 March 2026")
    content = extract_html(page, url=None, origin="page.html")
    assert content.site_name == site
    assert content.title == "Station footbridge to close for repairs"
