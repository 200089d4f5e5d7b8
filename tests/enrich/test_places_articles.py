"""A place found by its name without its own article must agree with the article written
before the mention (newuser8 Q2: "le budget de l'Union" gave La Unión, a department of El
Salvador, to a story on the European Council). French writes a place's article as its own
and contracts it ("au Havre", "des Sables-d'Olonne"); another article is another word."""

from __future__ import annotations

import re

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.places import Gazetteer, Place, resolve_places, shipped
from veille.enrich.stage import Resources


def _resolve(text: str, name: str, gazetteer: Gazetteer | None = None) -> dict[str, object]:
    spans = [[m.start(), m.end(), name] for m in re.finditer(re.escape(name), text)]
    entity: dict[str, object] = {"id": f"loc:{name.lower()}", "label": "LOC", "name": name,
                                 "count": len(spans), "mentions": spans}
    places = resolve_places([entity], gazetteer or shipped(), "journal.example", text)
    return places[0] if places else {}


def test_an_elided_article_is_not_a_foreign_place_s_own_la() -> None:
    place = _resolve("Les Vingt-Sept se sont séparés sans accord sur les ressources "
                     "propres de l'Union, faute d'unanimité.", "Union")
    assert place.get("country") != "SV"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Le paquebot a accosté au Havre dans la nuit.", "Havre", "Le Havre"),
    ("Les dockers du Havre ont voté la grève.", "Havre", "Le Havre"),
    ("Les élus des Sables-d'Olonne ont voté le budget.", "Sables-d'Olonne",
     "Les Sables-d'Olonne"),
])
def test_the_place_s_own_article_contracted_still_names_it(text: str, name: str,
                                                           expected: str) -> None:
    assert _resolve(text, name).get("name") == expected


def test_only_the_agreeing_article_is_kept_between_two_namesakes() -> None:
    gazetteer = Gazetteer([Place("x:la", "La Pointe", "commune", "FR", "53", 47.0, -1.0,
                                 9000, department="44"),
                           Place("x:le", "Le Pointe", "commune", "FR", "28", 49.0, 1.0,
                                 3000, department="76")])
    assert _resolve("Un incendie au Pointe ce matin.", "Pointe", gazetteer)["id"] == "x:le"
    assert _resolve("Un incendie à la Pointe ce matin.", "Pointe", gazetteer)["id"] == "x:la"
    # no article written: both stay readings, the larger wins as before
    assert _resolve("Pointe : un incendie ce matin.", "Pointe", gazetteer)["id"] == "x:la"


def test_l_union_alone_is_the_european_union(resources: Resources) -> None:
    """The alias table gives "l'Union" its French press meaning, the EU (curated_aliases)."""
    result = enrich(resources, "Budget européen\n\nLes dirigeants européens réunis à Bruxelles "
                               "n'ont pas trouvé d'accord sur le budget de l'Union, mercredi.",
                    source="journal.example")
    assert "Q458" in {str(e["id"]) for e in result["entities"]}  # type: ignore[union-attr]
    assert all(p["country"] != "SV" and p["name"] != "L'Union"
               for p in result["places"])  # type: ignore[union-attr]
