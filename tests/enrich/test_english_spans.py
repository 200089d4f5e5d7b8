"""t-final27 F10: an English article read without a model names the people, bodies and
places its capitalised runs make, not only the alias table's and the quotes' speakers."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.english_spans import english_spans
from veille.enrich.stage import Resources

from .conftest import enrich, stored_article

ISIS = (
    "Islamic State has claimed responsibility for an attack on a checkpoint near Deir ez-Zor "
    "in eastern Syria that killed six soldiers on Tuesday night, the group's Amaq news "
    "agency said on Wednesday.\n\n"
    "The Syrian Observatory for Human Rights, a Britain-based monitor, said the attackers "
    "fled towards the desert. IS lost its last territory in Baghuz in March 2019.\n\n"
    "\"The threat has not gone away,\" said Charles Lister, a senior fellow at the Middle "
    "East Institute in Washington.\n\n"
    "France's foreign minister, Jean-Noël Barrot, told reporters last Thursday that Paris "
    "remained committed to the fight against Daesh.")


def _labels(text: str) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in english_spans(text)}


def test_the_testers_names_are_found_with_their_kinds() -> None:
    found = _labels(ISIS)
    assert found["Jean-Noël Barrot"] == "PER"  # apposed to "X's foreign minister"
    assert found["Syrian Observatory for Human Rights"] == "ORG"
    assert found["Middle East Institute"] == "ORG"  # "in Washington" is no part of it
    assert found["Amaq"] == "ORG"  # "Amaq news agency"
    assert found["Deir ez-Zor"] == "LOC"
    assert found["Baghuz"] == "LOC"
    assert "March" not in found and "France" not in found


def test_unknown_given_names_are_people_by_their_apposition_or_verb() -> None:
    text = ("Police spokesman Wasiu Abiodun told reporters that the regional governor, "
            "Veniamin Kondratyev, had left. Dmitry Peskov said talks would go on.")
    found = _labels(text)
    assert found["Wasiu Abiodun"] == found["Veniamin Kondratyev"] == "PER"
    assert found["Dmitry Peskov"] == "PER"


def test_bodies_keep_their_links_and_end_at_another() -> None:
    text = ("Ukraine told the Organization for Security and Co-operation in Europe so. The "
            "Brookings Institution and the Center for Strategic and International Studies "
            "agreed, as did the Belgian Federal Prosecutor's Office and the University of "
            "Cambridge.")
    found = _labels(text)
    for name in ("Organization for Security and Co-operation in Europe",
                 "Brookings Institution", "Center for Strategic and International Studies",
                 "Belgian Federal Prosecutor's Office", "University of Cambridge"):
        assert found[name] == "ORG", name


def test_a_sentence_start_is_no_name_unless_written_so_elsewhere() -> None:
    found = _labels("Floods hit the town. Gunmen killed 12 in Mokwa, a farming town. "
                    "Houthi forces fired.")
    assert "Floods" not in found and "Gunmen" not in found
    assert found["Mokwa"] == "LOC" and found["Houthi"] == "ORG"


@given(st.text(alphabet=st.sampled_from(list("Aa Éé-'’.,\"“(zZ of in and\n")), max_size=80))
def test_spans_are_inside_the_text_and_do_not_overlap(text: str) -> None:
    spans = english_spans(text)
    last = 0
    for start, end, label in spans:
        assert 0 <= start < end <= len(text) and label in {"PER", "ORG", "LOC"}
        assert start >= last
        last = end


def test_the_english_article_names_barrot_in_the_store(tmp_path: Path) -> None:
    """The tester's record through ingest and enrich into a real store: the people,
    bodies and places are entities (before: none of them was)."""
    record = {"url": "https://www.example-news.co.uk/world/isis", "source": "The Example",
              "title": "Islamic State claims deadly attack in eastern Syria",
              "published": "2026-12-02T18:40:00Z", "language": "en", "text": ISIS}
    article = stored_article(tmp_path, record)
    assert article.enrichment is not None
    entities = {e["name"]: e["label"] for e in article.enrichment["entities"]}
    assert entities["Jean-Noël Barrot"] == "PER"
    assert entities["Syrian Observatory for Human Rights"] == "ORG"
    assert entities["Middle East Institute"] == "ORG"
    places = {p["name"] for p in article.enrichment["places"]}
    assert "Deir ez-Zor" in places


def test_islamic_state_keeps_its_alias_id(resources: Resources) -> None:
    """A run the alias table knows keeps the table's entity ("Islamic State" → Q2429253),
    though its last word is a place's head."""
    section = enrich(resources, "Attack\n\n" + ISIS, language="en", source="example.com")
    entities = section["entities"]
    assert isinstance(entities, list)
    ids = {e["name"]: e["id"] for e in entities}
    assert "Q2429253" in ids.values()
    assert not any(e["name"] == "Islamic State" and e["label"] == "LOC" for e in entities)


def test_a_capitalised_role_is_no_part_of_the_name_and_of_is_no_body_noun() -> None:
    """t-enrich22 e48: "Chief Executive Guillaume Faury" was the person "Executive
    Guillaume Faury", "Analyst Sash Tusa of Agency Partners" made Sash Tusa a body (the
    "of agency" after him read as "news agency")."""
    found = _labels('"Supply is easing," Chief Executive Guillaume Faury said. Analyst '
                    "Sash Tusa of Agency Partners said the figure was better.")
    assert found["Guillaume Faury"] == "PER" and found["Sash Tusa"] == "PER"
    assert found["Agency Partners"] == "ORG"
