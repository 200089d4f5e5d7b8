"""f-places33 (t-final32 #9, issue 16): the town an article is about was no place where
the recogniser typed it ORG ("Residents in nearby Falmouth", "near Hebden Bridge") or
carried it inside a council's or a festival's name ("Newport City Council", "festival
Voiron Jazz"); "Commercial Street" gave the entity "Commercial"; "Yorkshire" beside West
Yorkshire was East Riding + North Yorkshire; villages of 500 to 999 inhabitants of Great
Britain were missing (Wigtown). Through a real store, the CLI and `search place:`."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.places import shipped
from veille.enrich.street_names import without_street_names
from veille.enrich.town_contexts import towns_in_place_context

from .conftest import enrich_through_cli
from .test_english_f30 import _cli, _places

NAMESAKES = {
    "title": "Campaigners fight quarry plan",
    "url": "https://www.cornwalllive.com/news/quarry/a", "source": "Cornwall Live",
    "published": "2026-12-03T09:00:00+00:00", "language": "en",
    "text": "A planning inquiry into the quarry opened on Tuesday.\n\nResidents in nearby "
            "Falmouth said they had not been consulted, according to local campaign group "
            "Falmouth Matters."}
NEWPORT = {
    "title": "Council approves regeneration plan",
    "url": "https://www.southwalesargus.co.uk/news/regeneration/b",
    "source": "South Wales Argus", "published": "2026-12-03T10:00:00+00:00", "language": "en",
    "text": "Newport City Council has approved a plan to reopen empty shops in the city "
            "centre. Traders on Commercial Street said the change was overdue."}
FESTIVAL = {
    "title": "Voiron Jazz : les concerts de plein air annulés",
    "url": "https://www.ledauphine.com/culture/voiron-jazz/c", "source": "Le Dauphiné libéré",
    "published": "2026-12-03T11:00:00+01:00", "language": "fr",
    "text": "Les organisateurs du festival Voiron Jazz ont annoncé mercredi que les concerts "
            "prévus en plein air sont annulés pour jeudi, en raison des fortes pluies."}
MOOR = {
    "title": "Moorland fire near Hebden Bridge forces evacuations",
    "url": "https://example.org/news/moor/d", "published": "2026-12-03T12:00:00+00:00",
    "language": "en",
    "text": "A moorland fire above Hebden Bridge in West Yorkshire has forced the evacuation "
            "of 40 homes.\n\nCrews from across Yorkshire were called in overnight."}
BOOKS = {
    "title": "Book festival breaks records",
    "url": "https://www.gallowaygazette.co.uk/news/books/e", "source": "Galloway Gazette",
    "published": "2026-12-03T13:00:00+00:00", "language": "en",
    "text": "The book festival in Wigtown sold more tickets than ever this autumn."}


def test_the_town_the_article_is_about_is_its_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Falmouth after "Residents in nearby" (was ORG, no place), Newport inside "Newport
    City Council" (was no place), Voiron of "festival Voiron Jazz" (was none), Hebden
    Bridge of a text whose outlet gives no country (was none), Wigtown (900 inhabitants,
    was missing from the shipped villages): each is a place of Great Britain or France,
    and `search place:` finds its article."""
    found = enrich_through_cli(tmp_path, [NAMESAKES, NEWPORT, FESTIVAL, MOOR, BOOKS], capsys)
    assert _places(found["a"]).get("Falmouth") == ("Falmouth", "GB")
    assert _places(found["b"]).get("Newport") == ("Newport", "GB")
    assert [p["admin1"] for p in found["b"]["places"] if p["name"] == "Newport"] == ["WLS"]
    assert [p["insee"] for p in found["c"]["places"] if p["name"] == "Voiron"] == ["38563"]
    assert _places(found["d"]).get("Hebden Bridge") == ("Hebden Bridge", "GB")
    assert _places(found["e"]).get("Wigtown") == ("Wigtown", "GB")
    data = tmp_path / "data"
    for query, title in (('place:Falmouth', "Campaigners fight"),
                         ('place:Newport', "Council approves"),
                         ('place:Voiron', "Voiron Jazz"),
                         ('place:"Hebden Bridge"', "Moorland fire"),
                         ('place:Wigtown', "Book festival")):
        assert title in _cli(capsys, data, "search", query), query
    # the council stays an organisation beside its town
    labels = {e["name"]: e["label"] for e in found["b"]["entities"]}
    assert labels.get("Newport City Council") == "ORG"


def test_a_street_is_no_entity_and_a_divided_county_is_the_part_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Commercial Street" gave the MISC entity "Commercial" (now none); "Yorkshire"
    beside West Yorkshire is West Yorkshire (was GB-ERY+GB-NYK), and `place:Yorkshire`
    still finds the article."""
    found = enrich_through_cli(tmp_path, [NEWPORT, MOOR], capsys)
    assert not [e for e in found["b"]["entities"] if "Commercial" in e["name"]]
    ids = {p["id"] for p in found["d"]["places"]}
    assert "ons:E11000006" in ids and not any("+" in i for i in ids), ids
    west = next(p for p in found["d"]["places"] if p["id"] == "ons:E11000006")
    assert "Yorkshire" in west["also_mentioned_as"]
    out = _cli(capsys, tmp_path / "data", "search", "place:Yorkshire")
    assert "Moorland fire" in out
    capsys.readouterr()  # no such entity: a warning, nothing found, exit 1 (f-cliux33)
    assert main(["--data-dir", str(tmp_path / "data"), "search", "entity:Commercial"]) == 1
    assert "Council approves" not in capsys.readouterr().out


def _entity(name: str, label: str, text: str) -> dict[str, object]:
    start = text.index(name)
    return {"id": f"{label.lower()}:{name.lower()}", "label": label, "name": name,
            "known": False, "count": 1, "mentions": [[start, start + len(name), name]]}


def test_an_organisation_in_a_place_context_only() -> None:
    """A club's possessive ("in Chelsea's squad") keeps its label, a town after "in
    nearby" becomes a place; "Cork County Council" is the county's, no mention of Cork
    city, while "Aberystwyth Town Council" names Aberystwyth."""
    gazetteer = shipped()
    text = "He played in Chelsea's squad. Residents in nearby Todmorden complained."
    club, town = _entity("Chelsea", "ORG", text), _entity("Todmorden", "ORG", text)
    towns_in_place_context([club, town], text, gazetteer)
    assert (club["label"], town["label"]) == ("ORG", "LOC")
    text = "Cork County Council and Aberystwyth Town Council wrote to the minister."
    out = towns_in_place_context([_entity("Cork County Council", "ORG", text),
                                  _entity("Aberystwyth Town Council", "ORG", text)],
                                 text, gazetteer)
    assert [(e["name"], e["label"]) for e in out[2:]] == [("Aberystwyth", "LOC")]


def test_a_street_named_body_stays() -> None:
    """"Downing Street said" is the government (ORG), kept; "Brook Street" read as a
    person is an address, dropped; "Mostyn" cut before " Street" is dropped."""
    text = "Downing Street said so. Brook Street was shut. Shops on Mostyn Street opened."
    kept = without_street_names([_entity("Downing Street", "ORG", text),
                                 _entity("Brook Street", "PER", text),
                                 _entity("Mostyn", "MISC", text)], text)
    assert [e["name"] for e in kept] == ["Downing Street"]
