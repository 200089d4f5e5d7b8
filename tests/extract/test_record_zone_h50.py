"""Regression (t-final50 B4, r-zones50's Scotland): a write-API record from fratmat.info
(a .info address, no outlet of the table) whose text names Bouaké and Côte d'Ivoire, its
time written without an offset, was read on Paris's clock (the French language's); the
places vote that captures and pages get was not applied to records nor to wire items. Now
records, ninjs and NewsML-G2 items take the same clues as pages (the URL's country domain,
the outlet table, the record's ``source`` name, then the places: one function,
``place_zones.zone_or_places``). And a lone large city of a country of one clock decides
when nothing else votes ("Tram drivers in Helsinki voted"), not a first name before a
surname ("Florence Nightingale"), nor two places of different clocks."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from veille.extract.place_zones import zone_by_places
from veille.extract.records import record_to_content
from veille.extract.wire import extract_ninjs

FETCHED = datetime(2026, 12, 6, tzinfo=UTC)

BOUAKE = ("Deux entrepôts de stockage de cacao ont été détruits par un incendie vendredi "
          "soir à Bouaké, dans le centre de la Côte d'Ivoire. Aucune victime n'est à "
          "déplorer.\n\nLe préfet de la région du Gbêkê a ordonné une enquête.")


def _record(**fields: object) -> dict[str, object]:
    return {"title": "Bouaké : deux entrepôts de cacao détruits par un incendie",
            "text": BOUAKE, "published": "2026-12-05T06:00:00", "language": "fr", **fields}


def test_a_record_is_read_on_the_clock_of_the_places_it_names() -> None:
    content = record_to_content(_record(url="https://www.fratmat.info/article/bouake"),
                                fetched_at=FETCHED)
    assert content.published == datetime(2026, 12, 5, 6, 0, tzinfo=UTC)
    assert content.published is not None and content.published.utcoffset() == timedelta(0)
    said = content.evidence["timezone"]
    assert "(Africa/Abidjan)" in said and "Bouaké" in said, said


def test_a_country_domain_still_comes_before_the_places() -> None:
    """A .fr record about Côte d'Ivoire is a Paris paper's foreign news: Paris time."""
    content = record_to_content(_record(url="https://www.exemple.fr/monde/bouake"),
                                fetched_at=FETCHED)
    assert content.published is not None and content.published.utcoffset() == timedelta(hours=1)
    assert content.evidence["timezone"] == "assumed from the domain .fr (Europe/Paris)"


def test_a_records_outlet_name_is_looked_up_in_the_outlet_table() -> None:
    record = {"title": "Council approves the new budget", "source": "The Straits Times",
              "text": "The council approved the budget on Tuesday after a long debate.",
              "published": "2026-12-01T09:00:00", "language": "en"}
    content = record_to_content(record, fetched_at=FETCHED)
    assert content.published is not None and content.published.utcoffset() == timedelta(hours=8)
    assert "Straits Times" in content.evidence["timezone"]


def test_a_ninjs_item_without_offset_is_read_on_its_places_clock() -> None:
    item = {"uri": "urn:test:lome", "type": "text", "language": "fr",
            "versioncreated": "2026-12-03T10:45:00", "firstcreated": "2026-12-03T10:45:00",
            "headlines": [{"value": "Lomé : le port bat son record", "role": "main"}],
            "bodies": [{"role": "main", "contentType": "text/plain",
                        "value": "Le port autonome de Lomé a traité deux millions de "
                                 "conteneurs, a indiqué mercredi sa direction.\n\nLes "
                                 "transporteurs de Kara et de Sokodé dénoncent des files "
                                 "d'attente à l'entrée du port du Togo."}]}
    content = extract_ninjs(json.dumps(item).encode(), origin="t", fetched_at=FETCHED)
    assert content.published == datetime(2026, 12, 3, 10, 45, tzinfo=UTC)
    assert "inferred from the places" in content.evidence["timezone"]
    offset = dict(item, firstcreated="2026-12-03T10:45:00+01:00",
                  versioncreated="2026-12-03T10:45:00+01:00")
    given = extract_ninjs(json.dumps(offset).encode(), origin="t", fetched_at=FETCHED)
    assert given.published == datetime(2026, 12, 3, 9, 45, tzinfo=UTC)
    assert "timezone" not in given.evidence  # its own offset: nothing was assumed


def test_a_lone_large_city_decides_when_nothing_else_votes() -> None:
    text = ("Tram drivers in Helsinki voted on Wednesday to end a two-week walkout after "
            "the transport authority raised its pay offer.")
    assert zone_by_places(text, "en") == ("Europe/Helsinki", ["Helsinki"])
    assert zone_by_places("Hotel owners in Glasgow protested on Tuesday.", "en")[0] \
        == "Europe/London"


def test_a_lone_place_guard() -> None:
    # a first name before a surname is no place
    assert zone_by_places("Florence Nightingale was remembered on Tuesday.", "en") == ("", [])
    # two places of two clocks: no majority, no lone place
    assert zone_by_places("Bank shares fell in London and in New York on Thursday.",
                          "en") == ("", [])
    # a small town alone is not enough (one mention may be a person's name or a namesake)
    assert zone_by_places("The mayor of Vannes said so on Tuesday.", "en") == ("", [])
