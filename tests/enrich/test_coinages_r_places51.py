"""Issue 16 (r-places51), through the real enrichment pipeline: a political coinage on a
surname ("Mélenchonie", "Zemmourisme", "Sarkozysme", "Chiraquisme") is no place and no
person, whatever its suffix (-ie, -isme, -iste, -ien); the rule is one of derivation on the
text's people and the alias table's, not a list of camps. Sentences written for these
tests."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.aliases import shipped_table
from veille.enrich.kind_heads import _eponym
from veille.enrich.stage import Resources


def test_a_surname_and_a_suffix_make_a_coinage() -> None:
    table = shipped_table()
    for word in ("Macronie", "Sarkozysme", "Lepénisme", "Macronistes"):
        assert _eponym(word, table, set()), word
    assert _eponym("Chiraquie", table, {"Chirac"})
    assert _eponym("Zemmourisme", table, {"Éric", "Zemmour"})
    for word in ("Italie", "Normandie", "Tunisie", "Marie", "Baptiste", "Christie"):
        assert not _eponym(word, table, {"Marie", "Valéry"} - {word}), word


def test_coinages_are_no_places_nor_people(resources: Resources) -> None:
    out = enrich(resources, "La Zemmourie en campagne\n\nDans la Zemmourie, on fait campagne "
                            "à Lyon, a dit Éric Zemmour mardi. Le Zemmourisme séduit en "
                            "Bretagne, et le Sarkozysme est oublié.")
    labels = {str(m[2]): str(e["label"]) for e in out["entities"]  # type: ignore[union-attr]
              for m in e["mentions"]}
    assert labels.get("Zemmourie") in (None, "MISC", "ORG")
    assert labels.get("Zemmourisme") in (None, "MISC", "ORG")
    assert labels.get("Sarkozysme") in (None, "MISC", "ORG")
    named = {str(p["mentioned_as"]) for p in out["places"]}  # type: ignore[union-attr]
    assert named == {"Lyon", "Bretagne"}
