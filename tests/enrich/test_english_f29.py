"""f-english29 (issue 16): descriptions of a person ("the Missouri Republican"), ships'
names ("USS Harry S. Truman"), titles glued to a name and a surname that is a country's
name were false entities in English articles."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.english_spans import english_spans
from veille.enrich.stage import Resources
from veille.enrich.vessels import SHIP_PREFIXES, vessel_spans

from .conftest import enrich, stored_article

AP = ("Senator Eric Schmitt, a Republican from Missouri, introduced the bill on Tuesday "
      "with Senator Chris Murphy of Connecticut.\n\n"
      "\u201cThis is a rare moment of agreement,\u201d said Murphy, a Democrat.\n\n"
      "\u201cWashington has ignored rural hospitals for too long,\u201d the Missouri "
      "Republican added.\n\n"
      "\u201cWe expect a vote before Christmas,\u201d the Connecticut Democrat said.")


def _entities(section: dict[str, object]) -> list[dict[str, object]]:
    entities = section["entities"]
    assert isinstance(entities, list)
    return entities


def _labels(text: str) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in english_spans(text)}


def test_state_and_party_descriptions_are_no_people_in_the_store(tmp_path: Path) -> None:
    """The AP article through ingest and enrich into a real store: "the Missouri
    Republican" and "the Connecticut Democrat" are no persons (before: two PER entities);
    their quotes stay Schmitt's and Murphy's."""
    record = {"url": "https://apnews.example.com/article/rural-hospitals", "source": "AP",
              "title": "Senators push bipartisan bill to rescue rural hospitals",
              "published": "2026-11-24T12:00:00Z", "language": "en", "text": AP}
    article = stored_article(tmp_path, record)
    assert article.enrichment is not None
    people = {e["name"] for e in article.enrichment["entities"] if e["label"] == "PER"}
    assert people == {"Eric Schmitt", "Chris Murphy"}
    speakers = {q["text"][:10]: q["speaker_id"] for q in article.enrichment["quotes"]}
    assert speakers["Washington"] == "per:eric-schmitt"
    assert speakers["We expect "] == "per:chris-murphy"


def test_descriptions_by_place_and_office_are_no_names() -> None:
    found = _labels("The Texas Republican told reporters. Later the Labour MP said so, "
                    "and the Scottish First Minister told the chamber.")
    assert not any(label == "PER" for label in found.values()), found


def test_a_title_glued_before_a_name_is_cut() -> None:
    found = _labels("Defense Secretary Pete Hegseth met German Chancellor Friedrich Merz. "
                    "Senator Susan Collins of Maine agreed. Its director-general, Tedros "
                    "Adhanom Ghebreyesus, urged donors. The Labour MP Dawn Butler spoke.")
    for name in ("Pete Hegseth", "Friedrich Merz", "Susan Collins",
                 "Tedros Adhanom Ghebreyesus", "Dawn Butler"):
        assert found.get(name) == "PER", (name, found)
    assert "Defense Secretary Pete Hegseth" not in found


def test_a_body_or_a_portfolio_before_a_title_and_a_name_is_no_part_of_it() -> None:
    found = _labels("The Bank of England Governor Andrew Bailey met Secretary of State "
                    "Marco Rubio. She later met the Minister of Foreign Affairs Penny Wong.")
    assert found.get("Bank of England") == "ORG", found
    for name in ("Andrew Bailey", "Marco Rubio", "Penny Wong"):
        assert found.get(name) == "PER", (name, found)


def test_ships_are_no_people_nor_places(resources: Resources) -> None:
    """"USS Harry S. Truman" was the person "Harry Uss" (a surname in capitals first);
    "HMS Prince of Wales" the place Wales."""
    section = enrich(resources, "Carriers deploy\n\nThe Pentagon said the USS Harry S. "
                     "Truman was in the area. HMS Prince of Wales left Portsmouth on "
                     "Tuesday.", language="en", source="example.com")
    names = {(e["name"], e["label"]) for e in _entities(section)}
    assert not any(label == "PER" for _, label in names), names
    assert ("Wales", "LOC") not in names and ("Portsmouth", "LOC") in names


def test_an_english_verb_after_a_title_is_no_adjective(resources: Resources) -> None:
    """"the minister told the Scottish Parliament": the French rule of a title's adjective
    after it ("le Premier ministre slovaque") read "told the" as one, and the parliament
    as a person."""
    section = enrich(resources, "Budget\n\nThe minister told the Scottish Parliament that "
                     "the money would come.", language="en", source="example.com")
    labels = {e["name"]: e["label"] for e in _entities(section)}
    assert labels.get("Scottish Parliament") == "ORG", labels


def test_a_surname_that_names_a_country_is_the_person(resources: Resources) -> None:
    """"Jordan" in the title beside "Representative Jim Jordan" was the country."""
    section = enrich(resources, "Jordan subpoenas Justice Department\n\nRepresentative Jim "
                     "Jordan, Republican of Ohio, subpoenaed the Justice Department on "
                     "Tuesday.", language="en", source="example.com")
    entities = _entities(section)
    assert not any(e["label"] == "LOC" and e["name"] not in ("Ohio",) for e in entities), \
        entities
    assert any(e["name"] == "Jim Jordan" and e["label"] == "PER" for e in entities)


@given(st.lists(st.sampled_from([*SHIP_PREFIXES, "Harry", "S.", "of", "Wales", "the",
                                 "said", ".", "42", "HMSX"]), max_size=12))
def test_vessel_spans_open_on_a_prefix_inside_the_text(words: list[str]) -> None:
    text = " ".join(words)
    for start, end in vessel_spans(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].split()[0] in SHIP_PREFIXES
