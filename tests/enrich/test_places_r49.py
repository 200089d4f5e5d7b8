"""Places still false or missing (r-places49, issue 16), through the CLI into a real store:

- a station's name is read mention by mention: "la gare de Lyon" of a Paris article is no
  Lyon, but the same article's "les voyageurs qui rentrent à Lyon" is the city; a métro
  station is its city's district when the gazetteer has it ("la station Castellane" of a
  Marseille article: Marseille's quarter, not the commune of the Alpes-de-Haute-Provence,
  t-final36 A4); English writes the noun after the name ("Jamaica station" in Queens:
  the neighbourhood, not the country);
- a US local body's name names its town ("Reading School District", "X Township
  Council"), and an English text dated EST is likelier American than Canadian
  ("Cambridge City Council": Massachusetts, not Ontario; r-places36 c04, c13);
- an outlet named after an English county ("The Essex Observer") dated EST is no
  English paper;
- "Yorkshire" alone is one area, not East Riding + North Yorkshire.
"""
from __future__ import annotations

import datetime

import pytest

from veille.enrich.places import _shipped, likeliest_printed, printed_countries

from .test_places_r36 import enriched_captures, places_of

CAPTURES = {
    "paris.txt": """Le Petit Francilien
Rechercher
Paris : panne géante de signalisation à la gare de Lyon

Par Élodie Ferrand
Publié le 02/12/2026 à 18h30

Une panne de signalisation a paralysé mardi soir la gare de Lyon, à Paris, pendant \
trois heures.

Les voyageurs qui rentraient à Lyon ou à Dijon ont dû patienter sur les quais, a \
indiqué la SNCF.
""",
    "marseille.txt": """Le Phocéen
Rechercher
Marseille : le métro coupé entre Castellane et Noailles dimanche

Par Karim Benali
Publié le 01/12/2026 à 07h50

La ligne 1 du métro de Marseille sera coupée dimanche entre les stations Castellane et \
Noailles pour des travaux de voie, a annoncé la régie des transports.
""",
    "queens.txt": """Borough Courier
Sign in
Escalator outage at Jamaica station angers commuters
By Nadia Ortiz
Dec. 2, 2026, 6:15 p.m. EST
Commuters at Jamaica station in Queens faced long lines on Wednesday after two \
escalators broke down, the MTA said.
Repairs should be finished by Friday, a spokesperson said.
""",
    "reading.txt": """County Ledger
Sign in
Reading School District hires new superintendent
By Paul Whitaker
Dec. 1, 2026, 8:30 p.m. EST
The Reading School District board voted on Tuesday to hire a new superintendent after \
a six-month search.
"We are ready to move forward," the board president said.
""",
    "cambridge.txt": """Riverside Times
Subscribe
Cambridge City Council backs rent relief fund
By Laura Kim
Dec. 2, 2026, 7:05 p.m. EST
The Cambridge City Council voted 7-2 on Monday to create a $3 million rent relief fund.
"This will keep families in their homes," a councilor said after the vote.
""",
    "essex.txt": """The Essex Observer
Subscribe
Belleville township approves new library hours
By Tom Russo
Dec. 2, 2026, 9:10 p.m. EST
The Belleville Township Council voted on Tuesday to open the public library on Sundays \
from January.
"Residents asked for it for years," the mayor said.
""",
    "yorkshire.txt": """Northern Dales Post
Flood alerts across Yorkshire as rivers rise
By Emma Holt
2 December 2026, 10:05 GMT
The Environment Agency issued flood alerts across Yorkshire on Wednesday after a night \
of heavy rain.
"Stay away from swollen rivers," an agency spokesperson said.
""",
}


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return enriched_captures(tmp_path_factory.mktemp("r49"), CAPTURES)


def _places(shown: dict[str, dict], start: str) -> dict[str, dict]:
    return places_of(shown, start)


def test_a_station_named_after_a_city_keeps_the_city_s_own_mentions(shown) -> None:
    places = _places(shown, "Paris")
    assert places["Lyon"]["insee"] == "69123"  # "rentraient à Lyon": the city
    assert places["Dijon"]["insee"] == "21231"


def test_a_metro_station_is_its_city_s_district(shown) -> None:
    places = _places(shown, "Marseille")
    assert places["Castellane"]["id"] == "geonames:11919752"  # the quarter, not 04039
    assert not (places.get("Noailles") or {}).get("insee")  # no commune of the Oise, Corrèze…
    assert places["Marseille"]["insee"] == "13055"


def test_an_english_station_named_before_its_noun(shown) -> None:
    places = _places(shown, "Escalator")
    assert places["Jamaica"]["country"] == "US"  # Queens, not the country


def test_a_us_local_body_names_its_town(shown) -> None:
    assert _places(shown, "Reading")["Reading"]["country"] == "US"
    assert _places(shown, "Cambridge")["Cambridge"]["country"] == "US"


def test_an_outlet_s_county_abroad_gives_way_to_the_printed_zone(shown) -> None:
    assert _places(shown, "Belleville")["Belleville"]["country"] == "US"


def test_a_divided_county_is_one_area(shown) -> None:
    place = _places(shown, "Flood alerts")["Yorkshire"]
    assert place["id"] == "veille:divided-yorkshire"
    assert place["kind"] == "region"


def test_the_likeliest_printed_country() -> None:
    est = datetime.datetime(2026, 12, 2, 19, tzinfo=datetime.timezone(
        datetime.timedelta(hours=-5)))
    cet = datetime.datetime(2026, 12, 2, 19, tzinfo=datetime.timezone(
        datetime.timedelta(hours=1)))
    gazetteer = _shipped()
    assert likeliest_printed(printed_countries("en", est), "en", gazetteer) == "US"
    # French under CET: France, Belgium, Switzerland, Algeria...: none ten times the rest
    assert likeliest_printed(printed_countries("fr", cet), "fr", gazetteer) == ""
    assert likeliest_printed(frozenset(), "en", gazetteer) == ""

