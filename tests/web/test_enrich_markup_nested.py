"""A place named inside an organisation's name is marked as a place too: "Nantes" in
"CHU de Nantes" (newuser8 Q2's last part). The enrichment gives both mentions (the
organisation and its place), and search and the place page found the article, but the
article page kept only the longer span, so "Nantes" was not underlined as a place. Links
do not nest (HTML: no interactive content inside ``<a>``), so the place is a ``<span>``
with its tooltip inside the organisation's link."""

from __future__ import annotations

import html
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from veille.web.enrich_markup import mark_up
from veille.web.i18n import load_locales

T = load_locales()["fr"]
TAG = re.compile(r"<[^>]*>")
BODY = "Les urgences du CHU de Nantes ont fermé. Nantes manque de médecins."


def enrichment(body: str) -> dict[str, Any]:
    org = body.index("CHU de Nantes")
    alone = body.index("Nantes manque")
    return {
        "entities": [
            {"id": "org:chu-de-nantes", "label": "ORG", "name": "CHU de Nantes",
             "mentions": [[org, org + 13, "CHU de Nantes"]]},
            {"id": "geonames:2990969", "label": "LOC", "name": "Nantes",
             "mentions": [[org + 7, org + 13, "Nantes"], [alone, alone + 6, "Nantes"]]}],
        "places": [{"id": "geonames:2990969", "name": "Nantes", "country": "FR",
                    "admin1": "Pays de la Loire"}],
    }


def test_a_place_inside_an_organisation_is_marked_inside_its_link() -> None:
    p = str(mark_up("", [BODY], enrichment(BODY), T).paragraphs[0])
    tooltip = 'title="Lieu : Nantes (Loire-Atlantique, France)"'
    assert ('<a class="mention entity label-ORG" href="/entities/org%3Achu-de-nantes" '
            'title="organisation : CHU de Nantes">CHU de '
            f'<span class="mention place nested" {tooltip}>Nantes</span></a>') in p
    # the place alone is still the place's link
    assert f'<a class="mention place" href="/places/geonames%3A2990969" {tooltip}>Nantes</a>' in p
    assert html.unescape(TAG.sub("", p)) == BODY


def test_a_span_equal_to_the_organisation_is_not_nested() -> None:
    one = {"entities": [
        {"id": "org:x", "label": "ORG", "name": "Nantes", "mentions": [[0, 6, "Nantes"]]},
        {"id": "geonames:1", "label": "LOC", "name": "Nantes", "mentions": [[0, 6, "Nantes"]]}],
        "places": [{"id": "geonames:1", "name": "Nantes"}]}
    p = str(mark_up("", ["Nantes gagne."], one, T).paragraphs[0])
    assert p.count(">Nantes<") == 1 and "nested" not in p


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.booleans()), max_size=12))
def test_marked_text_is_the_text_and_links_never_nest(spans: list[tuple[int, int, bool]]) -> None:
    text = "Le CHU de Nantes et la mairie de Saint-Nazaire ont signé un accord."
    entities = []
    for n, (start, size, place) in enumerate(spans):
        end = min(start + size, len(text))
        if start >= end:
            continue
        entities.append({"id": f"{'geonames' if place else 'org'}:{n}",
                         "label": "LOC" if place else "ORG", "name": text[start:end],
                         "mentions": [[start, end, text[start:end]]]})
    places = [{"id": e["id"], "name": e["name"]} for e in entities if e["label"] == "LOC"]
    p = str(mark_up("", [text], {"entities": entities, "places": places}, T).paragraphs[0])
    assert html.unescape(TAG.sub("", p)) == text
    depth = 0
    for tag in re.findall(r"</?a\b", p):
        depth += 1 if tag == "<a" else -1
        assert depth in (0, 1)
