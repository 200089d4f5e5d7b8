"""A French headline's kicker ("Trois-Rivières : un incendie …", issue 16, t-final49b A1):
the town opening the headline before its colon kept the body's "à Trois-Rivières", which the
recogniser read as a person, a person's name across the article (per:trois-rivieres, no
place). Such a kicker tells nothing of a person; a "Name : « quote »" label stays a person's.
Through the real enrichment pipeline."""

from __future__ import annotations

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources

BODY = ("Un incendie a détruit un entrepôt à Trois-Rivières mardi soir. Les pompiers de "
        "Shawinigan sont venus en renfort.")


def _entities(resources: Resources, text: str) -> list[dict[str, object]]:
    return enrich(resources, text)["entities"]  # type: ignore[return-value]


@pytest.mark.parametrize("headline", ["Trois-Rivières : un incendie détruit un entrepôt",
                                      "Un incendie détruit un entrepôt"])
def test_a_town_kicker_is_no_person(resources: Resources, headline: str) -> None:
    found = [e for e in _entities(resources, headline + "\n\n" + BODY)
             if e["name"] == "Trois-Rivières"]
    assert found and all(e["label"] == "LOC" for e in found), found
    assert not any(str(e["id"]).startswith("per:") for e in found)


def test_a_speaker_label_headline_stays_a_person(resources: Resources) -> None:
    text = ("Martine Ouellet : « Nous ne reculerons pas »\n\nLa cheffe syndicale Martine "
            "Ouellet a promis jeudi de poursuivre la mobilisation à Trois-Rivières.")
    labels = {e["name"]: e["label"] for e in _entities(resources, text)}
    assert labels.get("Martine Ouellet") == "PER"
    assert labels.get("Trois-Rivières") == "LOC"
