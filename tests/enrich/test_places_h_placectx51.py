"""A place named in an article takes the article's own country, not a namesake abroad
(h-placectx51, issue 16; t-final51 A4, A4b), through the CLI into a real store:

- A4: "Westminster" in a capture under The Guardian's masthead (veille's table of
  outlets: theguardian.com, Europe/London) is London's, not Westminster, Colorado; the
  same masthead over a story on Colorado keeps the US one (the text's places outweigh
  the outlet);
- A4b: "La Guardia and Kennedy airports" names airports, not Kennedy (a locality of
  Bogotá); "New York City and Long Island" is no district of the Bahamas; "Denver airport"
  in a story on Colorado stays Denver.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from .test_places_r36 import enriched_captures, places_of

CAPTURES = {
    "commons.txt": """The Guardian
Ministers face backbench anger over delayed housing bill
Jane Holloway Political correspondent
Wed 2 Dec 2026 14.10 GMT
Ministers were confronted by angry backbenchers in Westminster on Tuesday night after the \
housing bill was pushed back to the spring.
""",
    "colorado.txt": """The Guardian
Grassfire forces evacuations north of Denver
Alex Moreno in Denver
Wed 2 Dec 2026 22.40 GMT
Thousands of residents in Westminster, Colorado, were told to evacuate on Wednesday as \
a grassfire spread towards Broomfield and Boulder. Flights were delayed at Denver airport.
""",
    "storm.txt": """The New York Times
Ice storm snarls travel across the region
By Emily Stone
Dec. 3, 2026, 7:15 a.m. ET
Hundreds of flights were canceled at La Guardia and Kennedy airports on Thursday as \
freezing rain coated New York City and Long Island. Commuters in Brooklyn waited hours.
""",
}

@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return enriched_captures(Path(tmp_path_factory.mktemp("placectx51")), CAPTURES)

def test_westminster_of_a_london_outlet_is_london(shown: dict[str, dict]) -> None:
    places = places_of(shown, "Ministers face")
    assert places["Westminster"]["country"] == "GB", places["Westminster"]

def test_westminster_beside_denver_stays_colorado(shown: dict[str, dict]) -> None:
    places = places_of(shown, "Grassfire")
    assert places["Westminster"]["country"] == "US", places["Westminster"]
    assert places["Denver"]["country"] == "US"  # "Denver airport": still Denver

def test_airports_and_islands_are_no_places_abroad(shown: dict[str, dict]) -> None:
    article = next(a for t, a in shown.items() if "Ice storm" in t or "New York Times" in t)
    places = article["enrichment"]["places"]
    assert not [p for p in places if p["country"] != "US"], \
        [(p["mentioned_as"], p["country"], p["id"]) for p in places]
    assert {p["mentioned_as"] for p in places} >= {"New York City", "Brooklyn"}
