"""A capture's outlet and clock from its masthead; Russian captures; places within a
country of several clocks (r-mast51, issues 14 and 16).

- a line that is the whole name of a known outlet ("Le Monde", data/outlet_zones.tsv) or of
  a news agency written out ("РИА Новости", news_agencies.tsv) over the headline is the
  masthead: its home clock, not the clock of the island the story is about;
- a teaser ("Lire aussi Le Monde"), a credit in brackets ("(AFP)"), a quoted outlet are no
  masthead: the places decide;
- a Russian capture: Moscow's clock, "Автор:" gives the author;
- a country's main clock guessed from an address (abc.net.au: Sydney): the places within
  the country choose among its clocks, places abroad do not.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from veille.extract.masthead import known_outlet
from veille.extract.place_zones import several_clocks, zone_or_places, zone_within_country
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)

GUADELOUPE = (
    "Guadeloupe : la grève des agents de l'eau se poursuit à Pointe-à-Pitre\n\n"
    "Publié le 14 juillet 2026 à 10h30\n\nPar Claire Dumas\n\n"
    "À Pointe-à-Pitre, les agents du syndicat de l'eau ont reconduit la grève mardi. Les "
    "habitants des Abymes et de Baie-Mahault sont privés d'eau depuis trois jours, et la "
    "préfecture de Guadeloupe a appelé au dialogue.\n\n"
    "Le syndicat demande le paiement des heures supplémentaires. « Nous ne reprendrons pas "
    "tant que rien n'est signé », a dit un délégué à Pointe-à-Pitre. Les écoles des Abymes "
    "restent fermées.\n\n"
    "La région Guadeloupe promet une réunion jeudi à Basse-Terre avec les élus de "
    "Baie-Mahault et de Pointe-à-Pitre.\n")
PARIS_SUMMER = timezone(timedelta(hours=2))
GUADELOUPE_CLOCK = timezone(timedelta(hours=-4))


@pytest.mark.parametrize("masthead", ["Le Monde", "Le Figaro", "Libération", "Les Echos",
                                      "Le Parisien", "20 Minutes", "Ouest-France"])
def test_a_national_masthead_gives_its_home_clock(masthead: str) -> None:
    got = extract_text_capture(f"{masthead}\n\n{GUADELOUPE}", fetched_at=NOW)
    assert got.masthead == masthead
    assert got.published == datetime(2026, 7, 14, 10, 30, tzinfo=PARIS_SUMMER)
    assert "Europe/Paris" in got.evidence["timezone"]
    assert got.authors == ["Claire Dumas"]


@pytest.mark.parametrize("first", ["Lire aussi Le Monde", "(AFP)", "Selon Le Figaro",
                                   "Le Monde | International | Politique | Économie"])
def test_no_masthead_the_places_decide(first: str) -> None:
    got = extract_text_capture(f"{first}\n\n{GUADELOUPE}", fetched_at=NOW)
    assert got.masthead != "Le Monde" and got.masthead != "Le Figaro"
    assert got.published == datetime(2026, 7, 14, 10, 30, tzinfo=GUADELOUPE_CLOCK)


def test_known_outlet_reads_whole_names_only() -> None:
    assert known_outlet("Le Monde")[0] == "Europe/Paris"
    assert known_outlet("El País")[0] == "Europe/Madrid"
    assert known_outlet("Коммерсантъ")[0] == "Europe/Moscow"
    assert known_outlet("РИА Новости")[0] == "Europe/Moscow"  # an agency, by its country
    for line in ("Lire aussi Le Monde", "(AFP)", "AFP", "selon Le Figaro", "Monde", ""):
        assert known_outlet(line) == ("", ""), line


MOSCOW = (
    "В Москве закроют на ремонт три станции метро\n\n14.07.2026 10:30\n\n"
    "Автор: Иван Петров\n\n"
    "Три станции Сокольнической линии московского метро закроют на ремонт с первого "
    "августа, сообщили во вторник в столичном департаменте транспорта. Пассажирам "
    "предложат компенсационные автобусы.\n\n"
    "Ремонт продлится около двух месяцев. В мэрии Москвы пообещали, что работы завершат до "
    "начала учебного года.\n\nПассажиров просят заранее планировать поездки.\n")


@pytest.mark.parametrize("masthead", ["РИА Новости", "Известия", ""])
def test_a_russian_capture_is_on_moscow_clock_with_its_author(masthead: str) -> None:
    got = extract_text_capture(f"{masthead}\n\n{MOSCOW}" if masthead else MOSCOW,
                               fetched_at=NOW)
    assert got.published == datetime(2026, 7, 14, 10, 30, tzinfo=ZoneInfo("Europe/Moscow"))
    assert got.authors == ["Иван Петров"]
    assert got.masthead == masthead


def _story(places: str) -> str:
    first, second, third = places.split("|")
    return (f"{first} floods: emergency declared as rivers rise\n\n"
            "Posted Wed 14 Jan 2026 at 10:30am\n\nBy Liam O'Connor\n\n"
            f"The government has declared a disaster zone across {first} and {second} after "
            f"the river burst its banks overnight. Residents of {second} and {third} were "
            "told to move to higher ground.\n\n"
            f"Emergency crews in {first} rescued dozens of people from cars. More rain is "
            f"expected across {third}.\n\nSchools in {second} will stay closed on Thursday.\n")


@pytest.mark.parametrize(("places", "hours"), [
    ("Brisbane|Ipswich|Queensland", 10),  # Queensland: no summer time
    ("Perth|Fremantle|Western Australia", 8),
    ("Sydney|Parramatta|New South Wales", 11),
    ("Auckland|Hamilton|New Zealand", 11),  # abroad: the outlet's country's main clock
])
def test_places_within_a_country_of_several_clocks_choose(places: str, hours: int) -> None:
    got = extract_text_capture(_story(places), fetched_at=NOW, site_url="https://abc.net.au",
                               outlet="abc.net.au")
    assert got.published == datetime(2026, 1, 14, 10, 30,
                                     tzinfo=timezone(timedelta(hours=hours)))


def test_a_known_home_is_kept() -> None:
    """An outlet of the table (smh.com.au: Sydney) prints its own city's clock."""
    got = extract_text_capture(_story("Brisbane|Ipswich|Queensland"), fetched_at=NOW,
                               site_url="https://www.smh.com.au", outlet="smh.com.au")
    assert got.published == datetime(2026, 1, 14, 10, 30, tzinfo=timezone(timedelta(hours=11)))


def test_zone_within_country_rule() -> None:
    assert several_clocks("AU") and several_clocks("US") and several_clocks("RU")
    assert not several_clocks("ES") and not several_clocks("PT") and not several_clocks("FR")
    text = _story("Brisbane|Ipswich|Queensland")
    assert zone_within_country("Australia/Sydney", text, "en")[0] == "Australia/Brisbane"
    assert zone_within_country("Europe/Madrid", "Las Palmas y Tenerife, Las Palmas", "es") \
        == ("", [])
    zone, how = zone_or_places(ZoneInfo("Australia/Sydney"),
                               "assumed from the domain .au (Australia/Sydney)", text, "en")
    assert str(zone) == "Australia/Brisbane" and "within the country" in how
    # an outlet's known home is no country's guess: kept
    kept = "assumed from the source's home (Australia/Sydney): smh.com.au, in veille's table"
    assert zone_or_places(ZoneInfo("Australia/Sydney"), kept, text, "en")[1] == kept
