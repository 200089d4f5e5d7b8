"""The seed dispatch (AFP, published 2019-01-15): who, where, when, and who said what."""

from __future__ import annotations

from typing import Any

ISLAMIC_STATE = "Q2429253"
STATE_DEPARTMENT = "Q789915"


def _entities(enrichment: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in enrichment["entities"]}


def test_the_seed_names_its_entities_with_their_ids(seed_enrichment: dict[str, Any]) -> None:
    entities = _entities(seed_enrichment)
    expected = {"Q473239": "Mike Pompeo", "Q22686": "Donald Trump",
                STATE_DEPARTMENT: "Département d'État des États-Unis",
                ISLAMIC_STATE: "État islamique", "Q61": "Washington", "Q858": "Syrie",
                "Q796": "Irak"}
    for entity_id, name in expected.items():
        assert entity_id in entities, (entity_id, sorted(entities))
        assert entities[entity_id]["name"] == name
    assert entities["Q473239"]["label"] == "PER"
    assert entities[STATE_DEPARTMENT]["label"] == "ORG"
    assert entities["Q61"]["label"] == "LOC"  # the model says PER once: the alias decides


def test_mentions_are_merged_and_cleaned(seed_enrichment: dict[str, Any]) -> None:
    entities = _entities(seed_enrichment)
    islamic_state = {m[2] for m in entities[ISLAMIC_STATE]["mentions"]}
    assert islamic_state == {"Etat islamique", "EI"}  # "l'EI" cleaned, linked to the id
    department = {m[2] for m in entities[STATE_DEPARTMENT]["mentions"]}
    assert department == {"département d'Etat américain", "département d'Etat"}
    assert not any(m[2].lower().startswith(("l'", "le ", "la ", "de ", "du ", "d'"))
                   for e in entities.values() for m in e["mentions"])
    assert len([e for e in entities.values() if "EI" in {m[2] for m in e["mentions"]}]) == 1
    # descriptions the model tags are not entities
    assert not any(e["name"].startswith("ministres") for e in entities.values())


def test_mentions_point_at_their_text(seed_enrichment: dict[str, Any]) -> None:
    from tests.enrich.conftest import seed_article

    from veille.enrich.stage import enrich_text

    article = seed_article()
    assert article.content is not None
    text = enrich_text(article.content)
    for entity in seed_enrichment["entities"]:
        for start, end, mention in entity["mentions"]:
            assert text[start:end] == mention
    for quote in seed_enrichment["quotes"]:
        for start, end in quote["parts"]:
            assert text[start:end] in quote["text"]


def test_dates_mentioned_resolve_against_publication(seed_enrichment: dict[str, Any]) -> None:
    dates = {(d["text"], d["value"], d["granularity"]) for d in seed_enrichment["dates"]}
    assert ("6 février", "2019-02-06", "day") in dates
    assert ("mardi", "2019-01-15", "day") in dates
    assert ("en décembre", "2018-12-01", "month") in dates
    first = next(d for d in seed_enrichment["dates"] if d["text"] == "6 février")
    assert first["sentence"].startswith("Les Etats-Unis vont accueillir le 6 février")


def test_the_four_quotes_and_their_speakers(seed_enrichment: dict[str, Any]) -> None:
    quotes = seed_enrichment["quotes"]
    assert [q["speaker_id"] or q["speaker"] for q in quotes] == [
        STATE_DEPARTMENT, STATE_DEPARTMENT, "renseignement américain", STATE_DEPARTMENT]
    assert quotes[0]["text"].startswith("pour des discussions approfondies")
    assert "étape décisive vers la défaite durable" in quotes[0]["text"]  # one statement
    assert quotes[1]["cue"] == "ajouté"  # "a-t-il ajouté": the previous speaker
    assert quotes[1]["text"].startswith("les ministres vont évoquer")
    assert quotes[2]["text"].startswith("contrôle encore des milliers")
    assert quotes[3]["text"].startswith("Les Etats-Unis sont déterminés")
    assert not any("moment-clé" == q["text"] for q in quotes)  # a scare quote


def test_places_have_coordinates(seed_enrichment: dict[str, Any]) -> None:
    places = {p["id"]: p for p in seed_enrichment["places"]}
    assert places["Q858"]["country"] == "SY"
    assert places["Q61"]["country"] == "US"
    assert abs(places["Q61"]["lat"] - 38.9) < 0.1 and abs(places["Q61"]["lon"] + 77.0) < 0.1
