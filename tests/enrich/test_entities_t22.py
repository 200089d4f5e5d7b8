"""Entities a new user found false (t-enrich22 E12, E13, E17; issue 16): a Réunion commune
read as a person, public bodies read as persons or places, a name in capitals read as a
place, a person with a particled surname read as an organisation, a medium read as a
province, coordinated given names sharing a surname split, a town opening a headline
missed, and ``entity:SURNAME`` missing the articles that name the person in full.
Through the real enrichment pipeline and a real store and index."""

from __future__ import annotations

import json
from pathlib import Path

from tests.enrich.conftest import enrich

import veille
from veille.cli.main import main
from veille.enrich.stage import Resources
from veille.index.base import surnames


def _by_mention(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    """Each mention's text → its entity (id, label, name)."""
    found: dict[str, dict[str, object]] = {}
    for e in enrich(resources, text, **kw)["entities"]:  # type: ignore[index]
        for m in e["mentions"]:
            found[str(m[2])] = e
    return found


def _places(resources: Resources, text: str, **kw: str) -> dict[str, str]:
    return {str(p["mentioned_as"]): str(p["id"])
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index]


def test_a_saint_compound_commune_is_a_place_without_person_evidence(
        resources: Resources) -> None:
    text = ("Cyclone : l'est de La Réunion dévasté\n\nA Saint-Denis, les dégâts sont limités, "
            "mais Saint-Benoît a été durement touchée. Jean-Marc Payet et son épouse, dont "
            "la maison de Saint-Benoît a perdu son toit, attendent les secours.")
    found = _by_mention(resources, text, source="clicanoo.re")
    assert found["Saint-Benoît"]["label"] == "LOC"
    assert "Saint-Benoît" in _places(resources, text, source="clicanoo.re")


def test_a_saint_compound_with_a_given_name_stays_a_person(resources: Resources) -> None:
    found = _by_mention(resources, "Littérature\n\nAntoine de Saint-Exupéry a écrit Le Petit "
                                   "Prince à New York. Saint-Exupéry y vivait en exil.")
    assert found["Antoine de Saint-Exupéry"]["label"] == "PER"


def test_a_public_bodys_head_noun_makes_an_organisation(resources: Resources) -> None:
    found = _by_mention(resources, "Grippe : plan blanc\n\nLe CHU Grenoble-Alpes a déclenché "
                                   "mercredi son plan blanc, face à l'afflux de patients.")
    assert found["CHU Grenoble-Alpes"]["label"] == "ORG"
    en = _by_mention(resources, "Climbers rescued\n\nTwo climbers were rescued on Sunday. "
                                "Police Scotland said the pair were \"cold but uninjured.\"",
                     language="en", source="theguardian.com")
    assert en["Police Scotland"]["label"] == "ORG"


def test_a_name_in_capitals_with_a_given_name_is_a_person(resources: Resources) -> None:
    found = _by_mention(resources, "Test\n\n« Nous y arriverons », a déclaré JEAN-PIERRE "
                                   "DUPONT, PDG de la société.")
    assert found["JEAN-PIERRE DUPONT"]["label"] == "PER"


def test_a_titled_person_with_a_particled_surname_is_a_person(resources: Resources) -> None:
    found = _by_mention(resources, "Énergie\n\nLa ministre fédérale de l'Énergie, Tinne Van "
                                   "der Straeten, a signé lundi à Vienne un protocole "
                                   "d'accord.", source="lalibre.be")
    assert found["Tinne Van der Straeten"]["label"] == "PER"


def test_a_medium_one_confides_in_is_an_organisation(resources: Resources) -> None:
    found = _by_mention(resources, "Incendie en Isère\n\n« Trente ans de travail sont partis "
                                   "en fumée », a-t-il confié au Dauphiné.")
    assert found["Dauphiné"]["label"] == "ORG"
    assert "Dauphiné" not in _places(resources, "Incendie\n\n« Tout est perdu », a-t-il "
                                                "confié au Dauphiné.")
    # a town after the same words stays a place
    assert _by_mention(resources, "Visite\n\nIl a déclaré à Lyon que tout allait "
                                  "bien.")["Lyon"]["label"] == "LOC"


def test_coordinated_given_names_share_the_surname(resources: Resources) -> None:
    found = _by_mention(resources, "Guinguette\n\nPaul et Mireille Santini ont racheté la "
                                   "guinguette. Mireille tient la cuisine, Paul le bar.")
    assert found["Paul"]["id"] == "per:paul-santini"
    assert found["Mireille"]["id"] == found["Mireille Santini"]["id"] == \
        "per:mireille-santini"


def test_a_given_name_alone_shared_by_two_people_is_linked_to_neither(
        resources: Resources) -> None:
    found = _by_mention(resources, "Famille\n\nPaul Martin et Paul Durand sont venus. Paul "
                                   "a parlé le premier.")
    assert found["Paul Martin"]["id"] != found["Paul Durand"]["id"]
    assert found["Paul"]["id"] not in (found["Paul Martin"]["id"], found["Paul Durand"]["id"])


def test_a_town_opening_a_headline_is_a_place(resources: Resources) -> None:
    text = ("Cannes : un couple de restaurateurs relance la guinguette de la Croisette\n\n"
            "Paul et Mireille Santini ont racheté en janvier la vieille guinguette.")
    assert "Cannes" in _places(resources, text, source="nicematin.com")


def test_surnames_of_a_full_name() -> None:
    assert surnames("Christine Lagarde") == ["Lagarde"]
    assert surnames("Tinne Van der Straeten") == ["Van der Straeten", "Straeten"]
    assert surnames("Lagarde") == []


ARTICLES = [
    ("Christine Lagarde a présidé la réunion de la BCE à Francfort.", "a"),
    ("Mme Lagarde a présidé la réunion de la BCE.", "b"),
    ("Volodymyr Zelensky a rencontré Christine Lagarde à Kiev.", "c"),
    ("Jean Lagarde, boulanger à Lyon, a ouvert une nouvelle boutique.", "d"),
    ("Le ministre Jean Dupont a visité Lyon.", "e"),
]


def test_entity_surname_finds_the_people_of_that_surname(tmp_path: Path) -> None:
    data = tmp_path / "data"
    feed = tmp_path / "articles.jsonl"
    feed.write_text("".join(json.dumps({
        "title": f"Dépêche {key}", "paragraphs": [text],
        "published": "2026-03-10T12:00:00+01:00",
        "language": "fr", "url": f"https://example.fr/{key}", "source": "Exemple"},
        ensure_ascii=False) + "\n" for text, key in ARTICLES), "utf-8")
    main(["--data-dir", str(data), "ingest", str(feed)])
    main(["--data-dir", str(data), "enrich"])
    with veille.open(data) as v:
        titles = {h.title for h in v.search("entity:Lagarde", per_page=20).hits}
        assert titles == {"Dépêche a", "Dépêche b", "Dépêche c", "Dépêche d"}
        assert {h.title for h in v.search("entity:Zelensky").hits} == {"Dépêche c"}
        # two people sharing a surname stay two entities
        ids = {e.id for e in v.store.entities(limit=50, name="Lagarde", ids=[])}
        assert {"per:christine-lagarde", "per:jean-lagarde"} <= ids
        assert v.search('entity:"Christine Lagarde"').total == 2


def test_a_court_and_a_police_named_after_their_seat_are_organisations(
        resources: Resources) -> None:
    text = ("Procès à Douai\n\nAu deuxième jour du procès devant la cour d'assises du Nord, "
            "à Douai, la victime a raconté la nuit. La porte-parole de la police de Liège, "
            "Sarah Jacobs, a expliqué la situation.")
    found = _by_mention(resources, text)
    assert found["cour d'assises du Nord"]["label"] == "ORG"
    assert found["police de Liège"]["label"] == "ORG"
    places = _places(resources, text)
    assert "Nord" in places and "Liège" in places  # the seats stay places


def test_no_saint_compound_after_an_article_nor_an_organisation_after_a_title(
        resources: Resources) -> None:
    found = _by_mention(resources, "Rome\n\nMgr Labouré devait prendre la parole au nom du "
                                   "Saint-Père à l'ouverture de la réunion.")
    assert found.get("Saint-Père", {"label": "PER"})["label"] != "LOC"
    found = _by_mention(resources, "Politique\n\nM. Frédéric Clément, hier encore secrétaire "
                                   "général de la Fédération Républicaine, a démissionné.")
    assert found.get("Fédération Républicaine", {"label": "ORG"})["label"] != "PER"
