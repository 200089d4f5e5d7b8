"""Issue 16 (r-places51), through the real enrichment pipeline: a natural feature's or an
area's name written with its generic head ("les monts des Flandres", "la vallée de la
Canche", "la sierra de Guadarrama"), which the recogniser missed or read as a person, is
one place written literally, not nothing; a complement read as a place stays the place
stage's. Sentences written for these tests."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.feature_spans import feature_spans
from veille.enrich.stage import Resources


def test_feature_spans() -> None:
    text = "Les monts des Flandres et le pays de Longwy, mais la région Bretagne."
    found = [text[s:e] for s, e, _, _ in feature_spans(
        text, lambda s: False, lambda n: n == "Bretagne")]
    assert found == ["monts des Flandres", "pays de Longwy"]
    text = "Les pays de l'Union européenne et le Pays de la Loire."
    assert feature_spans(text, lambda s: s == "Pays de la Loire", lambda n: False) == []


def test_features_are_places_not_nothing(resources: Resources) -> None:
    out = enrich(resources, "Randonnée sous la neige\n\nLes monts des Flandres, entre "
                            "Bailleul et Cassel, étaient blancs samedi. La vallée de la "
                            "Canche a été épargnée, comme le pays de Longwy.")
    labels = {str(m[2]): str(e["label"]) for e in out["entities"]  # type: ignore[union-attr]
              for m in e["mentions"]}
    assert labels.get("monts des Flandres") == "LOC"
    assert labels.get("vallée de la Canche") == "LOC"
    assert "Canche" not in labels
    named = {str(p["mentioned_as"]) for p in out["places"]}  # type: ignore[union-attr]
    assert {"Bailleul", "Cassel", "Longwy"} <= named
