"""A page's clock is not moved by a person's name nor by one passing mention (issue 16,
branch r-places57; t-final56b A3, A4).

A Valencia paper's capture (no zone printed) was read on Nigeria's clock: the consellera's
surname "Cano" is one of Kano's names, and the lone big city decided. A Yekaterinburg
site's page whose headline, lead and body name Yekaterinburg was read on Moscow's clock
when its last sentence said "В Москве": two mentions against one is no clear majority.
Now a given name then capitalised words is a person and votes for nothing; the
headline's place weighs two mentions (the evidence says so). Captures written for this
test, read by the real extractor.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from veille.extract.place_zones import places_reading
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 6, 6, tzinfo=UTC)


def _ekb(last: str) -> str:
    return ("https://www.e1.ru/text/city/2026/12/05/1000/\nE1.RU\nПоиск\n\nГород\n\n"
            "В Екатеринбурге из-за гололёда отменили три автобусных маршрута\n\n"
            "5 декабря 2026, 18:30\n\n"
            "В Екатеринбурге в субботу из-за гололёда отменили три автобусных маршрута.\n\n"
            f"Движение восстановят к утру, сообщили в мэрии. {last}\n")


def test_a_passing_mention_of_moscow_keeps_the_headline_city_clock() -> None:
    got = extract_text_capture(_ekb("В Москве такого не было."), fetched_at=NOW)
    assert got.published == datetime(2026, 12, 5, 18, 30,
                                     tzinfo=ZoneInfo("Asia/Yekaterinburg"))
    assert "headline" in got.evidence["timezone"], got.evidence["timezone"]


def test_control_the_twin_without_moscow() -> None:
    got = extract_text_capture(_ekb(""), fetched_at=NOW)
    assert got.published == datetime(2026, 12, 5, 18, 30,
                                     tzinfo=ZoneInfo("Asia/Yekaterinburg"))


@pytest.mark.parametrize(("person", "surname"), [
    ("el concejal de Movilidad, Andrés Lima", "Lima"),
    ("la consellera de Infraestructuras, Marián Cano", "Cano"),
])
def test_a_surname_that_is_a_city_abroad_votes_for_no_clock(person: str, surname: str
                                                            ) -> None:
    text = ("Huelga en el metro de Valencia el lunes\n"
            f"Según {person}, los servicios mínimos serán del 70%.")
    zone, named, split, read_on, _ = places_reading(text, "es")
    assert zone not in ("America/Lima", "Africa/Lagos"), (zone, named)
    assert read_on not in ("America/Lima", "Africa/Lagos"), split
    assert surname not in named + [n for _, names in split for n in names]


def test_control_a_place_after_a_given_name_still_votes() -> None:
    # "Adelaide" is a given name too; the run as a whole names nothing else here
    zone, _, _, _, _ = places_reading(
        "Storms hit Adelaide\nAdelaide recorded 80 mm of rain. Adelaide Airport closed.", "en")
    assert zone == "Australia/Adelaide"
