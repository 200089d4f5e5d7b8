"""Entity spans, kinds and speakers of r-who36 (issue 16 parts 1, 2, 5), through the real
enrichment pipeline: an occupation's noun capitalised before a name at a sentence's start
("Owner Thaddeus Wrenfield") was glued to the person, and "X called it "…" and said"
gave the speaker "and"; an Irish county ("Co Westmeath") and a district ("Pearl
District") were organisations; a body's name with a comma was cut at it; a saint's day
("la foire de la Saint-Nicolas") and "UFC-Que Choisir" were places, "Trains de Noël" an
entity; a German role with its capitalised article ("Der Landrat") a person."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.english_spans import agent_noun, english_spans
from veille.enrich.quotes import find_quotes, person_shaped
from veille.enrich.stage import Resources


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in english_spans(text)]


def _labels(resources: Resources, text: str, **kw: str) -> dict[str, str]:
    return {str(m[2]): str(e["label"])
            for e in enrich(resources, text, **kw)["entities"]  # type: ignore[index]
            for m in e["mentions"]}


def test_an_occupation_noun_before_a_name_is_no_part_of_it() -> None:
    assert _spans("Owner Thaddeus Wrenfield said the shop would close.") == [
        ("Thaddeus Wrenfield", "PER")]
    assert _spans("Librarian Maureen Castellano warned the board.") == [
        ("Maureen Castellano", "PER")]
    # an unknown given name: the noun's suffix alone is the evidence
    assert _spans("Caretaker Ignatius Polworth called the boiler old.") == [
        ("Ignatius Polworth", "PER")]


def test_a_given_name_or_a_town_opening_a_name_stays() -> None:
    assert not agent_noun("Tyler") and not agent_noun("Leicester")
    assert agent_noun("Harbourmaster") and agent_noun("Trustee")
    assert _spans("Tyler Ambrose Whitcombe said no.") == [("Tyler Ambrose Whitcombe", "PER")]
    assert ("Leicester City Council", "ORG") in _spans("Leicester City Council met on Monday.")


def test_and_before_a_verb_of_saying_is_no_speaker() -> None:
    text = ("Harbourmaster Cornelius Abernathy called the dredging \"the worst decision "
            "in twenty years\" and said he would resign.")
    quotes = find_quotes(text)
    assert quotes and quotes[0].speaker == "Cornelius Abernathy"
    text = "\"We had no choice at all,\" said Owner Thaddeus Wrenfield."
    assert [q.speaker for q in find_quotes(text)] == ["Thaddeus Wrenfield"]


def test_irish_county_and_a_district_are_places() -> None:
    assert _spans("Athlone, Co Westmeath, was flooded.")[-1] == ("Co Westmeath", "LOC")
    assert ("Pearl District", "LOC") in _spans("Residents of the Pearl District met.")
    assert ("Beaverton School District", "ORG") in _spans(
        "The Beaverton School District closed.")


def test_a_body_named_with_a_comma_is_whole_before_its_acronym() -> None:
    found = _spans("Members of the American Federation of State, County and Municipal "
                   "Employees (AFSCME) walked out.")
    assert ("American Federation of State, County and Municipal Employees", "ORG") in found
    # a list of places with an acronym is no body
    assert ("Kent", "LOC") in _spans("Police in Kent, Surrey and Sussex (KSS) were called.")


def test_saints_day_feast_nouns_and_acronym_led_bodies(resources: Resources) -> None:
    text = ("Valence : la foire de la Saint-Nicolas déplacée\n\n"
            "La foire de la Saint-Nicolas se tiendra au parc des expositions de Valence.\n\n"
            "Selon l'UFC-Que Choisir, les prix ont augmenté. Les Trains de Noël partiront "
            "de Valence samedi.")
    found = _labels(resources, text)
    assert found.get("Saint-Nicolas") == "MISC"
    assert found.get("UFC-Que Choisir") == "ORG"
    assert "Trains de Noël" not in found
    assert found.get("Valence") == "LOC"


def test_german_role_with_its_article_is_no_person(resources: Resources) -> None:
    assert not person_shaped("Der Landrat") and not person_shaped("Die Ministerin")
    assert person_shaped("Dieter Landsberg")
    text = ("Passau: Stadt sperrt Brücke\n\n"
            "Der Landrat sagte am Montag: „Die Brücke ist nicht mehr sicher.“\n\n"
            "Die Ministerin erklärte: „Wir prüfen einen Neubau.“")
    section = enrich(resources, text, language="de", source="pnp.de")
    assert not [e for e in section["entities"]  # type: ignore[union-attr]
                if e["label"] == "PER"]  # type: ignore[index]
    speakers = [q["speaker"] for q in section["quotes"]]  # type: ignore[union-attr,index]
    assert speakers == ["Der Landrat", "Die Ministerin"]
